// SPDX-License-Identifier: GPL-3.0-or-later
#include "gitsides.h"

#include "io/gitprocess.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>

#include <optional>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Hashiya {
namespace {

/// git's answer in `workTree`, trimmed; empty if it failed.
QString git(const QString &workTree, const QStringList &arguments)
{
    const GitProcess::Result answer = GitProcess::run(QStringList {u"-C"_s, workTree} + arguments, 5000);
    return answer.succeeded() ? QString::fromUtf8(answer.out).trimmed() : QString();
}

QString firstLineOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readLine()).trimmed();
}

/// "commit 1a2b3c4 by Ayşe (subject)"
QString commitName(const QString &workTree, const QString &commit)
{
    const QString described = git(workTree, {u"log"_s, u"-1"_s, u"--format=%h%x09%an%x09%s"_s, commit});
    const QStringList parts = described.split(u'\t');
    if (parts.size() < 3)
        return {};
    return GitSides::tr("commit %1 by %2 (%3)").arg(parts[0], parts[1], parts[2]);
}

/// The command line of process `pid`, word by word.
QStringList commandOf(qint64 pid)
{
    QFile file(u"/proc/%1/cmdline"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList words;
    for (const QByteArray &word : file.readAll().split('\0')) {
        if (!word.isEmpty())
            words.append(QString::fromLocal8Bit(word));
    }
    return words;
}

qint64 parentOf(qint64 pid)
{
    QFile file(u"/proc/%1/stat"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    // "PID (NAME) STATE PPID …": the name may hold spaces and parentheses, so read after the last ')'.
    const QByteArray stat = file.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() : 0;
}

/// The words after `verb` in the command line of the git process running this driver (git runs it
/// through a shell), e.g. {"feature"} for `git cherry-pick feature`; nothing if no ancestor ran `verb`.
std::optional<QStringList> gitCommandAfter(const QStringList &verbs)
{
    qint64 pid = getppid();
    for (int level = 0; level < 4 && pid > 1; ++level, pid = parentOf(pid)) {
        const QStringList command = commandOf(pid);
        for (const QString &verb : verbs) {
            const qsizetype at = command.indexOf(verb);
            if (at > 0 && command.first().endsWith(u"git"_s))
                return command.mid(at + 1);
        }
    }
    return std::nullopt;
}

} // namespace

SidecarMerge::Names GitSides::find(const QString &workTree)
{
    SidecarMerge::Names names;
    const QString gitDir = git(workTree, {u"rev-parse"_s, u"--absolute-git-dir"_s});
    if (gitDir.isEmpty())
        return names;
    const QString branch = git(workTree, {u"symbolic-ref"_s, u"--short"_s, u"-q"_s, u"HEAD"_s});

    // A rebase replays the branch's commits onto the upstream: ours is the upstream.
    const QString rebase = QDir(gitDir).exists(u"rebase-merge"_s) ? gitDir + u"/rebase-merge"_s
        : QDir(gitDir).exists(u"rebase-apply"_s)                   ? gitDir + u"/rebase-apply"_s
                                                                   : QString();
    if (!rebase.isEmpty()) {
        const QString onto = firstLineOf(rebase + u"/onto"_s);
        const QString upstream = onto.isEmpty() ? QString() : git(workTree, {u"name-rev"_s, u"--name-only"_s, onto});
        names.ours = upstream.isEmpty() ? tr("the upstream") : tr("the upstream %1").arg(upstream);
        QString replayed;
        QFile done(rebase + u"/done"_s);
        if (done.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = done.readAll().trimmed().split('\n');
            const QStringList words = QString::fromUtf8(lines.last()).split(u' ', Qt::SkipEmptyParts);
            if (words.size() >= 2)
                replayed = commitName(workTree, words[1]);
        }
        const QString headName = firstLineOf(rebase + u"/head-name"_s).remove(u"refs/heads/"_s);
        if (!replayed.isEmpty())
            names.theirs = headName.isEmpty() ? replayed : tr("%1, %2").arg(headName, replayed);
        return names;
    }
    names.ours = branch.isEmpty() ? tr("ours (detached HEAD)") : branch;

    // git merge names the other side in the environment, GITHEAD_<commit>=<name>.
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &key : environment.keys()) {
        if (key.startsWith(u"GITHEAD_"_s)) {
            names.theirs = environment.value(key);
            return names;
        }
    }
    // cherry-pick and revert name the commit on their command line.
    const std::optional<QStringList> picked = gitCommandAfter({u"cherry-pick"_s, u"revert"_s});
    for (const QString &word : picked.value_or(QStringList())) {
        if (word.startsWith(u'-'))
            continue;
        const QString name = commitName(workTree, word);
        if (!name.isEmpty())
            names.theirs = name;
        break;
    }
    return names;
}

} // namespace Hashiya
