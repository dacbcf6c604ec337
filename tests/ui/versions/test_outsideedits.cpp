// SPDX-License-Identifier: GPL-3.0-or-later
// Another program changes the sidecar of the open article (a git pull, a second window): the window
// takes it quietly, or asks when the analyst has unsaved work, and never writes over what it cannot read.
#include "model/annotationset.h"
#include "model/articledocument.h"
#include "session/documentsession.h"
#include "support/catchqt.h"
#include "support/samplecopy.h"
#include "ui/annotations/problemspanel.h"
#include "ui/corpus/corpusmodel.h"
#include "ui/corpus/corpuspanel.h"
#include "ui/mainwindow.h"
#include "ui/reader/readerview.h"
#include "ui/versions/outsidechangedialog.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Hashiya;

namespace {

constexpr int settleMs = 3000; // upper bound for the watcher and the autosave to act

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

/// Writes `bytes` the way git and editors do: a new file renamed over the old one.
void replaceOutside(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    REQUIRE(file.commit());
}

/// The sidecar with one more entity: a copy of the first one under a new id and type.
QByteArray withExtraEntity(const QByteArray &sidecar, const QString &id)
{
    QJsonObject root = QJsonDocument::fromJson(sidecar).object();
    QJsonArray entities = root[u"entities"].toArray();
    QJsonObject copy = entities.first().toObject();
    copy[u"id"] = id;
    copy[u"type"] = QStringLiteral("EVENT");
    entities.append(copy);
    root[u"entities"] = entities;
    return QJsonDocument(root).toJson();
}

QStringList sidecarIds(const QString &path)
{
    QStringList ids;
    for (const QJsonValue &entity : QJsonDocument::fromJson(readFile(path))[u"entities"].toArray())
        ids.append(entity[u"id"].toString());
    return ids;
}

/// Clicks `choice` in the next outside-change dialog, as soon as it shows; gives up with `window`.
void answerNextDialog(QWidget *window, DocumentSession::OutsideChoice choice, bool *asked)
{
    auto *poll = new QTimer(window);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, choice, asked] {
        auto *dialog = qobject_cast<OutsideChangeDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        *asked = true;
        dialog->findChild<QPushButton *>(QStringLiteral("choice%1").arg(int(choice)))->click();
        poll->deleteLater();
    });
    poll->start(20);
}

struct OpenArticle
{
    Test::SampleCopy corpus;
    MainWindow window;
    QString article = corpus.path(QStringLiteral("baku-meeting-en.txt"));
    QString sidecar = article + QStringLiteral(".ann.json");
    ArticleDocument *document = nullptr;

    OpenArticle()
    {
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.openFolder(corpus.path());
        window.openArticle(article);
        document = window.document();
        REQUIRE(document);
    }

    /// Tags the word at `word` as ORG by key and returns the new entity's id; the change is unsaved.
    QString tagUnsaved(const QString &word)
    {
        const qsizetype at = document->text().indexOf(word);
        REQUIRE(at >= 0);
        window.reader()->setSelection(at, at + word.size());
        QTest::keyClick(window.reader(), Qt::Key_O);
        REQUIRE(document->isModified());
        return window.reader()->selectedEntity();
    }

    /// The window is active again after a dialog, as a window manager would make it.
    void activate()
    {
        QApplication::setActiveWindow(&window);
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }
};

} // namespace

