// SPDX-License-Identifier: GPL-3.0-or-later
// doccano JSONL import: the offset unit found per line, malformed input line by line, CRLF, names, labels, and
// the round trip through the doccano export.
#include "support/catchqt.h"
#include "support/exchangefixture.h"
#include "support/testfiles.h"

#include "formats/doccanoexporter.h"
#include "formats/doccanoimporter.h"
#include "formats/importformats.h"

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

ImportBatch importBytes(const QByteArray &bytes, const QString &file = u"/in/news.jsonl"_s,
                        const QString &root = u"/in/news.jsonl"_s)
{
    ImportBatch batch;
    DoccanoImporter::readBytes(bytes, file, root, &batch);
    return batch;
}

SpanList spansOf(const ExchangeDocument &document)
{
    SpanList spans;
    for (const Entity &entity : document.entities)
        spans.append(entity.spans);
    return spans;
}

QStringList messagesOf(const ImportBatch &batch)
{
    QStringList messages;
    for (const Problem &problem : batch.problems)
        messages.append(QString::number(problem.line) + u": "_s + problem.message);
    return messages;
}

} // namespace

TEST_CASE("doccano import finds UTF-16 offsets after an emoji and says so", "[formats][doccano]")
{
    // "😀 Ali met Veli.": Ali is 3..6 in UTF-16 units, 2..5 in code points.
    const ImportBatch batch = importBytes(R"({"text": "😀 Ali met Veli.", "label": [[3, 6, "PER"], [11, 15, "PER"]]})");
    INFO(Test::describe(batch.problems).toStdString());
    REQUIRE(batch.documents.size() == 1);
    CHECK(spansOf(batch.documents[0]) == SpanList {{2, 5, {}}, {10, 14, {}}});
    CHECK(batch.notes == QStringList {u"/in/news.jsonl:1: offsets read as UTF-16 code units"_s});
    CHECK(batch.problems.isEmpty());
}

TEST_CASE("doccano import finds code point offsets after an emoji and says so", "[formats][doccano]")
{
    const ImportBatch batch = importBytes(R"({"text": "😀 Ali met Veli.", "label": [[2, 5, "PER"], [10, 14, "PER"]]})");
    REQUIRE(batch.documents.size() == 1);
    CHECK(spansOf(batch.documents[0]) == SpanList {{2, 5, {}}, {10, 14, {}}});
    CHECK(batch.notes == QStringList {u"/in/news.jsonl:1: offsets read as code points"_s});
}

TEST_CASE("doccano import never splits a surrogate pair and decides line by line", "[formats][doccano]")
{
    // Line 1: [1, 2] read as UTF-16 would end between the halves of 😀, so it can only be code points.
    // Line 2: no astral character before a span: both readings agree and nothing is said.
    const ImportBatch batch = importBytes("{\"text\": \"a😀b\", \"label\": [[1, 2, \"EMOJI\"]]}\n"
                                          "{\"text\": \"Ali 😀\", \"label\": [[0, 3, \"PER\"]]}\n");
    REQUIRE(batch.documents.size() == 2);
    CHECK(spansOf(batch.documents[0]) == SpanList {{1, 2, {}}});
    CHECK(spansOf(batch.documents[1]) == SpanList {{0, 3, {}}});
    CHECK(batch.notes == QStringList {u"/in/news.jsonl:1: offsets read as code points"_s});
}

TEST_CASE("doccano import drops the CR of CRLF and a BOM and moves the offsets with them", "[formats][doccano]")
{
    const ImportBatch batch =
        importBytes("\xEF\xBB\xBF{\"text\": \"\\ufeffAli\\r\\nVeli\\r\\n😀 Rize\", \"label\": [[0, 3, \"PER\"], "
                    "[5, 9, \"PER\"], [14, 18, \"GPE\"]]}\r\n");
    INFO(Test::describe(batch.problems).toStdString());
    REQUIRE(batch.documents.size() == 1);
    CHECK(batch.documents[0].text == u"Ali\nVeli\n😀 Rize"_s);
    // Rize: UTF-16 14..18 of the raw text (the BOM not counted) = code points 13..17, two CRs before it → 11..15.
    CHECK(spansOf(batch.documents[0]) == SpanList {{0, 3, {}}, {4, 8, {}}, {11, 15, {}}});
    CHECK(batch.problems.isEmpty());
}

