// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/annotationset.h"
#include "support/catchqt.h"
#include "support/testfiles.h"

#include <QStringList>

#include <algorithm>
#include <random>
#include <vector>

using namespace Hashiya;
using namespace Qt::StringLiterals;
using Hashiya::Test::entity;
using Hashiya::Test::relation;

namespace {

QStringList idsOf(const std::vector<Entity> &entities)
{
    QStringList ids;
    for (const Entity &e : entities)
        ids.append(e.id);
    return ids;
}

QStringList idsOf(const std::vector<Relation> &relations)
{
    QStringList ids;
    for (const Relation &r : relations)
        ids.append(r.id);
    return ids;
}

QStringList idsOf(const QList<Relation> &relations)
{
    QStringList ids;
    for (const Relation &r : relations)
        ids.append(r.id);
    return ids;
}

// Reference lookup: a linear search.
qsizetype bruteForceIndex(const AnnotationSet &set, const QString &id)
{
    for (qsizetype i = 0; i < set.entityCount(); ++i) {
        if (set.entityAt(i).id == id)
            return i;
    }
    return -1;
}

// Entities whose ordering keys tie in every way but one, so each rule of entityLess matters.
std::vector<Entity> orderingSample()
{
    return {
        entity(u"e01"_s, u"PERSON"_s, 10, 20), entity(u"e02"_s, u"ORG"_s, 10, 20), // same span, type decides
        entity(u"e03"_s, u"ORG"_s, 10, 15), // same start, shorter
        entity(u"a00"_s, u"ORG"_s, 10, 20), // same span and type as e02: id decides
        entity(u"e05"_s, u"GPE"_s, 0, 100), // encloses everything
        entity(u"e06"_s, u"DATE"_s, 12, 14), // nested in e01
        entity(u"e07"_s, u"LOC"_s, 18, 30), // overlaps e01
        entity(u"e08"_s, u"TITLE"_s, 99, 100), // at the end
        entity(u"e09"_s, u"EVENT"_s, 0, 1),    entity(u"e10"_s, u"MONEY"_s, 5, 5), // empty span
    };
}

std::vector<Entity> sortedCopy(std::vector<Entity> entities)
{
    std::sort(entities.begin(), entities.end(), entityLess);
    return entities;
}

} // namespace

// ---------------------------------------------------------------------------------------------------
// Ordering

TEST_CASE("AnnotationSet keeps entities ordered by start, end, type and id whatever the insertion order", "[model]")
{
    const std::vector<Entity> sample = orderingSample();
    const std::vector<Entity> expected = sortedCopy(sample);
    // The reference order, spelled out so a wrong comparator in both places would still be caught.
    const QStringList expectedIds = {u"e09"_s, u"e05"_s, u"e10"_s, u"e03"_s, u"a00"_s,
                                     u"e02"_s, u"e01"_s, u"e06"_s, u"e07"_s, u"e08"_s};
    REQUIRE(idsOf(expected) == expectedIds);

    std::mt19937 random(GENERATE(1u, 2u, 3u, 4u, 5u));
    std::vector<Entity> order = sample;
    std::shuffle(order.begin(), order.end(), random);

    AnnotationSet set;
    for (const Entity &e : order) {
        const qsizetype index = set.insertEntity(e);
        REQUIRE(index >= 0);
        REQUIRE(index < set.entityCount());
        CHECK(set.entityAt(index) == e); // insertEntity returns where the entity went
        CHECK(std::is_sorted(set.entities().begin(), set.entities().end(), entityLess));
    }
    INFO("insertion order: " << idsOf(order).join(u' ').toStdString());
    CHECK(idsOf(set.entities().toVector()) == expectedIds);
    CHECK(set.entities() == expected);
}

