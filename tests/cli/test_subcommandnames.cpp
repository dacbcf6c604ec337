// SPDX-License-Identifier: GPL-3.0-or-later
// A subcommand's name wins over a file or folder of that name in the current folder: exporting once from
// the window leaves ./export behind, and `hashiya export ...` must still export, not open a window on it.
// Every name comes from the dispatcher, so a subcommand added later is covered too.

#include "cli/commandline.h"
#include "support/catchqt.h"
#include "support/hashiyaprocess.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

using namespace Hashiya;
using namespace Hashiya::Test;
using namespace Qt::StringLiterals;

namespace {

/// A scratch folder holding a folder (or, with `asFiles`, a file) named like every subcommand.
struct FolderOfCommandNames
{
    explicit FolderOfCommandNames(bool asFiles)
    {
        REQUIRE(folder.isValid());
        for (const QString &name : CommandLine::commandNames()) {
            if (asFiles) {
                QFile file(folder.filePath(name));
                REQUIRE(file.open(QIODevice::WriteOnly));
                REQUIRE(file.write("not an article\n") > 0);
            } else {
                REQUIRE(QDir(folder.path()).mkdir(name));
            }
        }
    }
    QTemporaryDir folder;
};

/// The environment with no display at all: a run that tries to open a window says so and exits 1.
QProcessEnvironment withoutDisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        environment.remove(name);
    return environment;
}

/// Makes `folder` the current one for as long as it lives.
struct CurrentFolder
{
    explicit CurrentFolder(const QString &folder) { REQUIRE(QDir::setCurrent(folder)); }
    ~CurrentFolder() { QDir::setCurrent(previous); }
    QString previous = QDir::currentPath();
};

} // namespace

TEST_CASE("the dispatcher names every subcommand, and help", "[cli]")
{
    const QStringList names = CommandLine::commandNames();
    for (const QString &name : {u"validate"_s, u"stats"_s, u"export"_s, u"import"_s, u"search"_s, u"help"_s})
        CHECK(names.contains(name));
    CHECK(names.size() == QSet<QString>(names.cbegin(), names.cend()).size());
}

TEST_CASE("a subcommand's name reaches the command even beside a file or folder of that name", "[cli]")
{
    const bool asFiles = GENERATE(false, true);
    CAPTURE(asFiles);
    FolderOfCommandNames here(asFiles);
    CurrentFolder current(here.folder.path());
    for (const QString &name : CommandLine::commandNames()) {
        CAPTURE(name);
        REQUIRE(QFileInfo::exists(name));
        CHECK(CommandLine::wantsCommandLine({name}));
        CHECK(CommandLine::wantsCommandLine({name, u"--format"_s, u"brat"_s}));
        // The file or folder itself stays reachable, as a path or after `--`.
        CHECK_FALSE(CommandLine::wantsCommandLine({u"./"_s + name}));
        CHECK_FALSE(CommandLine::wantsCommandLine({u"--"_s, name}));
        CHECK(CommandLine::windowArguments({u"--"_s, name}) == QStringList{name});
    }
    CHECK_FALSE(CommandLine::wantsCommandLine({}));
    CHECK(CommandLine::windowArguments({u"./export"_s}) == QStringList{u"./export"_s});
}

TEST_CASE("hashiya export run from a folder holding every subcommand's name exports", "[cli]")
{
    FolderOfCommandNames here(false);
    const QString out = here.folder.filePath(u"export/brat"_s);
    const ProcessRun run = runHashiya({u"export"_s, u"--format"_s, u"brat"_s, u"--out"_s, out,
                                       QStringLiteral(HASHIYA_SAMPLES)},
                                      withoutDisplay(), here.folder.path());
    CAPTURE(run.out, run.err);
    REQUIRE(run.exitCode == 0);
    CHECK_FALSE(QDir(out).entryList({u"*.ann"_s}, QDir::Files).isEmpty());
}

TEST_CASE("every subcommand run beside a folder of its name answers as a command, not a window", "[cli]")
{
    FolderOfCommandNames here(false);
    for (const QString &name : CommandLine::commandNames()) {
        CAPTURE(name);
        const ProcessRun run = runHashiya({name}, withoutDisplay(), here.folder.path());
        CAPTURE(run.exitCode, run.out, run.err);
        // Without a display, a window could not open: its message would name the display.
        CHECK_FALSE(run.err.contains(u"no display"_s));
        CHECK((run.exitCode == 0 || run.exitCode == 2));
        CHECK_FALSE(QString(run.out + run.err).trimmed().isEmpty());
    }
}

TEST_CASE("hashiya -- NAME opens the folder named like a command in a window", "[cli]")
{
    FolderOfCommandNames here(false);
    const ProcessRun run = runHashiya({u"--"_s, u"export"_s}, withoutDisplay(), here.folder.path());
    // No display here, so the window's path is seen by its message.
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"no display"_s));
}
