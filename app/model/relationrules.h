// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entity.h"
#include "model/relation.h"
#include "model/schema.h"

#include <QList>

#include <functional>
#include <optional>
#include <vector>

namespace Hashiya {

/// Why a relation does not hold up, against the schema or the document.
enum class RelationFault {
    MissingEnd, ///< its source or target is not an entity of the document
    SelfLink, ///< it links an entity to itself
    UnknownType, ///< the schema has no such relation type
    NotAllowed, ///< the schema does not allow this type between these entity types
    Duplicate, ///< an earlier relation (by id) has the same type and ends
};

struct RelationViolation
{
    QString relationId;
    RelationFault fault = RelationFault::NotAllowed;
    QString message; ///< for the analyst: names the types and, for a duplicate, the relation it repeats
    friend bool operator==(const RelationViolation &a, const RelationViolation &b) = default;
};

/// The relation types the schema allows from an entity of `fromType` to one of `toType` (for a
/// symmetric type, either way round), in the schema's order.
QList<const RelationType *> allowedRelationTypes(const Schema &schema, const QString &fromType, const QString &toType);

/// What is wrong with one relation on its own, given its ends (nullptr where an end is missing);
/// repeats are found by comparing relations (sameRelation).
std::optional<RelationViolation> relationFault(const Relation &relation, const Entity *from, const Entity *to,
                                               const Schema *schema);

/// True if `a` and `b` state the same fact: same type and ends, in either order when `symmetric`.
bool sameRelation(const Relation &a, const Relation &b, bool symmetric);
/// A hash equal for relations that are the same by sameRelation().
size_t relationIdentityHash(const Relation &relation, bool symmetric);
/// The message for a relation that repeats `original`.
QString repeatMessage(const Relation &repeat, const Relation &original);

/// Finds an entity by id; nullptr if there is none.
using EntityLookup = std::function<const Entity *(const QString &id)>;

/// Checks every relation: both ends exist and differ, the type is in the schema and allowed between
/// the ends' types, and no relation repeats an earlier one (same type and ends; either order for a
/// symmetric type). Without a schema, only the document checks apply. In the order of `relations`.
QList<RelationViolation> checkRelations(const std::vector<Relation> &relations, const EntityLookup &entityOf,
                                        const Schema *schema);

} // namespace Hashiya