TEST_CASE("AnnotationSet allows overlapping and nested entities", "[model]")
{
    AnnotationSet set;
    set.insertEntity(entity(u"outer"_s, u"ORG"_s, 0, 30));
    set.insertEntity(entity(u"inner"_s, u"GPE"_s, 5, 10));
    set.insertEntity(entity(u"overlap"_s, u"PERSON"_s, 8, 40));
    set.insertEntity(entity(u"same"_s, u"ORG"_s, 0, 30)); // identical span and type, other id

    CHECK(set.entityCount() == 4);
    const QStringList expectedIds = {u"outer"_s, u"same"_s, u"inner"_s, u"overlap"_s};
    CHECK(idsOf(set.entities().toVector()) == expectedIds);
    for (const QString &id : expectedIds)
        CHECK(set.entity(id) != nullptr);
}

TEST_CASE("AnnotationSet orders discontinuous entities by their first start and last end", "[model]")
{
    AnnotationSet set;
    Entity split = entity(u"split"_s, u"ORG"_s, 2, 4);
    split.spans.append(Span {20, 25, {}});
    set.insertEntity(entity(u"middle"_s, u"ORG"_s, 2, 10));
    set.insertEntity(split);
    set.insertEntity(entity(u"long"_s, u"ORG"_s, 2, 30));

    const QStringList expectedIds = {u"middle"_s, u"split"_s, u"long"_s};
    CHECK(idsOf(set.entities().toVector()) == expectedIds);
    CHECK(set.entity(u"split"_s)->spans.size() == 2);
}

// ---------------------------------------------------------------------------------------------------
// Lookup by id

TEST_CASE("AnnotationSet finds entities by id after inserts and removals in the middle and at the end", "[model]")
{
    AnnotationSet set;
    // Appending in order.
    set.insertEntity(entity(u"a"_s, u"ORG"_s, 0, 1));
    set.insertEntity(entity(u"b"_s, u"ORG"_s, 10, 11));
    set.insertEntity(entity(u"c"_s, u"ORG"_s, 20, 21));
    CHECK(set.indexOfEntity(u"a"_s) == 0);
    CHECK(set.indexOfEntity(u"b"_s) == 1);
    CHECK(set.indexOfEntity(u"c"_s) == 2);
    CHECK(set.indexOfEntity(u"nope"_s) == -1);
    CHECK(set.entity(u"nope"_s) == nullptr);

    // Appending after a lookup, then looking up again.
    set.insertEntity(entity(u"d"_s, u"ORG"_s, 30, 31));
    CHECK(set.indexOfEntity(u"d"_s) == 3);
    CHECK(set.indexOfEntity(u"c"_s) == 2);

    // Inserting in the middle shifts those after it.
    set.insertEntity(entity(u"m"_s, u"ORG"_s, 15, 16));
    CHECK(set.indexOfEntity(u"m"_s) == 2);
    CHECK(set.indexOfEntity(u"c"_s) == 3);
    CHECK(set.indexOfEntity(u"d"_s) == 4);
    REQUIRE(set.entity(u"c"_s) != nullptr);
    CHECK(set.entity(u"c"_s)->start() == 20);

    // Removing at the end.
    const Entity last = set.takeEntity(u"d"_s);
    CHECK(last.id == u"d"_s);
    CHECK(last.start() == 30);
    CHECK(set.indexOfEntity(u"d"_s) == -1);
    CHECK(set.indexOfEntity(u"c"_s) == 3);

    // Removing at the front shifts everything.
    CHECK(set.takeEntity(u"a"_s).id == u"a"_s);
    CHECK(set.indexOfEntity(u"a"_s) == -1);
    CHECK(set.indexOfEntity(u"b"_s) == 0);
    CHECK(set.indexOfEntity(u"m"_s) == 1);
    CHECK(set.indexOfEntity(u"c"_s) == 2);

    // Removing the last one after a middle removal, without a lookup in between.
    set.takeEntity(u"m"_s);
    set.takeEntity(u"c"_s);
    CHECK(set.indexOfEntity(u"c"_s) == -1);
    CHECK(set.indexOfEntity(u"m"_s) == -1);
    CHECK(set.indexOfEntity(u"b"_s) == 0);
    CHECK(set.entityCount() == 1);

    // An id can come back after it was removed.
    set.insertEntity(entity(u"a"_s, u"PERSON"_s, 50, 51));
    CHECK(set.indexOfEntity(u"a"_s) == 1);
    CHECK(set.entity(u"a"_s)->type == u"PERSON"_s);
}

