// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "cli/optionparser.h"
#include "cli/pathexpansion.h"
#include "cli/progressreporter.h"
#include "model/sidecarinfo.h"

#include <QFileInfo>
#include <QTextStream>

#include "formats/exportformats.h"
#include "formats/exportjob.h"

namespace Hashiya {

QString ExportCommand::usage()
{
    QString formats;
    for (const ExportFormat &format : ExportFormats::all())
        formats += QStringLiteral("  %1  %2 (%3)\n").arg(format.id.leftJustified(12), format.name, format.offsetUnit);
    return tr("Usage: hashiya export --format FORMAT --out DIR [--status STATUS] PATH...\n"
              "Writes the articles under PATH, with their annotations, in a peer format into DIR.\n"
              "--status keeps only documents with that status (new, in-progress, done).\n"
              "Exits with 1 if a document could not be read or written, 2 on a usage error.\n"
              "\n"
              "Formats (and the unit their offsets count):\n")
        + formats;
}

int ExportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const ParsedOptions options =
        parseOptions(arguments, {QStringLiteral("format"), QStringLiteral("out"), QStringLiteral("status")}, {});
    if (options.flags.contains(QStringLiteral("help"))) {
        out << usage();
        return 0;
    }
    auto usageError = [&](const QString &message) {
        err << "hashiya export: " << message << "\n\n" << usage();
        return 2;
    };
    if (!options.error.isEmpty())
        return usageError(options.error);
    ExportRequest request;
    request.format = options.values.value(QStringLiteral("format"));
    request.outputFolder = options.values.value(QStringLiteral("out"));
    request.status = options.values.value(QStringLiteral("status"));
    request.paths = options.paths;
    if (request.format.isEmpty() || request.outputFolder.isEmpty() || request.paths.isEmpty())
        return usageError(tr("--format, --out and at least one PATH are needed"));
    if (!ExportFormats::find(request.format))
        return usageError(tr("unknown format %1").arg(request.format));
    if (!request.status.isEmpty() && !SidecarInfo::statuses().contains(request.status))
        return usageError(tr("unknown status %1").arg(request.status));
    for (const QString &path : std::as_const(request.paths)) {
        if (!QFileInfo::exists(path))
            return usageError(tr("%1 does not exist").arg(path));
    }
    if (QFileInfo(request.outputFolder).exists() && !QFileInfo(request.outputFolder).isDir())
        return usageError(tr("%1 is not a folder").arg(request.outputFolder));

    ExportJob::Summary summary;
    {
        ProgressReporter progress(err, tr("exporting"));
        summary = ExportJob::run(request, [&progress](qsizetype done, qsizetype total) {
            progress.report(done, total);
            return true;
        });
    }
    for (const Problem &problem : std::as_const(summary.problems))
        err << problem.toString() << '\n';
    out << tr("%n document(s) exported", nullptr, int(summary.exported)) << ", "
        << tr("%n file(s) written to %1", nullptr, int(summary.written.size()))
               .arg(PathExpansion::display(request.outputFolder))
        << '\n';
    if (summary.filtered > 0)
        out << tr("%n document(s) left out by status", nullptr, int(summary.filtered)) << '\n';
    if (summary.failed > 0)
        out << tr("%n document(s) could not be exported", nullptr, int(summary.failed)) << '\n';
    return summary.ok() ? 0 : 1;
}

} // namespace Hashiya
