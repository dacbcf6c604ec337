// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreement/spanalignment.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <utility>

using namespace Qt::StringLiterals;

namespace Hashiya {

namespace {

using Interval = std::pair<qsizetype, qsizetype>;

/// Each entity's code points as ascending, disjoint, non-empty intervals, kept in one flat vector.
struct CodePointSets
{
    std::vector<Interval> intervals;
    std::vector<int> first; // entity i owns intervals [first[i], first[i + 1])
    std::vector<qsizetype> size;

    explicit CodePointSets(const std::vector<Entity> &entities)
    {
        first.reserve(entities.size() + 1);
        size.reserve(entities.size());
        for (const Entity &entity : entities) {
            const size_t begin = intervals.size();
            first.push_back(int(begin));
            for (const Span &span : entity.spans) {
                if (span.end > span.start)
                    intervals.emplace_back(span.start, span.end);
            }
            // Sidecars keep fragments ascending and disjoint; a hand-edited one may not, and a code point
            // must count once however many fragments cover it.
            const auto from = intervals.begin() + qsizetype(begin);
            if (!std::is_sorted(from, intervals.end()))
                std::sort(from, intervals.end());
            size_t kept = begin;
            for (size_t i = begin; i < intervals.size(); ++i) {
                if (kept > begin && intervals[i].first <= intervals[kept - 1].second)
                    intervals[kept - 1].second = std::max(intervals[kept - 1].second, intervals[i].second);
                else
                    intervals[kept++] = intervals[i];
            }
            intervals.resize(kept);
            qsizetype total = 0;
            for (size_t i = begin; i < kept; ++i)
                total += intervals[i].second - intervals[i].first;
            size.push_back(total);
        }
        first.push_back(int(intervals.size()));
    }
};

qsizetype intersectionSize(const Interval *a, const Interval *aEnd, const Interval *b, const Interval *bEnd)
{
    qsizetype total = 0;
    while (a != aEnd && b != bEnd) {
        const qsizetype lo = std::max(a->first, b->first);
        const qsizetype hi = std::min(a->second, b->second);
        if (hi > lo)
            total += hi - lo;
        if (a->second < b->second)
            ++a;
        else
            ++b;
    }
    return total;
}

double jaccard(const CodePointSets &a, int i, const CodePointSets &b, int j)
{
    const Interval *ab = a.intervals.data() + a.first[size_t(i)];
    const Interval *ae = a.intervals.data() + a.first[size_t(i) + 1];
    const Interval *bb = b.intervals.data() + b.first[size_t(j)];
    const Interval *be = b.intervals.data() + b.first[size_t(j) + 1];
    const qsizetype common = intersectionSize(ab, ae, bb, be);
    const qsizetype all = a.size[size_t(i)] + b.size[size_t(j)] - common;
    return all == 0 ? 1.0 : double(common) / double(all);
}

int compareSpans(const SpanList &a, const SpanList &b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (a[i].start != b[i].start)
            return a[i].start < b[i].start ? -1 : 1;
        if (a[i].end != b[i].end)
            return a[i].end < b[i].end ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

/// Indexes sorted by (span tuples, type, id), then index: the order ties are broken in.
std::vector<int> canonicalOrder(const std::vector<Entity> &entities)
{
    std::vector<int> order(entities.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int x, int y) {
        const Entity &a = entities[size_t(x)];
        const Entity &b = entities[size_t(y)];
        if (const int c = compareSpans(a.spans, b.spans))
            return c < 0;
        if (a.type != b.type)
            return a.type < b.type;
        if (a.id != b.id)
            return a.id < b.id;
        return x < y;
    });
    return order;
}

/// Minimum-cost assignment of every row to a distinct column (rows ≤ columns), the Hungarian method with
/// potentials (Kuhn–Munkres in the O(n²m) form). Returns each row's column.
std::vector<int> hungarian(int rows, int columns, const std::vector<qint64> &cost)
{
    constexpr qint64 infinity = std::numeric_limits<qint64>::max() / 4;
    std::vector<qint64> u(size_t(rows) + 1, 0);
    std::vector<qint64> v(size_t(columns) + 1, 0);
    std::vector<int> owner(size_t(columns) + 1, 0); // 1-based row holding column j; 0: none
    std::vector<int> way(size_t(columns) + 1, 0);
    std::vector<qint64> minimum(size_t(columns) + 1);
    std::vector<char> used(size_t(columns) + 1);
    for (int row = 1; row <= rows; ++row) {
        owner[0] = row;
        int j0 = 0;
        std::fill(minimum.begin(), minimum.end(), infinity);
        std::fill(used.begin(), used.end(), 0);
        do {
            used[size_t(j0)] = 1;
            const int i0 = owner[size_t(j0)];
            qint64 delta = infinity;
            int j1 = 0;
            for (int j = 1; j <= columns; ++j) {
                if (used[size_t(j)])
                    continue;
                const qint64 reduced =
                    cost[size_t(i0 - 1) * size_t(columns) + size_t(j - 1)] - u[size_t(i0)] - v[size_t(j)];
                if (reduced < minimum[size_t(j)]) {
                    minimum[size_t(j)] = reduced;
                    way[size_t(j)] = j0;
                }
                if (minimum[size_t(j)] < delta) {
                    delta = minimum[size_t(j)];
                    j1 = j;
                }
            }
            for (int j = 0; j <= columns; ++j) {
                if (used[size_t(j)]) {
                    u[size_t(owner[size_t(j)])] += delta;
                    v[size_t(j)] -= delta;
                } else {
                    minimum[size_t(j)] -= delta;
                }
            }
            j0 = j1;
        } while (owner[size_t(j0)] != 0);
        do {
            const int j1 = way[size_t(j0)];
            owner[size_t(j0)] = owner[size_t(j1)];
            j0 = j1;
        } while (j0 != 0);
    }
    std::vector<int> columnOf(size_t(rows), -1);
    for (int j = 1; j <= columns; ++j) {
        if (owner[size_t(j)] != 0)
            columnOf[size_t(owner[size_t(j)] - 1)] = j - 1;
    }
    return columnOf;
}

int findRoot(std::vector<int> &parent, int x)
{
    while (parent[size_t(x)] != x) {
        parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
        x = parent[size_t(x)];
    }
    return x;
}

/// Builds the alignment's result vectors from the partner arrays.
class Pairing
{
public:
    Pairing(size_t sizeA, size_t sizeB)
        : partnerOfA(sizeA, -1)
        , partnerOfB(sizeB, -1)
        , jaccardOfA(sizeA, 0.0)
    {
    }

