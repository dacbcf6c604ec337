// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/annotationcommands.h"
#include "model/annotationid.h"
#include "model/annotationset.h"
#include "model/articledocument.h"
#include "support/catchqt.h"
#include "support/testfiles.h"

#include <QList>
#include <QSet>
#include <QUndoStack>

#include <vector>

using namespace Hashiya;
using namespace Qt::StringLiterals;
using Hashiya::Test::articleFromText;
using Hashiya::Test::entity;
using Hashiya::Test::relation;

namespace {

const QString sampleText = u"Hakan Fidan met Sheikh Mohammed in Doha on 12 May to discuss defence exports."_s;

// A document with three entities and three relations between them.
struct Fixture
{
    ArticleDocument document {articleFromText(sampleText)};
    AnnotationSet &set = *document.annotations();
    QUndoStack &stack = *document.undoStack();

    Fixture()
    {
        Entity fidan = entity(u"p1"_s, u"PERSON"_s, 0, 11);
        fidan.note = u"Turkish foreign minister"_s;
        fidan.attributes.insert(u"confidence"_s, u"high"_s);
        std::vector<Entity> entities = {fidan, entity(u"p2"_s, u"PERSON"_s, 16, 31), entity(u"g1"_s, u"GPE"_s, 35, 39),
                                        entity(u"d1"_s, u"DATE"_s, 43, 49)};
        Relation meets = relation(u"r1"_s, u"MEETS_WITH"_s, u"p1"_s, u"p2"_s);
        meets.note = u"first meeting"_s;
        std::vector<Relation> relations = {meets, relation(u"r2"_s, u"LOCATED_IN"_s, u"p2"_s, u"g1"_s),
                                           relation(u"r3"_s, u"LOCATED_IN"_s, u"p1"_s, u"g1"_s),
                                           relation(u"r4"_s, u"ON_DATE"_s, u"g1"_s, u"d1"_s)};
        set.reset(entities, relations);
    }
};

QStringList entityIds(const AnnotationSet &set)
{
    QStringList ids;
    for (const Entity &e : set.entities())
        ids.append(e.id);
    return ids;
}

QStringList relationIds(const AnnotationSet &set)
{
    QStringList ids;
    for (const Relation &r : set.relations())
        ids.append(r.id);
    return ids;
}

/// A command that records whether it ran and whether it was deleted.
class ProbeCommand final : public QUndoCommand
{
public:
    ProbeCommand(bool *redone, bool *deleted)
        : m_redone(redone)
        , m_deleted(deleted)
    {
    }
    ~ProbeCommand() override { *m_deleted = true; }
    void redo() override { *m_redone = true; }
    void undo() override { }

private:
    bool *m_redone;
    bool *m_deleted;
};

} // namespace

// ---------------------------------------------------------------------------------------------------
// Entities

TEST_CASE("AddEntityCommand adds on redo and removes on undo", "[commands]")
{
    Fixture f;
    const std::vector<Entity> before = f.set.entities().toVector();
    Entity added = entity(u"o1"_s, u"EQUIPMENT"_s, 61, 76);
    added.note = u"a note"_s;

    REQUIRE(f.document.execute(new AddEntityCommand(&f.set, added)));
    CHECK(f.stack.count() == 1);
    CHECK(f.set.entityCount() == 5);
    REQUIRE(f.set.entity(u"o1"_s) != nullptr);
    CHECK(*f.set.entity(u"o1"_s) == added);

    f.stack.undo();
    CHECK(f.set.entity(u"o1"_s) == nullptr);
    CHECK(f.set.entities() == before);

    f.stack.redo();
    REQUIRE(f.set.entity(u"o1"_s) != nullptr);
    CHECK(*f.set.entity(u"o1"_s) == added);
    CHECK(std::is_sorted(f.set.entities().begin(), f.set.entities().end(), entityLess));
}

TEST_CASE("RemoveEntityCommand removes the entity and its relations in one undo step", "[commands]")
{
    Fixture f;
    const std::vector<Entity> entitiesBefore = f.set.entities().toVector();
    const std::vector<Relation> relationsBefore = f.set.relations();

    REQUIRE(f.document.execute(new RemoveEntityCommand(&f.set, u"p1"_s)));
    CHECK(f.stack.count() == 1);
    CHECK(f.set.entity(u"p1"_s) == nullptr);
    const QStringList remainingRelations = {u"r2"_s, u"r4"_s}; // r1 (from p1) and r3 (to p1) went with it
    CHECK(relationIds(f.set) == remainingRelations);
    CHECK(f.set.relationsOf(u"p1"_s).isEmpty());

    f.stack.undo();
    CHECK(f.set.entities() == entitiesBefore);
    CHECK(f.set.relations() == relationsBefore); // notes and attributes included
    CHECK(f.set.indexOfEntity(u"p1"_s) == 0);

    f.stack.redo();
    CHECK(f.set.entity(u"p1"_s) == nullptr);
    CHECK(relationIds(f.set) == remainingRelations);

    f.stack.undo();
    CHECK(f.set.entities() == entitiesBefore);
    CHECK(f.set.relations() == relationsBefore);
}

