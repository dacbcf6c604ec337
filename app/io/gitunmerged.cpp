// SPDX-License-Identifier: GPL-3.0-or-later
#include "gitunmerged.h"

#include "io/gitprocess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Hashiya {

namespace {

/// Git's variables that put the repository or its index elsewhere than the `.git` beside the files: the
/// `.git` found above a folder then proves nothing, and git itself must be asked each time.
bool gitIsRedirected()
{
    return qEnvironmentVariableIsSet("GIT_DIR") || qEnvironmentVariableIsSet("GIT_WORK_TREE")
        || qEnvironmentVariableIsSet("GIT_INDEX_FILE");
}

QString absoluteClean(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

QString joined(const QString &folder, const QString &relative)
{
    if (folder.endsWith(u'/'))
        return folder + relative;
    return folder + u'/' + relative;
}

} // namespace

std::optional<GitUnmerged::Checkout> GitUnmerged::checkoutOf(const QString &folder)
{
    const QString absolute = absoluteClean(folder);
    if (std::optional<Checkout> checkout = checkoutAbove(absolute))
        return checkout;
    // A symbolic link may lead into a repository from outside it: git finds it from the real path.
    const QString canonical = QFileInfo(absolute).canonicalFilePath();
    if (canonical.isEmpty() || canonical == absolute)
        return std::nullopt;
    return checkoutAbove(canonical);
}

std::optional<GitUnmerged::Checkout> GitUnmerged::checkoutAbove(const QString &folder)
{
    for (QString dir = folder;;) {
        const QString dotGit = joined(dir, QStringLiteral(".git"));
        const QFileInfo info(dotGit);
        if (info.isDir())
            return Checkout {dir, joined(dotGit, QStringLiteral("index"))};
        if (info.isFile()) {
            // A linked worktree or a submodule: ".git" is a file saying "gitdir: PATH".
            QFile file(dotGit);
            QByteArray line = file.open(QIODevice::ReadOnly) ? file.readLine(4096).trimmed() : QByteArray();
            if (!line.startsWith("gitdir: "))
                return Checkout {dir, {}}; // git will say what it makes of it
            const QString gitDir = QDir(dir).absoluteFilePath(QFile::decodeName(line.mid(8)));
            return Checkout {dir, joined(QDir::cleanPath(gitDir), QStringLiteral("index"))};
        }
        const QString parent = QFileInfo(dir).path();
        if (parent == dir)
            return std::nullopt;
        dir = parent;
    }
}

QStringList GitUnmerged::under(const QString &folder)
{
    const QString base = absoluteClean(folder);
    if (!gitIsRedirected() && !checkoutOf(base))
        return {};
    // Paths come relative to the folder git runs in, so they keep the caller's spelling of it (a symbolic
    // link in the way would change the repository root's). One line per stage: up to three per file.
    const GitProcess::Result git = GitProcess::run(
        {QStringLiteral("-C"), base, QStringLiteral("ls-files"), QStringLiteral("--unmerged"), QStringLiteral("-z")});
    if (!git.succeeded())
        return {};
    QStringList files;
    for (const QByteArray &entry : git.out.split('\0')) {
        const qsizetype tab = entry.indexOf('\t'); // "MODE OBJECT STAGE\tPATH"
        if (tab < 0)
            continue;
        const QString file = joined(base, QFile::decodeName(entry.mid(tab + 1)));
        if (files.isEmpty() || files.last() != file) // the stages of a file come one after the other
            files.append(file);
    }
    return files;
}

bool GitUnmerged::contains(const QString &path)
{
    QString file = absoluteClean(path);
    const QString folder = QFileInfo(file).path();
    if (gitIsRedirected())
        return under(folder).contains(file);
    const std::optional<Checkout> checkout = checkoutOf(folder);
    if (!checkout)
        return false;
    if (!file.startsWith(joined(checkout->top, {}))) // found through the folder's real path
        file = joined(QFileInfo(folder).canonicalFilePath(), QFileInfo(file).fileName());
    if (checkout->index.isEmpty())
        return under(checkout->top).contains(file);
    // Stamped before git reads it: an index replaced meanwhile differs from the stamp, and is read next time.
    const FileStamp index = FileStamp::of(checkout->index);
    auto known = m_repositories.find(checkout->top);
    if (known == m_repositories.end() || known->index != index) {
        const QStringList files = under(checkout->top);
        known = m_repositories.insert(checkout->top, {index, QSet<QString>(files.cbegin(), files.cend())});
    }
    return known->unmerged.contains(file);
}

Problem GitUnmerged::problem(const QString &path)
{
    return {Problem::Severity::Error, path, 0, 0,
            tr("unmerged in git: the merge of this file was not finished, and it may hold only one side's "
               "changes (to finish it, run hashiya setup-git and merge the file again with git checkout -m, or "
               "resolve it by hand, then git add it)")};
}

} // namespace Hashiya
