// SPDX-License-Identifier: GPL-3.0-or-later
#include "w3cexporter.h"

#include "text/codepointindex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "formats/exportsupport.h"

namespace Hashiya {
namespace {

const QString annotationPrefix = QStringLiteral("urn:hashiya:");

QJsonObject textualBody(const QString &purpose, const QString &value)
{
    return {{QStringLiteral("type"), QStringLiteral("TextualBody")},
            {QStringLiteral("purpose"), purpose},
            {QStringLiteral("value"), value}};
}

void addNoteAndAttributes(QJsonArray &body, const QString &note, const Attributes &attributes)
{
    if (!note.isEmpty())
        body.append(textualBody(QStringLiteral("commenting"), note));
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        body.append(textualBody(QStringLiteral("describing"), QString(it.key() + u'=' + it.value())));
}

} // namespace

std::unique_ptr<Exporter> W3cExporter::create(const Schema &)
{
    return std::make_unique<W3cExporter>();
}

bool W3cExporter::add(const ExchangeDocument &input, OutputSink &out, Problems *problems)
{
    ExchangeDocument kept;
    const ExchangeDocument &document = ExportSupport::withValidSpans(input, kept, problems);
    const QString &text = document.text;
    const CodePointIndex index(text);
    const qsizetype length = index.codePointCount();
    auto slice = [&](qsizetype from, qsizetype to) {
        const qsizetype start = index.toUtf16(from);
        return text.sliced(start, index.toUtf16(to) - start);
    };

    QJsonArray items;
    for (const Entity &entity : document.entities) {
        QJsonArray body {textualBody(QStringLiteral("tagging"), entity.type)};
        addNoteAndAttributes(body, entity.note, entity.attributes);
        if (!entity.reference.isEmpty())
            body.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("SpecificResource")},
                                     {QStringLiteral("purpose"), QStringLiteral("identifying")},
                                     {QStringLiteral("source"), entity.reference}});
        QJsonArray targets;
        for (const Span &span : entity.spans) {
            const QJsonObject quote {
                {QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                {QStringLiteral("exact"), slice(span.start, span.end)},
                {QStringLiteral("prefix"), slice(std::max<qsizetype>(0, span.start - contextLength), span.start)},
                {QStringLiteral("suffix"), slice(span.end, std::min(length, span.end + contextLength))}};
            const QJsonObject position {{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
                                        {QStringLiteral("start"), qint64(span.start)},
                                        {QStringLiteral("end"), qint64(span.end)}};
            targets.append(QJsonObject {{QStringLiteral("source"), document.name},
                                        {QStringLiteral("selector"), QJsonArray {quote, position}}});
        }
        items.append(
            QJsonObject {{QStringLiteral("id"), QString(annotationPrefix + entity.id)},
                         {QStringLiteral("type"), QStringLiteral("Annotation")},
                         {QStringLiteral("motivation"), QStringLiteral("tagging")},
                         {QStringLiteral("body"), body},
                         {QStringLiteral("target"), targets.size() == 1 ? targets.first() : QJsonValue(targets)}});
    }
    for (const Relation &relation : document.relations) {
        const QString from = annotationPrefix + relation.from;
        const QString to = annotationPrefix + relation.to;
        QJsonArray body {textualBody(QStringLiteral("tagging"), relation.type)};
        addNoteAndAttributes(body, relation.note, relation.attributes);
        body.append(textualBody(QStringLiteral("describing"), QString(QStringLiteral("from=") + from)));
        body.append(textualBody(QStringLiteral("describing"), QString(QStringLiteral("to=") + to)));
        items.append(QJsonObject {{QStringLiteral("id"), QString(annotationPrefix + relation.id)},
                                  {QStringLiteral("type"), QStringLiteral("Annotation")},
                                  {QStringLiteral("motivation"), QStringLiteral("linking")},
                                  {QStringLiteral("body"), body},
                                  {QStringLiteral("target"), QJsonArray {QJsonValue(from), QJsonValue(to)}}});
    }

    const QJsonObject collection {
        {QStringLiteral("@context"), QStringLiteral("http://www.w3.org/ns/anno.jsonld")},
        {QStringLiteral("type"), QStringLiteral("AnnotationCollection")},
        {QStringLiteral("label"), document.name},
        {QStringLiteral("total"), items.size()},
        {QStringLiteral("first"),
         QJsonObject {{QStringLiteral("type"), QStringLiteral("AnnotationPage")}, {QStringLiteral("items"), items}}}};
    return ExportSupport::write(out, document.baseName() + QStringLiteral(".jsonld"),
                                QJsonDocument(collection).toJson(QJsonDocument::Indented), problems);
}

bool W3cExporter::finish(OutputSink &, Problems *)
{
    return true;
}

} // namespace Hashiya