TEST_CASE("doccano import reports every malformed line and span and imports the rest", "[formats][doccano]")
{
    const QByteArray lines =
        "{\"text\": \"good\", \"label\": [[0, 4, \"X\"]]}\n"
        "this is not JSON\n"
        "[1, 2, 3]\n"
        "{\"label\": [[0, 4, \"X\"]]}\n"
        "{\"text\": \"short\", \"label\": [[0, 50, \"X\"], [3, 3, \"X\"], [4, 2, \"X\"], [-1, 2, "
        "\"X\"], [0, 1e300, \"X\"], [\"a\", 2, \"X\"], [0, 2], [0, 2.5, \"X\"], [0, 5, \"OK\"]]}\n"
        "\n"
        "{\"text\": \"Ali Veli\", \"entities\": [{\"id\": 1, \"start_offset\": 0, \"end_offset\": 3, "
        "\"label\": \"PER\"}, {\"id\": \"x\", \"start_offset\": 4, \"end_offset\": 8, \"label\": "
        "\"PER\"}], \"relations\": [{\"from_id\": 1, \"to_id\": 9, \"type\": \"KNOWS\"}, "
        "{\"from_id\": 1, \"type\": \"KNOWS\"}, 7]}\n"
        "{\"text\": \"bad \xff\xfe utf-8\"}\n"
        "{\"text\": 5}\n"
        "{\"text\": \"labels\", \"label\": \"positive\"}\n";
    const ImportBatch batch = importBytes(lines);
    REQUIRE(batch.documents.size() == 4);
    CHECK(batch.documents[0].name == u"news/0001.txt"_s);
    CHECK(batch.documents[1].name == u"news/0005.txt"_s);
    CHECK(spansOf(batch.documents[1]) == SpanList {{0, 5, {}}});
    CHECK(batch.documents[2].name == u"news/0007.txt"_s);
    CHECK(spansOf(batch.documents[2]) == SpanList {{0, 3, {}}});
    CHECK(batch.documents[2].relations.empty());
    CHECK(batch.documents[3].name == u"news/0010.txt"_s);
    CHECK(batch.documents[3].entities.empty());
    const QStringList messages = messagesOf(batch);
    INFO(messages.join(u'\n').toStdString());
    REQUIRE(messages.size() == 18);
    CHECK(messages[0].startsWith(u"2: line skipped: not JSON: "_s));
    CHECK(batch.problems[0].column == 2); // where Qt stopped reading
    CHECK(messages[1] == u"3: line skipped: not a JSON object"_s);
    CHECK(messages[2] == u"4: skipped a line without a “text” string"_s);
    CHECK(messages[3].startsWith(u"5: skipped a span that is not [start, end, \"label\"]"_s));
    CHECK(messages[3].endsWith(u": [0,1e+300,\"X\"]"_s));
    CHECK(messages[4].endsWith(u": [\"a\",2,\"X\"]"_s));
    CHECK(messages[5].endsWith(u": [0,2]"_s));
    CHECK(messages[6].endsWith(u": [0,2.5,\"X\"]"_s));
    CHECK(messages[7]
          == u"5: skipped the span [0, 50, “X”]: it ends past the text (5 UTF-16 code units, 5 code points)"_s);
    CHECK(messages[8] == u"5: skipped the span [3, 3, “X”]: its start is not before its end"_s);
    CHECK(messages[9] == u"5: skipped the span [4, 2, “X”]: its start is not before its end"_s);
    CHECK(messages[10] == u"5: skipped the span [-1, 2, “X”]: an offset is negative"_s);
    CHECK(messages[11] == u"7: skipped an entity whose “id” is not an integer"_s);
    CHECK(messages[12]
          == u"7: skipped the relation KNOWS from 1 to 9: entity 9 is not on this line or was not imported"_s);
    CHECK(messages[13] == u"7: skipped a relation without integer “from_id” and “to_id” and a “type”"_s);
    CHECK(messages[14] == u"7: skipped a relation without integer “from_id” and “to_id” and a “type”"_s);
    CHECK(messages[15].startsWith(u"8: line skipped: not JSON: "_s));
    CHECK(messages[16] == u"9: skipped a line without a “text” string"_s);
    // "label": "positive" (text classification) is not a list of spans.
    CHECK(messages[17] == u"10: “label” is not a list of spans; it is skipped"_s);
    CHECK(batch.skipped == 18);
}

TEST_CASE("doccano import maps labels to type names and names documents", "[formats][doccano]")
{
    const ImportBatch batch = importBytes(
        "{\"text\": \"Ali\", \"label\": [{\"start_offset\": 0, \"end_offset\": 3, \"label\": \"Kişi adı\"}], "
        "\"name\": \"tr/haber-1\", \"status\": \"done\"}\n"
        "{\"text\": \"Ali\", \"label\": [[0, 3, \"Kişi adı\"], [0, 3, \"شخص\"]], \"filename\": \"../escape.txt\"}\n",
        u"/in/sub/news.jsonl"_s, u"/in"_s);
    REQUIRE(batch.documents.size() == 2);
    CHECK(batch.documents[0].name == u"tr/haber-1.txt"_s);
    CHECK(batch.documents[0].status == u"done"_s);
    CHECK(batch.documents[0].entities[0].type == u"Kisi_adi"_s);
    CHECK(batch.documents[1].name == u"news/0002.txt"_s); // "/in" is not a folder here, so no subfolder
    CHECK(batch.documents[1].entities[0].type == u"Kisi_adi"_s);
    CHECK(batch.documents[1].entities[1].type == u"LABEL"_s);
    CHECK(batch.notes
          == QStringList({u"/in/sub/news.jsonl:1: label “Kişi adı” imported as “Kisi_adi”"_s,
                          u"/in/sub/news.jsonl:2: label “شخص” imported as “LABEL”"_s}));
    REQUIRE(batch.problems.size() == 1);
    CHECK(batch.problems[0].severity == Problem::Severity::Warning);
    CHECK(batch.problems[0].message.contains(u"../escape.txt is not a relative path"_s));
}