TEST_CASE("RemoveEntityCommand of an entity without relations leaves the relations alone", "[commands]")
{
    Fixture f;
    f.document.execute(new AddEntityCommand(&f.set, entity(u"x"_s, u"MONEY"_s, 70, 77)));
    const std::vector<Relation> relationsBefore = f.set.relations();

    f.document.execute(new RemoveEntityCommand(&f.set, u"x"_s));
    CHECK(f.set.entity(u"x"_s) == nullptr);
    CHECK(f.set.relations() == relationsBefore);
    CHECK(f.stack.count() == 2);
}

TEST_CASE("ChangeEntityCommand::retype changes the type and undo restores it", "[commands]")
{
    Fixture f;
    const std::vector<Entity> before = f.set.entities().toVector();

    f.document.execute(ChangeEntityCommand::retype(&f.set, u"g1"_s, u"LOC"_s));
    CHECK(f.stack.count() == 1);
    CHECK(f.set.entity(u"g1"_s)->type == u"LOC"_s);
    CHECK(f.set.entity(u"g1"_s)->start() == 35); // nothing else changes
    CHECK(f.set.relation(u"r2"_s)->to == u"g1"_s);

    f.stack.undo();
    CHECK(f.set.entities() == before);
    f.stack.redo();
    CHECK(f.set.entity(u"g1"_s)->type == u"LOC"_s);
}

TEST_CASE("ChangeEntityCommand::retype moves the entity to its new place among equal spans", "[commands]")
{
    Fixture f;
    f.document.execute(new AddEntityCommand(&f.set, entity(u"a"_s, u"ORG"_s, 35, 39))); // same span as g1
    const QStringList before = {u"p1"_s, u"p2"_s, u"g1"_s, u"a"_s, u"d1"_s}; // GPE < ORG
    REQUIRE(entityIds(f.set) == before);

    f.document.execute(ChangeEntityCommand::retype(&f.set, u"a"_s, u"FACILITY"_s)); // FACILITY < GPE
    const QStringList after = {u"p1"_s, u"p2"_s, u"a"_s, u"g1"_s, u"d1"_s};
    CHECK(entityIds(f.set) == after);
    CHECK(f.set.indexOfEntity(u"a"_s) == 2);
    f.stack.undo();
    CHECK(entityIds(f.set) == before);
    CHECK(f.set.indexOfEntity(u"a"_s) == 3);
}

TEST_CASE("ChangeEntityCommand::resize changes the spans and keeps the order", "[commands]")
{
    Fixture f;
    const std::vector<Entity> before = f.set.entities().toVector();

    SpanList spans;
    spans.append(Span {50, 52, {}});
    spans.append(Span {54, 60, {}});
    f.document.execute(ChangeEntityCommand::resize(&f.set, u"p1"_s, spans));
    CHECK(f.set.entity(u"p1"_s)->spans == spans);
    const QStringList moved = {u"p2"_s, u"g1"_s, u"d1"_s, u"p1"_s};
    CHECK(entityIds(f.set) == moved);
    CHECK(f.set.entity(u"p1"_s)->note == u"Turkish foreign minister"_s);

    f.stack.undo();
    CHECK(f.set.entities() == before);
}

TEST_CASE("ChangeEntityCommand::setAttribute sets, replaces and removes attributes", "[commands]")
{
    Fixture f;
    f.document.execute(ChangeEntityCommand::setAttribute(&f.set, u"p2"_s, u"confidence"_s, u"low"_s));
    CHECK(f.set.entity(u"p2"_s)->attributes.value(u"confidence"_s) == u"low"_s);

    f.document.execute(ChangeEntityCommand::setAttribute(&f.set, u"p2"_s, u"mention"_s, u"name"_s));
    CHECK(f.set.entity(u"p2"_s)->attributes.size() == 2);

    f.document.execute(ChangeEntityCommand::setAttribute(&f.set, u"p2"_s, u"confidence"_s, QString()));
    CHECK_FALSE(f.set.entity(u"p2"_s)->attributes.contains(u"confidence"_s));
    CHECK(f.set.entity(u"p2"_s)->attributes.value(u"mention"_s) == u"name"_s);

    f.stack.undo();
    CHECK(f.set.entity(u"p2"_s)->attributes.value(u"confidence"_s) == u"low"_s);
    f.stack.undo();
    f.stack.undo();
    CHECK(f.set.entity(u"p2"_s)->attributes.isEmpty());
}

