// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreement/relationagreement.h"

#include "agreement/spanalignment.h"

#include <QHash>
#include <QMap>
#include <QStringList>

#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Hashiya {

namespace {

using Kind = RelationDiagnostic::Kind;

/// A relation's endpoints as indexes into B's entities (A's relations through the alignment); -1 where an
/// endpoint has no partner on the other side.
struct Endpoints
{
    int x = -1;
    int y = -1;
    bool aligned() const { return x >= 0 && y >= 0; }
};

/// Entity ids → indexes, by binary search in the ids sorted once: cheaper than hashing every id of a large
/// article when only the relations' endpoints are looked up. The first of duplicate ids wins.
class IdIndex
{
public:
    explicit IdIndex(const std::vector<Entity> &entities)
        : m_entities(entities)
        , m_order(entities.size())
    {
        std::iota(m_order.begin(), m_order.end(), 0);
        std::stable_sort(m_order.begin(), m_order.end(),
                         [&](int x, int y) { return entities[size_t(x)].id < entities[size_t(y)].id; });
    }

    int value(const QString &id) const
    {
        const auto found = std::lower_bound(m_order.begin(), m_order.end(), id, [&](int index, const QString &key) {
            return m_entities[size_t(index)].id < key;
        });
        return found != m_order.end() && m_entities[size_t(*found)].id == id ? *found : -1;
    }

private:
    const std::vector<Entity> &m_entities;
    std::vector<int> m_order;
};

quint64 pairKey(int x, int y)
{
    return (quint64(quint32(x)) << 32) | quint32(y);
}

/// One side's relations, as the matching sees them.
struct Side
{
    const std::vector<Relation> &relations;
    std::vector<Endpoints> ends;
    std::vector<char> symmetric;
    std::vector<int> type; // the type as a number shared by both sides
    std::vector<int> matched; // partner index on the other side, -1
    std::vector<char> diagnosed;

    Side(const std::vector<Relation> &relations, const QSet<QString> &symmetricTypes)
        : relations(relations)
        , ends(relations.size())
        , symmetric(relations.size())
        , type(relations.size())
        , matched(relations.size(), -1)
        , diagnosed(relations.size(), 0)
    {
        for (size_t i = 0; i < relations.size(); ++i)
            symmetric[i] = symmetricTypes.contains(relations[i].type);
    }

    /// The endpoints a typed match compares: unordered (smaller first) for a symmetric type.
    std::pair<int, int> canonical(int i) const
    {
        const Endpoints &e = ends[size_t(i)];
        if (symmetric[size_t(i)] && e.y < e.x)
            return {e.y, e.x};
        return {e.x, e.y};
    }

    std::vector<int> comparable() const
    {
        std::vector<int> result;
        for (size_t i = 0; i < ends.size(); ++i) {
            if (ends[i].aligned())
                result.push_back(int(i));
        }
        return result;
    }
};

/// Matches equal keys as multisets: both lists sorted by (key, tie), pairs taken in that order.
template<typename KeyOf, typename Less, typename OnPair>
void matchSorted(std::vector<int> a, std::vector<int> b, KeyOf keyA, KeyOf keyB, Less tieA, Less tieB, OnPair onPair)
{
    std::sort(a.begin(), a.end(), [&](int x, int y) {
        const auto kx = keyA(x);
        const auto ky = keyA(y);
        return kx != ky ? kx < ky : tieA(x, y);
    });
    std::sort(b.begin(), b.end(), [&](int x, int y) {
        const auto kx = keyB(x);
        const auto ky = keyB(y);
        return kx != ky ? kx < ky : tieB(x, y);
    });
    size_t i = 0;
    size_t j = 0;
    while (i < a.size() && j < b.size()) {
        const auto ka = keyA(a[i]);
        const auto kb = keyB(b[j]);
        if (ka < kb) {
            ++i;
        } else if (kb < ka) {
            ++j;
        } else {
            onPair(a[i], b[j]);
            ++i;
            ++j;
        }
    }
}

QString label(QStringList types)
{
    if (types.isEmpty())
        return noneLabel();
    types.sort();
    types.removeDuplicates();
    return types.join(u'|');
}

} // namespace

