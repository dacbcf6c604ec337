// SPDX-License-Identifier: GPL-3.0-or-later
// Relation rules (what the schema allows, what a document gets wrong) and the per-entity relation index.
#include "io/schemareader.h"
#include "model/annotationcommands.h"
#include "model/annotationset.h"
#include "model/articledocument.h"
#include "model/relationchecker.h"
#include "model/relationindex.h"
#include "model/relationrules.h"
#include "support/catchqt.h"
#include "support/testfiles.h"

#include <QSet>

#include <algorithm>
#include <random>

using namespace Hashiya;
using namespace Qt::StringLiterals;
using Hashiya::Test::entity;
using Hashiya::Test::relation;

namespace {

QStringList names(const QList<const RelationType *> &types)
{
    QStringList result;
    for (const RelationType *type : types)
        result.append(type->name);
    return result;
}

struct Document
{
    Schema schema = SchemaReader::defaultSchema();
    std::vector<Entity> entities = {entity(u"p1"_s, u"PERSON"_s, 0, 5), entity(u"p2"_s, u"PERSON"_s, 6, 11),
                                    entity(u"o1"_s, u"ORG"_s, 12, 18),  entity(u"g1"_s, u"GPE"_s, 19, 24),
                                    entity(u"d1"_s, u"DATE"_s, 25, 30), entity(u"t1"_s, u"TITLE"_s, 31, 40)};

    QList<RelationViolation> check(const std::vector<Relation> &relations, bool withSchema = true) const
    {
        return checkRelations(
            relations,
            [this](const QString &id) -> const Entity * {
                const auto found =
                    std::find_if(entities.begin(), entities.end(), [&](const Entity &e) { return e.id == id; });
                return found == entities.end() ? nullptr : &*found;
            },
            withSchema ? &schema : nullptr);
    }
};

} // namespace

TEST_CASE("allowedRelationTypes offers the schema's types for a pair of entity types, in schema order", "[relations]")
{
    const Schema schema = SchemaReader::defaultSchema();
    const QStringList personTitle = names(allowedRelationTypes(schema, u"PERSON"_s, u"TITLE"_s));
    CHECK(personTitle.contains(u"HAS_TITLE"_s));
    CHECK_FALSE(personTitle.contains(u"EXPORTS_TO"_s));
    // Not the other way round: HAS_TITLE has a direction.
    CHECK_FALSE(names(allowedRelationTypes(schema, u"TITLE"_s, u"PERSON"_s)).contains(u"HAS_TITLE"_s));
    // A symmetric type either way round.
    const QStringList orgPerson = names(allowedRelationTypes(schema, u"ORG"_s, u"PERSON"_s));
    CHECK(orgPerson.contains(u"MEETS_WITH"_s));
    // Nothing between two dates but what "*" allows.
    for (const QString &name : names(allowedRelationTypes(schema, u"DATE"_s, u"DATE"_s)))
        CHECK(schema.relationType(name)->from.contains(u"*"_s));
    // In the schema's order.
    const QStringList orgGpe = names(allowedRelationTypes(schema, u"ORG"_s, u"GPE"_s));
    QStringList inSchemaOrder;
    for (const RelationType &type : schema.relationTypes) {
        if (orgGpe.contains(type.name))
            inSchemaOrder.append(type.name);
    }
    CHECK(orgGpe == inSchemaOrder);
}

TEST_CASE("checkRelations accepts relations the schema allows", "[relations]")
{
    const Document document;
    CHECK(document
              .check({relation(u"r1"_s, u"HAS_TITLE"_s, u"p1"_s, u"t1"_s),
                      relation(u"r2"_s, u"MEETS_WITH"_s, u"p1"_s, u"p2"_s),
                      relation(u"r3"_s, u"EXPORTS_TO"_s, u"o1"_s, u"g1"_s)})
              .isEmpty());
}

TEST_CASE("checkRelations names each fault", "[relations]")
{
    const Document document;
    const QList<RelationViolation> found =
        document.check({relation(u"r1"_s, u"HAS_TITLE"_s, u"t1"_s, u"p1"_s), // backwards
                        relation(u"r2"_s, u"MEETS_WITH"_s, u"p1"_s, u"gone"_s), // missing end
                        relation(u"r3"_s, u"MEETS_WITH"_s, u"p1"_s, u"p1"_s), // itself
                        relation(u"r4"_s, u"FUNDS"_s, u"o1"_s, u"g1"_s), // unknown type
                        relation(u"r5"_s, u"ALIAS_OF"_s, u"p1"_s, u"o1"_s)}); // same type required
    REQUIRE(found.size() == 5);
    CHECK(found[0].relationId == u"r1"_s);
    CHECK(found[0].fault == RelationFault::NotAllowed);
    CHECK(found[0].message.contains(u"from TITLE to PERSON"_s));
    CHECK(found[1].fault == RelationFault::MissingEnd);
    CHECK(found[1].message.contains(u"gone"_s));
    CHECK(found[2].fault == RelationFault::SelfLink);
    CHECK(found[3].fault == RelationFault::UnknownType);
    CHECK(found[4].fault == RelationFault::NotAllowed);
    CHECK(found[4].message.contains(u"same type"_s));
}