TEST_CASE("AnnotationSet lookups stay right through many mixed operations", "[model]")
{
    const unsigned seed = GENERATE(11u, 22u, 33u, 44u);
    std::mt19937 random(seed);
    auto chance = [&](int percent) {
        return int(random() % 100) < percent;
    };

    AnnotationSet set;
    QStringList present;
    QStringList removed;
    int nextId = 0;

    for (int step = 0; step < 600; ++step) {
        const int action = int(random() % 10);
        if (present.isEmpty() || action < 4) {
            // Insert: often at the end (the cheap path), otherwise anywhere.
            const qsizetype start = chance(50) ? 100000 + step : qsizetype(random() % 1000);
            const QString id = u"id"_s + QString::number(nextId++);
            set.insertEntity(entity(id, u"ORG"_s, start, start + 1 + qsizetype(random() % 5)));
            present.append(id);
        } else if (action < 7) {
            // Remove: often the last entity, otherwise any.
            const QString id =
                chance(50) ? set.entityAt(set.entityCount() - 1).id : present.at(qsizetype(random() % present.size()));
            CHECK(set.takeEntity(id).id == id);
            present.removeOne(id);
            removed.append(id);
        } else {
            // Replace: move it, or change only its note.
            const QString id = present.at(qsizetype(random() % present.size()));
            Entity changed = *set.entity(id);
            if (chance(50)) {
                const qsizetype start = qsizetype(random() % 2000);
                changed.spans = {Span {start, start + 3, {}}};
            } else {
                changed.note = u"note "_s + QString::number(step);
            }
            set.replaceEntity(changed);
            CHECK(*set.entity(id) == changed);
        }

        // Look up only now and then, so several changes pile up between rebuilds.
        if (chance(30)) {
            const QString id = present.isEmpty() ? QString() : present.at(qsizetype(random() % present.size()));
            if (!id.isEmpty()) {
                INFO("step " << step << ", id " << id.toStdString());
                CHECK(set.indexOfEntity(id) == bruteForceIndex(set, id));
            }
        }
    }

    INFO("seed " << seed);
    CHECK(set.entityCount() == present.size());
    CHECK(std::is_sorted(set.entities().begin(), set.entities().end(), entityLess));
    for (const QString &id : std::as_const(present)) {
        INFO("id " << id.toStdString());
        const qsizetype index = set.indexOfEntity(id);
        CHECK(index == bruteForceIndex(set, id));
        REQUIRE(index >= 0);
        CHECK(set.entity(id) == &set.entityAt(index));
    }
    for (const QString &id : std::as_const(removed)) {
        if (!present.contains(id)) {
            INFO("removed id " << id.toStdString());
            CHECK(set.indexOfEntity(id) == -1);
            CHECK(set.entity(id) == nullptr);
        }
    }
}

// ---------------------------------------------------------------------------------------------------
// replaceEntity

TEST_CASE("replaceEntity changes an entity in place when its position and type stay", "[model]")
{
    AnnotationSet set;
    set.insertEntity(entity(u"a"_s, u"ORG"_s, 0, 5));
    set.insertEntity(entity(u"b"_s, u"PERSON"_s, 10, 20));
    set.insertEntity(entity(u"c"_s, u"GPE"_s, 30, 35));

    QStringList events;
    QObject::connect(&set, &AnnotationSet::entityAboutToChange, &set, [&](qsizetype i) {
        events.append(u"aboutToChange:"_s + QString::number(i));
        CHECK(set.entityAt(i).note.isEmpty()); // still the old value
    });
    QObject::connect(&set, &AnnotationSet::entityChanged, &set, [&](qsizetype i) {
        events.append(u"changed:"_s + QString::number(i));
        CHECK(set.entityAt(i).note == u"checked"_s); // already the new value
    });
    QObject::connect(&set, &AnnotationSet::entityAboutToBeRemoved, &set,
                     [&](qsizetype i) { events.append(u"aboutToBeRemoved:"_s + QString::number(i)); });
    QObject::connect(&set, &AnnotationSet::entityAboutToBeInserted, &set,
                     [&](qsizetype i) { events.append(u"aboutToBeInserted:"_s + QString::number(i)); });

    Entity changed = *set.entity(u"b"_s);
    changed.note = u"checked"_s;
    changed.attributes.insert(u"confidence"_s, u"high"_s);
    changed.reference = u"wikidata:Q1"_s;
    set.replaceEntity(changed);

    const QStringList expectedEvents = {u"aboutToChange:1"_s, u"changed:1"_s};
    CHECK(events == expectedEvents);
    CHECK(set.indexOfEntity(u"b"_s) == 1);
    CHECK(set.entityAt(1) == changed);
    CHECK(set.entityCount() == 3);
}

