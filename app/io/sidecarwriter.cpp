// SPDX-License-Identifier: GPL-3.0-or-later
#include "sidecarwriter.h"

#include "io/jsonwriter.h"
#include "model/annotationset.h"
#include "model/article.h"
#include "model/sidecarinfo.h"
#include "text/codepointindex.h"

#include <QIODevice>
#include <QStringList>

#include <algorithm>
#include <atomic>
#include <future>
#include <thread>

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

// Writes items [from, to) of an array, one per line, each followed by a comma unless it is the last.
template<typename Items, typename WriteItem>
void writeItems(JsonWriter &out, const Items &items, size_t from, size_t to, WriteItem writeItem)
{
    auto it = items.begin() + std::ptrdiff_t(from);
    for (size_t i = from; i < to; ++i, ++it) {
        out.raw(std::string_view("    "));
        writeItem(*it);
        out.raw(i + 1 < items.size() ? std::string_view(",\n") : std::string_view("\n"));
    }
}

std::string_view opening(bool empty)
{
    return empty ? std::string_view("[]") : std::string_view("[\n");
}
std::string_view closing(bool empty)
{
    return empty ? std::string_view() : std::string_view("  ]");
}

} // namespace

QString SidecarWriter::versionFor(const SidecarInfo &info)
{
    // 2.x only while conflicts wait: a Hashiya that reads 1.x leaves such a file alone, so none can drop
    // them. The last one resolved, the file is a 1.3 one again (2.0 is 1.3 with conflicts).
    const bool unreadConflicts = std::any_of(info.extraRoot.begin(), info.extraRoot.end(),
                                             [](const auto &field) { return field.first == u"conflicts"; });
    if (!info.conflicts.isEmpty() || unreadConflicts)
        return QStringLiteral("2.0");
    const QStringList parts = info.formatVersion.split(u'.');
    const int major = parts.size() == 2 ? parts[0].toInt() : 0;
    if (major >= 2)
        return QStringLiteral("1.3");
    if (!info.title.isEmpty() && major == 1 && parts[1].toInt() < 1)
        return QStringLiteral("1.1");
    return info.formatVersion;
}

template<typename Entities>
std::vector<SidecarWriter::Piece> SidecarWriter::pieces(const Article &article, const CodePointIndex &codePoints,
                                                        const SidecarInfo &info, const Entities &entities,
                                                        const std::vector<Relation> &relations)
{
    // The pieces outlive this call: they hold pointers to the arguments, never references to them.
    const Article *a = &article;
    const CodePointIndex *cp = &codePoints;
    const SidecarInfo *in = &info;
    const Entities *ents = &entities;
    const std::vector<Relation> *rels = &relations;
    std::vector<Piece> result;
    result.push_back([=](JsonWriter &out) {
        out.raw(std::string_view("{\n  \"format\": \"hashiya-sidecar\",\n  \"version\": "));
        out.string(SidecarWriter::versionFor(*in));
        out.raw(std::string_view(",\n  \"article\": {\"file\":"));
        out.string(a->fileName());
        out.raw(std::string_view(",\"sha256\":"));
        out.string(std::string_view(a->sha256.constData(), size_t(a->sha256.size())));
        out.raw(std::string_view(",\"length\":"));
        out.integer(a->codePointCount);
        out.raw(std::string_view(",\"encoding\":"));
        out.string(a->encoding);
        out.raw(std::string_view(",\"bom\":"));
        out.boolean(a->hasBom);
        out.raw(std::string_view(",\"lineEnds\":"));
        out.string(lineEndingName(a->lineEnding));
        writeExtra(out, in->extraArticle);
        out.raw(std::string_view("},\n  \"annotator\": "));
        out.string(in->annotator);
        out.raw(std::string_view(",\n  \"modified\": "));
        out.string(in->modified);
        if (in->status != u"new") { // the default is not written, so older sidecars keep their bytes
            out.raw(std::string_view(",\n  \"status\": "));
            out.string(in->status);
        }
        if (!in->title.isEmpty()) {
            out.raw(std::string_view(",\n  \"title\": "));
            out.string(in->title);
        }
        out.raw(std::string_view(",\n  \"entities\": "));
        out.raw(opening(ents->empty()));
    });
    for (size_t from = 0; from < entities.size(); from += itemsPerPiece) {
        const size_t to = std::min(entities.size(), from + itemsPerPiece);
        result.push_back([=](JsonWriter &out) {
            const QStringView text = a->text;
            writeItems(out, *ents, from, to, [&](const Entity &entity) { writeEntity(out, text, *cp, entity); });
        });
    }
    result.push_back([=](JsonWriter &out) {
        out.raw(closing(ents->empty()));
        out.raw(std::string_view(",\n  \"relations\": "));
        out.raw(opening(rels->empty()));
    });
    for (size_t from = 0; from < relations.size(); from += itemsPerPiece) {
        const size_t to = std::min(relations.size(), from + itemsPerPiece);
        result.push_back([=](JsonWriter &out) {
            writeItems(out, *rels, from, to, [&](const Relation &relation) { writeRelation(out, relation); });
        });
    }
    result.push_back([=](JsonWriter &out) {
        out.raw(closing(rels->empty()));
        for (const auto &[name, rawJson] : in->extraRoot) {
            out.raw(std::string_view(",\n  "));
            out.string(name);
            out.raw(std::string_view(": "));
            out.raw(std::string_view(rawJson.constData(), size_t(rawJson.size())));
        }
        // One per line, last, as the merge driver writes them.
        if (!in->conflicts.isEmpty()) {
            out.raw(std::string_view(",\n  \"conflicts\": [\n"));
            for (qsizetype i = 0; i < in->conflicts.size(); ++i) {
                const QByteArray json = in->conflicts[i].toJson();
                out.raw(std::string_view("    "));
                out.raw(std::string_view(json.constData(), size_t(json.size())));
                out.raw(i + 1 < in->conflicts.size() ? std::string_view(",\n") : std::string_view("\n"));
            }
            out.raw(std::string_view("  ]"));
        }
        out.raw(std::string_view("\n}\n"));
    });
    return result;
}

