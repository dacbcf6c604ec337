// SPDX-License-Identifier: GPL-3.0-or-later
// Files a git merge left unmerged, as git's index lists them: found with one git process, followed as the
// index changes, and never looked for (no process at all) outside a repository or without git.

#include "io/gitunmerged.h"
#include "support/catchqt.h"
#include "support/gitrepository.h"
#include "support/testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Hashiya;
using namespace Hashiya::Test;
using namespace Qt::StringLiterals;

namespace {

/// Sets PATH for as long as it lives.
struct SearchPath
{
    explicit SearchPath(const QString &path) { qputenv("PATH", QFile::encodeName(path)); }
    ~SearchPath() { qputenv("PATH", previous); }
    QByteArray previous = qgetenv("PATH");
};

/// A `git` that notes each time it runs, then hands over to the real one.
struct CountedGit
{
    CountedGit()
    {
        REQUIRE(folder.isValid());
        const QString real = QFileInfo(u"/usr/bin/git"_s).exists() ? u"/usr/bin/git"_s : u"git"_s;
        const QString script = u"#!/bin/sh\necho run >> '%1'\nexec %2 \"$@\"\n"_s.arg(log(), real);
        writeBytes(folder.filePath(u"git"_s), script.toUtf8());
        REQUIRE(QFile::setPermissions(folder.filePath(u"git"_s), QFile::ReadOwner | QFile::ExeOwner));
    }
    QString log() const { return folder.filePath(u"runs.log"_s); }
    qsizetype runs() const { return QFileInfo::exists(log()) ? readBytes(log()).count("run") : 0; }
    QTemporaryDir folder;
};

} // namespace

TEST_CASE("git's unmerged files: a sidecar the merge left unmerged, once, by its absolute path", "[git]")
{
    const UnmergedSidecarRepository repository(u"corpus/haber.txt"_s);
    const QStringList expected {repository.sidecar};
    CHECK(GitUnmerged::under(repository.path()) == expected);
    CHECK(GitUnmerged::under(repository.filePath(u"corpus"_s)) == expected);
    CHECK(GitUnmerged::under(repository.filePath(u"corpus/"_s)) == expected);
    REQUIRE(QDir(repository.path()).mkdir(u"other"_s));
    CHECK(GitUnmerged::under(repository.filePath(u"other"_s)).isEmpty());

    const Problem problem = GitUnmerged::problem(repository.sidecar);
    CHECK(problem.isError());
    CHECK(problem.toString().startsWith(repository.sidecar + u": error: unmerged in git: "_s));
}

TEST_CASE("git's unmerged files: a git add finishes the merge, and the next look sees it", "[git]")
{
    const UnmergedSidecarRepository repository;
    GitUnmerged unmerged;
    CHECK(unmerged.contains(repository.sidecar));
    CHECK_FALSE(unmerged.contains(repository.article));
    CHECK(unmerged.contains(repository.sidecar)); // from what git said last time: the index is the same

    repository.git({u"add"_s, u"haber.txt.ann.json"_s});
    CHECK_FALSE(unmerged.contains(repository.sidecar));
    repository.git({u"merge"_s, u"--abort"_s});
    repository.git({u"merge"_s, u"-q"_s, u"--no-edit"_s, u"theirs"_s}, 1);
    CHECK(unmerged.contains(repository.sidecar));
}

TEST_CASE("git's unmerged files: one git process per folder, none outside a repository", "[git]")
{
    CountedGit git;
    const UnmergedSidecarRepository repository;
    QTemporaryDir outside;
    REQUIRE(outside.isValid());
    writeBytes(outside.filePath(u"haber.txt.ann.json"_s), repository.ours);
    const SearchPath path(git.folder.path());

    CHECK(GitUnmerged::under(outside.path()).isEmpty());
    GitUnmerged unmerged;
    CHECK_FALSE(unmerged.contains(outside.filePath(u"haber.txt.ann.json"_s)));
    CHECK(git.runs() == 0);

    CHECK(GitUnmerged::under(repository.path()).size() == 1);
    CHECK(git.runs() == 1);
    for (int i = 0; i < 100; ++i)
        REQUIRE(unmerged.contains(repository.sidecar));
    CHECK(git.runs() == 2);
}

TEST_CASE("git's unmerged files: without git nothing is unmerged", "[git]")
{
    const UnmergedSidecarRepository repository;
    QTemporaryDir empty;
    REQUIRE(empty.isValid());
    const SearchPath path(empty.path());
    CHECK(GitUnmerged::under(repository.path()).isEmpty());
    CHECK_FALSE(GitUnmerged().contains(repository.sidecar));
}

TEST_CASE("git's unmerged files: a folder reached through a symbolic link into the repository", "[git]")
{
    const UnmergedSidecarRepository repository(u"corpus/haber.txt"_s);
    QTemporaryDir outside;
    REQUIRE(outside.isValid());
    const QString link = outside.filePath(u"corpus"_s);
    REQUIRE(QFile::link(repository.filePath(u"corpus"_s), link));
    const QStringList expected {link + u"/haber.txt.ann.json"_s};
    CHECK(GitUnmerged::under(link) == expected);
    GitUnmerged unmerged;
    CHECK(unmerged.contains(link + u"/haber.txt.ann.json"_s));
    CHECK(unmerged.contains(repository.sidecar));
}

TEST_CASE("git's unmerged files: a linked worktree has an index of its own", "[git]")
{
    const UnmergedSidecarRepository repository;
    QTemporaryDir outside;
    REQUIRE(outside.isValid());
    const QString worktree = outside.filePath(u"second"_s);
    repository.git({u"worktree"_s, u"add"_s, u"-q"_s, u"-b"_s, u"second"_s, worktree, u"theirs"_s});
    const QString sidecar = worktree + u"/haber.txt.ann.json"_s;
    GitUnmerged unmerged;
    CHECK_FALSE(unmerged.contains(sidecar));
    CHECK(unmerged.contains(repository.sidecar));

    repository.git({u"-C"_s, worktree, u"merge"_s, u"-q"_s, u"--no-edit"_s, u"main"_s}, 1);
    CHECK(GitUnmerged::under(worktree) == QStringList {sidecar});
    CHECK(unmerged.contains(sidecar));
    repository.git({u"-C"_s, worktree, u"add"_s, u"haber.txt.ann.json"_s});
    CHECK_FALSE(unmerged.contains(sidecar));
    CHECK(unmerged.contains(repository.sidecar)); // the first worktree's index is unchanged
}
