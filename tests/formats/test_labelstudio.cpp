// SPDX-License-Identifier: GPL-3.0-or-later
// Label Studio JSON: the export of the fixture (code point offsets, regions, perRegion results, relations and
// the labeling config), the import of tasks, and the round trip.
#include "support/catchqt.h"
#include "support/exchangefixture.h"
#include "support/testfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "formats/exportformats.h"
#include "formats/importformats.h"
#include "formats/labelstudioexporter.h"
#include "formats/labelstudioimporter.h"

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

MemoryOutput exportFixture(Problems *problems)
{
    const std::optional<ExportFormat> format = ExportFormats::find(u"labelstudio");
    REQUIRE(format);
    CHECK(format->offsetUnit == u"code points"_s);
    std::unique_ptr<Exporter> exporter = format->create(Test::exchangeFixtureSchema());
    MemoryOutput out;
    REQUIRE(exporter->add(Test::exchangeFixture(), out, problems));
    REQUIRE(exporter->finish(out, problems));
    return out;
}

QJsonObject findResult(const QJsonArray &results, const QString &id, const QString &fromName)
{
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        if (result.value(u"id"_s).toString() == id && result.value(u"from_name"_s).toString() == fromName)
            return result;
    }
    FAIL("no result " << id.toStdString() << " from " << fromName.toStdString());
    return {};
}

ImportBatch importBytes(const QByteArray &bytes, const QString &file = u"/in/tasks.json"_s)
{
    ImportBatch batch;
    LabelStudioImporter::readBytes(bytes, file, file, &batch);
    return batch;
}

} // namespace

TEST_CASE("Label Studio export writes regions in code points with their text", "[formats][labelstudio]")
{
    Problems problems;
    const MemoryOutput out = exportFixture(&problems);
    REQUIRE(out.files().keys() == QStringList({u"labelstudio-config.xml"_s, u"labelstudio.json"_s}));
    const QByteArray bytes = out.files().value(u"labelstudio.json"_s);
    CHECK(bytes.startsWith("[\n{\"id\":1,\"data\":{\"text\":\"🇹🇷 Selçuk"));
    CHECK(bytes.endsWith("\"predictions\":[]}\n]\n"));
    const QJsonArray tasks = QJsonDocument::fromJson(bytes).array();
    REQUIRE(tasks.size() == 1);
    const QJsonObject task = tasks[0].toObject();
    CHECK(task.value(u"data"_s).toObject().value(u"name"_s).toString() == u"mixed/haber.txt"_s);
    CHECK(task.value(u"meta"_s).toObject().value(u"status"_s).toString() == u"done"_s);
    const QJsonArray results = task.value(u"annotations"_s).toArray()[0].toObject().value(u"result"_s).toArray();

    const QJsonObject first = findResult(results, u"e01"_s, u"label"_s);
    CHECK(first.value(u"type"_s).toString() == u"labels"_s);
    CHECK(first.value(u"to_name"_s).toString() == u"text"_s);
    const QJsonObject value = first.value(u"value"_s).toObject();
    CHECK(value.value(u"start"_s).toInt() == 3); // 🇹🇷 is two code points
    CHECK(value.value(u"end"_s).toInt() == 19);
    CHECK(value.value(u"text"_s).toString() == u"Selçuk Bayraktar"_s);
    CHECK(value.value(u"labels"_s).toArray() == QJsonArray {u"PERSON"_s});
    const QJsonObject date = findResult(results, u"e11"_s, u"label"_s).value(u"value"_s).toObject();
    CHECK(date.value(u"start"_s).toInt() == 154); // after 😀, still code points
    CHECK(date.value(u"end"_s).toInt() == 159);

    // The discontinuous entity: one region per fragment.
    const QJsonObject fragment1 = findResult(results, u"e12"_s, u"label"_s).value(u"value"_s).toObject();
    const QJsonObject fragment2 = findResult(results, u"e12_2"_s, u"label"_s).value(u"value"_s).toObject();
    CHECK(fragment1.value(u"start"_s).toInt() == 165);
    CHECK(fragment1.value(u"text"_s).toString() == u"Bayraktar"_s);
    CHECK(fragment2.value(u"start"_s).toInt() == 186);
    CHECK(fragment2.value(u"text"_s).toString() == u"TB2"_s);

    const QJsonObject confidence = findResult(results, u"e07"_s, u"confidence"_s);
    CHECK(confidence.value(u"type"_s).toString() == u"choices"_s);
    CHECK(confidence.value(u"value"_s).toObject().value(u"choices"_s).toArray() == QJsonArray {u"high"_s});
    CHECK(confidence.value(u"value"_s).toObject().value(u"start"_s).toInt() == 83);
    const QJsonObject note = findResult(results, u"e03"_s, u"note"_s);
    CHECK(note.value(u"type"_s).toString() == u"textarea"_s);
    CHECK(note.value(u"value"_s).toObject().value(u"text"_s).toArray()
          == QJsonArray {u"Arabic spelling, with damma"_s});

    QList<QJsonObject> relations;
    for (const QJsonValue &result : results) {
        if (result.toObject().value(u"type"_s).toString() == u"relation"_s)
            relations.append(result.toObject());
    }
    REQUIRE(relations.size() == 3);
    CHECK(relations[0].value(u"from_id"_s).toString() == u"e01"_s);
    CHECK(relations[0].value(u"to_id"_s).toString() == u"e03"_s);
    CHECK(relations[0].value(u"direction"_s).toString() == u"bi"_s); // MEETS_WITH is symmetric
    CHECK(relations[0].value(u"labels"_s).toArray() == QJsonArray {u"MEETS_WITH"_s});
    CHECK(relations[2].value(u"to_id"_s).toString() == u"e12"_s);
    CHECK(relations[2].value(u"direction"_s).toString() == u"right"_s);

    INFO(Test::describe(problems).toStdString());
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].message.contains(u"has 2 fragments"_s));
    CHECK(problems[1].message.contains(u"1 attribute value(s), 1 note(s), 1 reference(s)"_s));
}

