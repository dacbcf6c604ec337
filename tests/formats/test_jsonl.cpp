// SPDX-License-Identifier: GPL-3.0-or-later
// spaCy JSONL and doccano JSONL export: exact bytes, with offsets in each format's own unit.
#include "support/catchqt.h"
#include "support/exchangefixture.h"
#include "support/testfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "formats/doccanoexporter.h"
#include "formats/exportformats.h"
#include "formats/spacyjsonlexporter.h"

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

/// The fixture's text as a JSON string: it holds no quotes or backslashes, only line breaks to escape.
QByteArray fixtureTextJson()
{
    return '"' + Test::exchangeFixtureText().replace(u'\n', u"\\n"_s).toUtf8() + '"';
}

QByteArray exportWith(const QString &formatId, const std::vector<ExchangeDocument> &documents, Problems *problems,
                      const QString &fileName)
{
    const std::optional<ExportFormat> format = ExportFormats::find(formatId);
    REQUIRE(format);
    const Schema schema = Test::exchangeFixtureSchema();
    std::unique_ptr<Exporter> exporter = format->create(schema);
    MemoryOutput out;
    for (const ExchangeDocument &document : documents)
        REQUIRE(exporter->add(document, out, problems));
    REQUIRE(exporter->finish(out, problems));
    REQUIRE(out.files().keys() == QStringList {fileName});
    return out.files().value(fileName);
}

} // namespace

TEST_CASE("spaCy JSONL writes the fixture with code point offsets and entity indexes", "[formats][jsonl]")
{
    Problems problems;
    const QByteArray bytes = exportWith(u"jsonl"_s, {Test::exchangeFixture()}, &problems, u"hashiya.jsonl"_s);
    const QByteArray expected = "{\"text\":" + fixtureTextJson()
        + ",\"entities\":[[3,19,\"PERSON\"],[20,26,\"GPE\"],[44,52,\"PERSON\"],[53,60,\"GPE\"],[62,67,\"GPE\"],"
          "[78,81,\"GPE\"],[83,89,\"ORG\"],[110,122,\"MONEY\"],[128,136,\"GPE\"],[143,148,\"ORG\"],[154,159,\"DATE\"],"
          "[165,174,\"EQUIPMENT\"],[186,189,\"EQUIPMENT\"]],"
          "\"relations\":[{\"head\":0,\"child\":2,\"label\":\"MEETS_WITH\"},{\"head\":6,\"child\":9,\"label\":"
          "\"AGREEMENT_WITH\"},{\"head\":6,\"child\":11,\"label\":\"SUPPLIES\"}],"
          "\"meta\":{\"name\":\"mixed/haber.txt\",\"status\":\"done\"}}\n";
    CHECK(bytes == expected);
    // Non-ASCII text is written as UTF-8, not as \u escapes, and the line is valid JSON.
    CHECK(bytes.startsWith("{\"text\":\"🇹🇷 Selçuk Bayraktar"));
    const QJsonObject line = QJsonDocument::fromJson(bytes).object();
    CHECK(line.value(u"text"_s).toString() == Test::exchangeFixtureText());

    INFO(Test::describe(problems).toStdString());
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].severity == Problem::Severity::Warning);
    CHECK(problems[0].file == u"mixed/haber.txt"_s);
    CHECK(problems[0].message.contains(u"entity e12 (EQUIPMENT, “Bayraktar … TB2”) has 2 fragments"_s));
    CHECK(problems[1].file == u"hashiya.jsonl"_s);
    CHECK(problems[1].message.contains(u"2 attribute value(s), 2 note(s), 1 reference(s)"_s));
}

TEST_CASE("spaCy JSONL writes one line per document, deterministically", "[formats][jsonl]")
{
    ExchangeDocument plain;
    plain.name = u"en/plain.txt"_s;
    plain.text = u"Say \"hi\"\tto\\them"_s;
    Problems problems;
    const QByteArray once = exportWith(u"jsonl"_s, {plain, Test::exchangeFixture()}, &problems, u"hashiya.jsonl"_s);
    const QByteArray twice = exportWith(u"jsonl"_s, {plain, Test::exchangeFixture()}, &problems, u"hashiya.jsonl"_s);
    CHECK(once == twice);
    const QList<QByteArray> lines = once.split('\n');
    REQUIRE(lines.size() == 3);
    CHECK(lines[0]
          == "{\"text\":\"Say \\\"hi\\\"\\tto\\\\them\",\"entities\":[],\"relations\":[],"
             "\"meta\":{\"name\":\"en/plain.txt\",\"status\":\"new\"}}");
    CHECK(lines[2].isEmpty());
}

