// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "formats/importbatch.h"

namespace Hashiya {

/// Reads doccano JSONL (formats.md §2), both shapes: sequence labeling ("label": [[start, end, "L"], …] or
/// {"start_offset", "end_offset", "label"} objects) and relation extraction ("entities" with ids,
/// "relations" with from_id/to_id). The text is "text" (or "data").
///
/// doccano counts UTF-16 code units, or grapheme clusters in a grapheme-mode project, and the file does not
/// say which; other tools write code points. So the unit is decided per line: the spans are read both as
/// code points and as UTF-16 units, and the reading under which more spans fall inside the text without
/// splitting a surrogate pair wins, then the one with more spans on word boundaries, then UTF-16. When the
/// two readings differ at all, a note says which was used.
///
/// Offsets count the text as the file holds it; the canonical text drops a BOM and the CR of CRLF, and the
/// offsets move with it. A name comes from a "name" or "filename" string, else "<file base>/<line>.txt".
/// Comments in the form DoccanoExporter writes ("entity 5: …", "relation 2: …", "entity 6: continues entity
/// 5") become notes and discontinuous entities again; other comments are reported as not imported, since
/// Hashiya has no document notes. Malformed lines, spans and relations are reported and skipped one by one;
/// a file that is one pretty-printed JSON object (doccano's own example export) is read as one record.
class DoccanoImporter final
{
    Q_DECLARE_TR_FUNCTIONS(DoccanoImporter)

public:
    static void read(const QString &file, const QString &root, ImportBatch *batch);
    /// The same from bytes in memory; `file` names them in problems and document names.
    static void readBytes(const QByteArray &bytes, const QString &file, const QString &root, ImportBatch *batch);

    static constexpr qint64 maxFileSize = qint64(1) << 30;
};

} // namespace Hashiya
