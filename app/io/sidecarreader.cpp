// SPDX-License-Identifier: GPL-3.0-or-later
#include "sidecarreader.h"

#include "io/jsonfields.h"
#include "io/utf8.h"
#include "model/annotationid.h"
#include "model/article.h"
#include "model/schema.h"
#include "text/codepointindex.h"
#include "text/graphemes.h"

#include <QHash>

#include <simdjson.h>

namespace Hashiya {
namespace {

namespace od = simdjson::ondemand;
using Severity = Problem::Severity;

constexpr qsizetype contextLength = 32; // code points of prefix and suffix the writer stores

QString quoted(QStringView text)
{
    return quotedForMessage(text);
}
QString quoted(std::string_view utf8)
{
    return quotedForMessage(utf8);
}

// How often a name the schema lacks occurs, and where first.
struct UnknownName
{
    qsizetype count = 0;
    qsizetype firstOffset = -1;
};

/// One read of one sidecar. Uses simdjson's on-demand parser and reports problems as it goes; a
/// syntax error stops it (simdjson_error), and JsonSource then locates the error exactly.
class Parser
{
public:
    Parser(const JsonSource &source, const QString &path, const Article &article, const CodePointIndex &codePoints,
           const Schema *schema, Problems *problems)
        : m_article(article)
        , m_text(article.text)
        , m_codePoints(codePoints)
        , m_schema(schema)
        , m_json(source, path, problems, SidecarReader::maxReportedProblems)
    {
    }

    SidecarContent run();

private:
    void readRoot(od::object root);
    void readArticle(od::value value);
    void readEntities(od::value value);
    void readEntity(od::value value);
    bool readSpan(od::value value, qsizetype entityOffset, Span *span);
    void readRelations(od::value value);
    void readRelation(od::value value);
    void readAttributes(od::value value, Attributes *attributes, qsizetype ownerOffset);
    void checkReferences();
    void checkArticleFacts();
    void reportUnknownNames();

    QString typeName(std::string_view utf8);
    void error(qsizetype offset, const QString &message) { m_json.error(offset, message); }
    void warning(qsizetype offset, const QString &message) { m_json.warning(offset, message); }
    qsizetype offsetOf(od::value &value) { return m_json.offsetOf(value); }

    bool spanTextMatches(std::string_view stored, qsizetype start, qsizetype end) const;