TEST_CASE("checkRelations finds repeats, either way round for a symmetric type", "[relations]")
{
    const Document document;
    const QList<RelationViolation> found =
        document.check({relation(u"r1"_s, u"MEETS_WITH"_s, u"p1"_s, u"p2"_s),
                        relation(u"r2"_s, u"MEETS_WITH"_s, u"p2"_s, u"p1"_s), // the same meeting
                        relation(u"r3"_s, u"EXPORTS_TO"_s, u"o1"_s, u"g1"_s),
                        relation(u"r4"_s, u"EXPORTS_TO"_s, u"g1"_s, u"o1"_s), // the other way: a different fact
                        relation(u"r5"_s, u"EXPORTS_TO"_s, u"o1"_s, u"g1"_s)});
    REQUIRE(found.size() == 2);
    CHECK(found[0].relationId == u"r2"_s);
    CHECK(found[0].fault == RelationFault::Duplicate);
    CHECK(found[0].message.contains(u"r1"_s));
    CHECK(found[1].relationId == u"r5"_s);
    CHECK(found[1].message.contains(u"r3"_s));
}

TEST_CASE("checkRelations without a schema checks only the document", "[relations]")
{
    const Document document;
    const QList<RelationViolation> found = document.check(
        {relation(u"r1"_s, u"FUNDS"_s, u"t1"_s, u"p1"_s), relation(u"r2"_s, u"X"_s, u"p1"_s, u"p1"_s)}, false);
    REQUIRE(found.size() == 1);
    CHECK(found[0].fault == RelationFault::SelfLink);
}

TEST_CASE("RelationIndex follows inserts, removals, changes and resets", "[relations]")
{
    AnnotationSet set;
    set.reset(EntityList(std::vector<Entity> {entity(u"a"_s, u"PERSON"_s, 0, 1), entity(u"b"_s, u"PERSON"_s, 2, 3),
                                              entity(u"c"_s, u"ORG"_s, 4, 5)}),
              {relation(u"r1"_s, u"MEETS_WITH"_s, u"a"_s, u"b"_s)});
    RelationIndex index(&set);
    auto of = [&](const QString &id) {
        QStringList ids = index.relationsOf(id);
        ids.sort();
        return ids;
    };
    CHECK(of(u"a"_s) == QStringList {u"r1"_s});
    CHECK(of(u"b"_s) == QStringList {u"r1"_s});
    CHECK_FALSE(index.hasRelations(u"c"_s));

    set.insertRelation(relation(u"r0"_s, u"MEMBER_OF"_s, u"a"_s, u"c"_s));
    CHECK(of(u"a"_s) == (QStringList {u"r0"_s, u"r1"_s}));
    CHECK(of(u"c"_s) == QStringList {u"r0"_s});

    Relation moved = *set.relation(u"r1"_s);
    moved.to = u"c"_s;
    set.replaceRelation(moved);
    CHECK_FALSE(index.hasRelations(u"b"_s));
    CHECK(of(u"c"_s) == (QStringList {u"r0"_s, u"r1"_s}));

    set.takeRelation(u"r0"_s);
    CHECK(of(u"a"_s) == QStringList {u"r1"_s});
    CHECK(of(u"c"_s) == QStringList {u"r1"_s});

    set.reset({}, {});
    CHECK_FALSE(index.hasRelations(u"a"_s));
}

