// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

namespace Hashiya {

class AnnotationSet;

/// The relations of each entity, kept up to date as the set changes: views that draw or list an
/// entity's relations ask here instead of going through every relation.
class RelationIndex final : public QObject
{
    Q_OBJECT

public:
    explicit RelationIndex(const AnnotationSet *set, QObject *parent = nullptr);

    /// Ids of the relations from or to `entityId`, in no particular order.
    QStringList relationsOf(const QString &entityId) const { return m_byEntity.value(entityId); }
    bool hasRelations(const QString &entityId) const { return m_byEntity.contains(entityId); }

private:
    void rebuild();
    void add(qsizetype index);
    void remove(qsizetype index);

    const AnnotationSet *m_set;
    QHash<QString, QStringList> m_byEntity;
};

} // namespace Hashiya
