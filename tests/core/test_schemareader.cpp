// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/jsonsource.h"
#include "io/schemareader.h"
#include "model/schema.h"
#include "support/catchqt.h"
#include "support/testfiles.h"

#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <optional>
#include <utility>

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

const QString schemaPath = u"/corpus/hashiya-schema.json"_s;

struct ReadResult
{
    std::optional<Schema> schema;
    Problems problems;

    Problems errors() const
    {
        Problems found;
        for (const Problem &p : problems) {
            if (p.isError())
                found.append(p);
        }
        return found;
    }
    Problems warnings() const
    {
        Problems found;
        for (const Problem &p : problems) {
            if (!p.isError())
                found.append(p);
        }
        return found;
    }
};

ReadResult readSchema(const QByteArray &json)
{
    ReadResult result;
    const JsonSource source(json);
    result.schema = SchemaReader::read(source, schemaPath, &result.problems);
    return result;
}

// 1-based line of the first occurrence of `marker` in `json`.
qsizetype lineOf(const QByteArray &json, const QByteArray &marker)
{
    const qsizetype at = json.indexOf(marker);
    REQUIRE(at >= 0);
    return 1 + json.left(at).count('\n');
}

// 1-based column, in code points, of the first occurrence of `marker`.
qsizetype columnOf(const QByteArray &json, const QByteArray &marker)
{
    const qsizetype at = json.indexOf(marker);
    REQUIRE(at >= 0);
    const QByteArray before = json.left(at);
    const QString lineStart = QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1));
    return qsizetype(lineStart.toUcs4().size()) + 1;
}

// Reads a schema that has exactly one error, on the line of `marker`; returns that error.
Problem singleError(const QByteArray &json, const QByteArray &marker)
{
    const ReadResult result = readSchema(json);
    INFO(Test::describe(result.problems).toStdString());
    CHECK_FALSE(result.schema.has_value());
    const Problems errors = result.errors();
    REQUIRE(errors.size() == 1);
    const Problem &error = errors.front();
    CHECK(error.file == schemaPath);
    CHECK(error.line == lineOf(json, marker));
    return error;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList entityTypeNames(const Schema &schema)
{
    QStringList names;
    for (const EntityType &t : schema.entityTypes)
        names.append(t.name);
    return names;
}

QStringList relationTypeNames(const Schema &schema)
{
    QStringList names;
    for (const RelationType &t : schema.relationTypes)
        names.append(t.name);
    return names;
}

// A valid schema, the base the error cases vary.
const QByteArray validSchema = R"json({
  "format": "hashiya-schema",
  "version": "1.0",
  "name": "Test",
  "entityTypes": [
    {"name": "PERSON", "label": "Kişi", "color": "#e15759", "key": "p"},
    {"name": "ORG", "color": "steelblue", "key": "o"},
    {"name": "GPE"}
  ],
  "relationTypes": [
    {"name": "MEMBER_OF", "from": ["PERSON"], "to": ["ORG", "GPE"]}
  ],
  "attributes": [
    {"name": "confidence", "appliesTo": ["*"], "values": ["low", "high"]}
  ]
}
)json";

} // namespace

// ---------------------------------------------------------------------------------------------------
// The bundled default schema

TEST_CASE("The default schema has the eleven entity types, each with a colour and its own key", "[schema]")
{
    const Schema schema = SchemaReader::defaultSchema();
    const QStringList expected = {u"PERSON"_s, u"ORG"_s,     u"GPE"_s,       u"LOC"_s,   u"FACILITY"_s, u"DATE"_s,
                                  u"MONEY"_s,  u"PERCENT"_s, u"EQUIPMENT"_s, u"EVENT"_s, u"TITLE"_s};
    CHECK(sorted(entityTypeNames(schema)) == sorted(expected));
    CHECK(schema.entityTypes.size() == expected.size());

    QSet<QString> keys;
    for (const EntityType &type : schema.entityTypes) {
        INFO(type.name.toStdString());
        CHECK(type.color.isValid());
        CHECK(type.key.size() == 1);
        CHECK_FALSE(type.labels.isEmpty());
        keys.insert(type.key.toLower());
        CHECK(schema.entityType(type.name) == &type);
    }
    CHECK(keys.size() == schema.entityTypes.size());
    CHECK(schema.entityType(u"NOPE"_s) == nullptr);
}

