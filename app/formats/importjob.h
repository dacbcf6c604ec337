// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>

#include "formats/importwriter.h"

namespace Hashiya {

/// One import, as the command line and the import dialog describe it.
struct ImportRequest
{
    QString format; ///< an ImportFormat id
    QStringList paths; ///< peer files and folders holding them
    QString outputFolder;
    bool force = false; ///< replace existing sidecars
    qsizetype batchSize = ImportWriter::defaultBatchSize; ///< documents made durable together
};

/// Reads peer files with the format's importer and writes articles with sidecars into the target folder.
class ImportJob final
{
    Q_DECLARE_TR_FUNCTIONS(ImportJob)

public:
    struct Summary
    {
        QStringList written; ///< articles, relative to the output folder
        QStringList alreadyImported; ///< articles an earlier run wrote from the same input, left as they are
        qsizetype entities = 0;
        qsizetype relations = 0;
        qsizetype skippedEntries = 0; ///< input lines or entries not imported
        qsizetype skippedDocuments = 0; ///< documents not written (e.g. a sidecar exists)
        QString schemaFile; ///< the schema written, if any
        Problems problems; ///< every skipped line or document, with its reason
        QStringList notes; ///< what the analyst should know, e.g. the offset unit detected
        bool cancelled = false;
        bool ok() const { return !cancelled && skippedEntries == 0 && skippedDocuments == 0 && !hasErrors(problems); }
    };

    /// Called with the input files read and written so far; false cancels. What was read before a cancel
    /// is written all the same: each document is complete on its own.
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;

    static Summary run(const ImportRequest &request, const Progress &progress = {});
};

} // namespace Hashiya