TEST_CASE("Label Studio export writes a labeling config from the schema", "[formats][labelstudio]")
{
    Problems problems;
    const QString config = QString::fromUtf8(exportFixture(&problems).files().value(u"labelstudio-config.xml"_s));
    INFO(config.toStdString());
    CHECK(config.startsWith(u"<View>\n  <Relations>\n    <Relation value=\"HAS_TITLE\"/>"_s));
    CHECK(config.contains(
        u"<Labels name=\"label\" toName=\"text\">\n    <Label value=\"PERSON\" background=\"#e15759\"/>"_s));
    CHECK(config.contains(u"<Text name=\"text\" value=\"$text\"/>"_s));
    CHECK(config.contains(u"<Choices name=\"confidence\" toName=\"text\" perRegion=\"true\">\n      <Choice "
                          u"value=\"low\"/>"_s));
    CHECK(config.contains(u"<TextArea name=\"note\" toName=\"text\" perRegion=\"true\""_s));
    CHECK(config.endsWith(u"</View>\n"_s));
}

TEST_CASE("Label Studio import reads regions, relations, choices and notes", "[formats][labelstudio]")
{
    const QByteArray json = R"([
  {"id": 7, "data": {"text": "😀 Ali met Veli in Rize."},
   "annotations": [
     {"was_cancelled": true, "result": []},
     {"result": [
       {"id": "a", "from_name": "label", "to_name": "text", "type": "labels",
        "value": {"start": 2, "end": 5, "text": "Ali", "labels": ["Person"]}},
       {"id": "b", "from_name": "label", "to_name": "text", "type": "labels",
        "value": {"start": 10, "end": 14, "text": "Veli", "labels": ["Person"]}},
       {"id": "c", "from_name": "label", "to_name": "text", "type": "labels",
        "value": {"start": 18, "end": 22, "labels": ["Yer adı"]}},
       {"id": "a", "from_name": "confidence", "to_name": "text", "type": "choices",
        "value": {"start": 2, "end": 5, "choices": ["high"]}},
       {"id": "b", "from_name": "note", "to_name": "text", "type": "textarea",
        "value": {"start": 10, "end": 14, "text": ["the host"]}},
       {"from_id": "a", "to_id": "b", "type": "relation", "direction": "left", "labels": ["MEETS"]},
       {"id": "r", "from_name": "sentiment", "to_name": "text", "type": "rating", "value": {"rating": 3}}
     ]}]}
])";
    const ImportBatch batch = importBytes(json);
    INFO(Test::describe(batch.problems).toStdString());
    REQUIRE(batch.documents.size() == 1);
    const ExchangeDocument &document = batch.documents[0];
    CHECK(document.name == u"tasks/0001.txt"_s);
    REQUIRE(document.entities.size() == 3);
    const Entity &ali = document.entities[0];
    CHECK(ali.type == u"Person"_s);
    CHECK(ali.spans == SpanList {{2, 5, {}}});
    CHECK(ali.attributes.value(u"confidence"_s) == u"high"_s);
    const Entity &veli = document.entities[1];
    CHECK(veli.note == u"the host"_s);
    CHECK(document.entities[2].type == u"Yer_adi"_s);
    REQUIRE(document.relations.size() == 1);
    CHECK(document.relations[0].type == u"MEETS"_s);
    CHECK(document.relations[0].from == veli.id); // "left" points the other way
    CHECK(document.relations[0].to == ali.id);
    REQUIRE(batch.problems.size() == 1);
    CHECK(batch.problems[0].line == 2);
    CHECK(batch.problems[0].message == u"task 1 (id 7): a result of type “rating” (sentiment) is not imported"_s);
    CHECK(batch.notes == QStringList {u"/in/tasks.json:2: label “Yer adı” imported as “Yer_adi”"_s});
    CHECK(batch.skipped == 0);
}

