// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjob.h"

#include <QFileInfo>

#include "formats/importformats.h"

namespace Hashiya {

ImportJob::Summary ImportJob::run(const ImportRequest &request, const Progress &progress)
{
    Summary summary;
    const std::optional<ImportFormat> format = ImportFormats::find(request.format);
    if (!format) {
        summary.problems.append(
            {Problem::Severity::Error, {}, 0, 0, tr("unknown import format %1").arg(request.format)});
        return summary;
    }
    const QStringList files = ImportFormats::inputFiles(*format, request.paths);
    ImportBatch batch;
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (progress && !progress(i, 2 * files.size())) {
            summary.cancelled = true;
            return summary;
        }
        QString root;
        for (const QString &path : request.paths) {
            const QFileInfo info(path);
            const QString base = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
            if (files[i].startsWith(base + u'/') && base.size() > root.size())
                root = base;
        }
        format->read(files[i], root, &batch);
    }

    ImportWriter::Summary written;
    const qsizetype total = files.size() + qsizetype(batch.documents.size());
    for (size_t i = 0; i < batch.documents.size(); ++i) {
        if (progress && !progress(files.size() + qsizetype(i), total)) {
            summary.cancelled = true;
            break;
        }
        if (!ImportWriter::writeDocument(batch.documents[i], request.outputFolder, request.force, &written))
            ++summary.skippedDocuments;
    }
    if (!summary.cancelled && !written.written.isEmpty())
        ImportWriter::writeSchema(batch, request.outputFolder, request.force, &written);

    summary.written = written.written;
    summary.entities = written.entities;
    summary.relations = written.relations;
    summary.schemaFile = written.schemaFile;
    summary.skippedEntries = batch.skipped;
    summary.problems = batch.problems + written.problems;
    summary.notes = batch.notes;
    if (files.isEmpty())
        summary.problems.append(
            {Problem::Severity::Error, request.paths.join(u", "), 0, 0, tr("no %1 files found").arg(format->name)});
    return summary;
}

} // namespace Hashiya
