// SPDX-License-Identifier: GPL-3.0-or-later
// `hashiya setup-git` on a real repository, and `hashiya validate` on one a merge left unfinished: the
// program as a team runs it, with git from Debian.

#include "cli/setupgitcommand.h"
#include "io/filestamp.h"
#include "support/catchqt.h"
#include "support/gitrepository.h"
#include "support/hashiyaprocess.h"
#include "support/testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Hashiya;
using namespace Hashiya::Test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray expectedAttributes = "*.ann.json merge=hashiya\n"
                                      "hashiya-schema.json merge=hashiya\n"
                                      "hashiya-entities.json merge=hashiya\n";

QString driverFor(const QString &executable)
{
    return executable + u" merge-driver %O %A %B %L %P"_s;
}

/// The value of `key` in the repository's local config, as `git config --local --get` reads it.
QString localConfig(const GitRepository &repository, const QString &key)
{
    return QString::fromUtf8(repository.git({u"config"_s, u"--local"_s, u"--get"_s, key})).chopped(1);
}

} // namespace

TEST_CASE("setup-git writes the attributes and the local config, and a second run changes nothing", "[cli][git]")
{
    const GitRepository repository;
    REQUIRE(QDir(repository.path()).mkpath(u"corpus/tr"_s));
    // From a folder inside the repository, as an analyst in their corpus folder runs it.
    const ProcessRun first =
        runHashiya({u"setup-git"_s}, QProcessEnvironment::systemEnvironment(), repository.filePath(u"corpus/tr"_s));
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const QString attributes = repository.filePath(u".gitattributes"_s);
    CHECK(readBytes(attributes) == expectedAttributes);
    CHECK(localConfig(repository, u"merge.hashiya.name"_s) == u"Hashiya: merges sidecars annotation by annotation"_s);
    CHECK(localConfig(repository, u"merge.hashiya.driver"_s) == driverFor(QStringLiteral(HASHIYA_EXECUTABLE)));
    CHECK(localConfig(repository, u"merge.hashiya.recursive"_s) == u"binary"_s);
    CHECK(first.out.contains(u"Added to "_s + attributes + u": *.ann.json merge=hashiya"_s));
    CHECK(first.out.contains(u"merge.hashiya.driver = "_s + driverFor(QStringLiteral(HASHIYA_EXECUTABLE))));
    CHECK(first.out.contains(u"local to this clone"_s));
    CHECK(first.out.contains(u"line\nby line as text"_s));

    const QString config = repository.filePath(u".git/config"_s);
    const QByteArray configBytes = readBytes(config);
    const FileStamp attributesStamp = FileStamp::of(attributes);
    const FileStamp configStamp = FileStamp::of(config);
    const ProcessRun second = runHashiya({u"setup-git"_s, repository.path()});
    REQUIRE(second.exitCode == 0);
    CHECK(readBytes(attributes) == expectedAttributes);
    CHECK(FileStamp::of(attributes) == attributesStamp);
    CHECK(readBytes(config) == configBytes);
    CHECK(FileStamp::of(config) == configStamp);
    CHECK(second.out.contains(u"already holds the merge attributes"_s));
    CHECK(second.out.contains(u"already defines the merge driver"_s));
    CHECK_FALSE(second.out.contains(u"Added to"_s));
}

TEST_CASE("setup-git keeps every line .gitattributes had and adds only what is missing", "[cli][git]")
{
    const GitRepository repository;
    SECTION("lines of the user's own, one of ours spaced differently, and no line end at the end")
    {
        const QByteArray before = "# Articles are text\n*.txt text eol=lf\n*.ann.json   merge=hashiya\n*.png binary";
        repository.write(u".gitattributes"_s, before);
        REQUIRE(runHashiya({u"setup-git"_s, repository.path()}).exitCode == 0);
        CHECK(readBytes(repository.filePath(u".gitattributes"_s))
              == before + "\nhashiya-schema.json merge=hashiya\nhashiya-entities.json merge=hashiya\n");
    }
    SECTION("a file with Windows line ends gets them on its new lines too")
    {
        const QByteArray before = "*.txt text\r\nhashiya-entities.json merge=hashiya\r\n";
        repository.write(u".gitattributes"_s, before);
        REQUIRE(runHashiya({u"setup-git"_s, repository.path()}).exitCode == 0);
        CHECK(readBytes(repository.filePath(u".gitattributes"_s))
              == before + "*.ann.json merge=hashiya\r\nhashiya-schema.json merge=hashiya\r\n");
    }
    SECTION("a driver set by hand to something else is set again")
    {
        repository.git({u"config"_s, u"merge.hashiya.driver"_s, u"/old/place/hashiya merge-driver %O %A %B"_s});
        repository.git({u"config"_s, u"--add"_s, u"merge.hashiya.driver"_s, u"second value"_s});
        const ProcessRun run = runHashiya({u"setup-git"_s, repository.path()});
        REQUIRE(run.exitCode == 0);
        CHECK(localConfig(repository, u"merge.hashiya.driver"_s) == driverFor(QStringLiteral(HASHIYA_EXECUTABLE)));
        CHECK(run.out.contains(u"Set in the local git config: merge.hashiya.driver"_s));
        CHECK(run.out.contains(u"Set in the local git config: merge.hashiya.recursive = binary"_s));
    }
}

