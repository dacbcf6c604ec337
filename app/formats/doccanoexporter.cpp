// SPDX-License-Identifier: GPL-3.0-or-later
#include "doccanoexporter.h"

#include "model/schema.h"
#include "text/codepointindex.h"

#include <QHash>

#include "formats/exportsupport.h"

namespace Hashiya {
namespace {

const QString formatName = QStringLiteral("doccano JSONL");

} // namespace

std::unique_ptr<Exporter> DoccanoExporter::create(const Schema &)
{
    return std::make_unique<DoccanoExporter>();
}

bool DoccanoExporter::add(const ExchangeDocument &input, OutputSink &, Problems *problems)
{
    ExchangeDocument kept;
    const ExchangeDocument &document = ExportSupport::withValidSpans(input, kept, problems);
    const CodePointIndex codePoints(document.text);
    QHash<QString, qint64> exportedId; // entity id → doccano id of its first fragment
    exportedId.reserve(qsizetype(document.entities.size()));
    // Machine-read by DoccanoImporter, so never translated.
    QStringList comments;

    JsonWriter &json = m_json;
    json.raw(std::string_view("{\"id\":"));
    json.integer(++m_documentId);
    json.raw(std::string_view(",\"text\":"));
    json.string(QStringView(document.text));
    json.raw(std::string_view(",\"entities\":["));
    bool first = true;
    for (const Entity &entity : document.entities) {
        qint64 firstId = 0;
        for (const Span &span : entity.spans) {
            const qint64 id = ++m_entityId;
            if (firstId == 0)
                firstId = id;
            else
                comments.append(QStringLiteral("entity %1: continues entity %2").arg(id).arg(firstId));
            if (!first)
                json.raw(',');
            first = false;
            json.raw(std::string_view("{\"id\":"));
            json.integer(id);
            json.raw(std::string_view(",\"label\":"));
            json.string(QStringView(entity.type));
            json.raw(std::string_view(",\"start_offset\":"));
            json.integer(codePoints.toUtf16(span.start));
            json.raw(std::string_view(",\"end_offset\":"));
            json.integer(codePoints.toUtf16(span.end));
            json.raw('}');
        }
        exportedId.insert(entity.id, firstId);
        if (!entity.note.isEmpty())
            comments.append(QStringLiteral("entity %1: %2").arg(firstId).arg(entity.note));
        if (entity.spans.size() > 1)
            problems->append(ExportSupport::splitWarning(document.name, entity, document.text, codePoints, formatName));
        m_lostAttributes += entity.attributes.size();
        m_lostReferences += entity.reference.isEmpty() ? 0 : 1;
    }
    json.raw(std::string_view("],\"relations\":["));
    first = true;
    for (const Relation &relation : document.relations) {
        const qint64 from = exportedId.value(relation.from);
        const qint64 to = exportedId.value(relation.to);
        if (from == 0 || to == 0) {
            problems->append({Problem::Severity::Warning, document.name, 0, 0,
                              tr("relation %1 (%2) is not exported: one of its entities is missing")
                                  .arg(relation.id, relation.type)});
            continue;
        }
        const qint64 id = ++m_relationId;
        if (!first)
            json.raw(',');
        first = false;
        json.raw(std::string_view("{\"id\":"));
        json.integer(id);
        json.raw(std::string_view(",\"from_id\":"));
        json.integer(from);
        json.raw(std::string_view(",\"to_id\":"));
        json.integer(to);
        json.raw(std::string_view(",\"type\":"));
        json.string(QStringView(relation.type));
        json.raw('}');
        if (!relation.note.isEmpty())
            comments.append(QStringLiteral("relation %1: %2").arg(id).arg(relation.note));
        m_lostAttributes += relation.attributes.size();
    }
    json.raw(std::string_view("],\"Comments\":["));
    for (qsizetype i = 0; i < comments.size(); ++i) {
        if (i > 0)
            json.raw(',');
        json.raw(std::string_view("{\"id\":"));
        json.integer(++m_commentId);
        json.raw(std::string_view(",\"comment\":"));
        json.string(QStringView(comments[i]));
        json.raw('}');
    }
    json.raw(std::string_view("],\"name\":"));
    json.string(QStringView(document.name));
    json.raw(std::string_view(",\"status\":"));
    json.string(QStringView(document.status));
    json.raw(std::string_view("}\n"));
    return true;
}

bool DoccanoExporter::finish(OutputSink &out, Problems *problems)
{
    ExportSupport::reportLosses(problems, fileName(), formatName, m_lostAttributes, 0, m_lostReferences);
    return ExportSupport::write(out, fileName(), m_json.toByteArray(), problems);
}

} // namespace Hashiya