TEST_CASE("ChangeEntityCommand::setAttribute with an empty value removes an existing attribute", "[commands]")
{
    Fixture f;
    REQUIRE(f.set.entity(u"p1"_s)->attributes.contains(u"confidence"_s));
    f.document.execute(ChangeEntityCommand::setAttribute(&f.set, u"p1"_s, u"confidence"_s, QString()));
    CHECK(f.set.entity(u"p1"_s)->attributes.isEmpty());
    CHECK(f.stack.count() == 1);
    f.stack.undo();
    CHECK(f.set.entity(u"p1"_s)->attributes.value(u"confidence"_s) == u"high"_s);
}

TEST_CASE("ChangeEntityCommand::setNote and setReference change only that field", "[commands]")
{
    Fixture f;
    const Entity before = *f.set.entity(u"p2"_s);

    f.document.execute(ChangeEntityCommand::setNote(&f.set, u"p2"_s, u"Qatari foreign minister"_s));
    f.document.execute(ChangeEntityCommand::setReference(&f.set, u"p2"_s, u"wikidata:Q1234"_s));
    Entity expected = before;
    expected.note = u"Qatari foreign minister"_s;
    expected.reference = u"wikidata:Q1234"_s;
    CHECK(*f.set.entity(u"p2"_s) == expected);
    CHECK(f.stack.count() == 2);

    f.stack.undo();
    CHECK(f.set.entity(u"p2"_s)->reference.isEmpty());
    CHECK(f.set.entity(u"p2"_s)->note == u"Qatari foreign minister"_s);
    f.stack.undo();
    CHECK(*f.set.entity(u"p2"_s) == before);
}

TEST_CASE("Consecutive retypes of one entity merge into one undo step", "[commands]")
{
    Fixture f;
    f.document.execute(ChangeEntityCommand::retype(&f.set, u"g1"_s, u"LOC"_s));
    f.document.execute(ChangeEntityCommand::retype(&f.set, u"g1"_s, u"FACILITY"_s));
    f.document.execute(ChangeEntityCommand::retype(&f.set, u"g1"_s, u"ORG"_s));
    CHECK(f.stack.count() == 1);
    CHECK(f.set.entity(u"g1"_s)->type == u"ORG"_s);

    f.stack.undo();
    CHECK(f.set.entity(u"g1"_s)->type == u"GPE"_s);
    f.stack.redo();
    CHECK(f.set.entity(u"g1"_s)->type == u"ORG"_s);
}

TEST_CASE("Retyping back to the original type leaves no undo step", "[commands]")
{
    Fixture f;
    f.document.execute(new AddEntityCommand(&f.set, entity(u"x"_s, u"MONEY"_s, 70, 77)));
    REQUIRE(f.stack.count() == 1);

    f.document.execute(ChangeEntityCommand::retype(&f.set, u"g1"_s, u"LOC"_s));
    f.document.execute(ChangeEntityCommand::retype(&f.set, u"g1"_s, u"ORG"_s));
    CHECK(f.stack.count() == 2);
    f.document.execute(ChangeEntityCommand::retype(&f.set, u"g1"_s, u"GPE"_s));
    CHECK(f.stack.count() == 1);
    CHECK(f.stack.index() == 1);
    CHECK(f.set.entity(u"g1"_s)->type == u"GPE"_s);

    // Undo now undoes the step before the retypes.
    f.stack.undo();
    CHECK(f.set.entity(u"x"_s) == nullptr);
    CHECK(f.set.entity(u"g1"_s)->type == u"GPE"_s);
}

TEST_CASE("A retype after saving does not merge with the retype before the save", "[commands]")
{
    Fixture f;
    f.document.execute(ChangeEntityCommand::retype(&f.set, u"g1"_s, u"LOC"_s));
    f.document.markSaved(SidecarInfo {});
    f.document.execute(ChangeEntityCommand::retype(&f.set, u"g1"_s, u"FACILITY"_s));
    CHECK(f.stack.count() == 2);
    CHECK(f.document.isModified());

    f.stack.undo(); // back to what was saved
    CHECK(f.set.entity(u"g1"_s)->type == u"LOC"_s);
    CHECK_FALSE(f.document.isModified());
}