TEST_CASE("setup-git outside a repository, without git or with a wrong REPO says so and exits 2", "[cli][git]")
{
    QTemporaryDir outside;
    REQUIRE(outside.isValid());
    const ProcessRun notRepository = runHashiya({u"setup-git"_s, outside.path()});
    CHECK(notRepository.exitCode == 2);
    CHECK(notRepository.err.contains(outside.path() + u" is not in a git repository"_s));
    CHECK_FALSE(QFileInfo::exists(outside.filePath(u".gitattributes"_s)));

    const GitRepository repository;
    QProcessEnvironment noGit = QProcessEnvironment::systemEnvironment();
    noGit.insert(u"PATH"_s, outside.path());
    const ProcessRun withoutGit = runHashiya({u"setup-git"_s, repository.path()}, noGit);
    CHECK(withoutGit.exitCode == 2);
    CHECK(withoutGit.err.contains(u"git was not found"_s));
    CHECK_FALSE(QFileInfo::exists(repository.filePath(u".gitattributes"_s)));

    CHECK(runHashiya({u"setup-git"_s, repository.filePath(u"missing"_s)}).exitCode == 2);
    CHECK(runHashiya({u"setup-git"_s, repository.path(), outside.path()}).exitCode == 2);
    CHECK(runHashiya({u"setup-git"_s, u"--force"_s}).exitCode == 2);
    const ProcessRun help = runHashiya({u"help"_s, u"setup-git"_s});
    CHECK(help.exitCode == 0);
    CHECK(help.out.startsWith(u"Usage: hashiya setup-git [REPO]\n"_s));
}

TEST_CASE("setup-git's driver command reaches the program through spaces, quotes and percent signs", "[cli][git]")
{
    CHECK(SetupGitCommand::driverCommand(u"/usr/bin/hashiya"_s) == u"/usr/bin/hashiya merge-driver %O %A %B %L %P"_s);
    CHECK(SetupGitCommand::driverCommand(u"/opt/my apps/it's/hashiya"_s)
          == u"'/opt/my apps/it'\\''s/hashiya' merge-driver %O %A %B %L %P"_s);
    CHECK(SetupGitCommand::driverCommand(u"/opt/100%/hashiya"_s)
          == u"'/opt/100%%/hashiya' merge-driver %O %A %B %L %P"_s);

    // Through git and the shell: a stand-in for hashiya at such a path records what it was given.
    const UnmergedSidecarRepository repository;
    repository.git({u"merge"_s, u"--abort"_s});
    QTemporaryDir programs;
    REQUIRE(programs.isValid());
    const QString folder = programs.filePath(u"my apps/it's 100%Of"_s);
    REQUIRE(QDir().mkpath(folder));
    const QString program = folder + u"/hashiya"_s;
    const QString record = programs.filePath(u"arguments"_s);
    writeBytes(program, u"#!/bin/sh\nprintf '%s\\n' \"$@\" > '%1'\ncp \"$3\" \"$2\"\n"_s.arg(record).toUtf8());
    REQUIRE(QFile::setPermissions(program, QFile::ReadOwner | QFile::ExeOwner));
    repository.git({u"config"_s, u"merge.hashiya.driver"_s, SetupGitCommand::driverCommand(program)});
    repository.git({u"merge"_s, u"-q"_s, u"--no-edit"_s, u"theirs"_s});
    const QList<QByteArray> arguments = readBytes(record).split('\n');
    REQUIRE(arguments.size() >= 6);
    CHECK(arguments[0] == "merge-driver");
    CHECK(arguments[4] == "7"); // %L, the conflict marker size
    CHECK(arguments[5] == "haber.txt.ann.json"); // %P
    CHECK(repository.git({u"ls-files"_s, u"--unmerged"_s}).isEmpty());
}

TEST_CASE("validate reports a file a git merge left unmerged, and nothing outside a repository", "[cli][git]")
{
    const UnmergedSidecarRepository repository(u"corpus/haber.txt"_s);
    const QString message = u"corpus/haber.txt.ann.json: error: unmerged in git: the merge of this file was not "
                            "finished"_s;
    for (const QString &target : {u"."_s, u"corpus"_s, u"corpus/haber.txt"_s, u"corpus/haber.txt.ann.json"_s}) {
        INFO(target.toStdString());
        const ProcessRun run =
            runHashiya({u"validate"_s, target}, QProcessEnvironment::systemEnvironment(), repository.path());
        CHECK(run.exitCode == 1);
        CHECK(run.out.startsWith(message));
        CHECK(run.out.count(u"unmerged in git"_s) == 1);
        CHECK(run.err.contains(u"1 error"_s));
    }

    // The same files outside any repository: nothing to report.
    QTemporaryDir outside;
    REQUIRE(outside.isValid());
    writeBytes(outside.filePath(u"haber.txt"_s), readBytes(repository.article));
    writeBytes(outside.filePath(u"haber.txt.ann.json"_s), readBytes(repository.sidecar));
    const ProcessRun clean = runHashiya({u"validate"_s, outside.path()});
    CHECK(clean.exitCode == 0);
    CHECK(clean.out.isEmpty());
    CHECK_FALSE(clean.err.contains(u"git"_s));

    // Resolved (here: main's version kept) and added: the merge is finished.
    repository.git({u"add"_s, u"corpus/haber.txt.ann.json"_s});
    const ProcessRun resolved = runHashiya({u"validate"_s, repository.path()});
    CHECK(resolved.exitCode == 0);
    CHECK(resolved.out.isEmpty());
}
