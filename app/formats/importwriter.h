// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "formats/importbatch.h"

namespace Hashiya {

/// Writes imported documents into a corpus folder: each article as UTF-8 text with LF line ends, its
/// sidecar next to it, and the batch's schema as hashiya-schema.json if the folder has none yet.
class ImportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ImportWriter)

public:
    struct Summary
    {
        QStringList written; ///< article paths relative to the target folder
        Problems problems; ///< documents not written, and why
        qsizetype entities = 0;
        qsizetype relations = 0;
        QString schemaFile; ///< the schema written, or empty
    };

    /// Writes one document. Refuses, with a problem, if its sidecar exists (unless `force`) or its article
    /// exists with other text: an import never replaces an analyst's work unasked.
    static bool writeDocument(const ExchangeDocument &document, const QString &targetFolder, bool force,
                              Summary *summary);
    /// Writes the batch's schema, or one derived from the types its documents use, unless the target
    /// folder already has a schema (and `force` is off).
    static void writeSchema(const ImportBatch &batch, const QString &targetFolder, bool force, Summary *summary);
};

} // namespace Hashiya
