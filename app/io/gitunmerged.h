// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/filestamp.h"
#include "model/problem.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>

namespace Hashiya {

/// Which files git's index lists as unmerged: a merge, rebase or cherry-pick stopped before they were
/// resolved. When the merge driver cannot run, git leaves such a sidecar without conflict markers,
/// holding one side's version, so only the index tells. Outside a repository, or without git, nothing
/// is unmerged, and no process is started when no `.git` lies above the folder.
class GitUnmerged final
{
    Q_DECLARE_TR_FUNCTIONS(GitUnmerged)

public:
    /// The files under `folder` (absolute, spelled from `folder` as given) that git's index lists as
    /// unmerged. One git process, whatever the number of files; empty, and quiet, when git is missing,
    /// `folder` is in no repository or git cannot answer.
    static QStringList under(const QString &folder);

    /// True if git's index lists the file at `path` as unmerged. Asks git once per repository, and again
    /// only when its index changes (a `git add`, the next merge).
    bool contains(const QString &path);

    /// The error a file unmerged in git gets: what happened and how to finish the merge.
    static Problem problem(const QString &path);

private:
    struct Checkout
    {
        QString top; ///< the folder holding `.git`
        QString index; ///< git's index file for it
    };
    /// The checkout holding `folder`, found without running git; none when no `.git` lies above it.
    static std::optional<Checkout> checkoutOf(const QString &folder);
    static std::optional<Checkout> checkoutAbove(const QString &folder);

    struct Repository
    {
        FileStamp index; ///< the index as git last read it for `unmerged`
        QSet<QString> unmerged;
    };
    QHash<QString, Repository> m_repositories; ///< by the folder holding `.git`
};

} // namespace Hashiya