TEST_CASE("Label Studio import checks region text and reads old UTF-16 offsets when only they match",
          "[formats][labelstudio]")
{
    const QByteArray json = R"({"data": {"body": "😀 Ali met Veli."}, "predictions": [{"result": [
       {"id": "a", "from_name": "label", "to_name": "text", "type": "labels",
        "value": {"start": 3, "end": 6, "text": "Ali", "labels": ["PER"]}},
       {"id": "b", "from_name": "label", "to_name": "text", "type": "labels",
        "value": {"start": 10, "end": 14, "text": "Vely", "labels": ["PER"]}},
       {"id": "c", "from_name": "label", "to_name": "text", "type": "labels",
        "value": {"start": 10, "end": 99, "labels": ["PER"]}},
       {"id": "d", "from_name": "label", "to_name": "text", "type": "labels",
        "value": {"start": 5, "end": 5, "labels": ["PER"]}},
       {"id": "e", "from_name": "label", "to_name": "text", "type": "labels",
        "value": {"start": "x", "end": 5, "labels": ["PER"]}},
       {"from_id": "a", "to_id": "zz", "type": "relation", "labels": ["R"]}
    ]}]})";
    const ImportBatch batch = importBytes(json);
    INFO(Test::describe(batch.problems).toStdString());
    REQUIRE(batch.documents.size() == 1);
    const ExchangeDocument &document = batch.documents[0];
    CHECK(document.text == u"😀 Ali met Veli."_s); // the only string in data
    REQUIRE(document.entities.size() == 2);
    CHECK(document.entities[0].spans == SpanList {{2, 5, {}}}); // read as UTF-16 3..6
    CHECK(document.entities[1].spans == SpanList {{10, 14, {}}}); // mismatch: kept as code points, warned
    CHECK(batch.skipped == 4);
    QStringList messages;
    for (const Problem &problem : batch.problems)
        messages.append(problem.message);
    CHECK(
        messages
        == QStringList({
            u"task 1: no annotation; its first prediction is imported instead"_s,
            u"task 1: the region [3, 6] “Ali” matches its text only as UTF-16 offsets (older Label Studio); read so"_s,
            u"task 1: the region [10, 14] says its text is “Vely”, but the task's text there is “Veli”; the "
            u"offsets are kept"_s,
            u"task 1: skipped the region [10, 99]: it ends past the text (15 code points)"_s,
            u"task 1: skipped the region [5, 5]: its start is negative or not before its end"_s,
            u"task 1: skipped a region without integer “start” and “end”"_s,
            u"task 1: skipped a relation from a to zz: no such region was imported"_s,
        }));
}

