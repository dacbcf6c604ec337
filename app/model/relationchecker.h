// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/relationrules.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace Hashiya {

class AnnotationSet;

/// The violations of a document's relations (as checkRelations finds them), kept up to date edit by
/// edit: an edit re-checks only the relations it touches and the ones they might repeat, so a
/// document with ten thousand relations stays quick to edit.
class RelationChecker final
{
public:
    /// `schema` may be nullptr (only the document checks apply); both must outlive the checker.
    RelationChecker(const AnnotationSet *set, const Schema *schema);

    void checkAll();
    /// Checks these relations again: inserted, changed, removed (ids no longer in the set), or
    /// relations of an entity that changed or went.
    void recheck(const QStringList &relationIds);
    /// In the order checkRelations gives: by relation id, a relation's own fault before its repeat.
    QList<RelationViolation> violations() const;

private:
    struct State
    {
        size_t identity = 0;
        std::optional<RelationViolation> fault;
        std::optional<RelationViolation> repeat;
    };

    bool isSymmetric(const Relation &relation) const;
    void checkRepeats(size_t identity);
    void updateFlag(const QString &id, const State &state);

    const AnnotationSet *m_set;
    const Schema *m_schema;
    QHash<QString, State> m_states; // relation id → what is wrong with it
    QHash<size_t, QSet<QString>> m_groups; // identity hash → relations with it
    QSet<QString> m_flagged; // relations with a fault or a repeat
};

} // namespace Hashiya
