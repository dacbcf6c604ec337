// SPDX-License-Identifier: GPL-3.0-or-later
// The window over a corpus larger than the session keeps open: clicking through it, tagging across it,
// and quitting with unsaved work everywhere.

#include "model/articledocument.h"
#include "session/documentsession.h"
#include "support/catchqt.h"
#include "support/mixedcorpus.h"
#include "support/plainsidecar.h"
#include "ui/corpus/corpusmodel.h"
#include "ui/corpus/corpuspanel.h"
#include "ui/corpus/kwicdelegate.h"
#include "ui/corpus/tagalldialog.h"
#include "ui/mainwindow.h"
#include "ui/reader/readerview.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Hashiya;
using namespace Hashiya::Test;

namespace {

struct Workspace
{
    QTemporaryDir folder;
    QList<MixedArticle> articles;
    std::unique_ptr<MainWindow> window = std::make_unique<MainWindow>();

    explicit Workspace(int count)
    {
        REQUIRE(folder.isValid());
        articles = writeMixedCorpus(folder.path(), count, 7);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        window->openFolder(folder.path());
        REQUIRE(QTest::qWaitFor([&] { return !window->corpusPanel()->isReading(); }, 20000));
    }
    QString sidecarOf(int article) const { return articles[article].path + QStringLiteral(".ann.json"); }

    /// Selects the word by a double-click and tags it with the type's key, as an analyst does.
    QString tagWord(int article, int word, Qt::Key key)
    {
        ReaderView *reader = window->reader();
        const QString &text = window->document()->text();
        const qsizetype start = articles[article].words.at(word).first;
        const QList<uint> codePoints = text.toUcs4();
        const qsizetype at =
            QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()), start).size();
        reader->ensureVisible(at);
        QCoreApplication::processEvents();
        const QList<QRectF> rects = reader->rangeRects(at, at + 1);
        REQUIRE_FALSE(rects.isEmpty());
        QTest::mouseDClick(reader->viewport(), Qt::LeftButton, Qt::NoModifier, rects.front().center().toPoint());
        REQUIRE(reader->hasSelection());
        QTest::keyClick(reader, key);
        REQUIRE_FALSE(reader->selectedEntity().isEmpty());
        return reader->selectedEntity();
    }

    /// Clicks the article's row in the corpus list.
    void click(int article)
    {
        auto *view = window->corpusPanel()->findChild<QTableView *>();
        REQUIRE(view);
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, 0);
            if (view->model()->data(index, CorpusModel::PathRole).toString() != articles[article].path)
                continue;
            view->scrollTo(index);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->visualRect(index).center());
            REQUIRE(QTest::qWaitFor(
                [&] { return window->document() && window->document()->article().path == articles[article].path; },
                5000));
            return;
        }
        FAIL("no row for " << articles[article].path.toStdString());
    }
};

} // namespace

TEST_CASE("Tagging in the first article, then clicking through twenty others keeps the tag", "[ui][session]")
{
    Workspace w(21);
    w.click(0);
    const QString id = w.tagWord(0, 1, Qt::Key_P);
    for (int article = 1; article <= 20; ++article) {
        w.click(article);
        CHECK(w.window->session()->documents().size() <= DocumentSession::keptOpen);
    }
    w.click(0); // closed long ago: opened again from its sidecar
    CHECK(w.window->document()->annotations()->entity(id));
    CHECK(readPlainSidecar(w.sidecarOf(0)).entities.contains(id));
}

TEST_CASE("Tag all occurrences across thirty articles tags every one", "[ui][session]")
{
    Workspace w(30);
    w.click(0);
    auto *poll = new QTimer;
    int hits = 0;
    QObject::connect(poll, &QTimer::timeout, [poll, &hits] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<TagAllDialog *>(widget);
            if (!dialog || !dialog->isVisible())
                continue;
            poll->stop();
            poll->deleteLater();
            dialog->findChild<QLineEdit *>(QStringLiteral("tagAllPattern"))->setText(QStringLiteral("Görgün"));
            auto *type = dialog->findChild<QComboBox *>(QStringLiteral("tagAllType"));
            type->setCurrentIndex(type->findData(QStringLiteral("PERSON")));
            auto *scope = dialog->findChild<QComboBox *>(QStringLiteral("tagAllScope"));
            scope->setCurrentIndex(scope->findData(int(TagAllDialog::Scope::Corpus)));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("tagAllFind")), Qt::LeftButton);
            for (int a = 0; a < dialog->results()->topLevelItemCount(); ++a)
                hits += dialog->results()->topLevelItem(a)->childCount();
            QTest::mouseClick(dialog->tagButton(), Qt::LeftButton);
            dialog->reject();
            return;
        }
    });
    poll->start(20);
    w.window->tagAllOccurrences();
    REQUIRE(hits > 20);
    REQUIRE(w.window->session()->saveAll());
    int tagged = 0;
    for (int article = 0; article < 30; ++article) {
        const QString &text = w.articles[article].text;
        const int expected = int(text.count(QStringLiteral("Görgün")));
        const PlainSidecar sidecar = readPlainSidecar(w.sidecarOf(article));
        CHECK(sidecar.entities.size() == expected);
        tagged += int(sidecar.entities.size());
    }
    CHECK(tagged == hits);
    // The window still shows its article, alive.
    CHECK(w.window->document()->article().path == w.articles[0].path);
}

TEST_CASE("Quitting right after tagging in eight articles leaves all eight tags in their sidecars", "[ui][session]")
{
    Workspace w(DocumentSession::keptOpen);
    QStringList ids;
    for (int article = 0; article < DocumentSession::keptOpen; ++article) {
        w.click(article);
        ids.append(w.tagWord(article, 2, Qt::Key_O));
    }
    REQUIRE(w.window->session()->hasUnsavedChanges());
    w.window->close();
    w.window.reset();
    for (int article = 0; article < DocumentSession::keptOpen; ++article)
        CHECK(readPlainSidecar(w.sidecarOf(article)).entities.contains(ids[article]));
}
