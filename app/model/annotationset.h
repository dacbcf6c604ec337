// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/chunkedvector.h"
#include "model/entity.h"
#include "model/relation.h"

#include <QHash>
#include <QObject>

#include <future>
#include <vector>

namespace Hashiya {

/// Entities in the set's order; chunked, so edits among a million stay quick.
using EntityList = ChunkedVector<Entity>;

/// The entities and relations of one article. Entities are kept ordered by position (entityLess), relations
/// by id, so views can search them and files are written without sorting. Commands mutate the set;
/// views observe its about-to / done signals. Not thread-safe: the id look-up is built lazily.
class AnnotationSet final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationSet)

public:
    explicit AnnotationSet(QObject *parent = nullptr);
    ~AnnotationSet() override;

    qsizetype entityCount() const { return qsizetype(m_entities.size()); }
    const Entity &entityAt(qsizetype index) const { return m_entities[size_t(index)]; }
    const EntityList &entities() const { return m_entities; }
    qsizetype indexOfEntity(const QString &id) const; ///< -1 if absent
    const Entity *entity(const QString &id) const; ///< nullptr if absent

    /// Inserts at the entity's ordered position and returns that index. Its id must be new.
    qsizetype insertEntity(const Entity &entity);
    /// Removes the entity with `id`, which must exist (its relations stay: commands remove those).
    Entity takeEntity(const QString &id);
    /// Replaces the entity with the same id; moves it if its position changed.
    void replaceEntity(const Entity &entity);

    qsizetype relationCount() const { return qsizetype(m_relations.size()); }
    const Relation &relationAt(qsizetype index) const { return m_relations[size_t(index)]; }
    const std::vector<Relation> &relations() const { return m_relations; }
    qsizetype indexOfRelation(const QString &id) const;
    const Relation *relation(const QString &id) const;
    qsizetype insertRelation(const Relation &relation);
    Relation takeRelation(const QString &id);
    void replaceRelation(const Relation &relation);
    /// The relations from or to `entityId`, in id order.
    QList<Relation> relationsOf(const QString &entityId) const;

    /// Replaces everything, e.g. after loading; sorts what is not yet in order. `entitiesInOrder`: the
    /// caller has checked that the entities are in entityLess order (a reader does, while they are
    /// in cache), which spares walking a million of them again.
    void reset(EntityList entities, std::vector<Relation> relations, bool entitiesInOrder = false);

Q_SIGNALS:
    void entityAboutToBeInserted(qsizetype index);
    void entityInserted(qsizetype index);
    void entityAboutToBeRemoved(qsizetype index);
    void entityRemoved(qsizetype index);
    void entityAboutToChange(qsizetype index);
    void entityChanged(qsizetype index);

    void relationAboutToBeInserted(qsizetype index);
    void relationInserted(qsizetype index);
    void relationAboutToBeRemoved(qsizetype index);
    void relationRemoved(qsizetype index);
    void relationAboutToChange(qsizetype index);
    void relationChanged(qsizetype index);

    void aboutToBeReset();
    void wasReset();

private:
    qsizetype entityInsertPosition(const Entity &entity) const;
    qsizetype relationInsertPosition(const Relation &relation) const;
    qsizetype takeEntityAt(qsizetype index, Entity *taken);

    EntityList m_entities;
    std::vector<Relation> m_relations;
    /// The id look-up, complete: waits for the background build after a reset, or builds it.
    void ensureEntityStarts() const;

    // id → where the entity starts: unlike an index, it does not change when other entities come or
    // go, so each edit updates one entry. After a large reset it is built on another thread (a
    // million ids take a quarter of a second), which every look-up and edit waits for first.
    mutable QHash<QString, qsizetype> m_entityStarts;
    mutable std::future<QHash<QString, qsizetype>> m_pendingEntityStarts;
    mutable bool m_entityStartsBuilt = true;
};

} // namespace Hashiya