TEST_CASE("Retyping to the same type leaves no undo step", "[commands]")
{
    Fixture f;
    f.document.execute(ChangeEntityCommand::retype(&f.set, u"g1"_s, u"GPE"_s));
    CHECK(f.stack.count() == 0);
    CHECK_FALSE(f.document.isModified());
    CHECK(f.set.entity(u"g1"_s)->type == u"GPE"_s);
}

TEST_CASE("Retypes of different entities or different kinds of edit do not merge", "[commands]")
{
    Fixture f;
    f.document.execute(ChangeEntityCommand::retype(&f.set, u"g1"_s, u"LOC"_s));
    f.document.execute(ChangeEntityCommand::retype(&f.set, u"p2"_s, u"ORG"_s));
    CHECK(f.stack.count() == 2);
    f.document.execute(ChangeEntityCommand::setNote(&f.set, u"p2"_s, u"n"_s));
    CHECK(f.stack.count() == 3);
    f.document.execute(ChangeEntityCommand::retype(&f.set, u"p2"_s, u"GPE"_s));
    CHECK(f.stack.count() == 4);

    f.stack.undo();
    CHECK(f.set.entity(u"p2"_s)->type == u"ORG"_s);
    f.stack.undo();
    f.stack.undo();
    CHECK(f.set.entity(u"p2"_s)->type == u"PERSON"_s);
    CHECK(f.set.entity(u"g1"_s)->type == u"LOC"_s);
}

TEST_CASE("Consecutive note edits of one entity merge", "[commands]")
{
    Fixture f;
    f.document.execute(ChangeEntityCommand::setNote(&f.set, u"p2"_s, u"Q"_s));
    f.document.execute(ChangeEntityCommand::setNote(&f.set, u"p2"_s, u"Qa"_s));
    f.document.execute(ChangeEntityCommand::setNote(&f.set, u"p2"_s, u"Qatar"_s));
    CHECK(f.stack.count() == 1);
    CHECK(f.set.entity(u"p2"_s)->note == u"Qatar"_s);
    f.stack.undo();
    CHECK(f.set.entity(u"p2"_s)->note.isEmpty());
}

TEST_CASE("Consecutive attribute sets do not merge", "[commands]")
{
    Fixture f;
    f.document.execute(ChangeEntityCommand::setAttribute(&f.set, u"p2"_s, u"confidence"_s, u"low"_s));
    f.document.execute(ChangeEntityCommand::setAttribute(&f.set, u"p2"_s, u"confidence"_s, u"high"_s));
    CHECK(f.stack.count() == 2);
    f.stack.undo();
    CHECK(f.set.entity(u"p2"_s)->attributes.value(u"confidence"_s) == u"low"_s);
    f.stack.undo();
    CHECK_FALSE(f.set.entity(u"p2"_s)->attributes.contains(u"confidence"_s));
}

// ---------------------------------------------------------------------------------------------------
// Relations

TEST_CASE("AddRelationCommand and RemoveRelationCommand redo, undo and redo", "[commands]")
{
    Fixture f;
    const std::vector<Relation> before = f.set.relations();
    Relation added = relation(u"r0"_s, u"MEMBER_OF"_s, u"p1"_s, u"g1"_s);
    added.attributes.insert(u"confidence"_s, u"medium"_s);

    f.document.execute(new AddRelationCommand(&f.set, added));
    REQUIRE(f.set.relation(u"r0"_s) != nullptr);
    CHECK(*f.set.relation(u"r0"_s) == added);
    CHECK(f.set.indexOfRelation(u"r0"_s) == 0);
    f.stack.undo();
    CHECK(f.set.relations() == before);
    f.stack.redo();
    CHECK(*f.set.relation(u"r0"_s) == added);

    f.document.execute(new RemoveRelationCommand(&f.set, u"r1"_s));
    CHECK(f.set.relation(u"r1"_s) == nullptr);
    CHECK(f.set.entity(u"p1"_s) != nullptr); // entities stay
    CHECK(f.set.entityCount() == 4);
    f.stack.undo();
    CHECK(*f.set.relation(u"r1"_s) == before.front()); // note kept
    f.stack.redo();
    CHECK(f.set.relation(u"r1"_s) == nullptr);
    CHECK(f.stack.count() == 2);
}

