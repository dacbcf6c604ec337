// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>

#include <memory>

#include "formats/exporter.h"

namespace Hashiya {

struct Schema;

/// Writes the whole set as two spreadsheets, `entities.csv` and `relations.csv`, one row per entity or
/// relation with the document's name in the first column.
///
/// entities.csv: document, id, type, start, end, spans, text, attributes, note, reference. Offsets are code
/// points; `start` is the first fragment's start and `end` the last one's end, `spans` lists every fragment
/// as "start-end" joined with ";", and `text` joins the fragments' texts with " … ". Attributes are
/// "name=value" joined with "; ". relations.csv: document, id, type, from id, from text, to id, to text,
/// attributes, note.
///
/// The files follow RFC 4180: fields holding a comma, a quote, CR or LF are quoted, quotes doubled, lines
/// end in CRLF. They start with a UTF-8 BOM, without which Excel reads them as ANSI and garbles Arabic.
/// A spreadsheet runs a cell that starts with =, +, @, - (and TAB or CR) as a formula, so such a text
/// cell gets a leading apostrophe ("'=cmd"). That changes the data, so only where it matters: a "-" followed
/// by a digit (a negative number) stays as it is, and offsets are never touched.
class CsvExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)

public:
    static std::unique_ptr<Exporter> create(const Schema &schema);

    CsvExporter();
    bool add(const ExchangeDocument &document, OutputSink &out, Problems *problems) override;
    bool finish(OutputSink &out, Problems *problems) override;

    /// `value` as one CSV field: guarded against formula injection, then quoted if it needs to be.
    static QString field(const QString &value);

private:
    QByteArray m_entities;
    QByteArray m_relations;
};

} // namespace Hashiya
