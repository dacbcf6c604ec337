// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/problem.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace Hashiya {

class OutputSink;

/// One export, as the command line and the export dialog describe it. Both run it through ExportJob, so
/// the same request writes the same bytes wherever it comes from.
struct ExportRequest
{
    QString format; ///< an ExportFormat id
    QStringList paths; ///< articles and corpus folders
    /// The folder exported names are relative to (keeping the corpus's subfolders); if empty, each folder
    /// in `paths` for the articles under it, and an article's own folder for an article named directly.
    QString root;
    QString outputFolder;
    QString status; ///< only documents with this status; empty for all
};

/// An article to export, and the folder its exported name is relative to.
struct ExportInput
{
    QString articlePath;
    QString root;
};

/// Reads the requested articles with their sidecars (ahead, on the worker pool, a bounded window of them)
/// and feeds them to the format's exporter in order.
class ExportJob final
{
    Q_DECLARE_TR_FUNCTIONS(ExportJob)

public:
    struct Summary
    {
        QStringList written; ///< files, relative to the output folder
        qsizetype exported = 0; ///< documents
        qsizetype filtered = 0; ///< documents left out because of their status
        qsizetype failed = 0; ///< documents that could not be read (why is in `problems`)
        Problems problems; ///< unreadable documents, and what a format could not carry over
        bool cancelled = false;
        bool ok() const { return !cancelled && failed == 0 && !hasErrors(problems); }
    };

    /// Called after each document with how many are done; returning false cancels the export.
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;

    /// The articles `paths` name: files as given, folders searched for articles (sorted).
    static QList<ExportInput> inputsFor(const QStringList &paths, const QString &root = {});
    /// Runs the request into its output folder.
    static Summary run(const ExportRequest &request, const Progress &progress = {});
    /// Runs the request into `out` (e.g. a MemoryOutput for a preview), ignoring its output folder.
    static Summary run(const ExportRequest &request, OutputSink &out, const Progress &progress = {});
    /// Runs the request for its first document only (the first the status lets through) into `out`,
    /// as the export dialog previews it; `articlePath` gets that document's article. Writes nothing if
    /// no document can be exported.
    static Summary preview(const ExportRequest &request, OutputSink &out, QString *articlePath = nullptr);
};

} // namespace Hashiya
