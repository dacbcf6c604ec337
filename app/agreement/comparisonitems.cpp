// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonitems.h"

#include "agreement/relationagreement.h"
#include "agreement/spanalignment.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hashiya {
namespace {

using Status = ComparisonItems::Status;
using Item = ComparisonItems::Item;

Status entityStatus(const Entity &a, const Entity &b)
{
    const bool sameSpans = a.spans == b.spans;
    const bool sameType = a.type == b.type;
    if (!sameSpans && !sameType)
        return Status::BoundariesAndType;
    if (!sameSpans)
        return Status::Boundaries;
    if (!sameType)
        return Status::Type;
    return a.attributes == b.attributes ? Status::Agree : Status::Attributes;
}

Status relationStatus(RelationDiagnostic::Kind kind)
{
    switch (kind) {
    case RelationDiagnostic::Kind::Match:
        return Status::Agree;
    case RelationDiagnostic::Kind::TypeMismatch:
        return Status::Type;
    case RelationDiagnostic::Kind::DirectionMismatch:
        return Status::Direction;
    case RelationDiagnostic::Kind::EndpointUnaligned:
        return Status::EndpointUnaligned;
    case RelationDiagnostic::Kind::MissingInB:
        return Status::OnlyInA;
    case RelationDiagnostic::Kind::ExtraInB:
        return Status::OnlyInB;
    }
    return Status::Agree;
}

} // namespace

std::vector<Item> ComparisonItems::of(const std::vector<Entity> &a, const std::vector<Relation> &relationsA,
                                      const std::vector<Entity> &b, const std::vector<Relation> &relationsB,
                                      const QSet<QString> &symmetric)
{
    std::vector<Item> items;
    const SpanAlignment alignment = SpanAlignment::align(a, b, {SpanMatchRule::Boundaries::Overlap, false});
    for (const EntityPair &pair : alignment.pairs()) {
        const Entity &x = a[size_t(pair.a)];
        const Entity &y = b[size_t(pair.b)];
        items.push_back({false, entityStatus(x, y), pair.a, pair.b, std::min(x.start(), y.start()),
                         std::max(x.end(), y.end())});
    }
    for (const int i : alignment.unpairedA())
        items.push_back({false, Status::OnlyInA, i, -1, a[size_t(i)].start(), a[size_t(i)].end()});
    for (const int i : alignment.unpairedB())
        items.push_back({false, Status::OnlyInB, -1, i, b[size_t(i)].start(), b[size_t(i)].end()});

    // A relation sits where its first endpoint begins.
    QHash<QString, const Entity *> entitiesA, entitiesB;
    for (const Entity &entity : a)
        entitiesA.insert(entity.id, &entity);
    for (const Entity &entity : b)
        entitiesB.insert(entity.id, &entity);
    auto extent = [](const QHash<QString, const Entity *> &entities, const Relation &relation) {
        const Entity *from = entities.value(relation.from), *to = entities.value(relation.to);
        if (!from || !to)
            return std::pair<qsizetype, qsizetype> {0, 0};
        return std::pair {std::min(from->start(), to->start()), std::max(from->end(), to->end())};
    };
    const RelationAgreement relations = RelationAgreement::compute(a, relationsA, b, relationsB, alignment, symmetric);
    for (const RelationDiagnostic &diagnostic : relations.diagnostics()) {
        const auto [start, end] = diagnostic.indexA >= 0 ? extent(entitiesA, relationsA[size_t(diagnostic.indexA)])
                                                         : extent(entitiesB, relationsB[size_t(diagnostic.indexB)]);
        items.push_back({true, relationStatus(diagnostic.kind), diagnostic.indexA, diagnostic.indexB, start, end});
    }
    // Reading order: by where items begin (the text's logical order, right-to-left paragraphs included),
    // entities before the relations that start with them.
    std::stable_sort(items.begin(), items.end(), [](const Item &x, const Item &y) {
        if (x.start != y.start)
            return x.start < y.start;
        if (x.relation != y.relation)
            return !x.relation;
        return x.end < y.end;
    });
    return items;
}

QString ComparisonItems::name(Status status)
{
    switch (status) {
    case Status::Agree:
        return u"agree"_s;
    case Status::Boundaries:
        return u"boundaries"_s;
    case Status::Type:
        return u"type"_s;
    case Status::BoundariesAndType:
        return u"boundaries_and_type"_s;
    case Status::Attributes:
        return u"attributes"_s;
    case Status::OnlyInA:
        return u"only_in_A"_s;
    case Status::OnlyInB:
        return u"only_in_B"_s;
    case Status::Direction:
        return u"direction"_s;
    case Status::EndpointUnaligned:
        return u"endpoint_unaligned"_s;
    }
    return {};
}

} // namespace Hashiya