TEST_CASE("ChangeRelationCommand retypes, sets attributes and notes, and undoes", "[commands]")
{
    Fixture f;
    const Relation before = *f.set.relation(u"r2"_s);

    f.document.execute(ChangeRelationCommand::retype(&f.set, u"r2"_s, u"MEETS_WITH"_s));
    CHECK(f.set.relation(u"r2"_s)->type == u"MEETS_WITH"_s);
    f.document.execute(ChangeRelationCommand::setAttribute(&f.set, u"r2"_s, u"confidence"_s, u"low"_s));
    CHECK(f.set.relation(u"r2"_s)->attributes.value(u"confidence"_s) == u"low"_s);
    f.document.execute(ChangeRelationCommand::setNote(&f.set, u"r2"_s, u"seen in photo"_s));
    CHECK(f.set.relation(u"r2"_s)->note == u"seen in photo"_s);
    f.document.execute(ChangeRelationCommand::setAttribute(&f.set, u"r2"_s, u"confidence"_s, QString()));
    CHECK(f.set.relation(u"r2"_s)->attributes.isEmpty());
    CHECK(f.stack.count() == 4);

    Relation expected = before;
    expected.type = u"MEETS_WITH"_s;
    expected.note = u"seen in photo"_s;
    CHECK(*f.set.relation(u"r2"_s) == expected);

    while (f.stack.canUndo())
        f.stack.undo();
    CHECK(*f.set.relation(u"r2"_s) == before);
    CHECK(f.set.indexOfRelation(u"r2"_s) == 1); // relations stay ordered by id
}

TEST_CASE("ChangeRelationCommand merges retypes and notes but not attribute sets", "[commands]")
{
    Fixture f;
    const Relation before = *f.set.relation(u"r1"_s);

    SECTION("retypes merge, and returning to the start leaves no step")
    {
        f.document.execute(ChangeRelationCommand::retype(&f.set, u"r1"_s, u"COOPERATES_WITH"_s));
        f.document.execute(ChangeRelationCommand::retype(&f.set, u"r1"_s, u"AGREEMENT_WITH"_s));
        CHECK(f.stack.count() == 1);
        f.document.execute(ChangeRelationCommand::retype(&f.set, u"r1"_s, u"MEETS_WITH"_s));
        CHECK(f.stack.count() == 0);
        CHECK(*f.set.relation(u"r1"_s) == before);
        CHECK_FALSE(f.document.isModified());
    }
    SECTION("note edits merge")
    {
        f.document.execute(ChangeRelationCommand::setNote(&f.set, u"r1"_s, u"first"_s));
        f.document.execute(ChangeRelationCommand::setNote(&f.set, u"r1"_s, u"first meeting in Doha"_s));
        CHECK(f.stack.count() == 1);
        f.stack.undo();
        CHECK(*f.set.relation(u"r1"_s) == before);
    }
    SECTION("attribute sets do not merge")
    {
        f.document.execute(ChangeRelationCommand::setAttribute(&f.set, u"r1"_s, u"confidence"_s, u"low"_s));
        f.document.execute(ChangeRelationCommand::setAttribute(&f.set, u"r1"_s, u"confidence"_s, u"high"_s));
        CHECK(f.stack.count() == 2);
        f.stack.undo();
        CHECK(f.set.relation(u"r1"_s)->attributes.value(u"confidence"_s) == u"low"_s);
    }
    SECTION("retypes of different relations do not merge")
    {
        f.document.execute(ChangeRelationCommand::retype(&f.set, u"r1"_s, u"COOPERATES_WITH"_s));
        f.document.execute(ChangeRelationCommand::retype(&f.set, u"r2"_s, u"COOPERATES_WITH"_s));
        CHECK(f.stack.count() == 2);
        f.stack.undo();
        CHECK(f.set.relation(u"r1"_s)->type == u"COOPERATES_WITH"_s);
        CHECK(f.set.relation(u"r2"_s)->type == u"LOCATED_IN"_s);
    }
}

