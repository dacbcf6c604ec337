// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "cli/exportcommand.h"
#include "cli/importcommand.h"
#include "cli/searchcommand.h"
#include "cli/statscommand.h"
#include "cli/validatecommand.h"

#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

namespace Hashiya {

bool CommandLine::wantsCommandLine(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    const QString &first = arguments.first();
    return first.startsWith(u'-') || !QFileInfo::exists(first);
}

QString CommandLine::help()
{
    return tr("Hashiya — read and annotate multilingual news.\n"
              "\n"
              "Usage:\n"
              "  hashiya [FOLDER | ARTICLE]        open the reader on a corpus folder or one article\n"
              "  hashiya validate PATH...          check articles, sidecars and schemas\n"
              "  hashiya stats [--json] PATH...    count documents, entities and relations per type\n"
              "  hashiya export --format FORMAT --out DIR [--status STATUS] PATH...\n"
              "                                    write annotated articles in a peer format\n"
              "  hashiya import --from FORMAT --out DIR [--force] PATH...\n"
              "                                    turn peer files into articles with sidecars\n"
              "  hashiya search [--type TYPE] [--fold OPTIONS] PATTERN PATH...\n"
              "                                    find a name in a corpus, one hit per line\n"
              "  hashiya help COMMAND              show a command's options\n"
              "  hashiya --help | --version\n");
}

int CommandLine::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString command = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (command == u"--help" || command == u"-h" || command == u"help") {
        if (rest.value(0) == u"validate")
            out << ValidateCommand::usage();
        else if (rest.value(0) == u"stats")
            out << StatsCommand::usage();
        else if (rest.value(0) == u"export")
            out << ExportCommand::usage();
        else if (rest.value(0) == u"import")
            out << ImportCommand::usage();
        else if (rest.value(0) == u"search")
            out << SearchCommand::usage();
        else
            out << help();
        return 0;
    }
    if (command == u"--version" || command == u"-v") {
        out << "hashiya " << QStringLiteral(HASHIYA_VERSION) << '\n';
        return 0;
    }
    if (command == u"validate")
        return ValidateCommand::run(rest, out, err);
    if (command == u"stats")
        return StatsCommand::run(rest, out, err);
    if (command == u"export")
        return ExportCommand::run(rest, out, err);
    if (command == u"import")
        return ImportCommand::run(rest, out, err);
    if (command == u"search")
        return SearchCommand::run(rest, out, err);
    err << tr("hashiya: %1 is neither a command nor an existing file or folder").arg(command) << "\n\n" << help();
    return 2;
}

} // namespace Hashiya