TEST_CASE("The default schema has the relation types with their ends and directions", "[schema]")
{
    const Schema schema = SchemaReader::defaultSchema();

    struct Expected
    {
        QString name;
        QStringList from;
        QStringList to;
        bool symmetric;
        bool sameType;
    };
    const QStringList people = {u"PERSON"_s, u"ORG"_s, u"GPE"_s};
    const QStringList states = {u"ORG"_s, u"GPE"_s};
    const QStringList any = {u"*"_s};
    const QList<Expected> expected = {
        {u"HAS_TITLE"_s, {u"PERSON"_s}, {u"TITLE"_s}, false, false},
        {u"MEMBER_OF"_s, {u"PERSON"_s}, states, false, false},
        {u"MEETS_WITH"_s, people, people, true, false},
        {u"COOPERATES_WITH"_s, states, states, true, false},
        {u"AGREEMENT_WITH"_s, states, states, true, false},
        {u"EXPORTS_TO"_s, states, states, false, false},
        {u"SUPPLIES"_s, states, {u"EQUIPMENT"_s}, false, false},
        {u"LOCATED_IN"_s,
         {u"ORG"_s, u"FACILITY"_s, u"EVENT"_s, u"GPE"_s, u"LOC"_s},
         {u"GPE"_s, u"LOC"_s},
         false,
         false},
        {u"PARTICIPANT_IN"_s, people, {u"EVENT"_s}, false, false},
        {u"ON_DATE"_s, {u"EVENT"_s}, {u"DATE"_s}, false, false},
        {u"ALIAS_OF"_s, any, any, true, true},
    };

    QStringList expectedNames;
    for (const Expected &e : expected)
        expectedNames.append(e.name);
    CHECK(sorted(relationTypeNames(schema)) == sorted(expectedNames));

    for (const Expected &e : expected) {
        INFO(e.name.toStdString());
        const RelationType *type = schema.relationType(e.name);
        REQUIRE(type != nullptr);
        CHECK(sorted(type->from) == sorted(e.from));
        CHECK(sorted(type->to) == sorted(e.to));
        CHECK(type->symmetric == e.symmetric);
        CHECK(type->sameType == e.sameType);
        CHECK_FALSE(type->labels.isEmpty());
    }
}

TEST_CASE("The default schema has the confidence attribute with low, medium and high", "[schema]")
{
    const Schema schema = SchemaReader::defaultSchema();
    const AttributeDefinition *confidence = schema.attribute(u"confidence"_s);
    REQUIRE(confidence != nullptr);
    const QStringList values = {u"low"_s, u"medium"_s, u"high"_s};
    CHECK(sorted(confidence->values) == sorted(values));
    CHECK(Schema::appliesTo(*confidence, u"PERSON"_s));
    CHECK(Schema::appliesTo(*confidence, u"EQUIPMENT"_s));
}

// ---------------------------------------------------------------------------------------------------
// allowsRelation

TEST_CASE("Schema::allowsRelation follows the direction of directed relation types", "[schema]")
{
    const Schema schema = SchemaReader::defaultSchema();
    const RelationType &hasTitle = *schema.relationType(u"HAS_TITLE"_s);
    CHECK(schema.allowsRelation(hasTitle, u"PERSON"_s, u"TITLE"_s));
    CHECK_FALSE(schema.allowsRelation(hasTitle, u"TITLE"_s, u"PERSON"_s));
    CHECK_FALSE(schema.allowsRelation(hasTitle, u"PERSON"_s, u"PERSON"_s));

    const RelationType &supplies = *schema.relationType(u"SUPPLIES"_s);
    CHECK(schema.allowsRelation(supplies, u"GPE"_s, u"EQUIPMENT"_s));
    CHECK(schema.allowsRelation(supplies, u"ORG"_s, u"EQUIPMENT"_s));
    CHECK_FALSE(schema.allowsRelation(supplies, u"EQUIPMENT"_s, u"GPE"_s));
    CHECK_FALSE(schema.allowsRelation(supplies, u"PERSON"_s, u"EQUIPMENT"_s));

    const RelationType &memberOf = *schema.relationType(u"MEMBER_OF"_s);
    CHECK(schema.allowsRelation(memberOf, u"PERSON"_s, u"GPE"_s));
    CHECK_FALSE(schema.allowsRelation(memberOf, u"ORG"_s, u"PERSON"_s));

    const RelationType &exportsTo = *schema.relationType(u"EXPORTS_TO"_s);
    CHECK(schema.allowsRelation(exportsTo, u"ORG"_s, u"GPE"_s));
    CHECK(schema.allowsRelation(exportsTo, u"GPE"_s, u"ORG"_s)); // both ends allow both types
    CHECK_FALSE(schema.allowsRelation(exportsTo, u"PERSON"_s, u"GPE"_s));

    const RelationType &locatedIn = *schema.relationType(u"LOCATED_IN"_s);
    CHECK(schema.allowsRelation(locatedIn, u"FACILITY"_s, u"LOC"_s));
    CHECK_FALSE(schema.allowsRelation(locatedIn, u"LOC"_s, u"FACILITY"_s));
}

