// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/mergeconflict.h"
#include "merge/sidecartree.h"

#include <vector>

namespace Hashiya {

/// Three-way merge of sidecars, annotation by annotation, as git's merge driver runs it: entities and
/// relations matched by id and merged member by member (attributes key by key, spans as a whole); a
/// change or deletion made on one side only is taken; where both sides changed one member differently,
/// ours is kept and a conflict recorded; an item deleted on one side and changed on the other is kept
/// as changed, with a conflict; the same entity (type and spans) or relation added on both sides under
/// different ids becomes one, relations following it; a relation whose end the other side deleted brings
/// the end back, with a conflict. `annotator` and `modified` come from the side saved later and never
/// conflict. When the article's text differs between the sides, the merged sidecar records both
/// versions and names a text no article has, so that Hashiya re-anchors every annotation by its quoted
/// text when it opens the merged article. Conflicts carried by the sides stay until resolved on one.
/// A schema merges the same way, its types and attributes matched by name and kept in ours' order; its
/// conflicts are returned but not written into it.
class SidecarMerge final
{
public:
    struct Names
    {
        QString ours = QStringLiteral("ours");
        QString theirs = QStringLiteral("theirs");
    };

    struct Result
    {
        SidecarTree merged;
        std::vector<MergeConflict> conflicts; ///< this merge's, also in merged.conflicts
        qsizetype fromOurs = 0; ///< items added, changed or deleted on our side only
        qsizetype fromTheirs = 0;
        qsizetype unified = 0; ///< items added on both sides under different ids, made one
        bool textsDiffer = false; ///< the sides annotate different versions of the article's text
    };

    static Result merge(const SidecarTree &base, const SidecarTree &ours, const SidecarTree &theirs, const Names &names);
};

} // namespace Hashiya
