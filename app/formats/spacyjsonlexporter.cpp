// SPDX-License-Identifier: GPL-3.0-or-later
#include "spacyjsonlexporter.h"

#include "model/schema.h"

#include <QHash>

#include "formats/exportsupport.h"

namespace Hashiya {
namespace {

const QString formatName = QStringLiteral("spaCy JSONL");

} // namespace

std::unique_ptr<Exporter> SpacyJsonlExporter::create(const Schema &)
{
    return std::make_unique<SpacyJsonlExporter>();
}

bool SpacyJsonlExporter::add(const ExchangeDocument &input, OutputSink &, Problems *problems)
{
    ExchangeDocument kept;
    const ExchangeDocument &document = ExportSupport::withValidSpans(input, kept, problems);
    // Offsets are the stored code points, so the index is needed only for messages about split entities.
    QHash<QString, qsizetype> firstFragment; // entity id → index in "entities"
    firstFragment.reserve(qsizetype(document.entities.size()));
    JsonWriter &json = m_json;
    json.raw(std::string_view("{\"text\":"));
    json.string(QStringView(document.text));
    json.raw(std::string_view(",\"entities\":["));
    qsizetype index = 0;
    for (const Entity &entity : document.entities) {
        firstFragment.insert(entity.id, index);
        for (const Span &span : entity.spans) {
            if (index > 0)
                json.raw(',');
            json.raw('[');
            json.integer(span.start);
            json.raw(',');
            json.integer(span.end);
            json.raw(',');
            json.string(QStringView(entity.type));
            json.raw(']');
            ++index;
        }
        if (entity.spans.size() > 1)
            problems->append(ExportSupport::splitWarning(document.name, entity, document.text,
                                                         CodePointIndex(document.text), formatName));
        m_lostAttributes += entity.attributes.size();
        m_lostNotes += entity.note.isEmpty() ? 0 : 1;
        m_lostReferences += entity.reference.isEmpty() ? 0 : 1;
    }
    json.raw(std::string_view("],\"relations\":["));
    bool first = true;
    for (const Relation &relation : document.relations) {
        const auto head = firstFragment.constFind(relation.from);
        const auto child = firstFragment.constFind(relation.to);
        if (head == firstFragment.constEnd() || child == firstFragment.constEnd()) {
            problems->append({Problem::Severity::Warning, document.name, 0, 0,
                              tr("relation %1 (%2) is not exported: one of its entities is missing")
                                  .arg(relation.id, relation.type)});
            continue;
        }
        if (!first)
            json.raw(',');
        first = false;
        json.raw(std::string_view("{\"head\":"));
        json.integer(*head);
        json.raw(std::string_view(",\"child\":"));
        json.integer(*child);
        json.raw(std::string_view(",\"label\":"));
        json.string(QStringView(relation.type));
        json.raw('}');
        m_lostAttributes += relation.attributes.size();
        m_lostNotes += relation.note.isEmpty() ? 0 : 1;
    }
    json.raw(std::string_view("],\"meta\":{\"name\":"));
    json.string(QStringView(document.name));
    json.raw(std::string_view(",\"status\":"));
    json.string(QStringView(document.status));
    json.raw(std::string_view("}}\n"));
    return true;
}

bool SpacyJsonlExporter::finish(OutputSink &out, Problems *problems)
{
    ExportSupport::reportLosses(problems, fileName(), formatName, m_lostAttributes, m_lostNotes, m_lostReferences);
    return ExportSupport::write(out, fileName(), m_json.toByteArray(), problems);
}

} // namespace Hashiya
