// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemareader.h"

#include "io/jsonfields.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace Hashiya {
namespace {

namespace od = simdjson::ondemand;

bool isValidTypeName(const QString &name)
{
    // Names go into brat, CoNLL and CSV files: no spaces, nothing that needs quoting.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

class Parser
{
public:
    Parser(const JsonSource &source, const QString &path, Problems *problems)
        : m_source(source)
        , m_json(source, path, problems, 200)
        , m_problems(problems)
        , m_firstProblem(problems->size())
    {
    }

    std::optional<Schema> run();

private:
    void readEntityType(od::value value);
    void readRelationType(od::value value);
    void readAttribute(od::value value);
    template<typename ReadItem>
    void readList(od::value value, const char *field, ReadItem readItem);
    template<typename Item, typename ReadField>
    bool readDefinition(od::value value, qsizetype at, Item &item, QSet<QString> &names, const QString &what,
                        ReadField readField);
    SchemaLabel readLabel(od::value value);
    void unknownField(std::string_view key, od::value value, ExtraFields &extra);
    bool checkName(const QString &name, qsizetype at, QSet<QString> &seen, const QString &what);
    void checkTypeReferences();

    const JsonSource &m_source;
    JsonFields m_json;
    Problems *m_problems;
    qsizetype m_firstProblem;
    Schema m_schema;
    QSet<QString> m_entityNames, m_relationNames, m_attributeNames;
    QHash<QString, QString> m_keys; // shortcut key → entity type
    std::vector<qsizetype> m_relationOffsets, m_attributeOffsets;
};

std::optional<Schema> Parser::run()
{
    try {
        // simdjson's on-demand parser checks only what it reads; a schema is small enough to check whole
        // first, so that no malformed field is silently skipped.
        if (m_source.findSyntaxError())
            throw simdjson::simdjson_error(simdjson::TAPE_ERROR);
        od::document document = m_json.iterate();
        if (document.type() != od::json_type::object) {
            m_json.error(0, SchemaReader::tr("the top level must be a JSON object"));
            return std::nullopt;
        }
        bool sawFormat = false;
        for (od::field field : document.get_object()) {
            const std::string_view key = field.unescaped_key();
            od::value value = field.value();
            const qsizetype at = m_json.offsetOf(value);
            if (key == "format") {
                sawFormat = true;
                if (const auto format = m_json.string(value, "format"); format && *format != "hashiya-schema")
                    m_json.error(
                        at,
                        SchemaReader::tr("this is not a Hashiya schema (format %1)").arg(quotedForMessage(*format)));
            } else if (key == "version") {
                if (const auto version = m_json.qstring(value, "version"); version && !version->startsWith(u"1."))
                    m_json.error(at,
                                 SchemaReader::tr("schema version %1 is newer than this Hashiya reads (1.x)")
                                     .arg(quotedForMessage(*version)));
            } else if (key == "name") {
                m_schema.name = m_json.qstring(value, "name").value_or(QString());
            } else if (key == "entityTypes") {
                readList(value, "entityTypes", [this](od::value item) { readEntityType(item); });
            } else if (key == "relationTypes") {
                readList(value, "relationTypes", [this](od::value item) { readRelationType(item); });
            } else if (key == "attributes") {
                readList(value, "attributes", [this](od::value item) { readAttribute(item); });
            } else {
                unknownField(key, value, m_schema.extra);
            }
        }
        if (JsonFields::hasTrailingContent(document))
            throw simdjson::simdjson_error(simdjson::TRAILING_CONTENT);
        if (!sawFormat)
            m_json.error(0, SchemaReader::tr("the field “format” is missing; this is not a Hashiya schema"));
    } catch (const simdjson::simdjson_error &e) {
        m_json.reportSyntaxError(e);
        return std::nullopt;
    }
    if (m_schema.entityTypes.isEmpty())
        m_json.error(0, SchemaReader::tr("the schema defines no entity types"));
    checkTypeReferences();
    m_json.finish();
    for (qsizetype i = m_firstProblem; i < m_problems->size(); ++i) {
        if (m_problems->at(i).isError())
            return std::nullopt;
    }
    return m_schema;
}

template<typename ReadItem>
void Parser::readList(od::value value, const char *field, ReadItem readItem)
{
    if (value.type() != od::json_type::array) {
        m_json.error(m_json.offsetOf(value), SchemaReader::tr("“%1” must be a list").arg(QLatin1StringView(field)));
        return;
    }
    for (od::value item : value.get_array()) {
        if (item.type() != od::json_type::object) {
            m_json.error(m_json.offsetOf(item),
                         SchemaReader::tr("each entry of “%1” must be an object").arg(QLatin1StringView(field)));
            continue;
        }
        readItem(item);
    }
}

// One entry of a list of definitions: "name" and "label" here, every other field through `readField`, which
// returns false for a field it does not know. A definition without a label is labelled with its name.
// Returns false if the name refuses the definition.
template<typename Item, typename ReadField>
bool Parser::readDefinition(od::value value, qsizetype at, Item &item, QSet<QString> &names, const QString &what,
                            ReadField readField)
{
    for (od::field field : value.get_object()) {
        const std::string_view key = field.unescaped_key();
        od::value v = field.value();
        if (key == "name")
            item.name = m_json.qstring(v, "name").value_or(QString());
        else if (key == "label")
            item.labels = readLabel(v);
        else if (!readField(key, v))
            unknownField(key, v, item.extra);
    }
    if (!checkName(item.name, at, names, what))
        return false;
    if (item.labels.isEmpty())
        item.labels = item.name;
    return true;
}

// A plain string (every language; the only form before version 1.1) or an object of texts by language
// code. Languages this version has no interface for are kept all the same, for the schema's other readers.
SchemaLabel Parser::readLabel(od::value value)
{
    const qsizetype at = m_json.offsetOf(value);
    if (value.type() == od::json_type::string)
        return SchemaLabel(m_json.qstring(value, "label").value_or(QString()));
    if (value.type() != od::json_type::object) {
        m_json.error(at,
                     SchemaReader::tr("“label” must be a string, or an object of strings by language such as "
                                      "{\"en\": \"Person\", \"tr\": \"Kişi\"}"));
        return {};
    }
    SchemaLabel label;
    for (od::field field : value.get_object()) {
        const QString language = toQString(field.unescaped_key());
        od::value text = field.value();
        const qsizetype textAt = m_json.offsetOf(text);
        if (language.isEmpty()) {
            m_json.error(textAt, SchemaReader::tr("a language code in “label” is empty"));
            continue;
        }
        if (text.type() != od::json_type::string) {
            m_json.error(textAt, SchemaReader::tr("“label” in %1 must be a string").arg(quotedForMessage(language)));
            continue;
        }
        label.setText(language, m_json.qstring(text, "label").value_or(QString()));
    }
    return label;
}

// Kept as raw JSON, so that a schema written back (from an import, or shown as source) keeps what a newer
// version or another tool put there.
void Parser::unknownField(std::string_view key, od::value value, ExtraFields &extra)
{
    const qsizetype at = m_json.offsetOf(value);
    m_json.warning(at, SchemaReader::tr("unknown field %1 is kept but not used").arg(quotedForMessage(key)));
    extra.append({toQString(key), m_json.rawJson(value)});
}

bool Parser::checkName(const QString &name, qsizetype at, QSet<QString> &seen, const QString &what)
{
    if (name.isEmpty()) {
        m_json.error(at, SchemaReader::tr("a %1 has no “name”").arg(what));
        return false;
    }
    if (!isValidTypeName(name)) {
        m_json.error(at,
                     SchemaReader::tr("the %1 name %2 is not valid: start with a letter, then letters, digits, _ or -")
                         .arg(what, quotedForMessage(name)));
        return false;
    }
    if (seen.contains(name)) {
        m_json.error(at, SchemaReader::tr("the %1 %2 is defined twice").arg(what, name));
        return false;
    }
    seen.insert(name);
    return true;
}

void Parser::readEntityType(od::value value)
{
    const qsizetype at = m_json.offsetOf(value);
    EntityType type;
    QString color;
    const auto readField = [&](std::string_view key, od::value &v) {
        if (key == "short")
            type.shortLabel = m_json.qstring(v, "short").value_or(QString());
        else if (key == "color")
            color = m_json.qstring(v, "color").value_or(QString());
        else if (key == "key")
            type.key = m_json.qstring(v, "key").value_or(QString());
        else
            return false;
        return true;
    };
    if (!readDefinition(value, at, type, m_entityNames, SchemaReader::tr("entity type"), readField))
        return;
    if (type.shortLabel.isEmpty())
        type.shortLabel = type.name.left(4);
    type.color = color.isEmpty() ? Schema::fallbackColor(type.name) : QColor::fromString(color);
    if (!type.color.isValid()) {
        m_json.error(at,
                     SchemaReader::tr("the colour %1 of %2 is not valid: use #rrggbb or a colour name")
                         .arg(quotedForMessage(color), type.name));
        return;
    }
    // Opaque 8-bit RGB, as the schema is written back: "#80ff0000" or "#fff000000" read the same again.
    type.color = QColor(type.color.rgb());
    if (type.key.size() > 1 || (type.key.size() == 1 && type.key[0].isSpace())) {
        m_json.error(at, SchemaReader::tr("the shortcut key of %1 must be one character").arg(type.name));
        return;
    }
    if (type.key.compare(u"r", Qt::CaseInsensitive) == 0) {
        // R starts a relation in the reader.
        m_json.warning(at,
                       SchemaReader::tr("R is the key that links entities: %1 gets no shortcut key").arg(type.name));
        type.key.clear();
    }
    if (!type.key.isEmpty()) {
        if (const QString other = m_keys.value(type.key.toLower()); !other.isEmpty())
            m_json.error(at,
                         SchemaReader::tr("%1 and %2 both use the shortcut key %3").arg(other, type.name, type.key));
        m_keys.insert(type.key.toLower(), type.name);
    }
    m_schema.entityTypes.append(type);
}

void Parser::readRelationType(od::value value)
{
    const qsizetype at = m_json.offsetOf(value);
    RelationType type;
    const auto readField = [&](std::string_view key, od::value &v) {
        if (key == "from")
            type.from = m_json.stringList(v, "from").value_or(QStringList());
        else if (key == "to")
            type.to = m_json.stringList(v, "to").value_or(QStringList());
        else if (key == "symmetric")
            type.symmetric = m_json.boolean(v, "symmetric").value_or(false);
        else if (key == "sameType")
            type.sameType = m_json.boolean(v, "sameType").value_or(false);
        else
            return false;
        return true;
    };
    if (!readDefinition(value, at, type, m_relationNames, SchemaReader::tr("relation type"), readField))
        return;
    if (type.from.isEmpty() || type.to.isEmpty()) {
        m_json.error(
            at,
            SchemaReader::tr("the relation type %1 needs “from” and “to” entity types (\"*\" for any)").arg(type.name));
        return;
    }
    m_schema.relationTypes.append(type);
    m_relationOffsets.push_back(at);
}

void Parser::readAttribute(od::value value)
{
    const qsizetype at = m_json.offsetOf(value);
    AttributeDefinition attribute;
    const auto readField = [&](std::string_view key, od::value &v) {
        if (key == "appliesTo")
            attribute.appliesTo = m_json.stringList(v, "appliesTo").value_or(QStringList());
        else if (key == "values")
            attribute.values = m_json.stringList(v, "values").value_or(QStringList());
        else
            return false;
        return true;
    };
    if (!readDefinition(value, at, attribute, m_attributeNames, SchemaReader::tr("attribute"), readField))
        return;
    if (attribute.appliesTo.isEmpty())
        attribute.appliesTo = {QStringLiteral("*")};
    m_schema.attributes.append(attribute);
    m_attributeOffsets.push_back(at);
}

void Parser::checkTypeReferences()
{
    const auto isEntityType = [this](const QString &name) {
        return name == u"*" || m_entityNames.contains(name);
    };
    for (qsizetype i = 0; i < m_schema.relationTypes.size(); ++i) {
        const RelationType &type = m_schema.relationTypes[i];
        for (const QString &name : type.from + type.to) {
            if (!isEntityType(name))
                m_json.error(m_relationOffsets[size_t(i)],
                             SchemaReader::tr("the relation type %1 names %2, which is not an entity type")
                                 .arg(type.name, quotedForMessage(name)));
        }
    }
    for (qsizetype i = 0; i < m_schema.attributes.size(); ++i) {
        const AttributeDefinition &attribute = m_schema.attributes[i];
        for (const QString &name : attribute.appliesTo) {
            if (!isEntityType(name) && !m_relationNames.contains(name))
                m_json.error(m_attributeOffsets[size_t(i)],
                             SchemaReader::tr("the attribute %1 applies to %2, which is not a type")
                                 .arg(attribute.name, quotedForMessage(name)));
        }
    }
}

} // namespace

std::optional<Schema> SchemaReader::read(const JsonSource &source, const QString &path, Problems *problems)
{
    return Parser(source, path, problems).run();
}

std::optional<Schema> SchemaReader::readFile(const QString &path, Problems *problems)
{
    QString message;
    const std::optional<JsonSource> source = JsonSource::open(path, maxFileSize, &message);
    if (!source) {
        problems->append({Problem::Severity::Error, path, 0, 0, message});
        return std::nullopt;
    }
    return read(*source, path, problems);
}

Schema SchemaReader::defaultSchema()
{
    static const Schema schema = [] {
        Problems problems;
        std::optional<Schema> bundled = readFile(QStringLiteral(":/schema/hashiya-schema.json"), &problems);
        Q_ASSERT_X(bundled, "defaultSchema", "the bundled schema must be valid");
        return bundled.value_or(Schema());
    }();
    return schema;
}

} // namespace Hashiya