    const Article &m_article;
    QStringView m_text;
    const CodePointIndex &m_codePoints;
    const Schema *m_schema;
    JsonFields m_json;
    SidecarContent m_content;
    std::vector<qsizetype> m_relationOffsets;
    struct IdUse
    {
        qsizetype offset = 0; // where it is defined
        bool isEntity = false;
    };
    QHash<QString, IdUse> m_ids; // every entity and relation id
    std::vector<std::pair<std::string, QString>> m_typeNames; // interned: a corpus has few types
    QHash<QString, UnknownName> m_unknownEntityTypes, m_unknownRelationTypes, m_unknownAttributes;
    qsizetype m_mismatchedSpans = 0;
    // Stored prefixes and suffixes are derived data, written from the very text whose hash the sidecar
    // records; they need checking only when the article no longer has that hash.
    bool m_checkContext = true;
    int m_major = 0;
    bool m_sawArticle = false;
};

SidecarContent Parser::run()
{
    // Reserving for the likely count (a written entity takes about 200 bytes) saves rehashing and
    // reallocation, a tenth of the load time of a large sidecar.
    const qsizetype expected = m_json.source().size() / 200;
    m_ids.reserve(expected);
    m_content.entities.reserve(size_t(expected));
    try {
        od::document document = m_json.iterate();
        if (document.type() != od::json_type::object) {
            error(0, SidecarReader::tr("the top level must be a JSON object"));
            return {};
        }
        readRoot(document.get_object());
        if (m_major > SidecarReader::majorVersion)
            return {}; // stopped at the version: the rest is not read, let alone judged
        if (JsonFields::hasTrailingContent(document))
            throw simdjson::simdjson_error(simdjson::TRAILING_CONTENT);
    } catch (const simdjson::simdjson_error &e) {
        m_json.reportSyntaxError(e);
        return {};
    }
    checkReferences();
    checkArticleFacts();
    reportUnknownNames();
    m_json.finish();
    return std::move(m_content);
}

void Parser::readRoot(od::object root)
{
    bool sawFormat = false, sawVersion = false;
    for (od::field field : root) {
        const std::string_view key = field.unescaped_key();
        od::value value = field.value();
        const qsizetype at = offsetOf(value);
        if (key == "format") {
            sawFormat = true;
            if (const auto format = m_json.string(value, "format"); format && *format != "hashiya-sidecar")
                error(at, SidecarReader::tr("this is not a Hashiya sidecar (format %1)").arg(quoted(*format)));
        } else if (key == "version") {
            sawVersion = true;
            const auto version = m_json.string(value, "version");
            if (!version)
                continue;
            const QString text = toQString(*version);
            const QStringList parts = text.split(u'.');
            bool majorOk = false, minorOk = false;
            m_major = parts.size() == 2 ? parts[0].toInt(&majorOk) : 0;
            if (parts.size() == 2)
                parts[1].toInt(&minorOk);
            if (!majorOk || !minorOk || m_major < 1) {
                error(at, SidecarReader::tr("version %1 is not of the form MAJOR.MINOR").arg(quoted(text)));
            } else if (m_major > SidecarReader::majorVersion) {
                m_json.dropProblems(); // the rest would only be noise
                error(at,
                      SidecarReader::tr("this sidecar has format version %1, written by a newer Hashiya; this "
                                        "version reads %2.x and will not change the file")
                          .arg(text)
                          .arg(SidecarReader::majorVersion));
                return;
            }
            m_content.info.formatVersion = text;
        } else if (key == "article") {
            readArticle(value);
        } else if (key == "annotator") {
            if (const auto s = m_json.string(value, "annotator"))
                m_content.info.annotator = toQString(*s);
        } else if (key == "modified") {
            if (const auto s = m_json.string(value, "modified"))
                m_content.info.modified = toQString(*s);
        } else if (key == "entities") {
            readEntities(value);
        } else if (key == "relations") {
            readRelations(value);
        } else {
            m_content.info.extraRoot.append({toQString(key), m_json.rawJson(value)});
        }
    }
    if (!sawFormat)
        error(0, SidecarReader::tr("the field “format” is missing; this is not a Hashiya sidecar"));
    if (!sawVersion)
        error(0, SidecarReader::tr("the field “version” is missing"));
    if (!m_sawArticle)
        error(0, SidecarReader::tr("the field “article” is missing"));
}

void Parser::readArticle(od::value value)
{
    const qsizetype at = offsetOf(value);
    m_sawArticle = true;
    if (value.type() != od::json_type::object) {
        error(at, SidecarReader::tr("“article” must be an object"));
        return;
    }
    SidecarInfo &info = m_content.info;
    for (od::field field : value.get_object()) {
        const std::string_view key = field.unescaped_key();
        od::value v = field.value();
        if (key == "file") {
            if (const auto s = m_json.string(v, "file"))
                info.articleFile = toQString(*s);
        } else if (key == "sha256") {
            if (const auto s = m_json.string(v, "sha256")) {
                info.articleSha256 = QByteArray(s->data(), qsizetype(s->size()));
                m_checkContext = info.articleSha256 != m_article.sha256;
            }
        } else if (key == "length") {
            const qsizetype fieldAt = offsetOf(v);
            if (const auto n = m_json.integer(v, "length")) {
                if (*n < 0)
                    error(fieldAt, SidecarReader::tr("“length” must not be negative"));
                else
                    info.articleLength = *n;
            }
        } else if (key == "encoding" || key == "lineEnds") {
            // Facts about the file on disk: the article itself is their authority, so they are re-read
            // from it on every load rather than trusted from here.
            const qsizetype fieldAt = offsetOf(v);
            const auto s = m_json.string(v, key == "encoding" ? "encoding" : "lineEnds");
            if (s && key == "lineEnds" && !lineEndingFromName(toQString(*s)))
                warning(fieldAt, SidecarReader::tr("unknown line ending %1").arg(quoted(*s)));
        } else if (key == "bom") {
            m_json.boolean(v, "bom");
        } else {
            info.extraArticle.append({toQString(key), m_json.rawJson(v)});
        }
    }
}

void Parser::readEntities(od::value value)
{
    const qsizetype at = offsetOf(value);
    if (value.type() != od::json_type::array) {
        error(at, SidecarReader::tr("“entities” must be an array"));
        return;
    }
    for (od::value entity : value.get_array())
        readEntity(entity);
}

void Parser::readEntity(od::value value)
{
    const qsizetype at = offsetOf(value);
    if (value.type() != od::json_type::object) {
        error(at, SidecarReader::tr("an entity must be an object"));
        return;
    }
    Entity entity;
    bool spansOk = true, sawSpans = false;
    for (od::field field : value.get_object()) {
        const std::string_view key = field.unescaped_key();
        od::value v = field.value();
        if (key == "id") {
            if (const auto s = m_json.string(v, "id"))
                entity.id = toQString(*s);
        } else if (key == "type") {
            if (const auto s = m_json.string(v, "type"))
                entity.type = typeName(*s);
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
    if (const auto previous = m_ids.constFind(entity.id); previous != m_ids.constEnd()) {
        error(at,
              SidecarReader::tr("the id %1 is used twice (first on line %2)")
                  .arg(entity.id)
                  .arg(m_json.lineOf(previous->offset)));
        return;
    }
    m_ids.insert(entity.id, {at, true});
    if (m_schema && !entity.type.isEmpty() && !m_schema->entityType(entity.type)) {
        UnknownName &unknown = m_unknownEntityTypes[entity.type];
        if (unknown.count++ == 0)
            unknown.firstOffset = at;
    }
    if (m_schema) {
        for (auto it = entity.attributes.cbegin(); it != entity.attributes.cend(); ++it) {
            const AttributeDefinition *definition = m_schema->attribute(it.key());
            if (!definition) {
                UnknownName &unknown = m_unknownAttributes[it.key()];
                if (unknown.count++ == 0)
                    unknown.firstOffset = at;
            } else if (!definition->values.isEmpty() && !definition->values.contains(it.value())) {
                warning(at,
                        SidecarReader::tr("attribute %1 has the value %2, which the schema does not allow (%3)")
                            .arg(it.key(), quoted(it.value()), definition->values.join(QStringLiteral(", "))));
            }
        }
    }
    if (spansOk && !entity.spans.isEmpty())
        m_content.entities.push_back(std::move(entity));
}

bool Parser::readSpan(od::value value, qsizetype entityOffset, Span *span)
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
            prefix = m_json.string(element, "prefix");
            break;
        case 4:
            suffix = m_json.string(element, "suffix");
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
    const qsizetype length = m_codePoints.codePointCount();
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
        ++m_mismatchedSpans;
        const qsizetype from = m_codePoints.toUtf16(*start), to = m_codePoints.toUtf16(*end);
        // With the article unchanged (same hash), it is the offsets that are wrong, not the text.
        const QString message = m_checkContext
            ? SidecarReader::tr("the stored text %1 does not match the article's %2 at [%3, %4): the "
                                "article changed since this sidecar was saved")
            : SidecarReader::tr("the stored text %1 does not match the article's %2 at [%3, %4): the "
                                "offsets are wrong, since the article is unchanged");
        error(entityOffset, message.arg(quoted(*text), quoted(m_text.sliced(from, to - from))).arg(*start).arg(*end));
        return true; // the span itself is well-formed; the document opens read-only
    }
    const bool prefixOk =
        !m_checkContext || !prefix || spanTextMatches(*prefix, std::max<qint64>(0, *start - contextLength), *start);
    const bool suffixOk =
        !m_checkContext || !suffix || spanTextMatches(*suffix, *end, std::min<qint64>(length, *end + contextLength));
    if (!prefixOk || !suffixOk)
        warning(entityOffset,
                SidecarReader::tr("the stored context of span [%1, %2) no longer matches the article")
                    .arg(*start)
                    .arg(*end));
    for (const qint64 edge : {*start, *end}) {
        const qsizetype utf16 = m_codePoints.toUtf16(edge);
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

void Parser::readRelations(od::value value)
{
    const qsizetype at = offsetOf(value);
    if (value.type() != od::json_type::array) {
        error(at, SidecarReader::tr("“relations” must be an array"));
        return;
    }
    for (od::value relation : value.get_array())
        readRelation(relation);
}

void Parser::readRelation(od::value value)
{
    const qsizetype at = offsetOf(value);
    if (value.type() != od::json_type::object) {
        error(at, SidecarReader::tr("a relation must be an object"));
        return;
    }
    Relation relation;
    for (od::field field : value.get_object()) {
        const std::string_view key = field.unescaped_key();
        od::value v = field.value();
        if (key == "id") {
            if (const auto s = m_json.string(v, "id"))
                relation.id = toQString(*s);
        } else if (key == "type") {
            if (const auto s = m_json.string(v, "type"))
                relation.type = typeName(*s);
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
    if (const auto previous = m_ids.constFind(relation.id); previous != m_ids.constEnd()) {
        error(at,
              SidecarReader::tr("the id %1 is used twice (first on line %2)")
                  .arg(relation.id)
                  .arg(m_json.lineOf(previous->offset)));
        return;
    }
    m_ids.insert(relation.id, {at, false});
    if (m_schema && !relation.type.isEmpty() && !m_schema->relationType(relation.type)) {
        UnknownName &unknown = m_unknownRelationTypes[relation.type];
        if (unknown.count++ == 0)
            unknown.firstOffset = at;
    }
    m_content.relations.push_back(std::move(relation));
    m_relationOffsets.push_back(at);
}

void Parser::readAttributes(od::value value, Attributes *attributes, qsizetype ownerOffset)
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

void Parser::checkReferences()
{
    for (size_t i = 0; i < m_content.relations.size(); ++i) {
        const Relation &relation = m_content.relations[i];
        for (const QString *end : {&relation.from, &relation.to}) {
            if (!m_ids.value(*end).isEntity)
                warning(
                    m_relationOffsets[i],
                    SidecarReader::tr("relation %1 points at %2, which is not an entity here").arg(relation.id, *end));
        }
    }
}

void Parser::checkArticleFacts()
{
    const SidecarInfo &info = m_content.info;
    if (!m_sawArticle)
        return;
    if (!info.articleFile.isEmpty() && info.articleFile != m_article.fileName())
        warning(-1,
                SidecarReader::tr("this sidecar was written for %1, but sits next to %2")
                    .arg(quoted(info.articleFile), quoted(m_article.fileName())));
    const bool changed = info.articleSha256 != m_article.sha256 || info.articleLength != m_article.codePointCount;
    if (!changed)
        return;
    if (m_mismatchedSpans > 0)
        error(-1,
              SidecarReader::tr("the article changed since this sidecar was saved: %n span(s) no longer match "
                                "their text; the sidecar is opened read-only so it is not overwritten",
                                nullptr, int(m_mismatchedSpans)));
    else
        warning(-1,
                SidecarReader::tr("the article changed since this sidecar was saved, but every span still matches "
                                  "its text; the next save records the new version"));
}

void Parser::reportUnknownNames()
{
    auto reportAll = [this](const QHash<QString, UnknownName> &names, const char *what) {
        QStringList sorted = names.keys();
        sorted.sort();
        for (const QString &name : std::as_const(sorted)) {
            const UnknownName &unknown = names[name];
            warning(unknown.firstOffset,
                    QCoreApplication::translate("SidecarReader", what, nullptr, int(unknown.count)).arg(quoted(name)));
        }
    };
    reportAll(m_unknownEntityTypes,
              QT_TRANSLATE_NOOP("SidecarReader", "the entity type %1 is not in the schema; %n entity(ies) keep it"));
    reportAll(m_unknownRelationTypes,
              QT_TRANSLATE_NOOP("SidecarReader", "the relation type %1 is not in the schema; %n relation(s) keep it"));
    reportAll(m_unknownAttributes,
              QT_TRANSLATE_NOOP("SidecarReader", "the attribute %1 is not in the schema; %n annotation(s) keep it"));
}

QString Parser::typeName(std::string_view utf8)
{
    for (const auto &[bytes, name] : m_typeNames) {
        if (bytes == utf8)
            return name;
    }
    m_typeNames.emplace_back(std::string(utf8), toQString(utf8));
    return m_typeNames.back().second;
}

bool Parser::spanTextMatches(std::string_view stored, qsizetype start, qsizetype end) const
{
    const qsizetype from = m_codePoints.toUtf16(start), to = m_codePoints.toUtf16(end);
    return Utf8::equals(stored, m_text.sliced(from, to - from));
}

} // namespace

SidecarContent SidecarReader::read(const JsonSource &source, const QString &path, const Article &article,
                                   const CodePointIndex &codePoints, const Schema *schema, Problems *problems)
{
    Parser parser(source, path, article, codePoints, schema, problems);
    return parser.run();
}

QString SidecarReader::recordedEncoding(const JsonSource &source)
{
    Problems ignored;
    JsonFields json(source, QString(), &ignored, 0);
    std::string_view encoding;
    simdjson::ondemand::document document = json.iterate();
    if (document["article"]["encoding"].get_string().get(encoding) != simdjson::SUCCESS)
        return {};
    return toQString(encoding);
}

} // namespace Hashiya