RelationAgreement RelationAgreement::compute(const std::vector<Entity> &entitiesA,
                                             const std::vector<Relation> &relationsA,
                                             const std::vector<Entity> &entitiesB,
                                             const std::vector<Relation> &relationsB, const SpanAlignment &alignment,
                                             const QSet<QString> &symmetricTypes)
{
    RelationAgreement result;
    const IdIndex idsA(entitiesA);
    const IdIndex idsB(entitiesB);
    Side a(relationsA, symmetricTypes);
    Side b(relationsB, symmetricTypes);
    auto partnerInB = [&](const QString &id) {
        const int index = idsA.value(id);
        return index < 0 ? -1 : alignment.partnerOfA(index);
    };
    auto alignedInB = [&](const QString &id) {
        const int index = idsB.value(id);
        return index >= 0 && alignment.partnerOfB(index) >= 0 ? index : -1;
    };
    for (size_t i = 0; i < relationsA.size(); ++i)
        a.ends[i] = {partnerInB(relationsA[i].from), partnerInB(relationsA[i].to)};
    for (size_t i = 0; i < relationsB.size(); ++i)
        b.ends[i] = {alignedInB(relationsB[i].from), alignedInB(relationsB[i].to)};
    std::map<QString, int> typeIds;
    for (Side *side : {&a, &b}) {
        for (size_t i = 0; i < side->relations.size(); ++i)
            side->type[i] = typeIds.try_emplace(side->relations[i].type, int(typeIds.size())).first->second;
    }
    const std::vector<int> comparableA = a.comparable();
    const std::vector<int> comparableB = b.comparable();

    // Typed matching: (type, endpoints) as multisets, in id order within equal keys.
    auto typedKey = [](const Side &side) {
        return [&side](int i) {
            const auto [x, y] = side.canonical(i);
            return std::tuple(side.type[size_t(i)], x, y);
        };
    };
    auto byId = [](const Side &side) {
        return [&side](int x, int y) {
            const QString &idX = side.relations[size_t(x)].id;
            const QString &idY = side.relations[size_t(y)].id;
            return idX != idY ? idX < idY : x < y;
        };
    };
    matchSorted(comparableA, comparableB, typedKey(a), typedKey(b), byId(a), byId(b), [&](int i, int j) {
        a.matched[size_t(i)] = j;
        b.matched[size_t(j)] = i;
    });

    // Counts per type, in both views.
    QMap<QString, MatchCounts> all;
    QMap<QString, MatchCounts> comparable;
    for (size_t i = 0; i < relationsA.size(); ++i) {
        const QString &type = relationsA[i].type;
        ++all[type].inA;
        if (a.ends[i].aligned())
            ++comparable[type].inA;
        if (a.matched[i] >= 0) {
            ++all[type].matched;
            ++comparable[type].matched;
            result.m_matchedPairs.emplace_back(int(i), a.matched[i]);
        }
    }
    for (size_t j = 0; j < relationsB.size(); ++j) {
        const QString &type = relationsB[j].type;
        ++all[type].inB;
        if (b.ends[j].aligned())
            ++comparable[type].inB;
    }
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        result.m_all.add(it.key(), it.value());
    for (auto it = comparable.cbegin(); it != comparable.cend(); ++it)
        result.m_comparable.add(it.key(), it.value());

    // Diagnostics: B's leftovers at each ordered endpoint pair, in id order, for A's leftovers to claim.
    std::vector<Kind> kindOfA(relationsA.size(), Kind::Match);
    std::vector<int> partnerOfA(relationsA.size(), -1);
    QHash<quint64, std::vector<int>> leftoversB;
    {
        std::vector<int> left;
        for (const int j : comparableB) {
            if (b.matched[size_t(j)] < 0)
                left.push_back(j);
        }
        std::sort(left.begin(), left.end(), byId(b));
        for (const int j : left)
            leftoversB[pairKey(b.ends[size_t(j)].x, b.ends[size_t(j)].y)].push_back(j);
    }
    std::vector<int> leftoversA;
    for (const int i : comparableA) {
        if (a.matched[size_t(i)] < 0)
            leftoversA.push_back(i);
    }
    std::sort(leftoversA.begin(), leftoversA.end(), byId(a));
    // Three passes, most specific first, so a looser reading never takes a B relation a closer one needs.
    enum class Pass { SameOrderOtherType, ReversedSameType, ReversedOtherType };
    for (const Pass pass : {Pass::SameOrderOtherType, Pass::ReversedSameType, Pass::ReversedOtherType}) {
        for (const int i : leftoversA) {
            if (partnerOfA[size_t(i)] >= 0)
                continue;
            const Endpoints &e = a.ends[size_t(i)];
            const bool reversed = pass != Pass::SameOrderOtherType;
            if (reversed && e.x == e.y)
                continue; // a loop has no other way round
            auto found = leftoversB.find(reversed ? pairKey(e.y, e.x) : pairKey(e.x, e.y));
            if (found == leftoversB.end())
                continue;
            const QString &type = relationsA[size_t(i)].type;
            std::vector<int> &candidates = found.value();
            const auto candidate = std::find_if(candidates.begin(), candidates.end(), [&](int j) {
                const bool sameType = relationsB[size_t(j)].type == type;
                return pass == Pass::ReversedSameType ? sameType && !a.symmetric[size_t(i)] : !sameType;
            });
            if (candidate == candidates.end())
                continue;
            partnerOfA[size_t(i)] = *candidate;
            kindOfA[size_t(i)] = pass == Pass::ReversedSameType ? Kind::DirectionMismatch : Kind::TypeMismatch;
            b.diagnosed[size_t(*candidate)] = 1;
            candidates.erase(candidate);
        }
    }
    for (size_t i = 0; i < relationsA.size(); ++i) {
        RelationDiagnostic diagnostic;
        diagnostic.indexA = int(i);
        diagnostic.idA = relationsA[i].id;
        diagnostic.typeA = relationsA[i].type;
        int j = -1;
        if (a.matched[i] >= 0) {
            diagnostic.kind = Kind::Match;
            j = a.matched[i];
        } else if (!a.ends[i].aligned()) {
            diagnostic.kind = Kind::EndpointUnaligned;
        } else if (partnerOfA[i] >= 0) {
            diagnostic.kind = kindOfA[i];
            j = partnerOfA[i];
        } else {
            diagnostic.kind = Kind::MissingInB;
        }
        if (j >= 0) {
            diagnostic.indexB = j;
            diagnostic.idB = relationsB[size_t(j)].id;
            diagnostic.typeB = relationsB[size_t(j)].type;
        }
        result.m_diagnostics.push_back(diagnostic);
    }
    for (size_t j = 0; j < relationsB.size(); ++j) {
        if (b.matched[j] >= 0 || b.diagnosed[j])
            continue;
        RelationDiagnostic diagnostic;
        diagnostic.kind = b.ends[j].aligned() ? Kind::ExtraInB : Kind::EndpointUnaligned;
        diagnostic.indexB = int(j);
        diagnostic.idB = relationsB[j].id;
        diagnostic.typeB = relationsB[j].type;
        result.m_diagnostics.push_back(diagnostic);
    }

    // Untyped links: first the same endpoints in the same order, non-symmetric relations first (a
    // symmetric one left over can still match the other way round); then, among what is left, the same
    // endpoints reversed where one of the two types is symmetric.
    qsizetype links = 0;
    std::vector<char> linkedA(relationsA.size(), 0);
    std::vector<char> linkedB(relationsB.size(), 0);
    auto orderedKey = [](const Side &side) {
        return [&side](int i) {
            return std::pair(side.ends[size_t(i)].x, side.ends[size_t(i)].y);
        };
    };
    auto symmetricLast = [](const Side &side) {
        return [&side](int x, int y) {
            return side.symmetric[size_t(x)] != side.symmetric[size_t(y)] ? !side.symmetric[size_t(x)] : x < y;
        };
    };
    matchSorted(comparableA, comparableB, orderedKey(a), orderedKey(b), symmetricLast(a), symmetricLast(b),
                [&](int i, int j) {
                    linkedA[size_t(i)] = 1;
                    linkedB[size_t(j)] = 1;
                    ++links;
                });
    struct Leftover
    {
        quint64 key;
        bool inB;
        bool symmetric;
    };
    std::vector<Leftover> leftovers;
    auto collect = [&](const Side &side, const std::vector<int> &indexes, const std::vector<char> &linked, bool inB) {
        for (const int i : indexes) {
            if (linked[size_t(i)])
                continue;
            const Endpoints &e = side.ends[size_t(i)];
            leftovers.push_back(
                {pairKey(std::min(e.x, e.y), std::max(e.x, e.y)), inB, bool(side.symmetric[size_t(i)])});
        }
    };
    collect(a, comparableA, linkedA, false);
    collect(b, comparableB, linkedB, true);
    std::sort(leftovers.begin(), leftovers.end(), [](const Leftover &x, const Leftover &y) { return x.key < y.key; });
    for (size_t begin = 0; begin < leftovers.size();) {
        size_t end = begin;
        qsizetype plainA = 0, symmetricA = 0, plainB = 0, symmetricB = 0;
        for (; end < leftovers.size() && leftovers[end].key == leftovers[begin].key; ++end) {
            const Leftover &l = leftovers[end];
            ++(l.inB ? (l.symmetric ? symmetricB : plainB) : (l.symmetric ? symmetricA : plainA));
        }
        // After the first round, A's and B's leftovers here run opposite ways; a pair needs one symmetric
        // type. Pairing A's plain links with B's symmetric ones first leaves the most for the rest.
        const qsizetype first = std::min(plainA, symmetricB);
        links += first + std::min(symmetricA, plainB + symmetricB - first);
        begin = end;
    }
    result.m_linksAll = {links, qsizetype(relationsA.size()), qsizetype(relationsB.size())};
    result.m_linksComparable = {links, qsizetype(comparableA.size()), qsizetype(comparableB.size())};

    // Relation-type κ items: each aligned endpoint pair with a relation on either side.
    QHash<quint64, std::pair<QStringList, QStringList>> items;
    for (const int i : comparableA) {
        const auto [x, y] = a.canonical(i);
        items[pairKey(x, y)].first.append(relationsA[size_t(i)].type);
    }
    for (const int j : comparableB) {
        const auto [x, y] = b.canonical(j);
        items[pairKey(x, y)].second.append(relationsB[size_t(j)].type);
    }
    std::vector<quint64> keys;
    keys.reserve(size_t(items.size()));
    for (auto it = items.cbegin(); it != items.cend(); ++it)
        keys.push_back(it.key());
    auto idOf = [&](quint64 key, bool second) -> const QString & {
        return entitiesB[size_t(second ? quint32(key) : quint32(key >> 32))].id;
    };
    std::sort(keys.begin(), keys.end(), [&](quint64 x, quint64 y) {
        const QString &x1 = idOf(x, false);
        const QString &y1 = idOf(y, false);
        if (x1 != y1)
            return x1 < y1;
        const QString &x2 = idOf(x, true);
        const QString &y2 = idOf(y, true);
        return x2 != y2 ? x2 < y2 : x < y;
    });
    result.m_typeLabelPairs.reserve(keys.size());
    for (const quint64 key : keys) {
        const auto &[typesA, typesB] = items.value(key);
        result.m_typeLabelPairs.emplace_back(label(typesA), label(typesB));
    }
    return result;
}

} // namespace Hashiya