template<typename Entities>
void SidecarWriter::write(JsonWriter &out, const Article &article, const CodePointIndex &codePoints,
                          const SidecarInfo &info, const Entities &entities, const std::vector<Relation> &relations)
{
    for (const Piece &piece : pieces(article, codePoints, info, entities, relations))
        piece(out);
}

template<typename Entities>
bool SidecarWriter::write(QIODevice &device, const Article &article, const CodePointIndex &codePoints,
                          const SidecarInfo &info, const Entities &entities, const std::vector<Relation> &relations)
{
    const std::vector<Piece> all = pieces(article, codePoints, info, entities, relations);
    // Up to one piece of items: one buffer, one write. A thread per sidecar would cost an import of 10⁵
    // documents 10⁵ threads.
    if (entities.size() + relations.size() <= itemsPerPiece) {
        JsonWriter out;
        for (const Piece &piece : all)
            piece(out);
        return device.write(out.data(), qint64(out.size())) == qint64(out.size());
    }
    // Large: a second thread encodes while this one writes what is ready, so the time is about the
    // larger of the two rather than their sum.
    std::vector<std::promise<JsonWriter>> encoded(all.size());
    std::vector<std::future<JsonWriter>> ready;
    for (auto &promise : encoded)
        ready.push_back(promise.get_future());
    std::atomic<bool> stop = false;
    std::thread encoder([&] {
        for (size_t i = 0; i < all.size() && !stop; ++i) {
            JsonWriter out(size_t(itemsPerPiece) * 256);
            all[i](out);
            encoded[i].set_value(std::move(out));
        }
    });
    bool ok = true;
    for (size_t i = 0; i < all.size() && ok; ++i) {
        const JsonWriter out = ready[i].get();
        ok = device.write(out.data(), qint64(out.size())) == qint64(out.size());
    }
    stop = true;
    encoder.join();
    return ok;
}

template void SidecarWriter::write(JsonWriter &, const Article &, const CodePointIndex &, const SidecarInfo &,
                                   const std::vector<Entity> &, const std::vector<Relation> &);
template void SidecarWriter::write(JsonWriter &, const Article &, const CodePointIndex &, const SidecarInfo &,
                                   const EntityList &, const std::vector<Relation> &);
template bool SidecarWriter::write(QIODevice &, const Article &, const CodePointIndex &, const SidecarInfo &,
                                   const std::vector<Entity> &, const std::vector<Relation> &);
template bool SidecarWriter::write(QIODevice &, const Article &, const CodePointIndex &, const SidecarInfo &,
                                   const EntityList &, const std::vector<Relation> &);

} // namespace Hashiya
