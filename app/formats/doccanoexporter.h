// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/jsonwriter.h"

#include <QCoreApplication>

#include <memory>

#include "formats/exporter.h"

namespace Hashiya {

struct Schema;

/// doccano's relation extraction JSONL (formats.md §2.2): one line per document into hashiya-doccano.jsonl,
/// {"id", "text", "entities": [{"id", "label", "start_offset", "end_offset"}], "relations": [{"id", "from_id",
/// "to_id", "type"}], "Comments": [{"id", "comment"}], "name", "status"}. Offsets are UTF-16 code units, what
/// doccano counts by default (a project in grapheme mode counts otherwise; nothing in the file can say so).
/// Document, entity, relation and comment ids are integers from 1, each kind unique across the file.
///
/// doccano has no per-span notes, so notes become the document's comments, "entity 5: text" or
/// "relation 2: text", which DoccanoImporter attaches again. A discontinuous entity becomes one entity per
/// fragment (each covers exactly its own text, nothing between), relations use the first fragment, and
/// each later fragment gets the comment "entity 13: continues entity 12" so an import can join them; a
/// warning names the entity. Attributes and references are dropped and counted in one warning.
class DoccanoExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(DoccanoExporter)

public:
    static std::unique_ptr<Exporter> create(const Schema &schema);
    static QString fileName() { return QStringLiteral("hashiya-doccano.jsonl"); }

    bool add(const ExchangeDocument &document, OutputSink &out, Problems *problems) override;
    bool finish(OutputSink &out, Problems *problems) override;

private:
    JsonWriter m_json {1 << 20};
    qint64 m_documentId = 0;
    qint64 m_entityId = 0;
    qint64 m_relationId = 0;
    qint64 m_commentId = 0;
    qsizetype m_lostAttributes = 0;
    qsizetype m_lostReferences = 0;
};

} // namespace Hashiya
