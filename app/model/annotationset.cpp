// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationset.h"

#include <algorithm>

namespace Hashiya {

AnnotationSet::AnnotationSet(QObject *parent)
    : QObject(parent)
{
}

qsizetype AnnotationSet::indexOfEntity(const QString &id) const
{
    if (m_entityIndexStale) {
        m_entityIndex.clear();
        m_entityIndex.reserve(qsizetype(m_entities.size()));
        for (size_t i = 0; i < m_entities.size(); ++i)
            m_entityIndex.insert(m_entities[i].id, qsizetype(i));
        m_entityIndexStale = false;
    }
    return m_entityIndex.value(id, -1);
}

const Entity *AnnotationSet::entity(const QString &id) const
{
    const qsizetype index = indexOfEntity(id);
    return index < 0 ? nullptr : &m_entities[size_t(index)];
}

qsizetype AnnotationSet::entityInsertPosition(const Entity &entity) const
{
    return std::lower_bound(m_entities.begin(), m_entities.end(), entity, entityLess) - m_entities.begin();
}

qsizetype AnnotationSet::insertEntity(const Entity &entity)
{
    Q_ASSERT(indexOfEntity(entity.id) < 0);
    const qsizetype index = entityInsertPosition(entity);
    Q_EMIT entityAboutToBeInserted(index);
    m_entities.insert(m_entities.begin() + index, entity);
    noteEntityInsertedAt(index);
    Q_EMIT entityInserted(index);
    return index;
}

Entity AnnotationSet::takeEntity(const QString &id)
{
    Entity taken;
    takeEntityAt(indexOfEntity(id), &taken);
    return taken;
}

qsizetype AnnotationSet::takeEntityAt(qsizetype index, Entity *taken)
{
    Q_ASSERT(index >= 0 && index < entityCount());
    Q_EMIT entityAboutToBeRemoved(index);
    *taken = std::move(m_entities[size_t(index)]);
    m_entities.erase(m_entities.begin() + index);
    noteEntityRemovedAt(index, taken->id);
    Q_EMIT entityRemoved(index);
    return index;
}

void AnnotationSet::replaceEntity(const Entity &entity)
{
    const qsizetype index = indexOfEntity(entity.id);
    Q_ASSERT(index >= 0);
    const Entity &old = m_entities[size_t(index)];
    // Same start, end and type keep the ordering key, so the entity stays where it is.
    if (old.start() == entity.start() && old.end() == entity.end() && old.type == entity.type) {
        Q_EMIT entityAboutToChange(index);
        m_entities[size_t(index)] = entity;
        Q_EMIT entityChanged(index);
        return;
    }
    Entity removed;
    takeEntityAt(index, &removed);
    insertEntity(entity);
}

void AnnotationSet::noteEntityInsertedAt(qsizetype index)
{
    if (!m_entityIndexStale && index == entityCount() - 1)
        m_entityIndex.insert(m_entities.back().id, index);
    else
        m_entityIndexStale = true;
}

void AnnotationSet::noteEntityRemovedAt(qsizetype index, const QString &id)
{
    if (!m_entityIndexStale && index == entityCount())
        m_entityIndex.remove(id);
    else
        m_entityIndexStale = true;
}

qsizetype AnnotationSet::relationInsertPosition(const Relation &relation) const
{
    return std::lower_bound(m_relations.begin(), m_relations.end(), relation, relationLess) - m_relations.begin();
}

qsizetype AnnotationSet::indexOfRelation(const QString &id) const
{
    const auto it = std::lower_bound(m_relations.begin(), m_relations.end(), id,
                                     [](const Relation &r, const QString &key) { return r.id < key; });
    return (it != m_relations.end() && it->id == id) ? it - m_relations.begin() : -1;
}

const Relation *AnnotationSet::relation(const QString &id) const
{
    const qsizetype index = indexOfRelation(id);
    return index < 0 ? nullptr : &m_relations[size_t(index)];
}

qsizetype AnnotationSet::insertRelation(const Relation &relation)
{
    Q_ASSERT(indexOfRelation(relation.id) < 0);
    const qsizetype index = relationInsertPosition(relation);
    Q_EMIT relationAboutToBeInserted(index);
    m_relations.insert(m_relations.begin() + index, relation);
    Q_EMIT relationInserted(index);
    return index;
}

Relation AnnotationSet::takeRelation(const QString &id)
{
    const qsizetype index = indexOfRelation(id);
    Q_ASSERT(index >= 0);
    Q_EMIT relationAboutToBeRemoved(index);
    Relation taken = std::move(m_relations[size_t(index)]);
    m_relations.erase(m_relations.begin() + index);
    Q_EMIT relationRemoved(index);
    return taken;
}

void AnnotationSet::replaceRelation(const Relation &relation)
{
    const qsizetype index = indexOfRelation(relation.id);
    Q_ASSERT(index >= 0);
    Q_EMIT relationAboutToChange(index);
    m_relations[size_t(index)] = relation;
    Q_EMIT relationChanged(index);
}

QList<Relation> AnnotationSet::relationsOf(const QString &entityId) const
{
    QList<Relation> result;
    for (const Relation &r : m_relations) {
        if (r.involves(entityId))
            result.append(r);
    }
    return result;
}

void AnnotationSet::reset(std::vector<Entity> entities, std::vector<Relation> relations)
{
    Q_EMIT aboutToBeReset();
    m_entities = std::move(entities);
    m_relations = std::move(relations);
    if (!std::is_sorted(m_entities.begin(), m_entities.end(), entityLess))
        std::sort(m_entities.begin(), m_entities.end(), entityLess);
    if (!std::is_sorted(m_relations.begin(), m_relations.end(), relationLess))
        std::sort(m_relations.begin(), m_relations.end(), relationLess);
    m_entityIndex.clear();
    m_entityIndexStale = true;
    Q_EMIT wasReset();
}

} // namespace Hashiya
