// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationset.h"

#include <QTimer>

#include <algorithm>

namespace Hashiya {

AnnotationSet::AnnotationSet(QObject *parent)
    : QObject(parent)
{
}

namespace {

QHash<QString, qsizetype> startsById(const EntityList &entities)
{
    QHash<QString, qsizetype> starts;
    starts.reserve(qsizetype(entities.size() + entities.size() / 8 + 64));
    for (const Entity &entity : entities)
        starts.insert(entity.id, entity.start());
    return starts;
}

} // namespace

AnnotationSet::~AnnotationSet()
{
    if (m_pendingEntityStarts.valid())
        m_pendingEntityStarts.wait(); // it reads the entities
}

void AnnotationSet::ensureEntityStarts() const
{
    if (m_entityStartsBuilt)
        return;
    m_entityStarts = m_pendingEntityStarts.valid() ? m_pendingEntityStarts.get() : startsById(m_entities);
    m_entityStartsBuilt = true;
}

qsizetype AnnotationSet::indexOfEntity(const QString &id) const
{
    ensureEntityStarts();
    const auto found = m_entityStarts.constFind(id);
    if (found == m_entityStarts.constEnd())
        return -1;
    // The start narrows the search to the few entities that begin there.
    const qsizetype start = *found;
    auto it = std::lower_bound(m_entities.begin(), m_entities.end(), start,
                               [](const Entity &entity, qsizetype value) { return entity.start() < value; });
    for (; it != m_entities.end() && it->start() == start; ++it) {
        if (it->id == id)
            return it - m_entities.begin();
    }
    return -1;
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
    ensureEntityStarts();
    Q_ASSERT(indexOfEntity(entity.id) < 0);
    const qsizetype index = entityInsertPosition(entity);
    Q_EMIT entityAboutToBeInserted(index);
    m_entities.insert(size_t(index), entity);
    if (m_entityStartsBuilt)
        m_entityStarts.insert(entity.id, entity.start());
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
    ensureEntityStarts();
    Q_ASSERT(index >= 0 && index < entityCount());
    Q_EMIT entityAboutToBeRemoved(index);
    *taken = m_entities.take(size_t(index));
    if (m_entityStartsBuilt)
        m_entityStarts.remove(taken->id);
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

void AnnotationSet::reset(EntityList entities, std::vector<Relation> relations, bool entitiesInOrder)
{
    Q_EMIT aboutToBeReset();
    if (m_pendingEntityStarts.valid())
        m_pendingEntityStarts.wait(); // it still reads the entities being replaced
    Q_ASSERT(!entitiesInOrder || std::is_sorted(entities.begin(), entities.end(), entityLess));
    if (!entitiesInOrder && !std::is_sorted(entities.begin(), entities.end(), entityLess)) {
        std::vector<Entity> sorted = entities.toVector();
        std::sort(sorted.begin(), sorted.end(), entityLess);
        entities.assign(std::move(sorted));
    }
    m_entities = std::move(entities);
    m_relations = std::move(relations);
    if (!std::is_sorted(m_relations.begin(), m_relations.end(), relationLess))
        std::sort(m_relations.begin(), m_relations.end(), relationLess);
    m_entityStarts.clear();
    m_entityStartsBuilt = false;
    // Started a moment later, once a freshly opened document has been painted: an earlier start only
    // competes with that. Readers on this thread may read the entities meanwhile; edits wait for the
    // build (ensureEntityStarts), and a look-up before it starts builds it on the spot.
    constexpr size_t buildInBackgroundFrom = 20000;
    if (m_entities.size() >= buildInBackgroundFrom) {
        QTimer::singleShot(200, this, [this] {
            if (!m_entityStartsBuilt && !m_pendingEntityStarts.valid())
                m_pendingEntityStarts = std::async(std::launch::async, [this] { return startsById(m_entities); });
        });
    }
    Q_EMIT wasReset();
}

} // namespace Hashiya
