// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A real git repository in a temporary folder, worked on with the git program as a team works on a corpus.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace Hashiya::Test {

/// A fresh repository on branch main, with a committer of its own in its local config.
class GitRepository
{
public:
    GitRepository();
    virtual ~GitRepository() = default;

    QString path() const { return m_dir.path(); }
    QString filePath(const QString &relative) const { return m_dir.filePath(relative); }

    /// Runs `git ARGUMENTS` in the repository and returns what it printed on stdout. The test fails
    /// if git's exit status is not `expectedExit`.
    QByteArray git(const QStringList &arguments, int expectedExit = 0) const;
    /// Writes `bytes` to the file at `relative`, making its folders.
    void write(const QString &relative, const QByteArray &bytes) const;
    /// Adds every change and commits it.
    void commitAll(const QString &message) const;

private:
    QTemporaryDir m_dir;
};

/// A repository where a merge stopped on a sidecar the way it does when the merge driver cannot run:
/// main tagged the article's first word GPE, the branch `theirs` tagged it ORG, and .gitattributes
/// names a driver whose program is gone. The sidecar keeps main's version, with no conflict marker in it:
/// only git's index says the merge is not finished.
class UnmergedSidecarRepository final : public GitRepository
{
public:
    /// Puts the article (and its sidecar) at `relativeArticle`, e.g. "corpus/haber.txt".
    explicit UnmergedSidecarRepository(const QString &relativeArticle = QStringLiteral("haber.txt"));

    QString article; ///< absolute path
    QString sidecar; ///< absolute path
    QByteArray ours; ///< the sidecar's bytes on main, which the merge left in place
};

} // namespace Hashiya::Test