TEST_CASE("replaceEntity keeps a discontinuous entity in place when only inner fragments change", "[model]")
{
    AnnotationSet set;
    Entity split = entity(u"s"_s, u"ORG"_s, 10, 12);
    split.spans.append(Span {20, 30, {}});
    set.insertEntity(entity(u"a"_s, u"ORG"_s, 0, 5));
    set.insertEntity(split);
    set.insertEntity(entity(u"z"_s, u"ORG"_s, 40, 45));

    QStringList events;
    QObject::connect(&set, &AnnotationSet::entityChanged, &set,
                     [&](qsizetype i) { events.append(u"changed:"_s + QString::number(i)); });
    QObject::connect(&set, &AnnotationSet::entityRemoved, &set,
                     [&](qsizetype i) { events.append(u"removed:"_s + QString::number(i)); });

    Entity changed = split;
    changed.spans = {Span {10, 14, {}}, Span {18, 30, {}}};
    set.replaceEntity(changed);

    const QStringList expectedEvents = {u"changed:1"_s};
    CHECK(events == expectedEvents);
    CHECK(set.entityAt(1) == changed);
}

TEST_CASE("replaceEntity moves an entity whose position or type changed, as a remove then an insert", "[model]")
{
    AnnotationSet set;
    set.insertEntity(entity(u"a"_s, u"ORG"_s, 0, 5));
    set.insertEntity(entity(u"b"_s, u"PERSON"_s, 10, 20));
    set.insertEntity(entity(u"c"_s, u"GPE"_s, 30, 35));
    set.insertEntity(entity(u"d"_s, u"GPE"_s, 40, 45));

    QStringList events;
    QObject::connect(&set, &AnnotationSet::entityAboutToBeRemoved, &set, [&](qsizetype i) {
        events.append(u"aboutToBeRemoved:"_s + QString::number(i));
        CHECK(set.entityCount() == 4);
        CHECK(set.entityAt(i).id == u"b"_s);
    });
    QObject::connect(&set, &AnnotationSet::entityRemoved, &set, [&](qsizetype i) {
        events.append(u"removed:"_s + QString::number(i));
        CHECK(set.entityCount() == 3);
        CHECK(set.indexOfEntity(u"b"_s) == -1);
    });
    QObject::connect(&set, &AnnotationSet::entityAboutToBeInserted, &set, [&](qsizetype i) {
        events.append(u"aboutToBeInserted:"_s + QString::number(i));
        CHECK(set.entityCount() == 3);
    });
    QObject::connect(&set, &AnnotationSet::entityInserted, &set, [&](qsizetype i) {
        events.append(u"inserted:"_s + QString::number(i));
        CHECK(set.entityCount() == 4);
        CHECK(set.entityAt(i).id == u"b"_s);
        CHECK(set.indexOfEntity(u"b"_s) == i);
    });
    QObject::connect(&set, &AnnotationSet::entityChanged, &set,
                     [&](qsizetype i) { events.append(u"changed:"_s + QString::number(i)); });

    SECTION("moved further on")
    {
        Entity moved = *set.entity(u"b"_s);
        moved.spans = {Span {36, 38, {}}};
        set.replaceEntity(moved);
        const QStringList expectedEvents = {u"aboutToBeRemoved:1"_s, u"removed:1"_s, u"aboutToBeInserted:2"_s,
                                            u"inserted:2"_s};
        CHECK(events == expectedEvents);
        const QStringList expectedIds = {u"a"_s, u"c"_s, u"b"_s, u"d"_s};
        CHECK(idsOf(set.entities().toVector()) == expectedIds);
        CHECK(set.indexOfEntity(u"b"_s) == 2);
        CHECK(set.indexOfEntity(u"c"_s) == 1);
        CHECK(set.indexOfEntity(u"d"_s) == 3);
    }
    SECTION("end changed only")
    {
        Entity longer = *set.entity(u"b"_s);
        longer.spans = {Span {10, 21, {}}};
        set.replaceEntity(longer);
        const QStringList expectedEvents = {u"aboutToBeRemoved:1"_s, u"removed:1"_s, u"aboutToBeInserted:1"_s,
                                            u"inserted:1"_s};
        CHECK(events == expectedEvents);
        CHECK(set.entity(u"b"_s)->end() == 21);
    }
    SECTION("type changed at the same position")
    {
        Entity retyped = *set.entity(u"b"_s);
        retyped.type = u"TITLE"_s;
        set.replaceEntity(retyped);
        const QStringList expectedEvents = {u"aboutToBeRemoved:1"_s, u"removed:1"_s, u"aboutToBeInserted:1"_s,
                                            u"inserted:1"_s};
        CHECK(events == expectedEvents);
        CHECK(set.entity(u"b"_s)->type == u"TITLE"_s);
    }
    SECTION("moved to the end")
    {
        Entity moved = *set.entity(u"b"_s);
        moved.spans = {Span {90, 95, {}}};
        set.replaceEntity(moved);
        const QStringList expectedEvents = {u"aboutToBeRemoved:1"_s, u"removed:1"_s, u"aboutToBeInserted:3"_s,
                                            u"inserted:3"_s};
        CHECK(events == expectedEvents);
        CHECK(set.indexOfEntity(u"b"_s) == 3);
        CHECK(set.indexOfEntity(u"d"_s) == 2);
    }
    CHECK(std::is_sorted(set.entities().begin(), set.entities().end(), entityLess));
}