TEST_CASE("Schema::allowsRelation allows the reverse direction only for symmetric types", "[schema]")
{
    const Schema schema = SchemaReader::defaultSchema();
    RelationType type;
    type.name = u"LEADS"_s;
    type.from = QStringList {u"PERSON"_s};
    type.to = QStringList {u"ORG"_s};

    type.symmetric = false;
    CHECK(schema.allowsRelation(type, u"PERSON"_s, u"ORG"_s));
    CHECK_FALSE(schema.allowsRelation(type, u"ORG"_s, u"PERSON"_s));

    type.symmetric = true;
    CHECK(schema.allowsRelation(type, u"PERSON"_s, u"ORG"_s));
    CHECK(schema.allowsRelation(type, u"ORG"_s, u"PERSON"_s));
    CHECK_FALSE(schema.allowsRelation(type, u"PERSON"_s, u"PERSON"_s));
    CHECK_FALSE(schema.allowsRelation(type, u"GPE"_s, u"ORG"_s));

    const RelationType &meets = *schema.relationType(u"MEETS_WITH"_s);
    CHECK(schema.allowsRelation(meets, u"PERSON"_s, u"GPE"_s));
    CHECK(schema.allowsRelation(meets, u"GPE"_s, u"PERSON"_s));
    CHECK_FALSE(schema.allowsRelation(meets, u"PERSON"_s, u"EVENT"_s));
    CHECK_FALSE(schema.allowsRelation(meets, u"EVENT"_s, u"PERSON"_s));
}

TEST_CASE("Schema::allowsRelation: ALIAS_OF links any two entities of the same type", "[schema]")
{
    const Schema schema = SchemaReader::defaultSchema();
    const RelationType &alias = *schema.relationType(u"ALIAS_OF"_s);
    CHECK(schema.allowsRelation(alias, u"PERSON"_s, u"PERSON"_s));
    CHECK(schema.allowsRelation(alias, u"EQUIPMENT"_s, u"EQUIPMENT"_s));
    CHECK(schema.allowsRelation(alias, u"UNKNOWN_TYPE"_s, u"UNKNOWN_TYPE"_s)); // "*" means any
    CHECK_FALSE(schema.allowsRelation(alias, u"PERSON"_s, u"ORG"_s));
    CHECK_FALSE(schema.allowsRelation(alias, u"ORG"_s, u"PERSON"_s));
}

TEST_CASE("Schema::allowsRelation: \"*\" at one end allows any type there", "[schema]")
{
    const Schema schema = SchemaReader::defaultSchema();
    RelationType type;
    type.name = u"MENTIONED_ON"_s;
    type.from = QStringList {u"*"_s};
    type.to = QStringList {u"DATE"_s};
    CHECK(schema.allowsRelation(type, u"PERSON"_s, u"DATE"_s));
    CHECK(schema.allowsRelation(type, u"EQUIPMENT"_s, u"DATE"_s));
    CHECK(schema.allowsRelation(type, u"DATE"_s, u"DATE"_s));
    CHECK_FALSE(schema.allowsRelation(type, u"DATE"_s, u"PERSON"_s));
    const RelationType &onDate = *schema.relationType(u"ON_DATE"_s);
    CHECK_FALSE(schema.allowsRelation(onDate, u"PERSON"_s, u"DATE"_s));
}

// ---------------------------------------------------------------------------------------------------
// Reading: valid schemas and warnings

