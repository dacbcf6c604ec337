// SPDX-License-Identifier: GPL-3.0-or-later
// SpanIndex: the entities overlapping a stretch of text, checked against a scan of the whole set, also
// while the set changes under it.
#include "model/annotationset.h"
#include "model/spanindex.h"
#include "support/catchqt.h"
#include "support/testfiles.h"

#include <algorithm>
#include <random>
#include <string>
#include <vector>

using namespace Hashiya;
using namespace Qt::StringLiterals;
using Hashiya::Test::entity;

namespace {

constexpr qsizetype textLength = 400; // code points

// Every entity whose extent [first span start, last span end) overlaps [from, to), in the set's order.
std::vector<qsizetype> scanOverlapping(const AnnotationSet &set, qsizetype from, qsizetype to)
{
    std::vector<qsizetype> found;
    for (qsizetype i = 0; i < set.entityCount(); ++i) {
        const Entity &e = set.entityAt(i);
        if (e.spans.front().start < to && from < e.spans.back().end)
            found.push_back(i);
    }
    return found;
}

std::vector<qsizetype> indexed(const SpanIndex &index, qsizetype from, qsizetype to)
{
    std::vector<qsizetype> found;
    index.overlapping(from, to, found);
    return found;
}

std::string describe(const std::vector<qsizetype> &indexes)
{
    std::string out = "{";
    for (qsizetype i : indexes)
        out += ' ' + std::to_string(i);
    return out + " }";
}

class Generator
{
public:
    explicit Generator(unsigned seed)
        : m_random(seed)
    {
    }

    qsizetype uniform(qsizetype low, qsizetype high) // inclusive
    {
        return std::uniform_int_distribution<qsizetype>(low, high)(m_random);
    }
    bool chance(int percent) { return uniform(1, 100) <= percent; }

    // One to three ascending disjoint fragments, mostly short, sometimes long enough to nest others.
    SpanList spans()
    {
        SpanList spans;
        const int fragments = chance(75) ? 1 : int(uniform(2, 3));
        qsizetype start = uniform(0, textLength - 2);
        for (int f = 0; f < fragments && start < textLength; ++f) {
            const qsizetype maxLength = chance(20) ? 120 : 12;
            const qsizetype end = std::min(textLength, start + uniform(1, maxLength));
            spans.append(Span {start, end, {}});
            start = end + uniform(1, 30);
        }
        return spans;
    }

    Entity newEntity()
    {
        static const QStringList types = {u"PERSON"_s, u"ORG"_s, u"GPE"_s};
        Entity e;
        e.id = u"e%1"_s.arg(m_nextId++);
        e.type = types[int(uniform(0, types.size() - 1))];
        e.spans = spans();
        return e;
    }

    std::vector<Entity> entities(qsizetype count)
    {
        std::vector<Entity> list;
        for (qsizetype i = 0; i < count; ++i)
            list.push_back(newEntity());
        return list;
    }

private:
    std::mt19937 m_random;
    int m_nextId = 1;
};

// Compares the index with the scan on many random stretches, plus the empty ones at every offset.
void checkQueries(const AnnotationSet &set, const SpanIndex &index, Generator &random, int queries)
{
    REQUIRE(std::is_sorted(set.entities().begin(), set.entities().end(), entityLess));
    auto check = [&](qsizetype from, qsizetype to) {
        const std::vector<qsizetype> expected = scanOverlapping(set, from, to);
        const std::vector<qsizetype> actual = indexed(index, from, to);
        if (actual != expected) {
            INFO("[" << from << ", " << to << ") of " << set.entityCount() << " entities");
            CHECK(describe(actual) == describe(expected));
        }
    };
    for (int q = 0; q < queries; ++q) {
        const qsizetype from = random.uniform(-5, textLength + 5);
        const qsizetype to = from + (random.chance(10) ? 0 : random.uniform(1, random.chance(50) ? 10 : 200));
        check(from, to);
    }
    check(0, textLength);
    check(-1, textLength + 1);
    for (qsizetype at = 0; at <= textLength; at += 7)
        check(at, at);
}

} // namespace

TEST_CASE("SpanIndex on an empty set finds nothing", "[spanindex]")
{
    AnnotationSet set;
    const SpanIndex index(&set);
    CHECK(indexed(index, 0, 100).empty());
    CHECK(indexed(index, 0, 0).empty());
    CHECK(indexed(index, -10, 10).empty());
}