TEST_CASE("ChangeRelationCommand leaves no step for no change, and merges only one kind of edit", "[commands]")
{
    Fixture f;
    const Relation before = *f.set.relation(u"r1"_s);

    SECTION("edits to the values the relation has leave no step")
    {
        f.document.execute(ChangeRelationCommand::retype(&f.set, u"r1"_s, u"MEETS_WITH"_s));
        f.document.execute(ChangeRelationCommand::setNote(&f.set, u"r1"_s, u"first meeting"_s));
        f.document.execute(ChangeRelationCommand::setAttribute(&f.set, u"r1"_s, u"confidence"_s, QString()));
        CHECK(f.stack.count() == 0);
        CHECK_FALSE(f.document.isModified());
        CHECK(*f.set.relation(u"r1"_s) == before);
    }
    SECTION("note edits that return to the start leave no step")
    {
        f.document.execute(ChangeRelationCommand::setNote(&f.set, u"r1"_s, u"first meeting in Doha"_s));
        f.document.execute(ChangeRelationCommand::setNote(&f.set, u"r1"_s, u"first meeting"_s));
        CHECK(f.stack.count() == 0);
        CHECK_FALSE(f.document.isModified());
        CHECK(*f.set.relation(u"r1"_s) == before);
    }
    SECTION("a retype and a note edit of one relation stay two steps")
    {
        f.document.execute(ChangeRelationCommand::retype(&f.set, u"r1"_s, u"COOPERATES_WITH"_s));
        f.document.execute(ChangeRelationCommand::setNote(&f.set, u"r1"_s, u"later"_s));
        f.document.execute(ChangeRelationCommand::retype(&f.set, u"r1"_s, u"AGREEMENT_WITH"_s));
        CHECK(f.stack.count() == 3);
        f.stack.undo();
        CHECK(f.set.relation(u"r1"_s)->type == u"COOPERATES_WITH"_s);
        CHECK(f.set.relation(u"r1"_s)->note == u"later"_s);
        f.stack.undo();
        CHECK(f.set.relation(u"r1"_s)->note == before.note);
        f.stack.undo();
        CHECK(*f.set.relation(u"r1"_s) == before);
    }
    SECTION("an entity and a relation with the same id never merge")
    {
        f.document.execute(new AddRelationCommand(&f.set, relation(u"g1"_s, u"MEETS_WITH"_s, u"p1"_s, u"p2"_s)));
        f.document.execute(ChangeEntityCommand::retype(&f.set, u"g1"_s, u"LOC"_s));
        f.document.execute(ChangeRelationCommand::retype(&f.set, u"g1"_s, u"COOPERATES_WITH"_s));
        CHECK(f.stack.count() == 3);
        f.stack.undo();
        CHECK(f.set.relation(u"g1"_s)->type == u"MEETS_WITH"_s);
        CHECK(f.set.entity(u"g1"_s)->type == u"LOC"_s);
    }
}

TEST_CASE("Entity and relation edits name themselves in the undo stack", "[commands]")
{
    Fixture f;
    f.document.execute(ChangeEntityCommand::retype(&f.set, u"g1"_s, u"LOC"_s));
    CHECK(f.stack.undoText() == u"Change GPE to LOC"_s);
    f.document.execute(ChangeEntityCommand::retype(&f.set, u"g1"_s, u"ORG"_s)); // merged: the first text stays
    CHECK(f.stack.undoText() == u"Change GPE to LOC"_s);
    f.document.execute(ChangeEntityCommand::resize(&f.set, u"p2"_s, {Span {16, 22, {}}}));
    CHECK(f.stack.undoText() == u"Resize PERSON"_s);
    f.document.execute(ChangeEntityCommand::setAttribute(&f.set, u"p2"_s, u"confidence"_s, u"low"_s));
    CHECK(f.stack.undoText() == u"Set confidence"_s);
    f.document.execute(ChangeEntityCommand::setNote(&f.set, u"p2"_s, u"n"_s));
    CHECK(f.stack.undoText() == u"Edit note"_s);
    f.document.execute(ChangeEntityCommand::setReference(&f.set, u"p2"_s, u"wikidata:Q1"_s));
    CHECK(f.stack.undoText() == u"Set reference"_s);

    f.document.execute(ChangeRelationCommand::retype(&f.set, u"r2"_s, u"MEETS_WITH"_s));
    CHECK(f.stack.undoText() == u"Change LOCATED_IN to MEETS_WITH"_s);
    f.document.execute(ChangeRelationCommand::setAttribute(&f.set, u"r2"_s, u"confidence"_s, u"low"_s));
    CHECK(f.stack.undoText() == u"Set confidence"_s);
    f.document.execute(ChangeRelationCommand::setNote(&f.set, u"r2"_s, u"n"_s));
    CHECK(f.stack.undoText() == u"Edit note"_s);
}

// ---------------------------------------------------------------------------------------------------
// ArticleDocument

