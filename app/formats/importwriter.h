// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/batchedwrites.h"
#include "model/schema.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <vector>

#include "formats/importbatch.h"

namespace Hashiya {

/// Writes imported documents into a corpus folder: each article as UTF-8 text with LF line ends, its
/// sidecar next to it, and the import's schema as hashiya-schema.json if the folder has none yet.
/// Documents are written as they come, in batches made durable together (BatchedWrites): the article
/// first, the sidecar last, so a killed import leaves only complete article/sidecar pairs (and perhaps
/// one complete article without its sidecar), and after a power loss at most the last batch is missing.
/// A document whose article and sidecar are already there with the same text and the same annotations
/// (ids aside: every import makes fresh ones) is skipped as already imported, so a second run of an
/// interrupted import resumes it.
class ImportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ImportWriter)

public:
    struct Summary
    {
        QStringList written; ///< article paths relative to the target folder
        QStringList alreadyImported; ///< documents found in place with the same text and annotations
        Problems problems; ///< documents not written, and why
        qsizetype entities = 0;
        qsizetype relations = 0;
        qsizetype notWritten = 0; ///< documents refused or failed (each with a problem)
        QString schemaFile; ///< the schema written, or empty
    };
    /// Documents per durable batch: one file-system sync for this many articles and sidecars.
    static constexpr qsizetype defaultBatchSize = 1000;

    ImportWriter(const QString &targetFolder, bool force, Summary *summary, qsizetype batchSize = defaultBatchSize);
    ~ImportWriter(); ///< finishes
    ImportWriter(const ImportWriter &) = delete;
    ImportWriter &operator=(const ImportWriter &) = delete;

    /// Writes one document, or refuses it with a problem if its sidecar exists with other annotations
    /// (unless `force`) or its article exists with other text: an import never replaces an analyst's
    /// work unasked. It counts as written once its batch is durable.
    void add(const ExchangeDocument &document);
    /// Makes the documents added so far durable.
    void finish();

    /// Writes one document and makes it durable before returning; true if it is in place (written or
    /// already imported).
    static bool writeDocument(const ExchangeDocument &document, const QString &targetFolder, bool force,
                              Summary *summary);
    /// Writes the batch's schema, or one derived from the types its documents use, unless the target
    /// folder already has a schema (and `force` is off).
    static void writeSchema(const ImportBatch &batch, const QString &targetFolder, bool force, Summary *summary);
    /// Writes `schema` as the target folder's schema, unless it has one already (and `force` is off).
    static void writeSchema(const Schema &schema, const QString &targetFolder, bool force, Summary *summary);
    /// True if the two documents hold the same text, status and annotations, whatever their ids: entities
    /// by their spans, type and fields; relations by their type, fields and the entities they link.
    static bool sameContent(const ExchangeDocument &a, const ExchangeDocument &b);

private:
    void commit();

    struct Pending
    {
        QString name;
        QString articlePath;
        qsizetype entities;
        qsizetype relations;
    };
    QString m_targetFolder;
    bool m_force;
    Summary *m_summary;
    qsizetype m_batchSize;
    BatchedWrites m_writes;
    std::vector<Pending> m_pending; ///< indexed by unit - m_firstUnit
    qsizetype m_firstUnit = 0;
    QSet<QString> m_pendingArticles;
    QSet<QString> m_folders; ///< folders known to exist
};

} // namespace Hashiya