TEST_CASE("SchemaReader reads a valid schema with labels, colours and keys", "[schema]")
{
    const ReadResult result = readSchema(validSchema);
    INFO(Test::describe(result.problems).toStdString());
    REQUIRE(result.schema.has_value());
    CHECK(result.problems.isEmpty());
    const Schema &schema = *result.schema;
    CHECK(schema.name == u"Test"_s);
    const QStringList names = {u"PERSON"_s, u"ORG"_s, u"GPE"_s};
    CHECK(entityTypeNames(schema) == names);
    CHECK(schema.entityType(u"PERSON"_s)->label(u"en"_s) == u"Kişi"_s);
    CHECK(schema.entityType(u"PERSON"_s)->color == QColor(0xe1, 0x57, 0x59));
    CHECK(schema.entityType(u"ORG"_s)->color == QColor::fromString(u"steelblue"_s));
    CHECK(schema.entityType(u"ORG"_s)->label(u"en"_s) == u"ORG"_s); // the name when there is no label
    CHECK(schema.entityType(u"GPE"_s)->color.isValid()); // a fallback colour
    CHECK(schema.entityType(u"GPE"_s)->key.isEmpty());
    REQUIRE(schema.relationType(u"MEMBER_OF"_s) != nullptr);
    const QStringList to = {u"ORG"_s, u"GPE"_s};
    CHECK(schema.relationType(u"MEMBER_OF"_s)->to == to);
    REQUIRE(schema.attribute(u"confidence"_s) != nullptr);
    const QStringList values = {u"low"_s, u"high"_s};
    CHECK(schema.attribute(u"confidence"_s)->values == values);
}

TEST_CASE("SchemaReader warns about an unknown field and still returns the schema", "[schema]")
{
    const QByteArray json = R"json({
  "format": "hashiya-schema",
  "version": "1.0",
  "entityTypes": [
    {"name": "PERSON", "color": "#e15759", "key": "p"},
    {"name": "ORG",
     "colour": "#4e79a7",
     "key": "o"}
  ]
}
)json";
    const ReadResult result = readSchema(json);
    INFO(Test::describe(result.problems).toStdString());
    REQUIRE(result.schema.has_value());
    CHECK(result.errors().isEmpty());
    const Problems warnings = result.warnings();
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.front().line == lineOf(json, "\"colour\""));
    CHECK(warnings.front().message.contains(u"colour"_s));
    CHECK(warnings.front().file == schemaPath);
    CHECK(result.schema->entityTypes.size() == 2);
    CHECK(result.schema->entityType(u"ORG"_s)->key == u"o"_s);
}

TEST_CASE("SchemaReader warns about an unknown top-level field", "[schema]")
{
    const QByteArray json = R"json({
  "format": "hashiya-schema",
  "version": "1.3",
  "author": "someone",
  "entityTypes": [{"name": "PERSON"}]
}
)json";
    const ReadResult result = readSchema(json);
    INFO(Test::describe(result.problems).toStdString());
    REQUIRE(result.schema.has_value()); // a newer minor version is still read
    const Problems warnings = result.warnings();
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.front().line == lineOf(json, "\"author\""));
    CHECK(warnings.front().message.contains(u"author"_s));
}

TEST_CASE("The sample schema loads without problems", "[schema]")
{
    Problems problems;
    const std::optional<Schema> schema = SchemaReader::readFile(Test::samplePath(u"hashiya-schema.json"_s), &problems);
    INFO(Test::describe(problems).toStdString());
    REQUIRE(schema.has_value());
    CHECK(problems.isEmpty());
    CHECK(schema->entityTypes.size() == 11);
    CHECK(schema->relationType(u"ALIAS_OF"_s) != nullptr);
    CHECK(schema->attribute(u"confidence"_s) != nullptr);
}

TEST_CASE("SchemaReader::readFile reports a missing file", "[schema]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"hashiya-schema.json"_s);
    Problems problems;
    CHECK_FALSE(SchemaReader::readFile(path, &problems).has_value());
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().isError());
    CHECK(problems.front().file == path);
}

// ---------------------------------------------------------------------------------------------------
// Reading: errors

