// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/problem.h"
#include "model/schema.h"

#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

#include "formats/exchangedocument.h"

namespace Hashiya {

/// What an importer read from peer files: documents ready to be written as articles with sidecars, the
/// schema the input declares (brat's annotation.conf) if any, and what it had to skip and why.
struct ImportBatch
{
    std::vector<ExchangeDocument> documents; ///< entities with fresh ids, in entityLess order
    std::optional<Schema> schema;
    /// One per skipped input line or entry, as `file:line: problem`; warnings for what was kept but
    /// changed, errors for what was dropped.
    Problems problems;
    /// Facts the analyst should know, e.g. "news.jsonl:4: offsets read as UTF-16 code units".
    QStringList notes;
    qsizetype skipped = 0; ///< input lines or entries not imported
    QString schemaSearchedFrom; ///< the last folder an importer looked for a declared schema from
    /// Called by an importer after each document it adds to `documents`, so a long input file can be
    /// written as it is read (the caller takes the documents out); none keeps them all.
    std::function<void()> documentAdded;
};

} // namespace Hashiya