TEST_CASE("Label Studio import reports broken files without crashing", "[formats][labelstudio]")
{
    ImportBatch broken = importBytes("[{\"data\": {\"text\": \"x\"}},\n  {\"data\": ");
    REQUIRE(broken.problems.size() == 1);
    CHECK(broken.problems[0].line == 2);
    CHECK(broken.problems[0].message.startsWith(u"not JSON, nothing imported"_s));
    CHECK(broken.skipped == 1);

    ImportBatch odd = importBytes("[1, {\"data\": {}}, {\"data\": {\"text\": \"a\\r\\nb\"}, \"annotations\": 5}]");
    INFO(Test::describe(odd.problems).toStdString());
    CHECK(odd.skipped == 2);
    REQUIRE(odd.documents.size() == 1);
    CHECK(odd.documents[0].text == u"a\nb"_s);
    CHECK(odd.documents[0].name == u"tasks/0003.txt"_s);

    CHECK(importBytes("{\"tasks\": []}").skipped == 1);
    CHECK(importBytes("\xff\xfe[]").skipped == 1);
}

TEST_CASE("Label Studio import shifts offsets past a CR of CRLF", "[formats][labelstudio]")
{
    const ImportBatch batch = importBytes(R"([{"data": {"text": "Ali\r\nVeli"}, "annotations": [{"result": [
       {"id": "v", "type": "labels", "value": {"start": 5, "end": 9, "text": "Veli", "labels": ["PER"]}}]}]}])");
    REQUIRE(batch.documents.size() == 1);
    CHECK(batch.documents[0].text == u"Ali\nVeli"_s);
    REQUIRE(batch.documents[0].entities.size() == 1);
    CHECK(batch.documents[0].entities[0].spans == SpanList {{4, 8, {}}});
    CHECK(batch.problems.isEmpty());
}

TEST_CASE("The fixture survives a Label Studio export and import", "[formats][labelstudio]")
{
    Problems problems;
    const MemoryOutput out = exportFixture(&problems);
    const ImportBatch batch = importBytes(out.files().value(u"labelstudio.json"_s));
    INFO(Test::describe(batch.problems).toStdString());
    CHECK(batch.problems.isEmpty());
    CHECK(batch.notes.isEmpty());
    REQUIRE(batch.documents.size() == 1);
    const ExchangeDocument original = Test::exchangeFixture();
    const ExchangeDocument &imported = batch.documents[0];
    CHECK(imported.name == original.name);
    CHECK(imported.status == u"done"_s);
    CHECK(imported.text == original.text);
    REQUIRE(imported.entities.size() == original.entities.size());
    QHash<QString, QString> idOf; // original id → imported id
    for (size_t i = 0; i < original.entities.size(); ++i) {
        const Entity &a = original.entities[i];
        const Entity &b = imported.entities[i];
        CHECK(b.type == a.type);
        CHECK(b.spans == a.spans); // the discontinuous entity too
        CHECK(b.attributes == a.attributes);
        CHECK(b.note == a.note);
        idOf.insert(a.id, b.id);
    }
    REQUIRE(imported.relations.size() == original.relations.size());
    QSet<QString> expected, found;
    for (const Relation &relation : original.relations)
        expected.insert(relation.type + u' ' + idOf.value(relation.from) + u' ' + idOf.value(relation.to));
    for (const Relation &relation : imported.relations)
        found.insert(relation.type + u' ' + relation.from + u' ' + relation.to);
    CHECK(found == expected);
}

TEST_CASE("Label Studio import is registered for .json files", "[formats][labelstudio]")
{
    const std::optional<ImportFormat> format = ImportFormats::find(u"labelstudio");
    REQUIRE(format);
    CHECK(format->suffixes == QStringList {u".json"_s});
    ImportBatch batch;
    format->read(u"/in/a.txt.ann.json"_s, u"/in"_s, &batch);
    CHECK(batch.documents.empty());
    CHECK(batch.skipped == 0);
}
