// SPDX-License-Identifier: GPL-3.0-or-later
// An article whose sidecar a git merge left with conflicts (and that git no longer lists as unmerged)
// opens for editing with the Conflicts panel in front: each conflict in words, its item shown in the
// reader, one button press per side taken, each an undo step; the saved file loses the conflicts and
// becomes 1.3 again, and the article cannot be marked done while one remains.
#include "model/articledocument.h"
#include "support/catchqt.h"
#include "support/mergedsidecar.h"
#include "support/testfiles.h"
#include "ui/conflicts/conflictspanel.h"
#include "ui/mainwindow.h"
#include "ui/reader/readerview.h"

#include <QDockWidget>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Hashiya;
using namespace Hashiya::Test;
using namespace Qt::StringLiterals;

namespace {

QStringList rows(const ConflictsPanel *panel)
{
    QStringList texts;
    for (int row = 0; row < panel->list()->count(); ++row)
        texts.append(panel->list()->item(row)->text());
    return texts;
}

void clickRow(ConflictsPanel *panel, int row)
{
    QListWidget *list = panel->list();
    REQUIRE(row < list->count());
    list->scrollToItem(list->item(row));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(row)).center());
    REQUIRE(list->currentRow() == row);
}

void click(QPushButton *button)
{
    REQUIRE(button->isVisible());
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

QJsonObject entityIn(const QJsonObject &sidecar, const QString &id)
{
    for (const QJsonValue &entity : sidecar[u"entities"].toArray()) {
        if (entity[u"id"].toString() == id)
            return entity.toObject();
    }
    return {};
}

struct MergedCorpus
{
    QTemporaryDir dir;
    MergedArticle merged = writeMergedArticle(dir.path());
    MainWindow window;
    ConflictsPanel *panel = window.conflictsPanel();
    QDockWidget *dock = window.findChild<QDockWidget *>(u"conflictsDock"_s);

    MergedCorpus()
    {
        REQUIRE(dock);
        writeBytes(dir.filePath(u"diger.txt"_s), "Bakü'de toplantı yapıldı.\n");
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.openFolder(dir.path());
        window.openArticle(merged.article);
        REQUIRE(window.document());
        REQUIRE(window.document()->article().path == merged.article);
    }
    ArticleDocument *document() const { return window.document(); }
    const Entity *entity(const QString &id) const { return document()->annotations()->entity(id); }
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(window.reader(), Qt::Key(key), modifiers);
    }
};

} // namespace

TEST_CASE("The Conflicts panel resolves a merge's conflicts one button each, undoably", "[ui][conflicts]")
{
    MergedCorpus corpus;
    ArticleDocument *document = corpus.document();
    CHECK_FALSE(document->isReadOnly());
    REQUIRE(QTest::qWaitFor([&] { return corpus.dock->isVisible(); }, 5000));

    // Each conflict in words: who did what, before, ours and theirs.
    const QStringList shown = rows(corpus.panel);
    INFO(shown.join(u'\n').toStdString());
    REQUIRE(shown.size() == 3);
    CHECK(shown[0] == u"\u2068“Al Thani”\u2069 (ORG): type ORG (main) or GPE (feature), was PERSON"_s);
    CHECK(shown[1] == u"\u2068“Monday”\u2069 (EVENT): deleted by main, changed by feature (type DATE → EVENT)"_s);
    CHECK(shown[2]
          == u"\u2068“Ankara”\u2069 (GPE): deleted by main, but a relation of feature ends at it (LOCATED_IN \u2068“Doha”\u2069 → \u2068“Ankara”\u2069)"_s);

    // Choosing a row shows its item in the reader.
    clickRow(corpus.panel, 1);
    CHECK(corpus.window.reader()->selectedEntity() == u"e4"_s);
    clickRow(corpus.panel, 0);
    CHECK(corpus.window.reader()->selectedEntity() == u"e2"_s);
    const QString details = corpus.panel->findChild<QLabel *>(u"conflictDetails"_s)->text();
    CHECK(details.contains(u"Before the merge: PERSON"_s));
    CHECK(details.contains(u"main (ours): ORG"_s));
    CHECK(details.contains(u"feature (theirs): GPE"_s));

    // Not done while conflicts remain: the status stays, and the window says why.
    corpus.key(Qt::Key_3, Qt::ControlModifier);
    CHECK(document->status() == u"new"_s);
    CHECK(corpus.window.statusBar()->currentMessage().startsWith(u"Not marked done: 3 merge conflict"_s));

    // Theirs' type.
    CHECK(corpus.panel->otherButton()->text() == u"Take theirs (feature)"_s);
    CHECK(corpus.panel->keepButton()->text() == u"Keep ours (main)"_s);
    click(corpus.panel->otherButton());
    CHECK(corpus.entity(u"e2"_s)->type == u"GPE"_s);
    REQUIRE(rows(corpus.panel).size() == 2);
    // Monday, next in line, kept as feature changed it.
    REQUIRE(corpus.panel->list()->currentRow() == 0);
    CHECK(corpus.panel->keepButton()->text() == u"Keep it as feature changed it"_s);
    CHECK(corpus.panel->otherButton()->text() == u"Delete it, as main did"_s);
    click(corpus.panel->keepButton());
    CHECK(corpus.entity(u"e4"_s)->type == u"EVENT"_s);
    // Ankara deleted, with the relation that needed it.
    REQUIRE(rows(corpus.panel).size() == 1);
    CHECK(corpus.panel->otherButton()->text() == u"Delete it and the relations that need it"_s);
    click(corpus.panel->otherButton());
    CHECK_FALSE(corpus.entity(u"e5"_s));
    CHECK_FALSE(document->annotations()->relation(u"r2"_s));
    CHECK(document->conflicts().isEmpty());
    CHECK(rows(corpus.panel).isEmpty());
    CHECK(document->undoStack()->count() == 3);
    REQUIRE(QTest::qWaitFor([&] { return !corpus.dock->isVisible(); }, 5000));

    // Saved: no conflicts left, version 1.3, the values chosen.
    corpus.key(Qt::Key_S, Qt::ControlModifier);
    REQUIRE(QTest::qWaitFor([&] { return !readBytes(corpus.merged.sidecar).contains("\"conflicts\""); }, 5000));
    QJsonObject saved = parseJson(readBytes(corpus.merged.sidecar));
    CHECK(saved[u"version"].toString() == u"1.3"_s);
    CHECK(entityIn(saved, u"e2"_s)[u"type"].toString() == u"GPE"_s);
    CHECK(entityIn(saved, u"e4"_s)[u"type"].toString() == u"EVENT"_s);
    CHECK(entityIn(saved, u"e5"_s).isEmpty());
    CHECK(saved[u"relations"].toArray().size() == 1);

    // Ctrl+Z: Ankara, its relation and its conflict come back, and the panel with them.
    corpus.key(Qt::Key_Z, Qt::ControlModifier);
    CHECK(corpus.entity(u"e5"_s));
    CHECK(document->annotations()->relation(u"r2"_s));
    REQUIRE(document->conflicts().size() == 1);
    REQUIRE(QTest::qWaitFor([&] { return corpus.dock->isVisible(); }, 5000));
    CHECK(rows(corpus.panel).size() == 1);
    corpus.key(Qt::Key_3, Qt::ControlModifier);
    CHECK(document->status() == u"new"_s);
    CHECK(corpus.window.statusBar()->currentMessage().startsWith(u"Not marked done: 1 merge conflict"_s));
    corpus.key(Qt::Key_S, Qt::ControlModifier);
    REQUIRE(QTest::qWaitFor([&] { return readBytes(corpus.merged.sidecar).contains("\"conflicts\""); }, 5000));
    saved = parseJson(readBytes(corpus.merged.sidecar));
    CHECK(saved[u"version"].toString() == u"2.0"_s);
    CHECK(saved[u"conflicts"].toArray().size() == 1);

    // Kept this time; then the article can be done.
    click(corpus.panel->keepButton());
    CHECK(corpus.entity(u"e5"_s));
    CHECK(document->conflicts().isEmpty());
    corpus.key(Qt::Key_3, Qt::ControlModifier);
    CHECK(document->status() == u"done"_s);
}

