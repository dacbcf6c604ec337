// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "cli/optionparser.h"
#include "cli/pathexpansion.h"
#include "cli/progressreporter.h"

#include <QFileInfo>
#include <QTextStream>

#include "formats/importformats.h"
#include "formats/importjob.h"

namespace Hashiya {

QString ImportCommand::usage()
{
    QString formats;
    for (const ImportFormat &format : ImportFormats::all())
        formats +=
            QStringLiteral("  %1  %2 (%3)\n").arg(format.id.leftJustified(12), format.name, format.suffixes.join(u' '));
    return tr("Usage: hashiya import --from FORMAT --out DIR [--force] [--batch N] PATH...\n"
              "Reads peer files (or folders of them) and writes each document into DIR as an article with its\n"
              "sidecar. An existing sidecar is never replaced unless --force is given; a document already in\n"
              "DIR with the same text and annotations is left as it is, so running an interrupted import again\n"
              "resumes it. Malformed lines are reported as file:line and skipped; the rest is imported.\n"
              "Documents are made durable in batches of N (1000 unless --batch says otherwise): a killed import\n"
              "leaves only complete articles with their sidecars, and after a power loss at most the last\n"
              "batch is missing.\n"
              "Exits with 1 if anything was skipped, 2 on a usage error.\n"
              "\n"
              "Formats (and the files read in a folder):\n")
        + formats;
}

int ImportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const ParsedOptions options =
        parseOptions(arguments, {QStringLiteral("from"), QStringLiteral("out"), QStringLiteral("batch")},
                     {QStringLiteral("force")});
    if (options.flags.contains(QStringLiteral("help"))) {
        out << usage();
        return 0;
    }
    auto usageError = [&](const QString &message) {
        err << "hashiya import: " << message << "\n\n" << usage();
        return 2;
    };
    if (!options.error.isEmpty())
        return usageError(options.error);
    ImportRequest request;
    request.format = options.values.value(QStringLiteral("from"));
    request.outputFolder = options.values.value(QStringLiteral("out"));
    request.force = options.flags.contains(QStringLiteral("force"));
    request.paths = options.paths;
    if (options.values.contains(QStringLiteral("batch"))) {
        bool number = false;
        request.batchSize = options.values.value(QStringLiteral("batch")).toLongLong(&number);
        if (!number || request.batchSize < 1)
            return usageError(tr("--batch needs a number of documents, 1 or more"));
    }
    if (request.format.isEmpty() || request.outputFolder.isEmpty() || request.paths.isEmpty())
        return usageError(tr("--from, --out and at least one PATH are needed"));
    if (!ImportFormats::find(request.format))
        return usageError(tr("unknown format %1").arg(request.format));
    for (const QString &path : std::as_const(request.paths)) {
        if (!QFileInfo::exists(path))
            return usageError(tr("%1 does not exist").arg(path));
    }
    if (QFileInfo(request.outputFolder).exists() && !QFileInfo(request.outputFolder).isDir())
        return usageError(tr("%1 is not a folder").arg(request.outputFolder));

    ImportJob::Summary summary;
    {
        ProgressReporter progress(err, tr("importing"));
        summary = ImportJob::run(request, [&progress](qsizetype done, qsizetype total) {
            progress.report(done, total);
            return true;
        });
    }
    for (const Problem &problem : std::as_const(summary.problems))
        err << problem.toString() << '\n';
    for (const QString &note : std::as_const(summary.notes))
        out << note << '\n';
    out << tr("%n document(s) imported", nullptr, int(summary.written.size())) << " ("
        << tr("%n entity(ies)", nullptr, int(summary.entities)) << ", "
        << tr("%n relation(s)", nullptr, int(summary.relations)) << ") "
        << tr("into %1").arg(PathExpansion::display(request.outputFolder)) << '\n';
    if (!summary.schemaFile.isEmpty())
        out << tr("schema written: %1").arg(summary.schemaFile) << '\n';
    if (!summary.alreadyImported.isEmpty())
        out << tr("%n document(s) already imported, left as they are", nullptr, int(summary.alreadyImported.size()))
            << '\n';
    if (summary.skippedEntries > 0)
        out << tr("%n input line(s) or entry(ies) skipped", nullptr, int(summary.skippedEntries)) << '\n';
    if (summary.skippedDocuments > 0)
        out << tr("%n document(s) not written", nullptr, int(summary.skippedDocuments)) << '\n';
    return summary.ok() ? 0 : 1;
}

} // namespace Hashiya
