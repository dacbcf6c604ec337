// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/jsonwriter.h"

#include <QCoreApplication>

#include <memory>

#include "formats/exporter.h"

namespace Hashiya {

struct Schema;

/// spaCy's "entities offsets" JSONL (formats.md §4.3): one line per document into hashiya.jsonl,
/// {"text", "entities": [[start, end, "LABEL"]], "relations": [{"head", "child", "label"}], "meta"}, offsets
/// in code points as Python counts them, head/child indexes into the line's entity list.
///
/// spaCy has no discontinuous entities: each fragment is written as an entity of its own (so the text
/// it covers is still trained on), relations use the first fragment, and a warning names the entity.
/// Attributes, notes and references have no place in the format; finish() reports how many were left out.
class SpacyJsonlExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(SpacyJsonlExporter)

public:
    static std::unique_ptr<Exporter> create(const Schema &schema);
    static QString fileName() { return QStringLiteral("hashiya.jsonl"); }

    bool add(const ExchangeDocument &document, OutputSink &out, Problems *problems) override;
    bool finish(OutputSink &out, Problems *problems) override;

private:
    JsonWriter m_json {1 << 20};
    qsizetype m_lostAttributes = 0;
    qsizetype m_lostNotes = 0;
    qsizetype m_lostReferences = 0;
};

} // namespace Hashiya