TEST_CASE("SpanIndex finds overlapping, nested and discontinuous entities as a scan does", "[spanindex]")
{
    AnnotationSet set;
    // Nested: 10-40 holds 12-20 and 25-30; overlapping: 35-50; discontinuous: 5-8 and 60-70 (extent 5-70).
    Entity gapped = entity(u"d"_s, u"ORG"_s, 5, 8);
    gapped.spans.append(Span {60, 70, {}});
    set.reset({entity(u"outer"_s, u"ORG"_s, 10, 40), entity(u"inner1"_s, u"PERSON"_s, 12, 20),
               entity(u"inner2"_s, u"GPE"_s, 25, 30), entity(u"cross"_s, u"GPE"_s, 35, 50), gapped},
              {});
    const SpanIndex index(&set);
    auto ids = [&](qsizetype from, qsizetype to) {
        QStringList found;
        for (qsizetype i : indexed(index, from, to))
            found.append(set.entityAt(i).id);
        return found;
    };
    // Set order: d (5), outer (10), inner1 (12), inner2 (25), cross (35).
    CHECK(ids(0, 5) == QStringList {});
    CHECK(ids(0, 6) == QStringList {u"d"_s});
    CHECK(ids(20, 25) == (QStringList {u"d"_s, u"outer"_s})); // between the nested ones; inside d's gap
    CHECK(ids(19, 26) == (QStringList {u"d"_s, u"outer"_s, u"inner1"_s, u"inner2"_s}));
    CHECK(ids(40, 50) == (QStringList {u"d"_s, u"cross"_s})); // outer ends at 40: no overlap
    CHECK(ids(50, 60) == QStringList {u"d"_s});
    CHECK(ids(70, 100) == QStringList {});
    CHECK(ids(0, 100) == (QStringList {u"d"_s, u"outer"_s, u"inner1"_s, u"inner2"_s, u"cross"_s}));
    // An empty stretch finds the entities around it, not those that start or end there.
    CHECK(ids(10, 10) == QStringList {u"d"_s});
    CHECK(ids(15, 15) == (QStringList {u"d"_s, u"outer"_s, u"inner1"_s}));
    CHECK(ids(40, 40) == (QStringList {u"d"_s, u"cross"_s}));
    Generator random(7);
    checkQueries(set, index, random, 500);
}

TEST_CASE("SpanIndex agrees with a scan on random sets of entities", "[spanindex]")
{
    Generator random(20261122);
    for (qsizetype size : {1, 2, 3, 10, 50, 200}) {
        for (int round = 0; round < 5; ++round) {
            AnnotationSet set;
            set.reset(random.entities(size), {});
            const SpanIndex index(&set); // built from a filled set
            INFO("size " << size << ", round " << round);
            checkQueries(set, index, random, 300);
        }
    }
}

TEST_CASE("SpanIndex follows inserts, removals, replacements and resets", "[spanindex]")
{
    Generator random(4242);
    AnnotationSet set;
    const SpanIndex index(&set); // built while empty, kept up to date by the set's signals
    std::vector<QString> ids; // the ids in the set
    auto pickId = [&]() -> QString & {
        return ids[size_t(random.uniform(0, qsizetype(ids.size()) - 1))];
    };
    int inserts = 0, removals = 0, moves = 0, inPlace = 0, resets = 0;
    for (int step = 0; step < 1500; ++step) {
        const qsizetype roll = random.uniform(1, 100);
        std::string what;
        if (ids.empty() || roll <= 40) {
            const Entity e = random.newEntity();
            set.insertEntity(e);
            ids.push_back(e.id);
            what = "insert";
            ++inserts;
        } else if (roll <= 60) {
            QString &id = pickId();
            set.takeEntity(id);
            std::swap(id, ids.back());
            ids.pop_back();
            what = "take";
            ++removals;
        } else if (roll <= 80) {
            Entity e = *set.entity(pickId());
            e.spans = random.spans(); // another place: the entity moves in the order
            set.replaceEntity(e);
            what = "replace, moving";
            ++moves;
        } else if (roll <= 98) {
            Entity e = *set.entity(pickId());
            // Same extent and type: replaced where it is. A gap inside the extent may change.
            if (e.spans.size() >= 2 && e.spans[0].end - e.spans[0].start >= 2)
                e.spans[0].end -= 1;
            else
                e.note = u"note %1"_s.arg(step);
            set.replaceEntity(e);
            what = "replace, in place";
            ++inPlace;
        } else {
            std::vector<Entity> entities = random.entities(random.uniform(0, 60));
            std::shuffle(entities.begin(), entities.end(), std::mt19937(unsigned(step)));
            ids.clear();
            for (const Entity &e : entities)
                ids.push_back(e.id);
            set.reset(std::move(entities), {});
            what = "reset";
            ++resets;
        }
        INFO("step " << step << ": " << what);
        REQUIRE(set.entityCount() == qsizetype(ids.size()));
        checkQueries(set, index, random, 40);
    }
    // The sequence exercised every kind of change.
    CHECK(inserts > 100);
    CHECK(removals > 100);
    CHECK(moves > 100);
    CHECK(inPlace > 100);
    CHECK(resets > 5);
}

TEST_CASE("SpanIndex after a reset to nothing finds nothing", "[spanindex]")
{
    AnnotationSet set;
    set.reset({entity(u"a"_s, u"ORG"_s, 0, 10), entity(u"b"_s, u"ORG"_s, 5, 20)}, {});
    const SpanIndex index(&set);
    CHECK(indexed(index, 0, 30).size() == 2);
    set.reset({}, {});
    CHECK(indexed(index, 0, 30).empty());
    set.insertEntity(entity(u"c"_s, u"GPE"_s, 3, 4));
    CHECK(indexed(index, 0, 30) == std::vector<qsizetype> {0});
    CHECK(indexed(index, 4, 30).empty());
}
