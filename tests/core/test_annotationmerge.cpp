// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/annotationmerge.h"
#include "support/catchqt.h"
#include "support/testfiles.h"

using namespace Hashiya;
using namespace Qt::StringLiterals;
using Hashiya::Test::entity;
using Hashiya::Test::relation;

namespace {

QStringList entityIds(const MergeOutcome &outcome)
{
    QStringList ids;
    for (const Entity &e : outcome.merged.entities)
        ids.append(e.id);
    return ids;
}

QStringList relationIds(const MergeOutcome &outcome)
{
    QStringList ids;
    for (const Relation &r : outcome.merged.relations)
        ids.append(r.id);
    return ids;
}

const Entity *find(const MergeOutcome &outcome, const QString &id)
{
    for (const Entity &e : outcome.merged.entities)
        if (e.id == id)
            return &e;
    return nullptr;
}

AnnotationSnapshot base()
{
    return {{entity(u"aaaaaaaaaaaa"_s, u"PERSON"_s, 0, 5), entity(u"bbbbbbbbbbbb"_s, u"ORG"_s, 10, 17),
             entity(u"cccccccccccc"_s, u"GPE"_s, 20, 26)},
            {relation(u"rrrrrrrrrrr1"_s, u"MEETS"_s, u"aaaaaaaaaaaa"_s, u"bbbbbbbbbbbb"_s)}};
}

} // namespace

TEST_CASE("AnnotationMerge keeps what each side added and applies one-sided changes", "[merge]")
{
    AnnotationSnapshot mine = base();
    mine.entities.push_back(entity(u"mmmmmmmmmmmm"_s, u"DATE"_s, 30, 34));
    AnnotationSnapshot theirs = base();
    theirs.entities.push_back(entity(u"tttttttttttt"_s, u"MONEY"_s, 40, 44));
    theirs.relations.push_back(relation(u"rrrrrrrrrrr2"_s, u"LOCATED_IN"_s, u"bbbbbbbbbbbb"_s, u"tttttttttttt"_s));
    Entity retyped = base().entities[2];
    retyped.type = u"LOC"_s;
    theirs.entities[2] = retyped;

    const MergeOutcome outcome = AnnotationMerge::merge(base(), mine, theirs);
    CHECK(
        entityIds(outcome)
        == QStringList {u"aaaaaaaaaaaa"_s, u"bbbbbbbbbbbb"_s, u"cccccccccccc"_s, u"mmmmmmmmmmmm"_s, u"tttttttttttt"_s});
    CHECK(relationIds(outcome) == QStringList {u"rrrrrrrrrrr1"_s, u"rrrrrrrrrrr2"_s});
    CHECK(find(outcome, u"cccccccccccc"_s)->type == u"LOC"_s);
    CHECK(outcome.conflicts.isEmpty());
    CHECK(outcome.fromMine == 1);
    CHECK(outcome.fromTheirs == 3);
}

TEST_CASE("AnnotationMerge takes a deletion made on one side only", "[merge]")
{
    AnnotationSnapshot theirs = base();
    theirs.entities.take(0); // aaaa…, and with it its relation
    theirs.relations.clear();
    const MergeOutcome outcome = AnnotationMerge::merge(base(), base(), theirs);
    CHECK(entityIds(outcome) == QStringList {u"bbbbbbbbbbbb"_s, u"cccccccccccc"_s});
    CHECK(outcome.merged.relations.empty());
    CHECK(outcome.conflicts.isEmpty());
}

TEST_CASE("AnnotationMerge keeps mine where both sides changed one entity and lists the conflict", "[merge]")
{
    AnnotationSnapshot mine = base();
    AnnotationSnapshot theirs = base();
    Entity mineVersion = base().entities[1];
    mineVersion.type = u"FACILITY"_s;
    mine.entities[1] = mineVersion;
    Entity theirVersion = base().entities[1];
    theirVersion.spans = {Span{10, 20, {}}};
    theirs.entities[1] = theirVersion;

    const MergeOutcome outcome = AnnotationMerge::merge(base(), mine, theirs);
    CHECK(find(outcome, u"bbbbbbbbbbbb"_s)->type == u"FACILITY"_s);
    REQUIRE(outcome.conflicts.size() == 1);
    CHECK(outcome.conflicts[0].contains(u"bbbbbbbbbbbb"_s));
    CHECK(outcome.conflicts[0].contains(u"10–20"_s));
}

TEST_CASE("AnnotationMerge keeps an entity changed on one side and deleted on the other", "[merge]")
{
    AnnotationSnapshot mine = base();
    Entity noted = base().entities[2];
    noted.note = u"capital"_s;
    mine.entities[2] = noted;
    AnnotationSnapshot theirs = base();
    theirs.entities.take(2);

    const MergeOutcome outcome = AnnotationMerge::merge(base(), mine, theirs);
    REQUIRE(find(outcome, u"cccccccccccc"_s));
    CHECK(find(outcome, u"cccccccccccc"_s)->note == u"capital"_s);
    REQUIRE(outcome.conflicts.size() == 1);
    CHECK(outcome.conflicts[0].contains(u"deleted in the file"_s));
}

TEST_CASE("AnnotationMerge drops and lists a relation whose entity the other side deleted", "[merge]")
{
    AnnotationSnapshot mine = base();
    mine.relations.push_back(relation(u"rrrrrrrrrrr3"_s, u"LOCATED_IN"_s, u"bbbbbbbbbbbb"_s, u"cccccccccccc"_s));
    AnnotationSnapshot theirs = base();
    theirs.entities.take(2);

    const MergeOutcome outcome = AnnotationMerge::merge(base(), mine, theirs);
    CHECK(relationIds(outcome) == QStringList {u"rrrrrrrrrrr1"_s});
    REQUIRE(outcome.conflicts.size() == 1);
    CHECK(outcome.conflicts[0].contains(u"rrrrrrrrrrr3"_s));
}

TEST_CASE("AnnotationMerge of identical sides changes nothing", "[merge]")
{
    const MergeOutcome outcome = AnnotationMerge::merge(base(), base(), base());
    CHECK(entityIds(outcome) == QStringList {u"aaaaaaaaaaaa"_s, u"bbbbbbbbbbbb"_s, u"cccccccccccc"_s});
    CHECK(outcome.fromMine == 0);
    CHECK(outcome.fromTheirs == 0);
    CHECK(outcome.conflicts.isEmpty());
}