TEST_CASE("A sidecar replaced outside is taken quietly when nothing is unsaved, and Undo brings the old back",
          "[ui][outside]")
{
    OpenArticle open;
    const qsizetype before = open.document->annotations()->entityCount();
    const QString theirs = QStringLiteral("0utside0000a");
    replaceOutside(open.sidecar, withExtraEntity(readFile(open.sidecar), theirs));

    REQUIRE(QTest::qWaitFor([&] { return open.document->annotations()->entity(theirs) != nullptr; }, settleMs));
    CHECK(open.document->annotations()->entityCount() == before + 1);
    CHECK_FALSE(open.document->isModified());
    CHECK(open.window.statusBar()->currentMessage().contains(QStringLiteral("changed by another program")));

    QTest::keyClick(&open.window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(open.document->annotations()->entity(theirs) == nullptr);
    CHECK(open.document->annotations()->entityCount() == before);
}

TEST_CASE("With unsaved work the analyst chooses: merge keeps what both sides added", "[ui][outside]")
{
    OpenArticle open;
    const QByteArray original = readFile(open.sidecar);
    const QString theirs = QStringLiteral("0utside0000b");
    bool asked = false;

    SECTION("merge")
    {
        answerNextDialog(&open.window, DocumentSession::OutsideChoice::Merge, &asked);
        const QString mine = open.tagUnsaved(QStringLiteral("Baku"));
        // The other side also marked the article done.
        QJsonObject root = QJsonDocument::fromJson(withExtraEntity(original, theirs)).object();
        root[u"status"] = QStringLiteral("done");
        replaceOutside(open.sidecar, QJsonDocument(root).toJson());
        REQUIRE(QTest::qWaitFor([&] { return asked && !open.document->isModified(); }, settleMs));
        CHECK(open.document->annotations()->entity(mine) != nullptr);
        CHECK(open.document->annotations()->entity(theirs) != nullptr);
        CHECK(open.document->status() == QStringLiteral("done"));
        const QStringList onDisk = sidecarIds(open.sidecar);
        CHECK(onDisk.contains(mine));
        CHECK(onDisk.contains(theirs));
    }
    SECTION("keep mine")
    {
        answerNextDialog(&open.window, DocumentSession::OutsideChoice::KeepMine, &asked);
        const QString mine = open.tagUnsaved(QStringLiteral("Baku"));
        replaceOutside(open.sidecar, withExtraEntity(original, theirs));
        REQUIRE(QTest::qWaitFor([&] { return asked && !open.document->isModified(); }, settleMs));
        const QStringList onDisk = sidecarIds(open.sidecar);
        CHECK(onDisk.contains(mine));
        CHECK_FALSE(onDisk.contains(theirs));
    }
    SECTION("take theirs, and Undo brings mine back")
    {
        answerNextDialog(&open.window, DocumentSession::OutsideChoice::TakeTheirs, &asked);
        const QString mine = open.tagUnsaved(QStringLiteral("Baku"));
        replaceOutside(open.sidecar, withExtraEntity(original, theirs));
        REQUIRE(QTest::qWaitFor([&] { return asked && !open.document->isModified(); }, settleMs));
        CHECK(open.document->annotations()->entity(theirs) != nullptr);
        CHECK(open.document->annotations()->entity(mine) == nullptr);
        CHECK(sidecarIds(open.sidecar).contains(theirs));
        open.activate();
        QTest::keyClick(&open.window, Qt::Key_Z, Qt::ControlModifier);
        CHECK(open.document->annotations()->entity(mine) != nullptr);
    }
    SECTION("decide later writes nothing until asked again")
    {
        answerNextDialog(&open.window, DocumentSession::OutsideChoice::Later, &asked);
        const QString mine = open.tagUnsaved(QStringLiteral("Baku"));
        const QByteArray theirBytes = withExtraEntity(original, theirs);
        replaceOutside(open.sidecar, theirBytes);
        REQUIRE(QTest::qWaitFor([&] { return asked; }, settleMs));
        // fixed wait: nothing may be written during twice the longest save delay
        QTest::qWait(DocumentSession::maxSaveDelayMs * 2);
        CHECK(readFile(open.sidecar) == theirBytes);
        CHECK(open.document->isModified());

        asked = false;
        answerNextDialog(&open.window, DocumentSession::OutsideChoice::Merge, &asked);
        open.activate();
        QTest::keyClick(&open.window, Qt::Key_S, Qt::ControlModifier);
        CHECK(asked);
        const QStringList onDisk = sidecarIds(open.sidecar);
        CHECK(onDisk.contains(mine));
        CHECK(onDisk.contains(theirs));
    }
}

TEST_CASE("A sidecar left unreadable outside is never written over, and is taken again once repaired", "[ui][outside]")
{
    OpenArticle open;
    const QByteArray original = readFile(open.sidecar);
    const QByteArray conflicted = "<<<<<<< HEAD\n" + original + "=======\n" + original + ">>>>>>> theirs\n";
    replaceOutside(open.sidecar, conflicted);
    REQUIRE(QTest::qWaitFor([&] { return open.document->isReadOnly(); }, settleMs));
    CHECK(open.window.statusBar()->currentMessage().contains(QStringLiteral("cannot be read")));

    // Tagging is refused while read-only, and nothing replaces the conflicted file.
    const qsizetype at = open.document->text().indexOf(QStringLiteral("Baku"));
    open.window.reader()->setSelection(at, at + 4);
    QTest::keyClick(open.window.reader(), Qt::Key_O);
    // fixed wait: nothing may be written during twice the longest save delay
    QTest::qWait(DocumentSession::maxSaveDelayMs * 2);
    CHECK(readFile(open.sidecar) == conflicted);

    const QString repaired = QStringLiteral("0utside0000c");
    replaceOutside(open.sidecar, withExtraEntity(original, repaired));
    REQUIRE(QTest::qWaitFor([&] { return !open.document->isReadOnly(); }, settleMs));
    CHECK(open.document->annotations()->entity(repaired) != nullptr);
}

TEST_CASE("A sidecar removed outside is written again from the open document", "[ui][outside]")
{
    OpenArticle open;
    const QStringList ids = sidecarIds(open.sidecar);
    REQUIRE(QFile::remove(open.sidecar));
    REQUIRE(QTest::qWaitFor([&] { return QFile::exists(open.sidecar); }, settleMs));
    CHECK(sidecarIds(open.sidecar) == ids);
}

TEST_CASE("The question about an outside change comes after the save that found it has returned", "[ui][outside]")
{
    OpenArticle open;
    open.tagUnsaved(QStringLiteral("Baku"));
    replaceOutside(open.sidecar, withExtraEntity(readFile(open.sidecar), QStringLiteral("0utside0000c")));
    // The save finds the change before the watcher reports it; the window must not open a dialog, with
    // its own event loop, inside the save.
    bool saveReturned = false;
    bool askedWhileSaving = false;
    auto *poll = new QTimer(&open.window);
    QObject::connect(poll, &QTimer::timeout, poll, [&, poll] {
        auto *dialog = qobject_cast<OutsideChangeDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        askedWhileSaving = !saveReturned;
        dialog->findChild<QPushButton *>(QStringLiteral("choice%1").arg(int(DocumentSession::OutsideChoice::Merge)))
            ->click();
        poll->deleteLater();
    });
    poll->start(10);
    CHECK_FALSE(open.window.session()->saveNow(open.document));
    saveReturned = true;
    REQUIRE(QTest::qWaitFor([&] { return !open.document->isModified(); }, settleMs));
    CHECK_FALSE(askedWhileSaving);
    CHECK(sidecarIds(open.sidecar).contains(QStringLiteral("0utside0000c")));
}

namespace {

/// The corpus list's row of `path` as the analyst sees it: its mark and its counts.
struct ShownRow
{
    bool marked = false; ///< the ⚠ (or ✖) before the title
    QVariant entities;
    QVariant relations;
};

ShownRow shownRow(const MainWindow &window, const QString &path)
{
    const auto *view = window.corpusPanel()->findChild<QTableView *>();
    REQUIRE(view);
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(CorpusModel::PathRole).toString() != path)
            continue;
        return {!model->index(row, CorpusModel::TitleColumn).data(Qt::DecorationRole).value<QIcon>().isNull(),
                model->index(row, CorpusModel::EntitiesColumn).data(),
                model->index(row, CorpusModel::RelationsColumn).data()};
    }
    FAIL("no row for " << path.toStdString());
    return {};
}

