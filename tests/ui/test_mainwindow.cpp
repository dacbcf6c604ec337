// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on the offscreen platform: opening the sample corpus, choosing articles, problems.
#include "model/articledocument.h"
#include "support/catchqt.h"
#include "ui/corpuspanel.h"
#include "ui/mainwindow.h"
#include "ui/problemspanel.h"
#include "ui/readerview.h"

#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Hashiya;

namespace {

QString samples()
{
    return QStringLiteral(HASHIYA_SAMPLES);
}

QTreeWidget *corpusList(MainWindow &window)
{
    return window.corpusPanel()->findChild<QTreeWidget *>();
}

} // namespace

TEST_CASE("Opening the sample folder lists its articles and shows the first one", "[ui][mainwindow]")
{
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openFolder(samples());

    QTreeWidget *list = corpusList(window);
    REQUIRE(list);
    CHECK(list->topLevelItemCount() == 4);
    REQUIRE(window.document());
    CHECK(window.reader()->document() == window.document());
    CHECK(window.windowTitle().contains(window.document()->article().fileName()));
}

TEST_CASE("Choosing an article in the corpus list with the keyboard opens it", "[ui][mainwindow]")
{
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openFolder(samples());
    QTreeWidget *list = corpusList(window);
    REQUIRE(list);

    // Find the Arabic article's row and move there with the arrow keys, as an analyst would.
    int arabicRow = -1;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(3) == u"qatar-turkiye-ar.txt")
            arabicRow = i;
    }
    REQUIRE(arabicRow >= 0);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Home);
    for (int i = 0; i < arabicRow; ++i)
        QTest::keyClick(list, Qt::Key_Down);

    REQUIRE(window.document());
    CHECK(window.document()->article().fileName() == u"qatar-turkiye-ar.txt");
    CHECK(window.reader()->document()->text().startsWith(QStringLiteral("قطر وتركيا")));
    CHECK(list->topLevelItem(arabicRow)->text(1).toInt() == window.document()->annotations()->entityCount());
}

TEST_CASE("An article with a broken sidecar opens read-only with its problems shown", "[ui][mainwindow]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString article = dir.filePath(QStringLiteral("haber.txt"));
    QFile text(article);
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("Ankara'da toplant\xC4\xB1");
    text.close();
    QFile sidecar(article + QStringLiteral(".ann.json"));
    REQUIRE(sidecar.open(QIODevice::WriteOnly));
    const QByteArray broken = "{\n  \"format\": \"hashiya-sidecar\",\n  \"version\": \"1.0\"\n  \"article\": {}\n}\n";
    sidecar.write(broken);
    sidecar.close();

    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openFolder(dir.path());

    REQUIRE(window.document());
    CHECK(window.document()->isReadOnly());
    CHECK(window.problemsPanel()->count() == 1);
    CHECK(window.findChild<QDockWidget *>(QStringLiteral("problemsDock"))->isVisible());
    REQUIRE(sidecar.open(QIODevice::ReadOnly));
    CHECK(sidecar.readAll() == broken);
}
