// SPDX-License-Identifier: GPL-3.0-or-later
// Schema labels per language (schema format 1.1): read, fallen back on, written back with what this version
// does not know, and refused with a clear message when malformed.
#include "io/jsonsource.h"
#include "io/schemareader.h"
#include "io/schemawriter.h"
#include "model/schema.h"
#include "support/catchqt.h"
#include "support/testfiles.h"

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

std::optional<Schema> readSchema(const QByteArray &json, Problems *problems)
{
    return SchemaReader::read(JsonSource(json), u"/corpus/hashiya-schema.json"_s, problems);
}

const QByteArray labelledSchema = R"json({
  "format": "hashiya-schema",
  "version": "1.1",
  "entityTypes": [
    {"name": "PERSON", "label": {"en": "Person", "tr": "Kişi", "ar": "شخص", "fa":"شخص"}},
    {"name": "ORG", "label": {"tr": "Kurum"}},
    {"name": "GPE", "label": "Country"}
  ],
  "relationTypes": [
    {"name": "MEMBER_OF", "label": {"en": "member of", "ar": "عضو في"}, "from": ["PERSON"], "to": ["ORG"]}
  ],
  "attributes": [
    {"name": "confidence", "label": {"en": "Confidence", "tr": "Güven"}, "values": ["low", "high"]}
  ]
}
)json";

} // namespace

TEST_CASE("A label per language is shown in the interface language, else English, else the name", "[schema][labels]")
{
    Problems problems;
    const std::optional<Schema> schema = readSchema(labelledSchema, &problems);
    INFO(Test::describe(problems).toStdString());
    REQUIRE(schema);
    CHECK(problems.isEmpty());
    const EntityType &person = *schema->entityType(u"PERSON"_s);
    CHECK(person.label(u"ar") == u"شخص"_s);
    CHECK(person.label(u"tr") == u"Kişi"_s);
    CHECK(person.label(u"en") == u"Person"_s);
    CHECK(person.label(u"ar-EG") == u"شخص"_s); // a regional code falls back to its language
    CHECK(person.label(u"de") == u"Person"_s); // no German: English
    const EntityType &org = *schema->entityType(u"ORG"_s);
    CHECK(org.label(u"tr") == u"Kurum"_s);
    CHECK(org.label(u"ar") == u"ORG"_s); // neither Arabic nor English: the name
    // A plain string, as every schema before 1.1 has it, is the label in every language.
    CHECK(schema->entityType(u"GPE"_s)->label(u"ar") == u"Country"_s);
    CHECK(schema->relationType(u"MEMBER_OF"_s)->label(u"ar") == u"عضو في"_s);
    CHECK(schema->relationType(u"MEMBER_OF"_s)->label(u"tr") == u"member of"_s);
    CHECK(schema->attribute(u"confidence"_s)->label(u"tr") == u"Güven"_s);
}

TEST_CASE("A written schema keeps every language, plain labels and unknown fields", "[schema][labels]")
{
    const QByteArray json = R"json({
  "format": "hashiya-schema",
  "version": "1.0",
  "name": "Kept",
  "x-tool":{"origin": "elsewhere", "n": [1, 2]},
  "entityTypes": [
    {"name": "PERSON", "label": {"en": "Person", "fa":"شخص", "x-note":"kept"}, "description":"a human"},
    {"name": "GPE", "label": "Country"}
  ],
  "relationTypes": [
    {"name": "MEETS", "label": "meets", "from": ["PERSON"], "to": ["PERSON"], "weight":2}
  ],
  "attributes": [
    {"name": "confidence", "label": {"tr": "Güven"}, "widget":{"kind": "slider"}}
  ]
}
)json";
    Problems problems;
    const std::optional<Schema> schema = readSchema(json, &problems);
    REQUIRE(schema);
    CHECK(problems.size() == 4); // each unknown field is reported, and kept
    for (const Problem &problem : problems)
        CHECK(problem.message.contains(u"kept"_s));

    const QByteArray written = writeSchema(*schema);
    INFO(written.toStdString());
    CHECK(written.contains(R"("fa":"شخص")"));
    CHECK(written.contains(R"("x-note":"kept")"));
    CHECK(written.contains(R"("description":"a human")"));
    CHECK(written.contains(R"("label":"Country")"));
    CHECK(written.contains(R"("x-tool":{"origin": "elsewhere", "n": [1, 2]})"));
    CHECK(written.contains(R"("weight":2)"));
    CHECK(written.contains(R"("widget":{"kind": "slider"})"));
    CHECK(written.contains(R"("version":"1.1")"));

    Problems again;
    const std::optional<Schema> reread = readSchema(written, &again);
    REQUIRE(reread);
    CHECK(*reread == *schema);
    CHECK(writeSchema(*reread) == written);
}

TEST_CASE("A malformed label is refused with a message naming the field, never a crash", "[schema][labels]")
{
    struct Case
    {
        const char *what;
        QByteArray label;
        QString expected;
    };
    const std::vector<Case> cases {
        {"a number", "42", u"“label” must be a string, or an object"_s},
        {"a list", R"(["Person"])", u"“label” must be a string, or an object"_s},
        {"null", "null", u"“label” must be a string, or an object"_s},
        {"a number inside", R"({"en": "Person", "tr": 7})", u"“label” in “tr” must be a string"_s},
        {"an object inside", R"({"ar": {"text": "شخص"}})", u"“label” in “ar” must be a string"_s},
        {"an empty language", R"({"": "Person"})", u"a language code in “label” is empty"_s},
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.what)
        {
            const QByteArray json = R"({"format": "hashiya-schema", "version": "1.1",
"entityTypes": [
  {"name": "PERSON", "label": )"
                + c.label + R"(}
]}
)";
            Problems problems;
            const std::optional<Schema> schema = readSchema(json, &problems);
            INFO(Test::describe(problems).toStdString());
            CHECK_FALSE(schema);
            REQUIRE(problems.size() == 1);
            CHECK(problems.front().isError());
            CHECK(problems.front().line == 3);
            CHECK(problems.front().message.startsWith(c.expected));
        }
    }
}

TEST_CASE("The bundled schema speaks English, Turkish and Arabic", "[schema][labels]")
{
    const Schema schema = SchemaReader::defaultSchema();
    const auto check = [](const auto &items) {
        for (const auto &item : items) {
            INFO(item.name.toStdString());
            const SchemaLabel &labels = item.labels;
            REQUIRE_FALSE(labels.isPlain());
            QStringList languages;
            for (const auto &[language, text] : labels.byLanguage()) {
                languages.append(language);
                CHECK_FALSE(text.isEmpty());
            }
            CHECK(languages == QStringList({u"en"_s, u"tr"_s, u"ar"_s}));
            CHECK(item.label(u"tr") != item.label(u"en"));
            CHECK(item.label(u"ar") != item.label(u"en"));
        }
    };
    check(schema.entityTypes);
    check(schema.relationTypes);
    check(schema.attributes);
    CHECK(schema.entityType(u"PERSON"_s)->label(u"ar") == u"شخص"_s);
    CHECK(schema.entityType(u"PERSON"_s)->label(u"tr") == u"Kişi"_s);
}
