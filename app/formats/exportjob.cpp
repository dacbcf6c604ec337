// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportjob.h"

#include "io/corpus.h"
#include "io/workerpool.h"

#include <QFileInfo>

#include "formats/exchangefiles.h"
#include "formats/exportformats.h"
#include "formats/outputsink.h"

namespace Hashiya {

QList<ExportInput> ExportJob::inputsFor(const QStringList &paths, const QString &root)
{
    const QString fixedRoot = root.isEmpty() ? QString() : QFileInfo(root).absoluteFilePath();
    QList<ExportInput> inputs;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            for (const QString &article : Corpus::findArticles(info.absoluteFilePath()))
                inputs.append({article, fixedRoot.isEmpty() ? info.absoluteFilePath() : fixedRoot});
        } else {
            inputs.append({info.absoluteFilePath(), fixedRoot.isEmpty() ? info.absolutePath() : fixedRoot});
        }
    }
    return inputs;
}

ExportJob::Summary ExportJob::run(const ExportRequest &request, const Progress &progress)
{
    FolderOutput out(request.outputFolder);
    Summary summary = run(request, out, progress);
    summary.written = out.written();
    return summary;
}

ExportJob::Summary ExportJob::preview(const ExportRequest &request, OutputSink &out, QString *articlePath)
{
    Summary summary;
    for (const ExportInput &input : inputsFor(request.paths, request.root)) {
        ExportRequest one = request;
        one.paths = {input.articlePath};
        one.root = input.root;
        // In memory first: a document that fails half-way leaves nothing in `out`.
        MemoryOutput files;
        Summary result = run(one, files);
        summary.filtered += result.filtered;
        summary.failed += result.failed;
        summary.problems.append(result.problems);
        if (result.exported == 0)
            continue;
        summary.exported = result.exported;
        for (auto file = files.files().begin(); file != files.files().end(); ++file) {
            QString error;
            if (!out.write(file.key(), file.value(), &error)) {
                summary.problems.append({Problem::Severity::Error, file.key(), 0, 0, error});
                return summary;
            }
            summary.written.append(file.key());
        }
        if (articlePath)
            *articlePath = input.articlePath;
        break;
    }
    return summary;
}

ExportJob::Summary ExportJob::run(const ExportRequest &request, OutputSink &out, const Progress &progress)
{
    Summary summary;
    const std::optional<ExportFormat> format = ExportFormats::find(request.format);
    if (!format) {
        summary.problems.append(
            {Problem::Severity::Error, {}, 0, 0, tr("unknown export format %1").arg(request.format)});
        return summary;
    }
    const QList<ExportInput> inputs = inputsFor(request.paths, request.root);
    const Corpus::SchemaChoice schema =
        Corpus::schemaFor(request.root.isEmpty() ? request.paths.value(0) : request.root);
    const std::unique_ptr<Exporter> exporter = format->create(schema.schema);

    // Loading is the slow part: done ahead, on the worker pool, while this thread writes in order.
    struct Loaded
    {
        std::optional<ExchangeDocument> document;
        Problems problems;
    };
    OrderedWalk<Loaded> walk(inputs.size(), [&inputs](qsizetype i) {
        Loaded loaded;
        loaded.document = ExchangeFiles::load(inputs[i].articlePath, inputs[i].root, nullptr, &loaded.problems);
        return loaded;
    });
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        if (progress && !progress(i, inputs.size())) {
            summary.cancelled = true;
            return summary; // nothing set-wide is written for a cancelled export
        }
        const auto [document, loading] = walk.take(i);
        for (const Problem &problem : loading) {
            if (problem.isError()) // warnings about the sidecar are the reader's business, not the export's
                summary.problems.append(problem);
        }
        if (!document) {
            ++summary.failed;
            continue;
        }
        if (!request.status.isEmpty() && document->status != request.status) {
            ++summary.filtered;
            continue;
        }
        if (!exporter->add(*document, out, &summary.problems)) {
            ++summary.failed;
            return summary;
        }
        ++summary.exported;
    }
    if (progress && !progress(inputs.size(), inputs.size())) {
        summary.cancelled = true;
        return summary;
    }
    if (!exporter->finish(out, &summary.problems))
        ++summary.failed;
    return summary;
}

} // namespace Hashiya