TEST_CASE("SchemaReader reports invalid JSON with line and column", "[schema]")
{
    SECTION("a missing comma")
    {
        const QByteArray json = R"json({
  "format": "hashiya-schema",
  "version": "1.0",
  "entityTypes": [
    {"name": "PERSON", "label": "Kişi", "color": "#e15759" "key": "p"}
  ]
}
)json";
        const Problem error = singleError(json, "\"key\"");
        CHECK(error.column == columnOf(json, "\"key\""));
        CHECK(error.message.startsWith(u"invalid JSON"_s));
    }
    SECTION("a trailing comma")
    {
        const QByteArray json = R"json({
  "format": "hashiya-schema",
  "entityTypes": [
    {"name": "PERSON"},
  ]
}
)json";
        const Problem error = singleError(json, "]");
        CHECK(error.column == columnOf(json, "]"));
        CHECK(error.message.startsWith(u"invalid JSON"_s));
    }
    SECTION("a document cut short")
    {
        const QByteArray json = "{\n  \"format\": \"hashiya-schema\",\n  \"entityTypes\": [\n";
        const ReadResult result = readSchema(json);
        INFO(Test::describe(result.problems).toStdString());
        CHECK_FALSE(result.schema.has_value());
        REQUIRE(result.errors().size() == 1);
        CHECK(result.errors().front().message.startsWith(u"invalid JSON"_s));
        CHECK(result.errors().front().line >= 3);
    }
}

TEST_CASE("SchemaReader refuses a schema without \"format\"", "[schema]")
{
    const QByteArray json = R"json({
  "version": "1.0",
  "entityTypes": [{"name": "PERSON"}]
}
)json";
    const Problem error = singleError(json, "{");
    CHECK(error.message.contains(u"format"_s));
}

TEST_CASE("SchemaReader refuses another format", "[schema]")
{
    const QByteArray json = R"json({
  "version": "1.0",
  "entityTypes": [{"name": "PERSON"}],
  "format": "brat-annotation-config"
}
)json";
    const Problem error = singleError(json, "\"format\"");
    CHECK(error.message.contains(u"brat-annotation-config"_s));
}

TEST_CASE("SchemaReader refuses a newer major version", "[schema]")
{
    const QByteArray json = R"json({
  "format": "hashiya-schema",

  "version": "2.0",
  "entityTypes": [{"name": "PERSON"}]
}
)json";
    const Problem error = singleError(json, "\"version\"");
    CHECK(error.message.contains(u"2.0"_s));
}

TEST_CASE("SchemaReader refuses an entity type defined twice", "[schema]")
{
    const QByteArray json = R"json({
  "format": "hashiya-schema",
  "entityTypes": [
    {"name": "PERSON", "key": "p"},
    {"name": "ORG", "key": "o"},
    {"name": "PERSON", "key": "q"}
  ]
}
)json";
    const Problem error = singleError(json, "{\"name\": \"PERSON\", \"key\": \"q\"}");
    CHECK(error.message.contains(u"PERSON"_s));
}

TEST_CASE("SchemaReader refuses a type name with a space", "[schema]")
{
    const QByteArray json = R"json({
  "format": "hashiya-schema",
  "entityTypes": [
    {"name": "PERSON"},
    {"name": "HEAD OF STATE"}
  ]
}
)json";
    const Problem error = singleError(json, "HEAD OF STATE");
    CHECK(error.message.contains(u"HEAD OF STATE"_s));
}

TEST_CASE("SchemaReader refuses an invalid colour", "[schema]")
{
    const QByteArray json = R"json({
  "format": "hashiya-schema",
  "entityTypes": [
    {"name": "PERSON", "color": "#e15759"},
    {"name": "ORG", "color": "#zz79a7"}
  ]
}
)json";
    const Problem error = singleError(json, "#zz79a7");
    CHECK(error.message.contains(u"#zz79a7"_s));
}

TEST_CASE("SchemaReader refuses a shortcut key longer than one character", "[schema]")
{
    const QByteArray json = R"json({
  "format": "hashiya-schema",
  "entityTypes": [
    {"name": "PERSON", "key": "p"},

    {"name": "ORG", "key": "or"}
  ]
}
)json";
    const Problem error = singleError(json, "\"or\"");
    CHECK(error.message.contains(u"ORG"_s));
}

