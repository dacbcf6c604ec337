// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationindex.h"

#include "model/annotationset.h"

namespace Hashiya {

RelationIndex::RelationIndex(const AnnotationSet *set, QObject *parent)
    : QObject(parent)
    , m_set(set)
{
    connect(set, &AnnotationSet::relationInserted, this, &RelationIndex::add);
    connect(set, &AnnotationSet::relationAboutToBeRemoved, this, &RelationIndex::remove);
    // A change may move either end: forget the old ends, then learn the new ones.
    connect(set, &AnnotationSet::relationAboutToChange, this, &RelationIndex::remove);
    connect(set, &AnnotationSet::relationChanged, this, &RelationIndex::add);
    connect(set, &AnnotationSet::wasReset, this, &RelationIndex::rebuild);
    rebuild();
}

void RelationIndex::rebuild()
{
    m_byEntity.clear();
    for (qsizetype i = 0; i < m_set->relationCount(); ++i)
        add(i);
}

void RelationIndex::add(qsizetype index)
{
    const Relation &relation = m_set->relationAt(index);
    m_byEntity[relation.from].append(relation.id);
    if (relation.to != relation.from)
        m_byEntity[relation.to].append(relation.id);
}

void RelationIndex::remove(qsizetype index)
{
    const Relation &relation = m_set->relationAt(index);
    for (const QString &end : {relation.from, relation.to}) {
        const auto found = m_byEntity.find(end);
        if (found == m_byEntity.end())
            continue;
        found->removeOne(relation.id);
        if (found->isEmpty())
            m_byEntity.erase(found);
    }
}

} // namespace Hashiya
