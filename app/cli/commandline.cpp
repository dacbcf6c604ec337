// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "cli/agreementcommand.h"
#include "cli/consistencycommand.h"
#include "cli/exportcommand.h"
#include "cli/importcommand.h"
#include "cli/indexcommand.h"
#include "cli/mergedrivercommand.h"
#include "cli/searchcommand.h"
#include "cli/setupgitcommand.h"
#include "cli/statscommand.h"
#include "cli/validatecommand.h"

#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Hashiya {

namespace {

/// One subcommand: its name, its options and what it does.
struct Subcommand
{
    QLatin1StringView name;
    QString (*usage)();
    int (*run)(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

// The dispatcher: `hashiya NAME ...` runs the entry of that name, `hashiya help NAME` prints its usage.
constexpr Subcommand subcommands[] = {
    {QLatin1StringView("validate"), &ValidateCommand::usage, &ValidateCommand::run},
    {QLatin1StringView("stats"), &StatsCommand::usage, &StatsCommand::run},
    {QLatin1StringView("export"), &ExportCommand::usage, &ExportCommand::run},
    {QLatin1StringView("import"), &ImportCommand::usage, &ImportCommand::run},
    {QLatin1StringView("search"), &SearchCommand::usage, &SearchCommand::run},
    {QLatin1StringView("index"), &IndexCommand::usage, &IndexCommand::run},
    {QLatin1StringView("agreement"), &AgreementCommand::usage, &AgreementCommand::run},
    {QLatin1StringView("consistency"), &ConsistencyCommand::usage, &ConsistencyCommand::run},
    {QLatin1StringView("setup-git"), &SetupGitCommand::usage, &SetupGitCommand::run},
    {QLatin1StringView("merge-driver"), &MergeDriverCommand::usage, &MergeDriverCommand::run},
};

const Subcommand *subcommandNamed(const QString &name)
{
    for (const Subcommand &subcommand : subcommands) {
        if (name == subcommand.name)
            return &subcommand;
    }
    return nullptr;
}

bool isHelpWord(const QString &word)
{
    return word == u"help" || word == u"--help" || word == u"-h";
}

// Ends the options: what follows is a file or folder to open, whatever its name.
constexpr QLatin1StringView endOfOptions("--");

} // namespace

bool CommandLine::wantsCommandLine(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    const QString &first = arguments.first();
    if (first == endOfOptions)
        return false;
    // A subcommand wins over a file of its name in the current folder: exporting there once from the
    // window creates ./export, and `hashiya export ...` must still export.
    if (subcommandNamed(first) || isHelpWord(first))
        return true;
    return first.startsWith(u'-') || !QFileInfo::exists(first);
}

QStringList CommandLine::windowArguments(const QStringList &arguments)
{
    return arguments.value(0) == endOfOptions ? arguments.mid(1) : arguments;
}

QStringList CommandLine::commandNames()
{
    QStringList names;
    for (const Subcommand &subcommand : subcommands)
        names.append(subcommand.name);
    names.append(u"help"_s);
    return names;
}

QString CommandLine::help()
{
    return tr("Hashiya — read and annotate multilingual news.\n"
              "\n"
              "Usage:\n"
              "  hashiya [FOLDER | ARTICLE...]     open the reader on a corpus folder or articles\n"
              "  hashiya -- PATH                   open one named like a command (or: hashiya ./export)\n"
              "  hashiya validate PATH...          check articles, sidecars and schemas\n"
              "  hashiya stats [--json] [--no-index] PATH...\n"
              "                                    count documents, entities and relations per type\n"
              "  hashiya export --format FORMAT --out DIR [--status STATUS] PATH...\n"
              "                                    write annotated articles in a peer format\n"
              "  hashiya import --from FORMAT --out DIR [--force] PATH...\n"
              "                                    turn peer files into articles with sidecars\n"
              "  hashiya search [--type TYPE] [--fold OPTIONS] [--no-index] PATTERN PATH...\n"
              "                                    find a name in a corpus, one hit per line\n"
              "  hashiya index info|rebuild [--in-corpus] FOLDER\n"
              "                                    show or remake a corpus's index\n"
              "  hashiya agreement [--json|--csv] [--types T,...] [--fail-under F1] DIR_A DIR_B...\n"
              "                                    compare analysts' copies of a corpus\n"
              "  hashiya consistency [--json] [--types T,...] [--all] CORPUS...\n"
              "                                    find texts tagged one way here, another way there\n"
              "  hashiya setup-git [REPO]          let git merge sidecars annotation by annotation\n"
              "  hashiya merge-driver BASE OURS THEIRS [MARKER_SIZE] [PATH]\n"
              "                                    git's merge driver for sidecars (see setup-git)\n"
              "  hashiya help COMMAND              show a command's options\n"
              "  hashiya --help | --version\n");
}

int CommandLine::run(const QStringList &arguments, const std::function<QString()> &components)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString command = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (isHelpWord(command)) {
        const Subcommand *subcommand = subcommandNamed(rest.value(0));
        out << (subcommand ? subcommand->usage() : help());
        return 0;
    }
    if (command == u"--version" || command == u"-v") {
        out << "hashiya " << QStringLiteral(HASHIYA_VERSION) << '\n' << tr("Qt %1").arg(QString::fromLatin1(qVersion()))
            << '\n';
        if (components)
            out << components() << '\n';
        return 0;
    }
    if (const Subcommand *subcommand = subcommandNamed(command))
        return subcommand->run(rest, out, err);
    err << tr("hashiya: %1 is neither a command nor an existing file or folder").arg(command) << "\n\n" << help();
    return 2;
}

} // namespace Hashiya
