// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelstudioexporter.h"

#include "formats/exportsupport.h"
#include "text/codepointindex.h"

#include <QHash>
#include <QXmlStreamWriter>

namespace Hashiya {
namespace {

const QString formatName = QStringLiteral("Label Studio JSON");

/// `id` with the characters Label Studio region ids do not use replaced, unique within `taken`.
QString regionId(const QString &id, QSet<QString> *taken)
{
    QString region = id;
    for (QChar &c : region) {
        const char16_t u = c.unicode();
        if (!((u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_'
              || u == u'-'))
            c = u'-';
    }
    QString unique = region;
    for (int n = 2; taken->contains(unique); ++n)
        unique = region + u'-' + QString::number(n);
    taken->insert(unique);
    return unique;
}

void writeRegionStart(JsonWriter &json, const QString &id, const QString &control, std::string_view type,
                      const Span &span, QStringView text)
{
    json.raw(std::string_view("{\"id\":"));
    json.string(QStringView(id));
    json.raw(std::string_view(",\"from_name\":"));
    json.string(QStringView(control));
    json.raw(std::string_view(",\"to_name\":\"text\",\"type\":"));
    json.string(type);
    json.raw(std::string_view(",\"value\":{\"start\":"));
    json.integer(span.start);
    json.raw(std::string_view(",\"end\":"));
    json.integer(span.end);
    json.raw(std::string_view(",\"text\":"));
    // A textarea's own "text" (a list) takes the place of the region's text, as Label Studio writes it.
    if (type == "textarea")
        return;
    json.string(text);
}

} // namespace

LabelStudioExporter::LabelStudioExporter(Schema schema)
    : m_schema(std::move(schema))
{
}

std::unique_ptr<Exporter> LabelStudioExporter::create(const Schema &schema)
{
    return std::make_unique<LabelStudioExporter>(schema);
}

QString LabelStudioExporter::controlName(const QString &attribute)
{
    if (attribute == u"label" || attribute == u"text" || attribute == u"note")
        return QStringLiteral("attribute-") + attribute;
    return attribute;
}

bool LabelStudioExporter::add(const ExchangeDocument &input, OutputSink &, Problems *problems)
{
    ExchangeDocument kept;
    const ExchangeDocument &document = ExportSupport::withValidSpans(input, kept, problems);
    const CodePointIndex codePoints(document.text);
    QSet<QString> taken;
    QHash<QString, QString> regionOf; // entity id → its first region's id
    regionOf.reserve(qsizetype(document.entities.size()));

    JsonWriter &json = m_json;
    json.raw(m_taskId == 0 ? std::string_view("[\n") : std::string_view(",\n"));
    json.raw(std::string_view("{\"id\":"));
    json.integer(++m_taskId);
    json.raw(std::string_view(",\"data\":{\"text\":"));
    json.string(QStringView(document.text));
    json.raw(std::string_view(",\"name\":"));
    json.string(QStringView(document.name));
    json.raw(std::string_view("},\"meta\":{\"status\":"));
    json.string(QStringView(document.status));
    json.raw(std::string_view("},\"annotations\":[{\"result\":["));
    bool first = true;
    auto separate = [&] {
        if (!first)
            json.raw(',');
        first = false;
    };
    for (const Entity &entity : document.entities) {
        if (!m_seen.contains(entity.type) && !m_schema.entityType(entity.type)) {
            m_seen.insert(entity.type);
            m_extraEntityTypes.append(entity.type);
        }
        const QString id = regionId(entity.id, &taken);
        regionOf.insert(entity.id, id);
        for (qsizetype i = 0; i < entity.spans.size(); ++i) {
            separate();
            const QString fragmentId = i == 0 ? id : regionId(id + u'_' + QString::number(i + 1), &taken);
            writeRegionStart(json, fragmentId, QStringLiteral("label"), "labels", entity.spans[i],
                             ExportSupport::spanText(document.text, codePoints, entity.spans[i]));
            json.raw(std::string_view(",\"labels\":["));
            json.string(QStringView(entity.type));
            json.raw(std::string_view("]}}"));
        }
        if (entity.spans.size() > 1)
            problems->append(ExportSupport::splitWarning(document.name, entity, document.text, codePoints, formatName));
        if (entity.spans.isEmpty())
            continue;
        const Span &span = entity.spans.front();
        const QStringView text = ExportSupport::spanText(document.text, codePoints, span);
        for (auto it = entity.attributes.cbegin(); it != entity.attributes.cend(); ++it) {
            const AttributeDefinition *definition = m_schema.attribute(it.key());
            if (!definition && !m_seen.contains(u"@" + it.key())) {
                m_seen.insert(u"@" + it.key());
                m_extraAttributes.append(it.key());
            }
            const bool choices = definition && !definition->values.isEmpty();
            separate();
            writeRegionStart(json, id, controlName(it.key()), choices ? "choices" : "textarea", span, text);
            json.raw(choices ? std::string_view(",\"choices\":[") : std::string_view("["));
            json.string(QStringView(it.value()));
            json.raw(std::string_view("]}}"));
        }
        if (!entity.note.isEmpty()) {
            separate();
            writeRegionStart(json, id, QStringLiteral("note"), "textarea", span, text);
            json.raw('[');
            json.string(QStringView(entity.note));
            json.raw(std::string_view("]}}"));
        }
        m_lostReferences += entity.reference.isEmpty() ? 0 : 1;
    }
    for (const Relation &relation : document.relations) {
        const auto from = regionOf.constFind(relation.from);
        const auto to = regionOf.constFind(relation.to);
        if (from == regionOf.constEnd() || to == regionOf.constEnd()) {
            problems->append({Problem::Severity::Warning, document.name, 0, 0,
                              tr("relation %1 (%2) is not exported: one of its entities is missing")
                                  .arg(relation.id, relation.type)});
            continue;
        }
        const RelationType *type = m_schema.relationType(relation.type);
        if (!type && !m_seen.contains(u">" + relation.type)) {
            m_seen.insert(u">" + relation.type);
            m_extraRelationTypes.append(relation.type);
        }
        separate();
        json.raw(std::string_view("{\"from_id\":"));
        json.string(QStringView(*from));
        json.raw(std::string_view(",\"to_id\":"));
        json.string(QStringView(*to));
        json.raw(std::string_view(",\"type\":\"relation\",\"direction\":"));
        json.string(type && type->symmetric ? std::string_view("bi") : std::string_view("right"));
        json.raw(std::string_view(",\"labels\":["));
        json.string(QStringView(relation.type));
        json.raw(std::string_view("]}"));
        m_lostAttributes += relation.attributes.size();
        m_lostNotes += relation.note.isEmpty() ? 0 : 1;
    }
    json.raw(std::string_view("]}],\"predictions\":[]}"));
    return true;
}

bool LabelStudioExporter::finish(OutputSink &out, Problems *problems)
{
    ExportSupport::reportLosses(problems, fileName(), formatName, m_lostAttributes, m_lostNotes, m_lostReferences);
    QByteArray tasks = m_taskId == 0 ? QByteArrayLiteral("[]\n") : m_json.toByteArray() + "\n]\n";
    QString message;
    if (!out.write(fileName(), tasks, &message) || !out.write(configFileName(), config(), &message)) {
        problems->append({Problem::Severity::Error, fileName(), 0, 0, message});
        return false;
    }
    return true;
}

QByteArray LabelStudioExporter::config() const
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartElement(QStringLiteral("View"));