TEST_CASE("ArticleDocument::isModified follows the undo stack's clean state", "[commands]")
{
    Fixture f;
    QList<bool> signalled;
    QObject::connect(&f.document, &ArticleDocument::modifiedChanged, &f.document,
                     [&](bool modified) { signalled.append(modified); });

    CHECK_FALSE(f.document.isModified());

    f.document.execute(ChangeEntityCommand::setNote(&f.set, u"p2"_s, u"x"_s));
    CHECK(f.document.isModified());
    REQUIRE(signalled.size() == 1);
    CHECK(signalled.last() == true);

    f.stack.undo();
    CHECK_FALSE(f.document.isModified());
    REQUIRE(signalled.size() == 2);
    CHECK(signalled.last() == false);

    f.stack.redo();
    CHECK(f.document.isModified());
    f.document.markSaved(SidecarInfo {});
    CHECK_FALSE(f.document.isModified());
    REQUIRE(signalled.size() == 4);
    CHECK(signalled.last() == false);

    // Undoing past the save makes the document differ from the file again.
    f.stack.undo();
    CHECK(f.document.isModified());
    CHECK(signalled.last() == true);
    f.stack.redo();
    CHECK_FALSE(f.document.isModified());
    CHECK(signalled.last() == false);
}

TEST_CASE("ArticleDocument::markSaved records the sidecar facts", "[commands]")
{
    Fixture f;
    SidecarInfo info;
    info.annotator = u"analyst"_s;
    info.modified = u"2026-11-22T09:30:00Z"_s;
    f.document.execute(ChangeEntityCommand::setNote(&f.set, u"p2"_s, u"x"_s));
    f.document.markSaved(info);
    CHECK(f.document.sidecarInfo() == info);
    CHECK_FALSE(f.document.isModified());
}

TEST_CASE("ArticleDocument::execute on a read-only document deletes the command and changes nothing", "[commands]")
{
    // Before the fixture: a command left on its undo stack reports its deletion here when the stack goes.
    bool redone2 = false, deleted2 = false;
    Fixture f;
    QList<bool> readOnlySignals;
    QObject::connect(&f.document, &ArticleDocument::readOnlyChanged, &f.document,
                     [&](bool readOnly) { readOnlySignals.append(readOnly); });

    SECTION("warnings do not make it read-only")
    {
        Problems warnings = {
            Problem {Problem::Severity::Warning, u"/corpus/article.txt.ann.json"_s, 3, 0, u"unknown field"_s}};
        f.document.setLoadProblems(warnings);
        CHECK_FALSE(f.document.isReadOnly());
        CHECK(readOnlySignals.isEmpty());
        CHECK(f.document.execute(new AddEntityCommand(&f.set, entity(u"x"_s, u"MONEY"_s, 70, 77))));
        CHECK(f.set.entity(u"x"_s) != nullptr);
    }
    SECTION("an error makes it read-only")
    {
        Problems errors = {
            Problem {Problem::Severity::Error, u"/corpus/article.txt.ann.json"_s, 7, 12, u"span outside the text"_s}};
        f.document.setLoadProblems(errors);
        CHECK(f.document.isReadOnly());
        CHECK(f.document.loadProblems() == errors);
        const QList<bool> expectedSignals = {true};
        CHECK(readOnlySignals == expectedSignals);

        const std::vector<Entity> entitiesBefore = f.set.entities().toVector();
        bool redone = false, deleted = false;
        CHECK_FALSE(f.document.execute(new ProbeCommand(&redone, &deleted)));
        CHECK(deleted);
        CHECK_FALSE(redone);

        CHECK_FALSE(f.document.execute(new AddEntityCommand(&f.set, entity(u"x"_s, u"MONEY"_s, 70, 77))));
        CHECK_FALSE(f.document.execute(new RemoveEntityCommand(&f.set, u"p1"_s)));
        CHECK_FALSE(f.document.execute(ChangeEntityCommand::retype(&f.set, u"g1"_s, u"LOC"_s)));
        CHECK(f.set.entities() == entitiesBefore);
        CHECK(f.stack.count() == 0);
        CHECK_FALSE(f.document.isModified());

        // Clearing the problems makes it editable again.
        f.document.setLoadProblems({});
        CHECK_FALSE(f.document.isReadOnly());
        const QList<bool> bothSignals = {true, false};
        CHECK(readOnlySignals == bothSignals);
        CHECK(f.document.execute(new ProbeCommand(&redone2, &deleted2)));
        CHECK(redone2);
        CHECK_FALSE(deleted2);
        CHECK(f.stack.count() == 1);
    }
}