// ---------------------------------------------------------------------------------------------------
// Signal order for entities

TEST_CASE("AnnotationSet signals an entity insert before and after it is visible", "[model]")
{
    AnnotationSet set;
    set.insertEntity(entity(u"a"_s, u"ORG"_s, 0, 5));
    set.insertEntity(entity(u"c"_s, u"ORG"_s, 20, 25));

    QStringList events;
    QObject::connect(&set, &AnnotationSet::entityAboutToBeInserted, &set, [&](qsizetype i) {
        events.append(u"aboutToBeInserted:"_s + QString::number(i));
        CHECK(set.entityCount() == 2);
        CHECK(set.entity(u"b"_s) == nullptr);
    });
    QObject::connect(&set, &AnnotationSet::entityInserted, &set, [&](qsizetype i) {
        events.append(u"inserted:"_s + QString::number(i));
        CHECK(set.entityCount() == 3);
        CHECK(set.entityAt(i).id == u"b"_s);
        CHECK(set.indexOfEntity(u"b"_s) == i);
        CHECK(set.indexOfEntity(u"c"_s) == 2);
    });

    CHECK(set.insertEntity(entity(u"b"_s, u"ORG"_s, 10, 15)) == 1);
    const QStringList expectedEvents = {u"aboutToBeInserted:1"_s, u"inserted:1"_s};
    CHECK(events == expectedEvents);
}

