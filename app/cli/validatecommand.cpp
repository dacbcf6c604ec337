// SPDX-License-Identifier: GPL-3.0-or-later
#include "validatecommand.h"

#include "cli/pathexpansion.h"
#include "io/corpus.h"
#include "io/documentfile.h"
#include "io/schemareader.h"

#include <QHash>
#include <QTextStream>

namespace Hashiya {

QString ValidateCommand::usage()
{
    return tr("Usage: hashiya validate PATH...\n"
              "Checks articles, their sidecars (.ann.json) and schemas; folders are searched recursively.\n"
              "Prints one line per problem. Exit status: 0 no problems, 1 problems found, 2 usage error.\n");
}

int ValidateCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty() || arguments.contains(QStringLiteral("--help"))
        || arguments.contains(QStringLiteral("-h"))) {
        (arguments.isEmpty() ? err : out) << usage();
        return arguments.isEmpty() ? 2 : 0;
    }
    for (const QString &argument : arguments) {
        if (argument.startsWith(u'-')) {
            err << tr("hashiya validate: unknown option %1").arg(argument) << '\n' << usage();
            return 2;
        }
    }
    const ExpandedPaths paths = PathExpansion::expand(arguments);
    if (!paths.errors.isEmpty()) {
        for (const QString &error : paths.errors)
            err << "hashiya validate: " << error << '\n';
        return 2;
    }

    qsizetype errors = 0, warnings = 0;
    auto print = [&](Problem problem) {
        problem.file = PathExpansion::display(problem.file);
        out << problem.toString() << '\n';
        (problem.isError() ? errors : warnings)++;
    };

    QHash<QString, Corpus::SchemaChoice> schemas; // by the schema file that applies
    QStringList reportedSchemas;
    auto schemaFor = [&](const QString &path) -> const Schema & {
        const QString file = Corpus::findSchemaFile(path);
        if (!schemas.contains(file))
            schemas.insert(file, Corpus::schemaFor(path));
        const Corpus::SchemaChoice &choice = schemas[file];
        if (!file.isEmpty() && !reportedSchemas.contains(file)) {
            reportedSchemas.append(file);
            for (const Problem &problem : choice.problems)
                print(problem);
        }
        return choice.schema;
    };

    for (const QString &schemaFile : paths.schemas)
        schemaFor(schemaFile);
    for (const QString &article : paths.articles) {
        const DocumentFile::Opened opened =
            DocumentFile::open(article, &schemaFor(article), {}, std::nullopt, DocumentFile::Intent::Read);
        for (const Problem &problem : opened.problems)
            print(problem);
    }
    for (const QString &sidecar : paths.orphanSidecars)
        print({Problem::Severity::Error, sidecar, 0, 0, tr("the article this sidecar annotates is missing")});

    out.flush();
    err << tr("Checked %n article(s)", nullptr, int(paths.articles.size())) << ": "
        << tr("%n error(s)", nullptr, int(errors)) << ", " << tr("%n warning(s)", nullptr, int(warnings)) << '\n';
    return errors + warnings > 0 ? 1 : 0;
}

} // namespace Hashiya