TEST_CASE("F7 walks through the conflicts, a disagreement about the text shows theirs' words selected",
          "[ui][conflicts]")
{
    MergedCorpus corpus;
    ArticleDocument *document = corpus.document();
    // Both sides moved Doha's span: ours kept "Doha", theirs took "in Doha".
    const qsizetype doha = corpus.merged.text.indexOf(u"in Doha"_s);
    MergeConflict spans;
    spans.id = "spans0000001";
    spans.item = "entity";
    spans.itemId = "e3";
    spans.field = "spans";
    spans.base = "[[" + QByteArray::number(doha + 3) + ',' + QByteArray::number(doha + 7) + ",\"Doha\",\"\",\"\"]]";
    spans.ours = spans.base;
    spans.theirs = "[[" + QByteArray::number(doha) + ',' + QByteArray::number(doha + 7)
        + ",\"in Doha\",\"Erdoğan met Al Thani \",\" on Monday.\"]]";
    spans.oursName = u"main"_s;
    spans.theirsName = u"feature"_s;
    QList<MergeConflict> conflicts = document->conflicts();
    conflicts.append(spans);
    document->setConflicts(conflicts);
    REQUIRE(rows(corpus.panel).size() == 4);
    CHECK(rows(corpus.panel)[3] == u"\u2068“Doha”\u2069 (GPE): text \u2068“Doha”\u2069 (main) or \u2068“in Doha”\u2069 (feature), was \u2068“Doha”\u2069"_s);

    ReaderView *reader = corpus.window.reader();
    corpus.key(Qt::Key_F7, Qt::ShiftModifier); // back round the start: the last one
    CHECK(corpus.panel->list()->currentRow() == 3);
    CHECK(reader->selectedEntity() == u"e3"_s);
    CHECK(reader->selectedText() == u"in Doha"_s);
    corpus.key(Qt::Key_F7);
    CHECK(corpus.panel->list()->currentRow() == 0);
    CHECK(reader->selectedEntity() == u"e2"_s);
    CHECK_FALSE(reader->hasSelection());
    corpus.key(Qt::Key_F7);
    CHECK(reader->selectedEntity() == u"e4"_s);

    // Theirs' span taken.
    corpus.key(Qt::Key_F7, Qt::ShiftModifier);
    corpus.key(Qt::Key_F7, Qt::ShiftModifier);
    REQUIRE(corpus.panel->list()->currentRow() == 3);
    click(corpus.panel->otherButton());
    CHECK(document->textOf(*corpus.entity(u"e3"_s)) == u"in Doha"_s);
    corpus.key(Qt::Key_Z, Qt::ControlModifier);
    CHECK(document->textOf(*corpus.entity(u"e3"_s)) == u"Doha"_s);
    CHECK(document->conflicts().size() == 4);
}