    xml.writeStartElement(QStringLiteral("Relations"));
    QStringList relationTypes;
    for (const RelationType &type : m_schema.relationTypes)
        relationTypes.append(type.name);
    for (const QString &type : relationTypes + m_extraRelationTypes) {
        xml.writeEmptyElement(QStringLiteral("Relation"));
        xml.writeAttribute(QStringLiteral("value"), type);
    }
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("Labels"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("label"));
    xml.writeAttribute(QStringLiteral("toName"), QStringLiteral("text"));
    for (const EntityType &type : m_schema.entityTypes) {
        xml.writeEmptyElement(QStringLiteral("Label"));
        xml.writeAttribute(QStringLiteral("value"), type.name);
        if (type.color.isValid())
            xml.writeAttribute(QStringLiteral("background"), type.color.name());
    }
    for (const QString &type : m_extraEntityTypes) {
        xml.writeEmptyElement(QStringLiteral("Label"));
        xml.writeAttribute(QStringLiteral("value"), type);
        xml.writeAttribute(QStringLiteral("background"), Schema::fallbackColor(type).name());
    }
    xml.writeEndElement();

    xml.writeEmptyElement(QStringLiteral("Text"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("text"));
    xml.writeAttribute(QStringLiteral("value"), QStringLiteral("$text"));

    // The controls of the selected region: attributes, then the note.
    xml.writeStartElement(QStringLiteral("View"));
    xml.writeAttribute(QStringLiteral("visibleWhen"), QStringLiteral("region-selected"));
    auto textArea = [&xml](const QString &name) {
        xml.writeEmptyElement(QStringLiteral("TextArea"));
        xml.writeAttribute(QStringLiteral("name"), name);
        xml.writeAttribute(QStringLiteral("toName"), QStringLiteral("text"));
        xml.writeAttribute(QStringLiteral("perRegion"), QStringLiteral("true"));
        xml.writeAttribute(QStringLiteral("editable"), QStringLiteral("true"));
        xml.writeAttribute(QStringLiteral("maxSubmissions"), QStringLiteral("1"));
    };
    for (const AttributeDefinition &attribute : m_schema.attributes) {
        xml.writeEmptyElement(QStringLiteral("Header"));
        xml.writeAttribute(QStringLiteral("value"), attribute.label(u"en"));
        if (attribute.values.isEmpty()) {
            textArea(controlName(attribute.name));
            continue;
        }
        xml.writeStartElement(QStringLiteral("Choices"));
        xml.writeAttribute(QStringLiteral("name"), controlName(attribute.name));
        xml.writeAttribute(QStringLiteral("toName"), QStringLiteral("text"));
        xml.writeAttribute(QStringLiteral("perRegion"), QStringLiteral("true"));
        for (const QString &value : attribute.values) {
            xml.writeEmptyElement(QStringLiteral("Choice"));
            xml.writeAttribute(QStringLiteral("value"), value);
        }
        xml.writeEndElement();
    }
    for (const QString &attribute : m_extraAttributes) {
        xml.writeEmptyElement(QStringLiteral("Header"));
        xml.writeAttribute(QStringLiteral("value"), attribute);
        textArea(controlName(attribute));
    }
    xml.writeEmptyElement(QStringLiteral("Header"));
    xml.writeAttribute(QStringLiteral("value"), QStringLiteral("Note"));
    textArea(QStringLiteral("note"));
    xml.writeEndElement();

    xml.writeEndElement();
    // Without a document start the writer begins with a line break.
    return bytes.trimmed() + '\n';
}

} // namespace Hashiya
