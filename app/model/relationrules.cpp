// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationrules.h"

#include <QCoreApplication>
#include <QHash>

namespace Hashiya {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RelationRules", text);
}

// The ends in a fixed order: as given, or sorted when the direction does not matter.
std::pair<const QString &, const QString &> orderedEnds(const Relation &relation, bool symmetric)
{
    if (symmetric && relation.to < relation.from)
        return {relation.to, relation.from};
    return {relation.from, relation.to};
}

} // namespace

QList<const RelationType *> allowedRelationTypes(const Schema &schema, const QString &fromType, const QString &toType)
{
    QList<const RelationType *> allowed;
    for (const RelationType &type : schema.relationTypes) {
        if (schema.allowsRelation(type, fromType, toType))
            allowed.append(&type);
    }
    return allowed;
}

std::optional<RelationViolation> relationFault(const Relation &relation, const Entity *from, const Entity *to,
                                               const Schema *schema)
{
    auto fault = [&](RelationFault kind, const QString &message) {
        return std::optional<RelationViolation>(RelationViolation {relation.id, kind, message});
    };
    if (!from || !to)
        return fault(RelationFault::MissingEnd,
                     tr("%1 points at %2, which is not an entity of this article")
                         .arg(relation.type, !from ? relation.from : relation.to));
    if (relation.from == relation.to)
        return fault(RelationFault::SelfLink, tr("%1 links an entity to itself").arg(relation.type));
    if (!schema)
        return std::nullopt;
    const RelationType *type = schema->relationType(relation.type);
    if (!type)
        return fault(RelationFault::UnknownType, tr("the relation type %1 is not in the schema").arg(relation.type));
    if (schema->allowsRelation(*type, from->type, to->type))
        return std::nullopt;
    if (type->sameType && from->type != to->type)
        return fault(
            RelationFault::NotAllowed,
            tr("%1 must link two entities of the same type, not %2 and %3").arg(relation.type, from->type, to->type));
    return fault(RelationFault::NotAllowed,
                 tr("%1 is not allowed from %2 to %3").arg(relation.type, from->type, to->type));
}

bool sameRelation(const Relation &a, const Relation &b, bool symmetric)
{
    return a.type == b.type && orderedEnds(a, symmetric) == orderedEnds(b, symmetric);
}

size_t relationIdentityHash(const Relation &relation, bool symmetric)
{
    const auto [first, second] = orderedEnds(relation, symmetric);
    return qHashMulti(0, relation.type, first, second);
}

QString repeatMessage(const Relation &repeat, const Relation &original)
{
    return tr("%1 repeats relation %2").arg(repeat.type, original.id);
}

QList<RelationViolation> checkRelations(const std::vector<Relation> &relations, const EntityLookup &entityOf,
                                        const Schema *schema)
{
    QList<RelationViolation> violations;
    // Relations by identity hash, to find repeats; a bucket rarely holds more than one.
    QMultiHash<size_t, const Relation *> seen;
    seen.reserve(qsizetype(relations.size()));
    for (const Relation &relation : relations) {
        if (std::optional<RelationViolation> fault =
                relationFault(relation, entityOf(relation.from), entityOf(relation.to), schema))
            violations.append(std::move(*fault));
        const RelationType *type = schema ? schema->relationType(relation.type) : nullptr;
        const bool symmetric = type && type->symmetric;
        const size_t identity = relationIdentityHash(relation, symmetric);
        const Relation *original = nullptr;
        for (auto it = seen.constFind(identity); it != seen.cend() && it.key() == identity; ++it) {
            if (sameRelation(**it, relation, symmetric))
                original = *it; // the multi-hash lists later insertions first: keep looking for the earliest
        }
        if (original)
            violations.append({relation.id, RelationFault::Duplicate, repeatMessage(relation, *original)});
        seen.insert(identity, &relation);
    }
    return violations;
}

} // namespace Hashiya
