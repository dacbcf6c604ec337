// SPDX-License-Identifier: GPL-3.0-or-later
#include "sidecarentryreader.h"

#include "io/idtable.h"
#include "io/sidecarreader.h"
#include "io/utf8.h"
#include "model/annotationid.h"
#include "model/article.h"
#include "model/schema.h"
#include "text/codepointindex.h"
#include "text/graphemes.h"

namespace Hashiya {

namespace od = simdjson::ondemand;

namespace {

constexpr qsizetype contextLength = 32; // code points of prefix and suffix the writer stores

QString quoted(QStringView text)
{
    return quotedForMessage(text);
}
QString quoted(std::string_view utf8)
{
    return quotedForMessage(utf8);
}

} // namespace

SidecarEntryReader::SidecarEntryReader(const Context &context, JsonFields &json)
    : m_context(context)
    , m_text(context.article.text)
    , m_json(json)
{
}

void SidecarEntryReader::readEntity(od::value value, qsizetype at)
{
    if (value.type() != od::json_type::object) {
        error(at, SidecarReader::tr("an entity must be an object"));
        return;
    }
    Entity entity;
    TypeName *type = nullptr;
    bool spansOk = true, sawSpans = false;
    for (od::field field : value.get_object()) {
        const std::string_view key = field.unescaped_key();
        od::value v = field.value();
        if (key == "id") {
            if (const auto s = m_json.string(v, "id"))
                entity.id = toQString(*s);
        } else if (key == "type") {
            if (const auto s = m_json.string(v, "type")) {
                type = &typeName(*s);
                entity.type = type->name;
            }
        } else if (key == "spans") {
            sawSpans = true;
            const qsizetype spansAt = offsetOf(v);
            if (v.type() != od::json_type::array) {
                error(spansAt, SidecarReader::tr("“spans” must be an array"));
                spansOk = false;
                continue;
            }
            for (od::value spanValue : v.get_array()) {
                Span span;
                if (readSpan(spanValue, at, &span))
                    entity.spans.append(std::move(span));
                else
                    spansOk = false;
            }
        } else if (key == "attributes") {
            readAttributes(v, &entity.attributes, at);
        } else if (key == "note") {
            if (const auto s = m_json.string(v, "note"))
                entity.note = toQString(*s);
        } else if (key == "reference") {
            if (const auto s = m_json.string(v, "reference"))
                entity.reference = toQString(*s);
        } else {
            entity.extra.append({toQString(key), m_json.rawJson(v)});
        }
    }

    if (entity.id.isEmpty()) {
        error(at, SidecarReader::tr("an entity has no “id”"));
        return;
    }
    if (!isValidAnnotationId(entity.id))
        error(
            at,
            SidecarReader::tr("entity id %1 is not valid: use 1–64 letters, digits or _ . : -").arg(quoted(entity.id)));
    if (entity.type.isEmpty())
        error(at, SidecarReader::tr("entity %1 has no “type”").arg(entity.id));
    if (!sawSpans || (spansOk && entity.spans.isEmpty()))
        error(at, SidecarReader::tr("entity %1 has no spans").arg(entity.id));
    for (qsizetype i = 1; spansOk && i < entity.spans.size(); ++i) {
        if (entity.spans[i].start < entity.spans[i - 1].end) {
            error(
                at,
                SidecarReader::tr("the spans of entity %1 must be in text order and must not overlap").arg(entity.id));
            spansOk = false;
        }
    }
    if (m_context.schema && !entity.type.isEmpty() && !isKnownEntityType(*type)) {
        UnknownName &unknown = unknownEntityTypes[entity.type];
        if (unknown.count++ == 0)
            unknown.firstOffset = at;
    }
    if (m_context.schema) {
        for (auto it = entity.attributes.cbegin(); it != entity.attributes.cend(); ++it) {
            const AttributeDefinition *definition = m_context.schema->attribute(it.key());
            if (!definition) {
                UnknownName &unknown = unknownAttributes[it.key()];
                if (unknown.count++ == 0)
                    unknown.firstOffset = at;
            } else if (!definition->values.isEmpty() && !definition->values.contains(it.value())) {
                warning(at,
                        SidecarReader::tr("attribute %1 has the value %2, which the schema does not allow (%3)")
                            .arg(it.key(), quoted(it.value()), definition->values.join(QStringLiteral(", "))));
            }
        }
    }
    if (!spansOk || entity.spans.isEmpty())
        return;
    entityIdHashes.push_back(IdTable::hashOf(entity.id));
    if (entitiesInOrder && !entities.empty() && entityLess(entity, entities.back()))
        entitiesInOrder = false; // the set sorts them
    entities.push_back(std::move(entity));
    entityOffsets.push_back(at);
}

bool SidecarEntryReader::readSpan(od::value value, qsizetype entityOffset, Span *span)
{
    const qsizetype at = offsetOf(value);
    if (value.type() != od::json_type::array) {
        error(at, SidecarReader::tr("a span must be an array [start, end, text, prefix, suffix]"));
        return false;
    }
    std::optional<qint64> start, end;
    std::optional<std::string_view> text, prefix, suffix;
    int index = 0;
    for (od::value element : value.get_array()) {
        switch (index++) {
        case 0:
            start = m_json.integer(element, "start");
            break;
        case 1:
            end = m_json.integer(element, "end");
            break;
        case 2:
            text = m_json.string(element, "text");
            break;
        case 3:
        case 4:
            // Unchanged article: the context needs no comparing, so its type is checked but it is not
            // decoded (a third of the bytes of a sidecar).
            if (m_context.checkContext)
                (index == 4 ? prefix : suffix) = m_json.string(element, index == 4 ? "prefix" : "suffix");
            else if (element.type() != od::json_type::string)
                m_json.string(element, index == 4 ? "prefix" : "suffix"); // reports the wrong type
            break;
        default: // added by a newer version: kept as it is
            span->extra.append(m_json.rawJson(element));
            break;
        }
    }
    if (!start || !end) {
        error(entityOffset, SidecarReader::tr("a span needs whole-number “start” and “end”"));
        return false;
    }
    const qsizetype length = m_context.codePoints.codePointCount();
    if (*start < 0 || *end > length) {
        error(entityOffset,
              SidecarReader::tr("span [%1, %2) lies outside the article, which has %3 code points")
                  .arg(*start)
                  .arg(*end)
                  .arg(length));
        return false;
    }
    if (*start >= *end) {
        error(entityOffset, SidecarReader::tr("span [%1, %2) is empty or reversed").arg(*start).arg(*end));
        return false;
    }
    span->start = *start;
    span->end = *end;

    if (!text) {
        warning(entityOffset, SidecarReader::tr("span [%1, %2) has no stored “text”").arg(*start).arg(*end));
    } else if (!spanTextMatches(*text, *start, *end)) {
        ++mismatchedSpans;
        const qsizetype from = m_context.codePoints.toUtf16(*start), to = m_context.codePoints.toUtf16(*end);
        // With the article unchanged (same hash), it is the offsets that are wrong, not the text.
        const QString message = m_context.checkContext
            ? SidecarReader::tr("the stored text %1 does not match the article's %2 at [%3, %4): the "
                                "article changed since this sidecar was saved")
            : SidecarReader::tr("the stored text %1 does not match the article's %2 at [%3, %4): the "
                                "offsets are wrong, since the article is unchanged");
        error(entityOffset, message.arg(quoted(*text), quoted(m_text.sliced(from, to - from))).arg(*start).arg(*end));
        return true; // the span itself is well-formed; the document opens read-only
    }
    const bool prefixOk = !m_context.checkContext || !prefix
        || spanTextMatches(*prefix, std::max<qint64>(0, *start - contextLength), *start);
    const bool suffixOk = !m_context.checkContext || !suffix
        || spanTextMatches(*suffix, *end, std::min<qint64>(length, *end + contextLength));
    if (!prefixOk || !suffixOk)
        warning(entityOffset,
                SidecarReader::tr("the stored context of span [%1, %2) no longer matches the article")
                    .arg(*start)
                    .arg(*end));
    for (const qint64 edge : {*start, *end}) {
        const qsizetype utf16 = m_context.codePoints.toUtf16(edge);
        if (!isGraphemeBoundary(m_text, utf16)) {
            const qsizetype from = std::max<qsizetype>(0, utf16 - 2), to = std::min(m_text.size(), utf16 + 2);
            warning(entityOffset,
                    SidecarReader::tr("span [%1, %2) splits a character: offset %3 falls inside %4")
                        .arg(*start)
                        .arg(*end)
                        .arg(edge)
                        .arg(quoted(m_text.sliced(from, to - from))));
        }
    }
    return true;
}

void SidecarEntryReader::readRelation(od::value value, qsizetype at)
{
    if (value.type() != od::json_type::object) {
        error(at, SidecarReader::tr("a relation must be an object"));
        return;
    }
    Relation relation;
    TypeName *type = nullptr;
    for (od::field field : value.get_object()) {
        const std::string_view key = field.unescaped_key();
        od::value v = field.value();
        if (key == "id") {
            if (const auto s = m_json.string(v, "id"))
                relation.id = toQString(*s);
        } else if (key == "type") {
            if (const auto s = m_json.string(v, "type")) {
                type = &typeName(*s);
                relation.type = type->name;
            }
        } else if (key == "from") {
            if (const auto s = m_json.string(v, "from"))
                relation.from = toQString(*s);
        } else if (key == "to") {
            if (const auto s = m_json.string(v, "to"))
                relation.to = toQString(*s);
        } else if (key == "attributes") {
            readAttributes(v, &relation.attributes, at);
        } else if (key == "note") {
            if (const auto s = m_json.string(v, "note"))
                relation.note = toQString(*s);
        } else {
            relation.extra.append({toQString(key), m_json.rawJson(v)});
        }
    }
    if (relation.id.isEmpty()) {
        error(at, SidecarReader::tr("a relation has no “id”"));
        return;
    }
    if (!isValidAnnotationId(relation.id))
        error(at,
              SidecarReader::tr("relation id %1 is not valid: use 1–64 letters, digits or _ . : -")
                  .arg(quoted(relation.id)));
    if (relation.type.isEmpty())
        error(at, SidecarReader::tr("relation %1 has no “type”").arg(relation.id));
    if (relation.from.isEmpty() || relation.to.isEmpty()) {
        error(at, SidecarReader::tr("relation %1 needs both “from” and “to”").arg(relation.id));
        return;
    }
    if (m_context.schema && !relation.type.isEmpty() && !isKnownRelationType(*type)) {
        UnknownName &unknown = unknownRelationTypes[relation.type];
        if (unknown.count++ == 0)
            unknown.firstOffset = at;
    }
    relationIdHashes.push_back(IdTable::hashOf(relation.id));
    relationEndHashes.emplace_back(IdTable::hashOf(relation.from), IdTable::hashOf(relation.to));
    relations.push_back(std::move(relation));
    relationOffsets.push_back(at);
}

void SidecarEntryReader::readAttributes(od::value value, Attributes *attributes, qsizetype ownerOffset)
{
    if (value.type() != od::json_type::object) {
        error(ownerOffset, SidecarReader::tr("“attributes” must be an object of names and text values"));
        return;
    }
    for (od::field field : value.get_object()) {
        const std::string_view key = field.unescaped_key();
        od::value v = field.value();
        if (const auto s = m_json.string(v, "attributes"))
            attributes->insert(toQString(key), toQString(*s));
    }
}

SidecarEntryReader::TypeName &SidecarEntryReader::typeName(std::string_view utf8)
{
    for (TypeName &type : m_typeNames) {
        if (type.utf8 == utf8)
            return type;
    }
    return m_typeNames.emplace_back(TypeName {std::string(utf8), toQString(utf8), {}, {}});
}

// Asked once per type and reader rather than once per annotation: a million entities share a handful.
bool SidecarEntryReader::isKnownEntityType(TypeName &type) const
{
    if (!type.knownEntityType)
        type.knownEntityType = m_context.schema->entityType(type.name) != nullptr;
    return *type.knownEntityType;
}

bool SidecarEntryReader::isKnownRelationType(TypeName &type) const
{
    if (!type.knownRelationType)
        type.knownRelationType = m_context.schema->relationType(type.name) != nullptr;
    return *type.knownRelationType;
}

bool SidecarEntryReader::spanTextMatches(std::string_view stored, qsizetype start, qsizetype end) const
{
    const qsizetype from = m_context.codePoints.toUtf16(start), to = m_context.codePoints.toUtf16(end);
    return Utf8::equals(stored, m_text.sliced(from, to - from));
}

} // namespace Hashiya