TEST_CASE("AnnotationSet signals an entity removal before and after it is visible", "[model]")
{
    AnnotationSet set;
    set.insertEntity(entity(u"a"_s, u"ORG"_s, 0, 5));
    set.insertEntity(entity(u"b"_s, u"ORG"_s, 10, 15));
    set.insertEntity(entity(u"c"_s, u"ORG"_s, 20, 25));

    QStringList events;
    QObject::connect(&set, &AnnotationSet::entityAboutToBeRemoved, &set, [&](qsizetype i) {
        events.append(u"aboutToBeRemoved:"_s + QString::number(i));
        CHECK(set.entityCount() == 3);
        CHECK(set.entityAt(i).id == u"b"_s);
        CHECK(set.indexOfEntity(u"b"_s) == i);
    });
    QObject::connect(&set, &AnnotationSet::entityRemoved, &set, [&](qsizetype i) {
        events.append(u"removed:"_s + QString::number(i));
        CHECK(set.entityCount() == 2);
        CHECK(set.indexOfEntity(u"b"_s) == -1);
        CHECK(set.indexOfEntity(u"c"_s) == 1);
    });

    const Entity taken = set.takeEntity(u"b"_s);
    CHECK(taken == entity(u"b"_s, u"ORG"_s, 10, 15));
    const QStringList expectedEvents = {u"aboutToBeRemoved:1"_s, u"removed:1"_s};
    CHECK(events == expectedEvents);
}

// ---------------------------------------------------------------------------------------------------
// Relations

TEST_CASE("AnnotationSet keeps relations ordered by id and finds them", "[model]")
{
    AnnotationSet set;
    const QStringList insertOrder = {u"r5"_s, u"r1"_s, u"r3"_s, u"r10"_s, u"r2"_s};
    for (const QString &id : insertOrder) {
        const qsizetype index = set.insertRelation(relation(id, u"MEETS_WITH"_s, u"a"_s, u"b"_s));
        CHECK(set.relationAt(index).id == id);
    }
    QStringList expectedIds = insertOrder;
    std::sort(expectedIds.begin(), expectedIds.end());
    CHECK(idsOf(set.relations()) == expectedIds);
    const QStringList spelledOut = {u"r1"_s, u"r10"_s, u"r2"_s, u"r3"_s, u"r5"_s};
    CHECK(expectedIds == spelledOut);

    for (qsizetype i = 0; i < set.relationCount(); ++i) {
        const QString id = set.relationAt(i).id;
        CHECK(set.indexOfRelation(id) == i);
        CHECK(set.relation(id) == &set.relationAt(i));
    }
    CHECK(set.indexOfRelation(u"r4"_s) == -1);
    CHECK(set.indexOfRelation(u"r0"_s) == -1);
    CHECK(set.indexOfRelation(u"r9"_s) == -1);
    CHECK(set.relation(u"r4"_s) == nullptr);

    const Relation taken = set.takeRelation(u"r2"_s);
    CHECK(taken.id == u"r2"_s);
    CHECK(set.indexOfRelation(u"r2"_s) == -1);
    CHECK(set.indexOfRelation(u"r3"_s) == 2);
    CHECK(set.relationCount() == 4);
}

TEST_CASE("AnnotationSet::relationsOf lists relations from or to an entity in id order", "[model]")
{
    AnnotationSet set;
    set.insertRelation(relation(u"r3"_s, u"MEMBER_OF"_s, u"p"_s, u"org"_s));
    set.insertRelation(relation(u"r1"_s, u"HAS_TITLE"_s, u"p"_s, u"t"_s));
    set.insertRelation(relation(u"r2"_s, u"MEETS_WITH"_s, u"q"_s, u"p"_s));
    set.insertRelation(relation(u"r4"_s, u"MEETS_WITH"_s, u"q"_s, u"org"_s));

    const QStringList ofP = {u"r1"_s, u"r2"_s, u"r3"_s};
    CHECK(idsOf(set.relationsOf(u"p"_s)) == ofP);
    const QStringList ofOrg = {u"r3"_s, u"r4"_s};
    CHECK(idsOf(set.relationsOf(u"org"_s)) == ofOrg);
    const QStringList ofT = {u"r1"_s};
    CHECK(idsOf(set.relationsOf(u"t"_s)) == ofT);
    CHECK(set.relationsOf(u"nobody"_s).isEmpty());
}

