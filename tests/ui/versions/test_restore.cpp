// SPDX-License-Identifier: GPL-3.0-or-later
// File → Restore earlier version…: the copy kept before Hashiya rewrote a sidecar by itself, put back
// through the window.

#include "model/annotationset.h"
#include "model/articledocument.h"
#include "session/sidecarbackups.h"
#include "support/catchqt.h"
#include "support/samplecopy.h"
#include "support/testfiles.h"
#include "ui/corpus/corpuspanel.h"
#include "ui/mainwindow.h"
#include "ui/source/sourceview.h"
#include "ui/versions/restoredialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Hashiya;

TEST_CASE("The sidecar kept before re-anchoring is listed, shown and restored from the File menu", "[ui][backups]")
{
    Test::SampleCopy corpus;
    const QString article = corpus.path(QStringLiteral("baku-meeting-en.txt"));
    const QString sidecar = article + QStringLiteral(".ann.json");
    struct Forget
    {
        QString sidecar;
        ~Forget() { QDir(SidecarBackups::folderFor(sidecar)).removeRecursively(); }
    } forget {sidecar};
    const QByteArray original = Test::readBytes(sidecar);
    // Another program edits the article before the analyst opens it.
    Test::writeBytes(article, "Updated: " + Test::readBytes(article));

    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openFolder(corpus.path());
    window.openArticle(article);
    REQUIRE(window.document());
    const qsizetype entities = window.document()->annotations()->entityCount();
    REQUIRE(QTest::qWaitFor([&] { return !window.document()->isModified(); }, 5000)); // re-anchored and saved
    REQUIRE(Test::readBytes(sidecar) != original);

    QStringList listed;
    QString preview;
    bool answered = false;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<RestoreDialog *>(widget);
            if (!dialog || !dialog->isVisible() || answered)
                continue;
            answered = true;
            for (int row = 0; row < dialog->versions()->topLevelItemCount(); ++row)
                listed.append(dialog->versions()->topLevelItem(row)->text(1));
            preview = dialog->findChild<SourceView *>(QStringLiteral("restorePreview"))->source();
            QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
        }
    });
    poll.start(20);
    auto *restore = window.findChild<QAction *>(QStringLiteral("restoreAction"));
    REQUIRE(restore);
    REQUIRE(restore->isEnabled());
    restore->trigger();
    REQUIRE(answered);
    CHECK(listed == QStringList {SidecarBackups::describe(SidecarBackups::Reason::Reanchored)});
    CHECK(preview == QString::fromUtf8(original));
    // The restored version is opened again on today's text, every annotation with it.
    REQUIRE(window.document());
    CHECK(window.document()->annotations()->entityCount() == entities);
    const QList<SidecarBackups::Backup> kept = SidecarBackups::list(sidecar);
    REQUIRE(kept.size() >= 2);
    CHECK(kept.front().reason == SidecarBackups::Reason::Restore);
}