TEST_CASE("RelationIndex agrees with a scan after random edits and their undo", "[relations]")
{
    ArticleDocument document(Test::articleFromText(QString(200, u'x')));
    AnnotationSet *set = document.annotations();
    std::vector<Entity> entities;
    for (int i = 0; i < 40; ++i)
        entities.push_back(entity(u"e%1"_s.arg(i), u"PERSON"_s, i * 5, i * 5 + 3));
    set->reset(EntityList(entities), {});
    RelationIndex index(set);
    std::mt19937 random(7);
    for (int step = 0; step < 300; ++step) {
        const int choice = int(random() % 10);
        if (choice < 5 || set->relationCount() == 0) {
            const QString from = u"e%1"_s.arg(random() % 40), to = u"e%1"_s.arg(random() % 40);
            document.execute(new AddRelationCommand(set, relation(u"r%1"_s.arg(step), u"MEETS_WITH"_s, from, to)));
        } else if (choice < 7) {
            document.execute(
                new RemoveRelationCommand(set, set->relationAt(qsizetype(random()) % set->relationCount()).id));
        } else if (choice < 8 && set->entityCount() > 0) {
            // Removing an entity takes its relations with it.
            document.execute(new RemoveEntityCommand(set, set->entityAt(qsizetype(random()) % set->entityCount()).id));
        } else if (document.undoStack()->canUndo()) {
            document.undoStack()->undo();
        }
        for (qsizetype e = 0; e < set->entityCount(); ++e) {
            const QString id = set->entityAt(e).id;
            QSet<QString> expected;
            for (const Relation &r : set->relationsOf(id))
                expected.insert(r.id);
            const QStringList got = index.relationsOf(id);
            REQUIRE(QSet<QString>(got.begin(), got.end()) == expected);
            REQUIRE(got.size() == expected.size());
        }
    }
}

TEST_CASE("RelationChecker agrees with checkRelations after random edits and their undo", "[relations]")
{
    const Schema schema = SchemaReader::defaultSchema();
    ArticleDocument document(Test::articleFromText(QString(200, u'x')));
    AnnotationSet *set = document.annotations();
    const QStringList entityTypes = {u"PERSON"_s, u"ORG"_s, u"GPE"_s, u"DATE"_s};
    const QStringList relationTypes = {u"MEETS_WITH"_s, u"MEMBER_OF"_s, u"ON_DATE"_s, u"NO_SUCH_TYPE"_s};
    std::vector<Entity> entities;
    for (int i = 0; i < 12; ++i)
        entities.push_back(entity(u"e%1"_s.arg(i), entityTypes[i % 4], i * 5, i * 5 + 3));
    set->reset(EntityList(entities), {});
    RelationChecker checker(set, &schema);

    // What a view would pass on: the relations each edit touched.
    QStringList touched;
    QObject context;
    auto relationAt = [&](qsizetype index) {
        touched.append(set->relationAt(index).id);
    };
    QObject::connect(set, &AnnotationSet::relationInserted, &context, relationAt);
    QObject::connect(set, &AnnotationSet::relationAboutToBeRemoved, &context, relationAt);
    QObject::connect(set, &AnnotationSet::relationChanged, &context, relationAt);
    auto entityAt = [&](qsizetype index) {
        for (const Relation &r : set->relationsOf(set->entityAt(index).id))
            touched.append(r.id);
    };
    QObject::connect(set, &AnnotationSet::entityChanged, &context, entityAt);
    QObject::connect(set, &AnnotationSet::entityAboutToBeRemoved, &context, entityAt);
    QObject::connect(set, &AnnotationSet::entityInserted, &context, entityAt);

    std::mt19937 random(3);
    int repeats = 0, faults = 0;
    for (int step = 0; step < 400; ++step) {
        const int choice = int(random() % 12);
        const qsizetype relations = set->relationCount();
        if (choice < 5 || relations == 0) {
            const QString from = u"e%1"_s.arg(random() % 12), to = u"e%1"_s.arg(random() % 12);
            const QString type = relationTypes[qsizetype(random() % 4)];
            document.execute(
                new AddRelationCommand(set, relation(u"r%1"_s.arg(step, 3, 10, QChar(u'0')), type, from, to)));
        } else if (choice < 7) {
            document.execute(new RemoveRelationCommand(set, set->relationAt(qsizetype(random()) % relations).id));
        } else if (choice < 8) {
            document.execute(ChangeRelationCommand::retype(set, set->relationAt(qsizetype(random()) % relations).id,
                                                           relationTypes[qsizetype(random() % 4)]));
        } else if (choice < 9 && set->entityCount() > 0) {
            document.execute(ChangeEntityCommand::retype(
                set, set->entityAt(qsizetype(random()) % set->entityCount()).id, entityTypes[qsizetype(random() % 4)]));
        } else if (choice < 10 && set->entityCount() > 0) {
            document.execute(new RemoveEntityCommand(set, set->entityAt(qsizetype(random()) % set->entityCount()).id));
        } else if (document.undoStack()->canUndo()) {
            document.undoStack()->undo();
        }
        checker.recheck(std::exchange(touched, {}));
        const QList<RelationViolation> expected = checkRelations(
            set->relations(), [set](const QString &id) { return set->entity(id); }, &schema);
        REQUIRE(checker.violations() == expected);
        for (const RelationViolation &violation : expected)
            (violation.fault == RelationFault::Duplicate ? repeats : faults) += 1;
    }
    // The edits did make both kinds.
    CHECK(repeats > 20);
    CHECK(faults > 20);
}