TEST_CASE("AnnotationSet signals relation changes before and after they are visible", "[model]")
{
    AnnotationSet set;
    set.insertRelation(relation(u"r1"_s, u"MEETS_WITH"_s, u"a"_s, u"b"_s));
    set.insertRelation(relation(u"r3"_s, u"MEETS_WITH"_s, u"a"_s, u"c"_s));

    QStringList events;
    QObject::connect(&set, &AnnotationSet::relationAboutToBeInserted, &set, [&](qsizetype i) {
        events.append(u"aboutToBeInserted:"_s + QString::number(i));
        CHECK(set.relation(u"r2"_s) == nullptr);
        CHECK(set.relationCount() == 2);
    });
    QObject::connect(&set, &AnnotationSet::relationInserted, &set, [&](qsizetype i) {
        events.append(u"inserted:"_s + QString::number(i));
        CHECK(set.relationAt(i).id == u"r2"_s);
        CHECK(set.relationCount() == 3);
    });
    QObject::connect(&set, &AnnotationSet::relationAboutToChange, &set, [&](qsizetype i) {
        events.append(u"aboutToChange:"_s + QString::number(i));
        CHECK(set.relationAt(i).type == u"MEETS_WITH"_s);
    });
    QObject::connect(&set, &AnnotationSet::relationChanged, &set, [&](qsizetype i) {
        events.append(u"changed:"_s + QString::number(i));
        CHECK(set.relationAt(i).type == u"COOPERATES_WITH"_s);
    });
    QObject::connect(&set, &AnnotationSet::relationAboutToBeRemoved, &set, [&](qsizetype i) {
        events.append(u"aboutToBeRemoved:"_s + QString::number(i));
        CHECK(set.relationAt(i).id == u"r1"_s);
        CHECK(set.relationCount() == 3);
    });
    QObject::connect(&set, &AnnotationSet::relationRemoved, &set, [&](qsizetype i) {
        events.append(u"removed:"_s + QString::number(i));
        CHECK(set.relation(u"r1"_s) == nullptr);
        CHECK(set.relationCount() == 2);
    });

    set.insertRelation(relation(u"r2"_s, u"MEETS_WITH"_s, u"b"_s, u"c"_s));
    Relation changed = *set.relation(u"r3"_s);
    changed.type = u"COOPERATES_WITH"_s;
    set.replaceRelation(changed);
    set.takeRelation(u"r1"_s);

    const QStringList expectedEvents = {u"aboutToBeInserted:1"_s, u"inserted:1"_s,         u"aboutToChange:2"_s,
                                        u"changed:2"_s,           u"aboutToBeRemoved:0"_s, u"removed:0"_s};
    CHECK(events == expectedEvents);
    CHECK(*set.relation(u"r3"_s) == changed);
}

// ---------------------------------------------------------------------------------------------------
// reset

