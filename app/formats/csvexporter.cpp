// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexporter.h"

#include "text/codepointindex.h"

#include <QHash>
#include <QStringList>

#include "formats/exportsupport.h"

namespace Hashiya {
namespace {

constexpr char bom[] = "\xEF\xBB\xBF";

void appendRow(QByteArray &out, const QStringList &fields)
{
    out += fields.join(u',').toUtf8();
    out += "\r\n";
}

QString joinedAttributes(const Attributes &attributes)
{
    QStringList parts;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        parts.append(it.key() + u'=' + it.value());
    return parts.join(QStringLiteral("; "));
}

} // namespace

std::unique_ptr<Exporter> CsvExporter::create(const Schema &)
{
    return std::make_unique<CsvExporter>();
}

CsvExporter::CsvExporter()
{
    m_entities = bom;
    appendRow(m_entities,
              {QStringLiteral("document"), QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("start"),
               QStringLiteral("end"), QStringLiteral("spans"), QStringLiteral("text"), QStringLiteral("attributes"),
               QStringLiteral("note"), QStringLiteral("reference")});
    m_relations = bom;
    appendRow(m_relations,
              {QStringLiteral("document"), QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("from id"),
               QStringLiteral("from text"), QStringLiteral("to id"), QStringLiteral("to text"),
               QStringLiteral("attributes"), QStringLiteral("note")});
}

QString CsvExporter::field(const QString &value)
{
    QString guarded = value;
    if (!value.isEmpty()) {
        const QChar first = value.front();
        const bool negativeNumber = first == u'-' && value.size() > 1 && value.at(1).isDigit();
        if (first == u'=' || first == u'+' || first == u'@' || first == u'\t' || first == u'\r'
            || (first == u'-' && !negativeNumber))
            guarded.prepend(u'\'');
    }
    if (!guarded.contains(u',') && !guarded.contains(u'"') && !guarded.contains(u'\n') && !guarded.contains(u'\r'))
        return guarded;
    guarded.replace(u'"', QStringLiteral("\"\""));
    return u'"' + guarded + u'"';
}

bool CsvExporter::add(const ExchangeDocument &input, OutputSink &, Problems *problems)
{
    ExchangeDocument kept;
    const ExchangeDocument &document = ExportSupport::withValidSpans(input, kept, problems);
    const QString &text = document.text;
    const CodePointIndex index(text);
    QHash<QString, QString> textOfEntity;
    for (const Entity &entity : document.entities) {
        QStringList spans;
        QStringList pieces;
        for (const Span &span : entity.spans) {
            spans.append(QStringLiteral("%1-%2").arg(span.start).arg(span.end));
            pieces.append(ExportSupport::spanText(text, index, span).toString());
        }
        const QString entityText = pieces.join(QStringLiteral(" … "));
        textOfEntity.insert(entity.id, entityText);
        appendRow(m_entities,
                  {field(document.name), field(entity.id), field(entity.type), QString::number(entity.start()),
                   QString::number(entity.end()), spans.join(u';'), field(entityText),
                   field(joinedAttributes(entity.attributes)), field(entity.note), field(entity.reference)});
    }
    for (const Relation &relation : document.relations) {
        appendRow(m_relations,
                  {field(document.name), field(relation.id), field(relation.type), field(relation.from),
                   field(textOfEntity.value(relation.from)), field(relation.to), field(textOfEntity.value(relation.to)),
                   field(joinedAttributes(relation.attributes)), field(relation.note)});
    }
    return true;
}

bool CsvExporter::finish(OutputSink &out, Problems *problems)
{
    return ExportSupport::write(out, QStringLiteral("entities.csv"), m_entities, problems)
        && ExportSupport::write(out, QStringLiteral("relations.csv"), m_relations, problems);
}

} // namespace Hashiya