TEST_CASE("doccano JSONL writes the fixture with UTF-16 offsets and integer ids", "[formats][jsonl]")
{
    Problems problems;
    const QByteArray bytes = exportWith(u"doccano"_s, {Test::exchangeFixture(), Test::exchangeFixture()}, &problems,
                                        u"hashiya-doccano.jsonl"_s);
    const QList<QByteArray> lines = bytes.split('\n');
    REQUIRE(lines.size() == 3);
    // 🇹🇷 is two code points but four UTF-16 units: the first entity starts at 5, not 3; after 😀 one more.
    const QByteArray expected = "{\"id\":1,\"text\":" + fixtureTextJson()
        + ",\"entities\":[{\"id\":1,\"label\":\"PERSON\",\"start_offset\":5,\"end_offset\":21},"
          "{\"id\":2,\"label\":\"GPE\",\"start_offset\":22,\"end_offset\":28},"
          "{\"id\":3,\"label\":\"PERSON\",\"start_offset\":46,\"end_offset\":54},"
          "{\"id\":4,\"label\":\"GPE\",\"start_offset\":55,\"end_offset\":62},"
          "{\"id\":5,\"label\":\"GPE\",\"start_offset\":64,\"end_offset\":69},"
          "{\"id\":6,\"label\":\"GPE\",\"start_offset\":80,\"end_offset\":83},"
          "{\"id\":7,\"label\":\"ORG\",\"start_offset\":85,\"end_offset\":91},"
          "{\"id\":8,\"label\":\"MONEY\",\"start_offset\":112,\"end_offset\":124},"
          "{\"id\":9,\"label\":\"GPE\",\"start_offset\":130,\"end_offset\":138},"
          "{\"id\":10,\"label\":\"ORG\",\"start_offset\":145,\"end_offset\":150},"
          "{\"id\":11,\"label\":\"DATE\",\"start_offset\":157,\"end_offset\":162},"
          "{\"id\":12,\"label\":\"EQUIPMENT\",\"start_offset\":168,\"end_offset\":177},"
          "{\"id\":13,\"label\":\"EQUIPMENT\",\"start_offset\":189,\"end_offset\":192}],"
          "\"relations\":[{\"id\":1,\"from_id\":1,\"to_id\":3,\"type\":\"MEETS_WITH\"},"
          "{\"id\":2,\"from_id\":7,\"to_id\":10,\"type\":\"AGREEMENT_WITH\"},"
          "{\"id\":3,\"from_id\":7,\"to_id\":12,\"type\":\"SUPPLIES\"}],"
          "\"Comments\":[{\"id\":1,\"comment\":\"entity 3: Arabic spelling, with damma\"},"
          "{\"id\":2,\"comment\":\"entity 13: continues entity 12\"},"
          "{\"id\":3,\"comment\":\"relation 3: Akıncı is not part of the deal\"}],"
          "\"name\":\"mixed/haber.txt\",\"status\":\"done\"}";
    CHECK(lines[0] == expected);
    // Ids go on across the file: the second document's first entity is 14, its first relation 4.
    CHECK(lines[1].startsWith("{\"id\":2,\"text\":"));
    CHECK(lines[1].contains("{\"id\":14,\"label\":\"PERSON\",\"start_offset\":5,\"end_offset\":21}"));
    CHECK(lines[1].contains("{\"id\":4,\"from_id\":14,\"to_id\":16,\"type\":\"MEETS_WITH\"}"));
    CHECK(lines[1].contains("{\"id\":5,\"comment\":\"entity 26: continues entity 25\"}"));

    // The UTF-16 offsets select the entities' text in a UTF-16 string, as doccano's JavaScript does.
    const QJsonObject line = QJsonDocument::fromJson(lines[0]).object();
    const QString text = line.value(u"text"_s).toString();
    const QJsonArray entities = line.value(u"entities"_s).toArray();
    auto textOf = [&](int i) {
        const QJsonObject e = entities[i].toObject();
        const int start = e.value(u"start_offset"_s).toInt();
        return text.mid(start, e.value(u"end_offset"_s).toInt() - start);
    };
    CHECK(textOf(0) == u"Selçuk Bayraktar"_s);
    CHECK(textOf(10) == u"3 May"_s);
    CHECK(textOf(12) == u"TB2"_s);

    INFO(Test::describe(problems).toStdString());
    REQUIRE(problems.size() == 3);
    CHECK(problems[0].message.contains(u"has 2 fragments"_s));
    CHECK(problems[2].file == u"hashiya-doccano.jsonl"_s);
    CHECK(problems[2].message.contains(u"4 attribute value(s), 2 reference(s)"_s));
}

TEST_CASE("Both JSONL formats are registered with their offset units", "[formats][jsonl]")
{
    const std::optional<ExportFormat> spacy = ExportFormats::find(u"jsonl");
    REQUIRE(spacy);
    CHECK(spacy->name == u"spaCy JSONL"_s);
    CHECK(spacy->offsetUnit == u"code points"_s);
    const std::optional<ExportFormat> doccano = ExportFormats::find(u"doccano");
    REQUIRE(doccano);
    CHECK(doccano->offsetUnit == u"UTF-16 code units"_s);
}
