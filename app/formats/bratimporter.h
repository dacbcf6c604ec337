// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <optional>

#include "formats/importbatch.h"

namespace Hashiya {

/// Reads brat standoff: DOC.ann with DOC.txt beside it, offsets in code points of the .txt as brat reads
/// it (a BOM is character 0, CRLF two characters), turned into the canonical text's code points. T lines
/// become entities, R lines relations, E events a trigger entity (extra "bratEvent") with one relation per
/// argument (extra "bratRole"), `*` sets chains of ALIAS_OF links (extra "bratEquivalence"), A/M lines
/// attributes, N lines references, `#` lines notes. annotation.conf above the file becomes the schema.
class BratImporter final
{
    Q_DECLARE_TR_FUNCTIONS(BratImporter)

public:
    /// The ImportFormat entry point: `annFile` and the .txt beside it; names relative to `root`.
    static void read(const QString &annFile, const QString &root, ImportBatch *batch);
    /// Parses the two files' bytes into a document named `name`; problems name `annPath` and its lines.
    /// Nothing if the text cannot be read at all. Sets `usedEquivalences` if a `*` line was imported.
    static std::optional<ExchangeDocument> parse(const QByteArray &ann, const QByteArray &txt, const QString &name,
                                                 const QString &annPath, ImportBatch *batch,
                                                 bool *usedEquivalences = nullptr);
};

} // namespace Hashiya