TEST_CASE("ArticleDocument::textOf(span) counts offsets in code points", "[commands]")
{
    const QString text = u"\U0001F600 Erdo\u011Fan met \U0001F1F9\U0001F1F7 Fidan in Ankara."_s;
    const ArticleDocument document(articleFromText(text));

    // Code point offsets of the names, computed independently of CodePointIndex.
    auto codePointOffset = [&](const QString &needle) {
        const qsizetype utf16 = text.indexOf(needle);
        REQUIRE(utf16 >= 0);
        return qsizetype(QStringView(text).first(utf16).toUcs4().size());
    };
    const qsizetype erdogan = codePointOffset(u"Erdo\u011Fan"_s);
    const qsizetype fidan = codePointOffset(u"Fidan"_s);
    const qsizetype ankara = codePointOffset(u"Ankara"_s);
    REQUIRE(erdogan == 2); // after one emoji and a space
    REQUIRE(fidan == text.indexOf(u"Fidan"_s) - 3); // one emoji and a two-indicator flag before it

    CHECK(document.textOf(Span {erdogan, erdogan + 7, {}}) == u"Erdo\u011Fan"_s);
    CHECK(document.textOf(Span {fidan, fidan + 5, {}}) == u"Fidan"_s);
    CHECK(document.textOf(Span {ankara, ankara + 6, {}}) == u"Ankara"_s);
    CHECK(document.textOf(Span {0, 1, {}}) == u"\U0001F600"_s);
    CHECK(document.textOf(Span {fidan - 3, fidan - 1, {}}) == u"\U0001F1F9\U0001F1F7"_s);
    CHECK(document.textOf(Span {fidan, fidan, {}}).isEmpty());
}

TEST_CASE("ArticleDocument::textOf(entity) joins discontinuous fragments with one space", "[commands]")
{
    const QString text = u"\U0001F600 Hakan and Mevl\u00FCt \u00C7avu\u015Fo\u011Flu"_s;
    const ArticleDocument document(articleFromText(text));

    Entity split = entity(u"e"_s, u"PERSON"_s, 2, 7); // "Hakan"
    split.spans.append(Span {19, 28, {}}); // "Çavuşoğlu"
    CHECK(document.textOf(split) == u"Hakan \u00C7avu\u015Fo\u011Flu"_s);

    const Entity single = entity(u"s"_s, u"PERSON"_s, 12, 28);
    CHECK(document.textOf(single) == u"Mevl\u00FCt \u00C7avu\u015Fo\u011Flu"_s);
}

// ---------------------------------------------------------------------------------------------------
// Annotation ids

TEST_CASE("newAnnotationId makes 12-character ids from the lower-case Crockford alphabet", "[commands]")
{
    const QString alphabet = u"0123456789abcdefghjkmnpqrstvwxyz"_s;
    QSet<QString> ids;
    QSet<QChar> seen;
    constexpr int count = 100000;
    ids.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString id = newAnnotationId();
        if (id.size() != 12 || !isValidAnnotationId(id)) {
            INFO("id " << id.toStdString());
            REQUIRE(id.size() == 12);
            REQUIRE(isValidAnnotationId(id));
        }
        for (QChar c : id) {
            if (!alphabet.contains(c)) {
                INFO("id " << id.toStdString());
                REQUIRE(alphabet.contains(c));
            }
            seen.insert(c);
        }
        ids.insert(id);
    }
    CHECK(ids.size() == count); // all distinct
    CHECK(seen.size() == alphabet.size()); // every character of the alphabet is used
}

TEST_CASE("isValidAnnotationId accepts 1 to 64 ASCII letters, digits, _ . : -", "[commands]")
{
    CHECK(isValidAnnotationId(u"T1"));
    CHECK(isValidAnnotationId(u"a-b_c.d:e"));
    CHECK(isValidAnnotationId(u"x"));
    CHECK(isValidAnnotationId(QString(64, u'z')));
    CHECK(isValidAnnotationId(u"ABCxyz019"));

    CHECK_FALSE(isValidAnnotationId(u""));
    CHECK_FALSE(isValidAnnotationId(QString()));
    CHECK_FALSE(isValidAnnotationId(u"T 1"));
    CHECK_FALSE(isValidAnnotationId(u" T1"));
    CHECK_FALSE(isValidAnnotationId(u"T1\n"));
    CHECK_FALSE(isValidAnnotationId(u"T1\t"));
    CHECK_FALSE(isValidAnnotationId(QString(65, u'z')));
    CHECK_FALSE(isValidAnnotationId(u"\u0131d")); // Turkish dotless ı
    CHECK_FALSE(isValidAnnotationId(u"\u00E9t\u00E9")); // é
    CHECK_FALSE(isValidAnnotationId(u"\uFF34\uFF11")); // fullwidth Ｔ１
    CHECK_FALSE(isValidAnnotationId(u"\u0661")); // Arabic-Indic digit one
    CHECK_FALSE(isValidAnnotationId(u"a/b"));
    CHECK_FALSE(isValidAnnotationId(u"a\"b"));
}