bool problemsDockShown(const MainWindow &window)
{
    for (const QDockWidget *dock : window.findChildren<QDockWidget *>()) {
        if (dock->widget() == window.problemsPanel())
            return dock->isVisible();
    }
    return false;
}

} // namespace

TEST_CASE("A sidecar repaired outside clears the corpus row's mark and the problems at once, and the reverse",
          "[ui][outside][corpus]")
{
    Test::SampleCopy corpus;
    const QString article = corpus.path(QStringLiteral("baku-meeting-en.txt"));
    const QString sidecar = article + QStringLiteral(".ann.json");
    const QByteArray good = readFile(sidecar);
    const auto goodCount = QJsonDocument::fromJson(good)[u"entities"].toArray().size();
    REQUIRE(goodCount > 0);
    const QByteArray broken = good.left(good.size() / 2); // cut off mid-file, as a failed copy leaves it
    replaceOutside(sidecar, broken);

    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openFolder(corpus.path());
    REQUIRE(QTest::qWaitFor([&] { return !window.corpusPanel()->isReading(); }, settleMs));
    window.openArticle(article);
    REQUIRE(window.document());
    REQUIRE(window.document()->isReadOnly());
    CHECK(shownRow(window, article).marked);
    CHECK_FALSE(shownRow(window, article).entities.isValid());
    CHECK(window.problemsPanel()->count() > 0);
    CHECK(problemsDockShown(window));

    replaceOutside(sidecar, good);
    REQUIRE(QTest::qWaitFor(
        [&] {
            const ShownRow row = shownRow(window, article);
            return !row.marked && row.entities.toLongLong() == goodCount && row.relations.isValid()
                && window.problemsPanel()->count() == 0;
        },
        settleMs));
    CHECK_FALSE(window.document()->isReadOnly());
    CHECK_FALSE(problemsDockShown(window));

    replaceOutside(sidecar, broken);
    REQUIRE(QTest::qWaitFor(
        [&] {
            const ShownRow row = shownRow(window, article);
            return row.marked && !row.entities.isValid() && window.problemsPanel()->count() > 0;
        },
        settleMs));
    CHECK(problemsDockShown(window));
}
