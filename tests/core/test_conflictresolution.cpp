// SPDX-License-Identifier: GPL-3.0-or-later
// Resolving a merge conflict in the document: keeping what the merged file holds or taking the other side,
// each one undo step that brings the conflict back when undone; any field, and spans found in the text as
// it is now.
#include "io/documentfile.h"
#include "model/articledocument.h"
#include "model/conflictresolution.h"
#include "support/catchqt.h"
#include "support/mergedsidecar.h"
#include "support/testfiles.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Hashiya;
using namespace Hashiya::Test;
using namespace Qt::StringLiterals;

namespace {

using Choice = ConflictResolution::Choice;

QByteArray conflictId(const ArticleDocument &document, MergeConflict::Kind kind)
{
    for (const MergeConflict &conflict : document.conflicts()) {
        if (conflict.kind == kind)
            return conflict.id;
    }
    FAIL("no such conflict");
    return {};
}

/// Saves the document and returns the sidecar's JSON.
QJsonObject saved(ArticleDocument &document)
{
    QString error;
    REQUIRE(DocumentFile::save(&document, u"ayse"_s, &error));
    return parseJson(readBytes(document.article().sidecarPath()));
}

} // namespace

TEST_CASE("Each resolution is one undo step, the last one makes the file 1.3 again", "[conflicts]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const MergedArticle merged = writeMergedArticle(dir.path());
    DocumentFile::Opened opened = DocumentFile::open(merged.article, nullptr);
    REQUIRE(opened.document);
    ArticleDocument &document = *opened.document;
    AnnotationSet &annotations = *document.annotations();
    QUndoStack &stack = *document.undoStack();

    const QByteArray type = conflictId(document, MergeConflict::Kind::BothChanged);
    const QByteArray monday = conflictId(document, MergeConflict::Kind::DeletedAndChanged);
    const QByteArray ankara = conflictId(document, MergeConflict::Kind::EndDeleted);
    for (const MergeConflict &conflict : document.conflicts())
        CHECK(ConflictResolution::canTakeOther(document, conflict));
    CHECK(ConflictResolution::label(document.conflicts()[0], Choice::Keep) == u"Keep ours (main)"_s);
    CHECK(ConflictResolution::label(document.conflicts()[0], Choice::Other) == u"Take theirs (feature)"_s);
    CHECK(ConflictResolution::label(document.conflicts()[1], Choice::Keep) == u"Keep it as feature changed it"_s);
    CHECK(ConflictResolution::label(document.conflicts()[1], Choice::Other) == u"Delete it, as main did"_s);

    // Theirs' type.
    REQUIRE(document.execute(ConflictResolution::command(&document, type, Choice::Other)));
    CHECK(annotations.entity(u"e2"_s)->type == u"GPE"_s);
    CHECK(document.conflicts().size() == 2);
    CHECK(stack.count() == 1);
    stack.undo();
    CHECK(annotations.entity(u"e2"_s)->type == u"ORG"_s);
    CHECK(document.conflicts().size() == 3);
    CHECK(document.conflicts().first().id == type); // back in its place
    stack.redo();
    CHECK(annotations.entity(u"e2"_s)->type == u"GPE"_s);

    // Monday deleted, as main did.
    REQUIRE(document.execute(ConflictResolution::command(&document, monday, Choice::Other)));
    CHECK_FALSE(annotations.entity(u"e4"_s));
    // Ankara and the relation that needed it deleted, in one step.
    REQUIRE(annotations.relation(u"r2"_s));
    REQUIRE(document.execute(ConflictResolution::command(&document, ankara, Choice::Other)));
    CHECK_FALSE(annotations.entity(u"e5"_s));
    CHECK_FALSE(annotations.relation(u"r2"_s));
    CHECK(document.conflicts().isEmpty());
    CHECK(stack.count() == 3);

    QJsonObject json = saved(document);
    CHECK(json[u"version"].toString() == u"1.3"_s);
    CHECK_FALSE(json.contains(u"conflicts"_s));
    // And validate has nothing more to say.
    const DocumentFile::Opened checked =
        DocumentFile::open(merged.article, nullptr, {}, std::nullopt, DocumentFile::Intent::Read);
    CHECK_FALSE(hasErrors(checked.problems));

    // Back once: Ankara and its relation return, and so does the conflict, and with it version 2.0.
    stack.undo();
    CHECK(annotations.entity(u"e5"_s));
    CHECK(annotations.relation(u"r2"_s));
    REQUIRE(document.conflicts().size() == 1);
    CHECK(document.conflicts().first().id == ankara);
    json = saved(document);
    CHECK(json[u"version"].toString() == u"2.0"_s);
    CHECK(json[u"conflicts"].toArray().size() == 1);

    // Kept this time: nothing but the conflict changes.
    const qsizetype entities = annotations.entityCount();
    REQUIRE(document.execute(ConflictResolution::command(&document, ankara, Choice::Keep)));
    CHECK(annotations.entityCount() == entities);
    CHECK(document.conflicts().isEmpty());
    CHECK(saved(document)[u"version"].toString() == u"1.3"_s);

    // A conflict that is gone cannot be resolved again.
    CHECK(ConflictResolution::command(&document, ankara, Choice::Keep) == nullptr);
}

