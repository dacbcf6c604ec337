// SPDX-License-Identifier: GPL-3.0-or-later
#include "validatecommand.h"

#include "cli/pathexpansion.h"
#include "cli/progressreporter.h"
#include "io/corpus.h"
#include "io/documentfile.h"
#include "io/gitunmerged.h"
#include "io/schemareader.h"
#include "io/workerpool.h"
#include "model/article.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTextStream>

#include <map>
#include <vector>

namespace Hashiya {

QString ValidateCommand::usage()
{
    return tr("Usage: hashiya validate PATH...\n"
              "Checks articles, their sidecars (.ann.json) and schemas; folders are searched recursively.\n"
              "In a git repository, a file that git's index lists as unmerged (its merge not finished) is an error.\n"
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
    const QDir workingFolder = QDir::current();
    auto print = [&](Problem problem) {
        problem.file = PathExpansion::display(problem.file, workingFolder);
        out << problem.toString() << '\n';
        (problem.isError() ? errors : warnings)++;
    };

    // The schema that applies to each file, found once per folder: the articles of a folder share it.
    struct SchemaInUse
    {
        QString file; ///< empty for the bundled default
        Corpus::SchemaChoice choice;
        bool reported = false; ///< its problems were printed
    };
    std::map<QString, SchemaInUse> schemas; // by file; nodes stay put, so articles can point at them
    QHash<QString, SchemaInUse *> schemaOfFolder;
    auto schemaFor = [&](const QString &path) -> SchemaInUse & {
        const QString folder = QFileInfo(path).absolutePath();
        if (SchemaInUse *known = schemaOfFolder.value(folder))
            return *known;
        const QString file = Corpus::findSchemaFile(path);
        auto found = schemas.find(file);
        if (found == schemas.end())
            found = schemas.emplace(file, SchemaInUse {file, Corpus::schemaFor(path)}).first;
        schemaOfFolder.insert(folder, &found->second);
        return found->second;
    };
    auto report = [&](SchemaInUse &schema) {
        if (schema.file.isEmpty() || schema.reported)
            return;
        schema.reported = true;
        for (const Problem &problem : schema.choice.problems)
            print(problem);
    };

    // Files a git merge left unfinished hold one side's version with nothing in them to tell: only git's
    // index knows. Asked once per folder named (a file's folder for a file, a schema's found above it),
    // never once per file.
    const QSet<QString> unmerged = [&] {
        QSet<QString> files, asked;
        for (const QString &path : arguments + paths.schemas) {
            const QFileInfo info(path);
            const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
            if (!asked.contains(folder)) {
                asked.insert(folder);
                for (const QString &file : GitUnmerged::under(folder))
                    files.insert(file);
            }
        }
        return files;
    }();
    auto unmergedProblems = [&unmerged](const QStringList &files) { // on every core: reads only
        Problems problems;
        for (const QString &file : files) {
            if (!unmerged.isEmpty() && unmerged.contains(QDir::cleanPath(file)))
                problems.append(GitUnmerged::problem(file));
        }
        return problems;
    };

    for (const QString &schemaFile : paths.schemas) {
        report(schemaFor(schemaFile));
        for (const Problem &problem : unmergedProblems({schemaFile}))
            print(problem);
    }
    std::vector<SchemaInUse *> articleSchemas;
    articleSchemas.reserve(size_t(paths.articles.size()));
    for (const QString &article : paths.articles)
        articleSchemas.push_back(&schemaFor(article));
    {
        // Articles are read on every core, their problems printed in order as they come.
        ProgressReporter progress(err, tr("validating"));
        const bool sharesTerminal = progress.isOnTerminal() && ProgressReporter::isTerminal(out);
        const qsizetype total = paths.articles.size();
        walkInOrder(
            total,
            [&](qsizetype i) {
                const QString &article = paths.articles[i];
                return unmergedProblems({Article::sidecarPathFor(article), article})
                    + DocumentFile::open(article, &articleSchemas[size_t(i)]->choice.schema, {}, std::nullopt,
                                         DocumentFile::Intent::Read)
                          .problems;
            },
            [&](qsizetype i, const Problems &problems) {
                report(*articleSchemas[size_t(i)]);
                if (!problems.isEmpty()) {
                    if (sharesTerminal)
                        progress.clear(); // the lines start at the left edge, not after the progress
                    for (const Problem &problem : problems)
                        print(problem);
                    if (sharesTerminal)
                        out.flush(); // before the progress line is drawn again
                }
                progress.report(i + 1, total);
                return true;
            });
    }
    for (const QString &sidecar : paths.orphanSidecars) {
        for (const Problem &problem : unmergedProblems({sidecar}))
            print(problem);
        print({Problem::Severity::Error, sidecar, 0, 0, tr("the article this sidecar annotates is missing")});
    }

    out.flush();
    err << tr("Checked %n article(s)", nullptr, int(paths.articles.size())) << ": "
        << tr("%n error(s)", nullptr, int(errors)) << ", " << tr("%n warning(s)", nullptr, int(warnings)) << '\n';
    return errors + warnings > 0 ? 1 : 0;
}

} // namespace Hashiya