    void pair(int a, int b, double jaccard)
    {
        partnerOfA[size_t(a)] = b;
        partnerOfB[size_t(b)] = a;
        jaccardOfA[size_t(a)] = jaccard;
    }

    std::vector<int> partnerOfA;
    std::vector<int> partnerOfB;
    std::vector<double> jaccardOfA;
};

void alignExact(const std::vector<Entity> &a, const std::vector<Entity> &b, bool typed, Pairing &pairing)
{
    const std::vector<int> orderA = canonicalOrder(a);
    const std::vector<int> orderB = canonicalOrder(b);
    size_t i = 0;
    size_t j = 0;
    std::vector<int> leftA;
    std::vector<int> leftB;
    while (i < orderA.size() && j < orderB.size()) {
        const int c = compareSpans(a[size_t(orderA[i])].spans, b[size_t(orderB[j])].spans);
        if (c != 0) {
            (c < 0 ? i : j) += 1;
            continue;
        }
        size_t iEnd = i + 1;
        while (iEnd < orderA.size() && compareSpans(a[size_t(orderA[iEnd])].spans, a[size_t(orderA[i])].spans) == 0)
            ++iEnd;
        size_t jEnd = j + 1;
        while (jEnd < orderB.size() && compareSpans(b[size_t(orderB[jEnd])].spans, b[size_t(orderB[j])].spans) == 0)
            ++jEnd;
        // Within one span tuple both sides are sorted by (type, id): pair equal types in that order.
        leftA.clear();
        leftB.clear();
        size_t x = i;
        size_t y = j;
        while (x < iEnd && y < jEnd) {
            const QString &typeA = a[size_t(orderA[x])].type;
            const QString &typeB = b[size_t(orderB[y])].type;
            if (typeA == typeB) {
                pairing.pair(orderA[x++], orderB[y++], 1.0);
            } else if (typeA < typeB) {
                leftA.push_back(orderA[x++]);
            } else {
                leftB.push_back(orderB[y++]);
            }
        }
        if (!typed) {
            // The same spans with other types still pair when types are ignored, in the same order.
            leftA.insert(leftA.end(), orderA.begin() + qsizetype(x), orderA.begin() + qsizetype(iEnd));
            leftB.insert(leftB.end(), orderB.begin() + qsizetype(y), orderB.begin() + qsizetype(jEnd));
            for (size_t k = 0; k < std::min(leftA.size(), leftB.size()); ++k)
                pairing.pair(leftA[k], leftB[k], 1.0);
        }
        i = iEnd;
        j = jEnd;
    }
}

struct Fragment
{
    qsizetype start;
    qsizetype end;
    int entity;
    bool inB;
};

/// Every (a, b) whose code points intersect (and, if typed, whose types are equal), each once.
std::vector<std::pair<int, int>> overlapEdges(const CodePointSets &setsA, const CodePointSets &setsB,
                                              const std::vector<int> &typeA, const std::vector<int> &typeB, bool typed)
{
    std::vector<Fragment> fragments;
    fragments.reserve(setsA.intervals.size() + setsB.intervals.size());
    for (size_t e = 0; e + 1 < setsA.first.size(); ++e) {
        for (int k = setsA.first[e]; k < setsA.first[e + 1]; ++k)
            fragments.push_back({setsA.intervals[size_t(k)].first, setsA.intervals[size_t(k)].second, int(e), false});
    }
    for (size_t e = 0; e + 1 < setsB.first.size(); ++e) {
        for (int k = setsB.first[e]; k < setsB.first[e + 1]; ++k)
            fragments.push_back({setsB.intervals[size_t(k)].first, setsB.intervals[size_t(k)].second, int(e), true});
    }
    std::sort(fragments.begin(), fragments.end(),
              [](const Fragment &x, const Fragment &y) { return x.start < y.start; });

    // A sweep by start: when a fragment starts, every fragment of the other side still open overlaps it.
    std::vector<std::pair<int, int>> edges;
    std::vector<const Fragment *> openA;
    std::vector<const Fragment *> openB;
    for (const Fragment &fragment : fragments) {
        std::vector<const Fragment *> &other = fragment.inB ? openA : openB;
        std::erase_if(other, [&](const Fragment *open) { return open->end <= fragment.start; });
        for (const Fragment *open : other) {
            const int ea = fragment.inB ? open->entity : fragment.entity;
            const int eb = fragment.inB ? fragment.entity : open->entity;
            if (!typed || typeA[size_t(ea)] == typeB[size_t(eb)])
                edges.emplace_back(ea, eb);
        }
        (fragment.inB ? openB : openA).push_back(&fragment);
    }
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    return edges;
}

void alignOverlap(const std::vector<Entity> &a, const std::vector<Entity> &b, bool typed, Pairing &pairing)
{
    const CodePointSets setsA(a);
    const CodePointSets setsB(b);
    // Types as small numbers. A map, not a QHash: with a handful of types, a few string comparisons cost
    // less than hashing every entity's type.
    std::map<QString, int> typeIds;
    auto typeIdsOf = [&](const std::vector<Entity> &entities) {
        std::vector<int> ids;
        ids.reserve(entities.size());
        for (const Entity &entity : entities)
            ids.push_back(typeIds.try_emplace(entity.type, int(typeIds.size())).first->second);
        return ids;
    };
    const std::vector<int> typeA = typeIdsOf(a);
    const std::vector<int> typeB = typeIdsOf(b);
    const std::vector<std::pair<int, int>> edges = overlapEdges(setsA, setsB, typeA, typeB, typed);
    if (edges.empty())
        return;

    // Connected components of the overlap graph: nodes 0..|A|-1 are A's, |A|.. are B's.
    const int sizeA = int(a.size());
    std::vector<int> parent(a.size() + b.size());
    std::iota(parent.begin(), parent.end(), 0);
    for (const auto &[ea, eb] : edges) {
        const int x = findRoot(parent, ea);
        const int y = findRoot(parent, sizeA + eb);
        if (x != y)
            parent[size_t(std::max(x, y))] = std::min(x, y);
    }
    std::vector<int> rankA(a.size());
    std::vector<int> rankB(b.size());
    {
        const std::vector<int> orderA = canonicalOrder(a);
        const std::vector<int> orderB = canonicalOrder(b);
        for (size_t r = 0; r < orderA.size(); ++r)
            rankA[size_t(orderA[r])] = int(r);
        for (size_t r = 0; r < orderB.size(); ++r)
            rankB[size_t(orderB[r])] = int(r);
    }
    // Edges grouped by component; edges come sorted by A, so each component's run is found by its root.
    std::vector<std::pair<int, int>> byComponent(edges.size()); // (root, edge index)
    for (size_t e = 0; e < edges.size(); ++e)
        byComponent[e] = {findRoot(parent, edges[e].first), int(e)};
    std::sort(byComponent.begin(), byComponent.end());

    constexpr double scale = double(1 << 30);
    std::vector<int> localA(a.size(), -1);
    std::vector<int> localB(b.size(), -1);
    std::vector<int> membersA;
    std::vector<int> membersB;
    std::vector<qint64> cost;
    for (size_t begin = 0; begin < byComponent.size();) {
        size_t end = begin + 1;
        while (end < byComponent.size() && byComponent[end].first == byComponent[begin].first)
            ++end;
        if (end == begin + 1) { // one edge: a 1×1 component, by far the most common
            const auto &[ea, eb] = edges[size_t(byComponent[begin].second)];
            pairing.pair(ea, eb, jaccard(setsA, ea, setsB, eb));
            begin = end;
            continue;
        }
        membersA.clear();
        membersB.clear();
        for (size_t k = begin; k < end; ++k) {
            const auto &[ea, eb] = edges[size_t(byComponent[k].second)];
            membersA.push_back(ea);
            membersB.push_back(eb);
        }
        auto canonical = [](std::vector<int> &members, const std::vector<int> &rank) {
            std::sort(members.begin(), members.end());
            members.erase(std::unique(members.begin(), members.end()), members.end());
            std::sort(members.begin(), members.end(), [&](int x, int y) { return rank[size_t(x)] < rank[size_t(y)]; });
        };
        canonical(membersA, rankA);
        canonical(membersB, rankB);
        for (size_t k = 0; k < membersA.size(); ++k)
            localA[size_t(membersA[k])] = int(k);
        for (size_t k = 0; k < membersB.size(); ++k)
            localB[size_t(membersB[k])] = int(k);

        // Rows are the smaller side (the solver needs rows ≤ columns); A's rows when the sides are equal.
        const bool rowsAreA = membersA.size() <= membersB.size();
        const size_t rows = rowsAreA ? membersA.size() : membersB.size();
        const size_t columns = rowsAreA ? membersB.size() : membersA.size();
        // A pair is worth more than any sum of weights the component can reach (each weight ≤ 1), so the
        // solver first maximises the number of pairs. Non-edges cost 0, like leaving the row unpaired.
        const qint64 pairBonus = qint64(rows + 1) * qint64(scale);
        cost.assign(rows * columns, 0);
        for (size_t k = begin; k < end; ++k) {
            const auto &[ea, eb] = edges[size_t(byComponent[k].second)];
            double weight = jaccard(setsA, ea, setsB, eb);
            if (!typed)
                weight = (weight + (typeA[size_t(ea)] == typeB[size_t(eb)] ? 1.0 : 0.0)) / 2.0;
            const size_t r = size_t(rowsAreA ? localA[size_t(ea)] : localB[size_t(eb)]);
            const size_t c = size_t(rowsAreA ? localB[size_t(eb)] : localA[size_t(ea)]);
            cost[r * columns + c] = -(pairBonus + std::llround(weight * scale));
        }
        const std::vector<int> columnOf = hungarian(int(rows), int(columns), cost);
        for (size_t r = 0; r < rows; ++r) {
            const size_t c = size_t(columnOf[r]);
            if (cost[r * columns + c] == 0)
                continue; // a row left without a real partner
            const int ea = rowsAreA ? membersA[r] : membersA[c];
            const int eb = rowsAreA ? membersB[c] : membersB[r];
            pairing.pair(ea, eb, jaccard(setsA, ea, setsB, eb));
        }
        begin = end;
    }
}

} // namespace

QString SpanMatchRule::name() const
{
    if (boundaries == Boundaries::Exact)
        return typed ? u"exact-typed"_s : u"exact-untyped"_s;
    return typed ? u"overlap-typed"_s : u"overlap-untyped"_s;
}

std::array<SpanMatchRule, 4> SpanMatchRule::all()
{
    return {SpanMatchRule {Boundaries::Exact, true}, SpanMatchRule {Boundaries::Exact, false},
            SpanMatchRule {Boundaries::Overlap, true}, SpanMatchRule {Boundaries::Overlap, false}};
}

SpanAlignment SpanAlignment::align(const std::vector<Entity> &a, const std::vector<Entity> &b, SpanMatchRule rule)
{
    Pairing pairing(a.size(), b.size());
    if (rule.boundaries == SpanMatchRule::Boundaries::Exact)
        alignExact(a, b, rule.typed, pairing);
    else
        alignOverlap(a, b, rule.typed, pairing);

    SpanAlignment alignment;
    alignment.m_rule = rule;
    for (size_t i = 0; i < a.size(); ++i) {
        const int partner = pairing.partnerOfA[i];
        if (partner >= 0)
            alignment.m_pairs.push_back({int(i), partner, pairing.jaccardOfA[i]});
        else
            alignment.m_unpairedA.push_back(int(i));
    }
    for (size_t j = 0; j < b.size(); ++j) {
        if (pairing.partnerOfB[j] < 0)
            alignment.m_unpairedB.push_back(int(j));
    }
    alignment.m_partnerOfA = std::move(pairing.partnerOfA);
    alignment.m_partnerOfB = std::move(pairing.partnerOfB);
    return alignment;
}

double spanJaccard(const SpanList &a, const SpanList &b)
{
    std::vector<Entity> entities(2);
    entities[0].spans = a;
    entities[1].spans = b;
    const CodePointSets sets(entities);
    return jaccard(sets, 0, sets, 1);
}

} // namespace Hashiya