TEST_CASE("Taking theirs sets any field, spans are found in the text as it is now", "[conflicts]")
{
    const QString text = u"Ankara ve Bakü savunma sanayiinde iş birliğini genişletiyor.\n"_s;
    ArticleDocument document(articleFromText(text));
    Entity ankara = entity(u"e1"_s, u"GPE"_s, 0, 6);
    ankara.attributes.insert(u"role"_s, u"host"_s);
    document.annotations()->reset({}, {});
    document.annotations()->insertEntity(ankara);
    document.annotations()->insertEntity(entity(u"e2"_s, u"GPE"_s, 10, 14));
    document.annotations()->insertRelation(relation(u"r1"_s, u"COOPERATES_WITH"_s, u"e1"_s, u"e2"_s));
    auto conflict = [](const char *item, const char *id, const char *field, const std::optional<QByteArray> &theirs) {
        MergeConflict c;
        c.id = QByteArray("c-") + item + '-' + id + '-' + field;
        c.item = item;
        c.itemId = id;
        c.field = field;
        c.ours = "\"x\"";
        c.theirs = theirs;
        c.oursName = u"main"_s;
        c.theirsName = u"feature"_s;
        return c;
    };
    // Theirs' spans were saved against a text with a sentence more at the start: found by their quote.
    const QByteArray spans = "[[40,46,\"savunma\",\"Ankara ve Bakü \",\" sanayiinde iş\"]]";
    const QByteArray shortSpans = "[[15,22,\"savunma\",\"Ankara ve Bakü \",\" sanayiinde iş\"]]";
    const QList<MergeConflict> conflicts {
        conflict("entity", "e1", "spans", spans),
        conflict("entity", "e1", "attributes.role", std::nullopt),
        conflict("entity", "e1", "note", "\"checked\""),
        conflict("entity", "e1", "provenance", "{\"from\":\"gold\"}"),
        conflict("relation", "r1", "to", "\"e1\""),
        conflict("sidecar", "", "status", "\"in-progress\""),
        conflict("entity", "e2", "spans", "[[0,6,\"Tiflis\",\"\",\" ve\"]]"), // nowhere in this text
        conflict("relation", "r1", "from", "\"e9\""), // no such entity
    };
    document.setConflicts(conflicts);
    CHECK(ConflictResolution::placeSpans(document, shortSpans)->first().start == 15);
    CHECK_FALSE(ConflictResolution::canTakeOther(document, conflicts[6]));
    CHECK_FALSE(ConflictResolution::canTakeOther(document, conflicts[7]));
    CHECK(ConflictResolution::command(&document, conflicts[6].id, Choice::Other) == nullptr);
    for (qsizetype i = 0; i < 6; ++i) {
        INFO(conflicts[i].field.toStdString());
        REQUIRE(document.execute(ConflictResolution::command(&document, conflicts[i].id, Choice::Other)));
    }
    const Entity *e1 = document.annotations()->entity(u"e1"_s);
    REQUIRE(e1);
    REQUIRE(e1->spans.size() == 1);
    CHECK(document.textOf(*e1) == u"savunma"_s);
    CHECK(e1->attributes.isEmpty());
    CHECK(e1->note == u"checked"_s);
    REQUIRE(e1->extra.size() == 1);
    CHECK(e1->extra.first().second == "{\"from\":\"gold\"}");
    CHECK(document.annotations()->relation(u"r1"_s)->to == u"e1"_s);
    CHECK(document.status() == u"in-progress"_s);
    CHECK(document.conflicts().size() == 2);
    // All six undone, one step each.
    for (int i = 0; i < 6; ++i)
        document.undoStack()->undo();
    CHECK(*document.annotations()->entity(u"e1"_s) == ankara);
    CHECK(document.status() == u"new"_s);
    CHECK(document.conflicts() == conflicts);
}
