// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotationset.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace Hashiya {

/// All annotations of one article at one moment, as plain values.
struct AnnotationSnapshot
{
    EntityList entities;
    std::vector<Relation> relations;

    static AnnotationSnapshot of(const AnnotationSet &set) { return {set.entities(), set.relations()}; }
};

/// What merging two versions of a sidecar gave: the merged annotations and, in words an analyst reads,
/// every place where the two sides disagreed and which side was kept.
struct MergeOutcome
{
    AnnotationSnapshot merged;
    QStringList conflicts;
    qsizetype fromMine = 0; ///< entities and relations added, changed or deleted only on this side
    qsizetype fromTheirs = 0; ///< ... only on the other side
};

/// Three-way merge of annotations by id, as version control merges lines: `base` is what both sides
/// started from (the sidecar as last read or written), `mine` the open document, `theirs` the file as
/// another program left it. A change made on one side only is taken; annotations added on either side
/// are kept; where both sides changed the same annotation differently, mine is kept and the conflict
/// listed; where one side deleted what the other changed, the changed one is kept and listed. Relations
/// whose ends are gone after the merge are dropped and listed.
class AnnotationMerge final
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationMerge)

public:
    static MergeOutcome merge(const AnnotationSnapshot &base, const AnnotationSnapshot &mine,
                              const AnnotationSnapshot &theirs);
};

} // namespace Hashiya
