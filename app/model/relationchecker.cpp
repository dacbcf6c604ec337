// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationchecker.h"

#include "model/annotationset.h"

#include <algorithm>

namespace Hashiya {

RelationChecker::RelationChecker(const AnnotationSet *set, const Schema *schema)
    : m_set(set)
    , m_schema(schema)
{
    checkAll();
}

bool RelationChecker::isSymmetric(const Relation &relation) const
{
    const RelationType *type = m_schema ? m_schema->relationType(relation.type) : nullptr;
    return type && type->symmetric;
}

void RelationChecker::checkAll()
{
    m_states.clear();
    m_groups.clear();
    m_flagged.clear();
    QStringList ids;
    ids.reserve(m_set->relationCount());
    for (const Relation &relation : m_set->relations())
        ids.append(relation.id);
    recheck(ids);
}

void RelationChecker::recheck(const QStringList &relationIds)
{
    QSet<size_t> touched;
    for (const QString &id : relationIds) {
        if (const auto old = m_states.constFind(id); old != m_states.cend()) {
            touched.insert(old->identity);
            m_groups[old->identity].remove(id);
            m_states.erase(old);
        }
        const Relation *relation = m_set->relation(id);
        if (!relation) {
            m_flagged.remove(id);
            continue;
        }
        State state;
        state.identity = relationIdentityHash(*relation, isSymmetric(*relation));
        state.fault = relationFault(*relation, m_set->entity(relation->from), m_set->entity(relation->to), m_schema);
        m_groups[state.identity].insert(id);
        touched.insert(state.identity);
        m_states.insert(id, state);
    }
    for (size_t identity : std::as_const(touched))
        checkRepeats(identity);
}

void RelationChecker::checkRepeats(size_t identity)
{
    auto group = m_groups.find(identity);
    if (group == m_groups.end())
        return;
    if (group->isEmpty()) {
        m_groups.erase(group);
        return;
    }
    // In id order, as relations are kept: each repeats the earliest one before it that states the same.
    QStringList ids(group->cbegin(), group->cend());
    std::sort(ids.begin(), ids.end());
    std::vector<const Relation *> earlier;
    for (const QString &id : std::as_const(ids)) {
        const Relation *relation = m_set->relation(id);
        State &state = m_states[id];
        state.repeat.reset();
        if (!relation)
            continue;
        const bool symmetric = isSymmetric(*relation);
        for (const Relation *before : earlier) {
            if (sameRelation(*before, *relation, symmetric)) {
                state.repeat = RelationViolation {id, RelationFault::Duplicate, repeatMessage(*relation, *before)};
                break;
            }
        }
        earlier.push_back(relation);
        updateFlag(id, state);
    }
}

void RelationChecker::updateFlag(const QString &id, const State &state)
{
    if (state.fault || state.repeat)
        m_flagged.insert(id);
    else
        m_flagged.remove(id);
}

QList<RelationViolation> RelationChecker::violations() const
{
    QStringList ids(m_flagged.cbegin(), m_flagged.cend());
    std::sort(ids.begin(), ids.end());
    QList<RelationViolation> result;
    for (const QString &id : std::as_const(ids)) {
        const State &state = m_states[id];
        if (state.fault)
            result.append(*state.fault);
        if (state.repeat)
            result.append(*state.repeat);
    }
    return result;
}

} // namespace Hashiya