TEST_CASE("doccano import reads relation extraction lines with comments", "[formats][doccano]")
{
    const ImportBatch batch = importBytes(
        R"({"id": 4, "text": "Ali met Veli and Ayşe.", "entities": [{"id": 10, "start_offset": 0, "end_offset": 3, "label": "PER"}, {"id": 11, "start_offset": 8, "end_offset": 12, "label": "PER"}, {"id": 12, "start_offset": 17, "end_offset": 21, "label": "PER"}], "relations": [{"id": 3, "from_id": 10, "to_id": 11, "type": "MEETS"}], "Comments": [{"id": 1, "comment": "entity 10: the guest"}, {"id": 2, "comment": "relation 3: in Rize"}, {"id": 3, "comment": "entity 12: continues entity 11"}, "check again"]})");
    INFO(Test::describe(batch.problems).toStdString());
    REQUIRE(batch.documents.size() == 1);
    const ExchangeDocument &document = batch.documents[0];
    REQUIRE(document.entities.size() == 2);
    CHECK(document.entities[0].note == u"the guest"_s);
    CHECK(document.entities[1].spans == SpanList {{8, 12, {}}, {17, 21, {}}});
    REQUIRE(document.relations.size() == 1);
    CHECK(document.relations[0].from == document.entities[0].id);
    CHECK(document.relations[0].to == document.entities[1].id);
    CHECK(document.relations[0].note == u"in Rize"_s);
    REQUIRE(batch.problems.size() == 1);
    CHECK(batch.problems[0].severity == Problem::Severity::Warning);
    CHECK(batch.problems[0].message.endsWith(u"check again"_s));
}

TEST_CASE("doccano import reads a pretty-printed file as one record, with a warning", "[formats][doccano]")
{
    const ImportBatch batch = importBytes("{\n  \"text\": \"Ali\",\n  \"label\": [[0, 3, \"PER\"]]\n}\n");
    REQUIRE(batch.documents.size() == 1);
    CHECK(spansOf(batch.documents[0]) == SpanList {{0, 3, {}}});
    REQUIRE(batch.problems.size() == 1);
    CHECK(batch.problems[0].severity == Problem::Severity::Warning);
    CHECK(batch.problems[0].message.startsWith(u"not JSON Lines"_s));
    CHECK(batch.skipped == 0);

    // Broken across lines and not JSON as a whole either: every line is reported.
    const ImportBatch broken = importBytes("{\n  \"text\": \"Ali\",\n");
    CHECK(broken.documents.empty());
    CHECK(broken.skipped == 2);
}

TEST_CASE("The fixture survives a doccano export and import", "[formats][doccano]")
{
    const ExchangeDocument original = Test::exchangeFixture();
    std::unique_ptr<Exporter> exporter = DoccanoExporter::create(Test::exchangeFixtureSchema());
    MemoryOutput out;
    Problems problems;
    REQUIRE(exporter->add(original, out, &problems));
    REQUIRE(exporter->finish(out, &problems));
    const ImportBatch batch = importBytes(out.files().value(DoccanoExporter::fileName()));
    INFO(Test::describe(batch.problems).toStdString());
    CHECK(batch.problems.isEmpty());
    CHECK(batch.notes == QStringList {u"/in/news.jsonl:1: offsets read as UTF-16 code units"_s});
    REQUIRE(batch.documents.size() == 1);
    const ExchangeDocument &imported = batch.documents[0];
    CHECK(imported.name == original.name);
    CHECK(imported.status == original.status);
    CHECK(imported.text == original.text);
    REQUIRE(imported.entities.size() == original.entities.size());
    QHash<QString, QString> idOf;
    for (size_t i = 0; i < original.entities.size(); ++i) {
        CHECK(imported.entities[i].type == original.entities[i].type);
        CHECK(imported.entities[i].spans == original.entities[i].spans); // the discontinuous one joined again
        CHECK(imported.entities[i].note == original.entities[i].note);
        CHECK(imported.entities[i].attributes.isEmpty()); // doccano has no attributes
        idOf.insert(original.entities[i].id, imported.entities[i].id);
    }
    QSet<QString> expected, found;
    for (const Relation &relation : original.relations)
        expected.insert(relation.type + u' ' + idOf.value(relation.from) + u' ' + idOf.value(relation.to) + u' '
                        + relation.note);
    for (const Relation &relation : imported.relations)
        found.insert(relation.type + u' ' + relation.from + u' ' + relation.to + u' ' + relation.note);
    CHECK(found == expected);
}

TEST_CASE("doccano import is registered for .jsonl files", "[formats][doccano]")
{
    const std::optional<ImportFormat> format = ImportFormats::find(u"doccano");
    REQUIRE(format);
    CHECK(format->suffixes == QStringList {u".jsonl"_s});
    ImportBatch batch;
    format->read(u"/nonexistent/file.jsonl"_s, u"/nonexistent"_s, &batch);
    CHECK(batch.skipped == 1);
    CHECK(batch.problems.size() == 1);
}