TEST_CASE("SchemaReader refuses two types with the same shortcut key", "[schema]")
{
    const QByteArray json = R"json({
  "format": "hashiya-schema",
  "entityTypes": [
    {"name": "PERSON", "key": "p"},
    {"name": "ORG", "key": "o"},
    {"name": "PERCENT", "key": "P"}
  ]
}
)json";
    const Problem error = singleError(json, "PERCENT");
    CHECK(error.message.contains(u"PERSON"_s));
    CHECK(error.message.contains(u"PERCENT"_s));
}

TEST_CASE("SchemaReader keeps R for linking: a type with that key loses it, with a warning", "[schema]")
{
    const QByteArray json = R"json({
  "format": "hashiya-schema",
  "entityTypes": [
    {"name": "PERSON", "key": "p"},
    {"name": "REGION", "key": "R"}
  ]
}
)json";
    const ReadResult result = readSchema(json);
    REQUIRE(result.schema.has_value());
    REQUIRE(result.problems.size() == 1);
    CHECK_FALSE(result.problems.front().isError());
    CHECK(result.problems.front().line == lineOf(json, "REGION"));
    CHECK(result.problems.front().message.contains(u"REGION"_s));
    CHECK(result.schema->entityType(u"REGION"_s)->key.isEmpty());
    CHECK(result.schema->entityType(u"PERSON"_s)->key == u"p"_s);
}

TEST_CASE("SchemaReader refuses a relation type naming an unknown entity type", "[schema]")
{
    const QByteArray json = R"json({
  "format": "hashiya-schema",
  "entityTypes": [
    {"name": "PERSON"},
    {"name": "ORG"}
  ],
  "relationTypes": [
    {"name": "MEMBER_OF", "from": ["PERSON"], "to": ["ORG"]},
    {"name": "LEADS", "from": ["PERSON"], "to": ["ORGANISATION"]}
  ]
}
)json";
    const Problem error = singleError(json, "LEADS");
    CHECK(error.message.contains(u"ORGANISATION"_s));
}

TEST_CASE("SchemaReader refuses an attribute applying to an unknown type", "[schema]")
{
    const QByteArray json = R"json({
  "format": "hashiya-schema",
  "entityTypes": [{"name": "PERSON"}],
  "relationTypes": [{"name": "ALIAS_OF", "from": ["*"], "to": ["*"]}],
  "attributes": [
    {"name": "confidence", "appliesTo": ["PERSON", "ALIAS_OF"]},
    {"name": "mention",
     "appliesTo": ["PERSON", "PERSN"]}
  ]
}
)json";
    const Problem error = singleError(json, "{\"name\": \"mention\"");
    CHECK(error.message.contains(u"PERSN"_s));
}

TEST_CASE("SchemaReader refuses a schema without entity types", "[schema]")
{
    const QByteArray json = R"json({
  "format": "hashiya-schema",
  "version": "1.0",
  "entityTypes": []
}
)json";
    const Problem error = singleError(json, "{");
    CHECK(error.message.contains(u"entity types"_s));
}

TEST_CASE("SchemaReader counts lines from the start of a file with a BOM", "[schema]")
{
    const QByteArray json = "\xEF\xBB\xBF"
                            R"json({
  "format": "hashiya-schema",
  "version": "9.1",
  "entityTypes": [{"name": "PERSON"}]
}
)json";
    const Problem error = singleError(json, "\"version\"");
    CHECK(error.line == 3);
}

TEST_CASE("SchemaReader reports every independent error and returns nothing", "[schema]")
{
    const QByteArray json = R"json({
  "format": "hashiya-schema",
  "entityTypes": [
    {"name": "PERSON", "key": "pp"},
    {"name": "ORG", "color": "not a colour"},
    {"name": "GPE"}
  ],
  "relationTypes": [
    {"name": "IN", "from": ["GPE"], "to": ["CITY"]}
  ]
}
)json";
    const ReadResult result = readSchema(json);
    INFO(Test::describe(result.problems).toStdString());
    CHECK_FALSE(result.schema.has_value());
    const Problems errors = result.errors();
    REQUIRE(errors.size() == 3);
    QList<qsizetype> lines;
    for (const Problem &p : errors)
        lines.append(p.line);
    std::sort(lines.begin(), lines.end());
    const QList<qsizetype> expectedLines = {lineOf(json, "\"pp\""), lineOf(json, "not a colour"), lineOf(json, "CITY")};
    CHECK(lines == expectedLines);
}

// ---------------------------------------------------------------------------------------------------
// The short chip label of entity types ("short")