TEST_CASE("AnnotationSet::reset sorts unsorted input and signals before and after", "[model]")
{
    AnnotationSet set;
    set.insertEntity(entity(u"old"_s, u"ORG"_s, 0, 5));
    set.insertRelation(relation(u"rold"_s, u"MEETS_WITH"_s, u"old"_s, u"old"_s));
    CHECK(set.indexOfEntity(u"old"_s) == 0); // index built before the reset

    std::vector<Entity> entities = orderingSample();
    std::reverse(entities.begin(), entities.end());
    std::vector<Relation> relations = {relation(u"r9"_s, u"MEETS_WITH"_s, u"e01"_s, u"e02"_s),
                                       relation(u"r1"_s, u"MEMBER_OF"_s, u"e01"_s, u"e03"_s),
                                       relation(u"r5"_s, u"ALIAS_OF"_s, u"e02"_s, u"a00"_s)};

    QStringList events;
    QObject::connect(&set, &AnnotationSet::aboutToBeReset, &set, [&] {
        events.append(u"aboutToBeReset"_s);
        CHECK(set.entityCount() == 1);
        CHECK(set.indexOfEntity(u"old"_s) == 0);
        CHECK(set.relationCount() == 1);
    });
    QObject::connect(&set, &AnnotationSet::wasReset, &set, [&] {
        events.append(u"wasReset"_s);
        CHECK(set.entityCount() == 10);
        CHECK(set.indexOfEntity(u"old"_s) == -1);
        CHECK(set.indexOfEntity(u"e01"_s) == bruteForceIndex(set, u"e01"_s));
    });

    set.reset(entities, relations);

    const QStringList expectedEvents = {u"aboutToBeReset"_s, u"wasReset"_s};
    CHECK(events == expectedEvents);
    CHECK(set.entities() == sortedCopy(orderingSample()));
    const QStringList relationIds = {u"r1"_s, u"r5"_s, u"r9"_s};
    CHECK(idsOf(set.relations()) == relationIds);
    CHECK(set.indexOfEntity(u"old"_s) == -1);
    CHECK(set.relation(u"rold"_s) == nullptr);
    for (const Entity &e : orderingSample())
        CHECK(set.indexOfEntity(e.id) == bruteForceIndex(set, e.id));
    CHECK(set.indexOfRelation(u"r5"_s) == 1);

    // After a reset, appending at the end and removing from the end keep lookups right.
    set.insertEntity(entity(u"tail"_s, u"ORG"_s, 500, 501));
    CHECK(set.indexOfEntity(u"tail"_s) == 10);
    set.takeEntity(u"tail"_s);
    CHECK(set.indexOfEntity(u"tail"_s) == -1);
    CHECK(set.indexOfEntity(u"e08"_s) == 9);
}

TEST_CASE("AnnotationSet::reset with sorted input keeps it as given", "[model]")
{
    AnnotationSet set;
    const std::vector<Entity> sorted = sortedCopy(orderingSample());
    set.reset(sorted, {});
    CHECK(set.entities() == sorted);
    CHECK(set.relationCount() == 0);
    set.reset({}, {});
    CHECK(set.entityCount() == 0);
    CHECK(set.indexOfEntity(u"e01"_s) == -1);
}

// ---------------------------------------------------------------------------------------------------
// The entity list

TEST_CASE("A copy of an entity list shares its entities until either side changes them", "[model]")
{
    // Three chunks' worth, so an edit in one chunk shows whether the others stay shared.
    const size_t count = 3 * EntityList::chunkSize;
    EntityList original;
    for (size_t i = 0; i < count; ++i)
        original.push_back(entity(u"e%1"_s.arg(i), u"ORG"_s, qsizetype(i) * 10, qsizetype(i) * 10 + 5));
    const std::vector<Entity> before = original.toVector();

    EntityList copy = original;
    // Shared: the session's snapshot of a million entities must not copy them.
    CHECK(&std::as_const(copy)[0] == &std::as_const(original)[0]);
    CHECK(&std::as_const(copy)[count - 1] == &std::as_const(original)[count - 1]);

    // Changing the original leaves the copy as it was, and only the changed chunk is copied.
    original[1].type = u"PERSON"_s;
    original.insert(count - 1, entity(u"new"_s, u"GPE"_s, 0, 1));
    const Entity taken = original.take(EntityList::chunkSize + 3);
    CHECK(taken.id == u"e%1"_s.arg(EntityList::chunkSize + 3));
    CHECK(copy == before);
    CHECK(original.size() == count);
    CHECK(std::as_const(original)[1].type == u"PERSON"_s);
    CHECK(&std::as_const(copy)[1] != &std::as_const(original)[1]);

    // And the other way round.
    EntityList second = copy;
    second.push_back(entity(u"last"_s, u"ORG"_s, 1000000, 1000001));
    copy[0].note = u"changed"_s;
    CHECK(std::as_const(second)[0].note.isEmpty());
    CHECK(std::as_const(copy)[0].note == u"changed"_s);
    CHECK(second.size() == count + 1);
    CHECK(copy.size() == count);
    CHECK(std::as_const(second)[count].id == u"last"_s);
}
