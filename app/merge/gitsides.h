// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "merge/sidecarmerge.h"

#include <QCoreApplication>

namespace Hashiya {

/// What to call the two sides of the merge git is running, for the conflicts an analyst reads: during
/// `git merge` our branch and theirs (git names theirs in GITHEAD_<commit>); during a rebase, where
/// "ours" is the upstream being rebased onto, the upstream and the commit being replayed; during a
/// cherry-pick or revert, our branch and the commit picked. Each name falls back to "ours" / "theirs"
/// when git does not say.
class GitSides final
{
    Q_DECLARE_TR_FUNCTIONS(GitSides)

public:
    /// `workTree`: the folder git runs the driver in (the repository's top level).
    static SidecarMerge::Names find(const QString &workTree);
};

} // namespace Hashiya