TEST_CASE("The default schema gives each entity type its chip label", "[schema][short]")
{
    const Schema schema = SchemaReader::defaultSchema();
    const QList<std::pair<QString, QString>> expected = {
        {u"PERSON"_s, u"PER"_s},    {u"ORG"_s, u"ORG"_s},   {u"GPE"_s, u"GPE"_s},   {u"LOC"_s, u"LOC"_s},
        {u"FACILITY"_s, u"FAC"_s},  {u"DATE"_s, u"DATE"_s}, {u"MONEY"_s, u"MON"_s}, {u"PERCENT"_s, u"PCT"_s},
        {u"EQUIPMENT"_s, u"EQP"_s}, {u"EVENT"_s, u"EVT"_s}, {u"TITLE"_s, u"TTL"_s},
    };
    CHECK(schema.entityTypes.size() == expected.size());
    for (const auto &[name, shortLabel] : expected) {
        INFO(name.toStdString());
        const EntityType *type = schema.entityType(name);
        REQUIRE(type != nullptr);
        CHECK(type->shortLabel == shortLabel);
    }
}

TEST_CASE("SchemaReader reads the chip label of an entity type when it is given", "[schema][short]")
{
    const QByteArray json = R"json({
  "format": "hashiya-schema",
  "version": "1.0",
  "entityTypes": [
    {"name": "PERSON", "short": "KİŞ", "label": "Kişi"},
    {"name": "ORG", "short": "KURUM"},
    {"name": "GPE", "short": "دولة"}
  ]
}
)json";
    const ReadResult result = readSchema(json);
    INFO(Test::describe(result.problems).toStdString());
    REQUIRE(result.schema.has_value());
    CHECK(result.problems.isEmpty()); // "short" is a known field: no warning
    const Schema &schema = *result.schema;
    CHECK(schema.entityType(u"PERSON"_s)->shortLabel == u"KİŞ"_s);
    CHECK(schema.entityType(u"PERSON"_s)->label(u"en"_s) == u"Kişi"_s); // the label is not touched
    CHECK(schema.entityType(u"ORG"_s)->shortLabel == u"KURUM"_s); // taken as given, even if longer than four
    CHECK(schema.entityType(u"ORG"_s)->label(u"en"_s) == u"ORG"_s);
    CHECK(schema.entityType(u"GPE"_s)->shortLabel == u"دولة"_s);
}

TEST_CASE("SchemaReader gives an entity type without a chip label the first four letters of its name",
          "[schema][short]")
{
    const QByteArray json = R"json({
  "format": "hashiya-schema",
  "version": "1.0",
  "entityTypes": [
    {"name": "PERSON", "label": "Kişi"},
    {"name": "GPE"},
    {"name": "EQUIPMENT"},
    {"name": "X"},
    {"name": "Ship_class"},
    {"name": "DATE"}
  ]
}
)json";
    const ReadResult result = readSchema(json);
    INFO(Test::describe(result.problems).toStdString());
    REQUIRE(result.schema.has_value());
    CHECK(result.problems.isEmpty());
    const Schema &schema = *result.schema;
    CHECK(schema.entityType(u"PERSON"_s)->shortLabel == u"PERS"_s); // from the name, not the label
    CHECK(schema.entityType(u"GPE"_s)->shortLabel == u"GPE"_s); // shorter names whole
    CHECK(schema.entityType(u"EQUIPMENT"_s)->shortLabel == u"EQUI"_s);
    CHECK(schema.entityType(u"X"_s)->shortLabel == u"X"_s);
    CHECK(schema.entityType(u"Ship_class"_s)->shortLabel == u"Ship"_s); // case kept
    CHECK(schema.entityType(u"DATE"_s)->shortLabel == u"DATE"_s);
}

TEST_CASE("SchemaReader leaves the valid schema's types, which have no \"short\", with default chip labels",
          "[schema][short]")
{
    const ReadResult result = readSchema(validSchema);
    REQUIRE(result.schema.has_value());
    const Schema &schema = *result.schema;
    CHECK(schema.entityType(u"PERSON"_s)->shortLabel == u"PERS"_s);
    CHECK(schema.entityType(u"ORG"_s)->shortLabel == u"ORG"_s);
    CHECK(schema.entityType(u"GPE"_s)->shortLabel == u"GPE"_s);
}
