// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjob.h"

#include <QFileInfo>

#include "formats/derivedschema.h"
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
    QStringList bases; // the folders the analyst named, or those of the files named
    for (const QString &path : request.paths) {
        const QFileInfo info(path);
        bases.append(info.isDir() ? info.absoluteFilePath() : info.absolutePath());
    }
    ImportBatch batch;
    ImportWriter::Summary written;
    DerivedSchema derived;
    {
        // Documents go to the writer as they are read, so memory holds one input file's documents (or
        // a chunk of a long one), and the types the schema needs, never the whole import.
        ImportWriter writer(request.outputFolder, request.force, &written, request.batchSize);
        const auto drain = [&] {
            for (const ExchangeDocument &document : batch.documents) {
                derived.add(document);
                writer.add(document);
            }
            batch.documents.clear();
        };
        batch.documentAdded = [&] {
            if (batch.documents.size() >= 64)
                drain();
        };
        for (qsizetype i = 0; i < files.size(); ++i) {
            if (progress && !progress(i, files.size())) {
                summary.cancelled = true;
                break;
            }
            QString root;
            for (const QString &base : std::as_const(bases)) {
                if (files[i].startsWith(base + u'/') && base.size() > root.size())
                    root = base;
            }
            format->read(files[i], root, &batch);
            drain();
        }
        batch.documentAdded = nullptr;
        // What was read before a cancel is written all the same: each document is complete on its own.
        writer.finish();
        if (progress && !summary.cancelled)
            progress(files.size(), files.size());
    }
    if (!summary.cancelled && (!written.written.isEmpty() || !written.alreadyImported.isEmpty()))
        ImportWriter::writeSchema(batch.schema ? *batch.schema : derived.schema(), request.outputFolder, request.force,
                                  &written);

    summary.written = written.written;
    summary.alreadyImported = written.alreadyImported;
    summary.entities = written.entities;
    summary.relations = written.relations;
    summary.schemaFile = written.schemaFile;
    summary.skippedDocuments = written.notWritten;
    summary.skippedEntries = batch.skipped;
    summary.problems = batch.problems + written.problems;
    summary.notes = batch.notes;
    if (files.isEmpty())
        summary.problems.append(
            {Problem::Severity::Error, request.paths.join(u", "), 0, 0, tr("no %1 files found").arg(format->name)});
    return summary;
}

} // namespace Hashiya
