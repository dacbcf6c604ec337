// SPDX-License-Identifier: GPL-3.0-or-later
#include "sidecarwriter.h"

#include "io/jsonwriter.h"
#include "model/article.h"
#include "model/sidecarinfo.h"
#include "text/codepointindex.h"

namespace Hashiya {
namespace {

// Entity and relation lines are compact JSON (no spaces): one line per annotation stays short, and a
// million of them stay quick to write and read.

void writeExtra(JsonWriter &out, const ExtraFields &extra)
{
    for (const auto &[name, rawJson] : extra) {
        out.raw(',');
        out.string(name);
        out.raw(':');
        out.raw(std::string_view(rawJson.constData(), size_t(rawJson.size())));
    }
}

void writeExtra(JsonWriter &out, const QList<QByteArray> &extraElements)
{
    for (const QByteArray &rawJson : extraElements) {
        out.raw(',');
        out.raw(std::string_view(rawJson.constData(), size_t(rawJson.size())));
    }
}

void writeAttributes(JsonWriter &out, const Attributes &attributes)
{
    if (attributes.isEmpty())
        return;
    out.raw(std::string_view(",\"attributes\":{"));
    bool first = true;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
        if (!first)
            out.raw(',');
        first = false;
        out.string(it.key());
        out.raw(':');
        out.string(it.value());
    }
    out.raw('}');
}

void writeOptionalString(JsonWriter &out, std::string_view key, const QString &value)
{
    if (value.isEmpty())
        return;
    out.raw(',');
    out.key(key);
    out.string(value);
}

// A span is an array: [start, end, text, prefix, suffix].
void writeSpan(JsonWriter &out, QStringView text, const CodePointIndex &codePoints, const Span &span)
{
    const qsizetype length = codePoints.codePointCount();
    const qsizetype prefixStart = codePoints.toUtf16(std::max<qsizetype>(0, span.start - SidecarWriter::contextLength));
    const qsizetype start = codePoints.toUtf16(span.start);
    const qsizetype end = codePoints.toUtf16(span.end);
    const qsizetype suffixEnd = codePoints.toUtf16(std::min(length, span.end + SidecarWriter::contextLength));
    out.raw('[');
    out.integer(span.start);
    out.raw(',');
    out.integer(span.end);
    out.raw(',');
    out.string(text.sliced(start, end - start));
    out.raw(',');
    out.string(text.sliced(prefixStart, start - prefixStart));
    out.raw(',');
    out.string(text.sliced(end, suffixEnd - end));
    writeExtra(out, span.extra);
    out.raw(']');
}

void writeEntity(JsonWriter &out, QStringView text, const CodePointIndex &codePoints, const Entity &entity)
{
    out.raw(std::string_view("{\"id\":"));
    out.string(entity.id);
    out.raw(std::string_view(",\"type\":"));
    out.string(entity.type);
    out.raw(std::string_view(",\"spans\":["));
    for (qsizetype i = 0; i < entity.spans.size(); ++i) {
        if (i > 0)
            out.raw(',');
        writeSpan(out, text, codePoints, entity.spans[i]);
    }
    out.raw(']');
    writeAttributes(out, entity.attributes);
    writeOptionalString(out, "note", entity.note);
    writeOptionalString(out, "reference", entity.reference);
    writeExtra(out, entity.extra);
    out.raw('}');
}

void writeRelation(JsonWriter &out, const Relation &relation)
{
    out.raw(std::string_view("{\"id\":"));
    out.string(relation.id);
    out.raw(std::string_view(",\"type\":"));
    out.string(relation.type);
    out.raw(std::string_view(",\"from\":"));
    out.string(relation.from);
    out.raw(std::string_view(",\"to\":"));
    out.string(relation.to);
    writeAttributes(out, relation.attributes);
    writeOptionalString(out, "note", relation.note);
    writeExtra(out, relation.extra);
    out.raw('}');
}

// Writes `items` one per line inside a JSON array.
template<typename Item, typename WriteItem>
void writeArray(JsonWriter &out, const std::vector<Item> &items, WriteItem writeItem)
{
    if (items.empty()) {
        out.raw(std::string_view("[]"));
        return;
    }
    out.raw(std::string_view("[\n"));
    for (size_t i = 0; i < items.size(); ++i) {
        out.raw(std::string_view("    "));
        writeItem(items[i]);
        out.raw(i + 1 < items.size() ? std::string_view(",\n") : std::string_view("\n"));
    }
    out.raw(std::string_view("  ]"));
}

} // namespace

void SidecarWriter::write(JsonWriter &out, const Article &article, const CodePointIndex &codePoints,
                          const SidecarInfo &info, const std::vector<Entity> &entities,
                          const std::vector<Relation> &relations)
{
    out.raw(std::string_view("{\n  \"format\": \"hashiya-sidecar\",\n  \"version\": "));
    out.string(info.formatVersion);
    out.raw(std::string_view(",\n  \"article\": {\"file\":"));
    out.string(article.fileName());
    out.raw(std::string_view(",\"sha256\":"));
    out.string(std::string_view(article.sha256.constData(), size_t(article.sha256.size())));
    out.raw(std::string_view(",\"length\":"));
    out.integer(article.codePointCount);
    out.raw(std::string_view(",\"encoding\":"));
    out.string(article.encoding);
    out.raw(std::string_view(",\"bom\":"));
    out.boolean(article.hasBom);
    out.raw(std::string_view(",\"lineEnds\":"));
    out.string(lineEndingName(article.lineEnding));
    writeExtra(out, info.extraArticle);
    out.raw(std::string_view("},\n  \"annotator\": "));
    out.string(info.annotator);
    out.raw(std::string_view(",\n  \"modified\": "));
    out.string(info.modified);
    out.raw(std::string_view(",\n  \"entities\": "));
    const QStringView text = article.text;
    writeArray(out, entities, [&](const Entity &entity) { writeEntity(out, text, codePoints, entity); });
    out.raw(std::string_view(",\n  \"relations\": "));
    writeArray(out, relations, [&](const Relation &relation) { writeRelation(out, relation); });
    for (const auto &[name, rawJson] : info.extraRoot) {
        out.raw(std::string_view(",\n  "));
        out.string(name);
        out.raw(std::string_view(": "));
        out.raw(std::string_view(rawJson.constData(), size_t(rawJson.size())));
    }
    out.raw(std::string_view("\n}\n"));
}

} // namespace Hashiya
