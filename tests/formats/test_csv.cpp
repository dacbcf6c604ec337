// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/catchqt.h"
#include "support/exchangefixture.h"

#include "formats/csvexporter.h"
#include "formats/exportformats.h"

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

QMap<QString, QByteArray> exportCsv(const QList<ExchangeDocument> &documents, Problems *problems = nullptr)
{
    CsvExporter exporter;
    MemoryOutput out;
    Problems local;
    for (const ExchangeDocument &document : documents)
        REQUIRE(exporter.add(document, out, problems ? problems : &local));
    REQUIRE(exporter.finish(out, problems ? problems : &local));
    return out.files();
}

/// RFC 4180 reader: fields split at commas outside quotes, records at CRLF outside quotes.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r') {
            REQUIRE(text.mid(i, 2) == u"\r\n"_s);
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            REQUIRE(c != u'\n'); // a bare LF outside quotes: not CRLF
            field += c;
        }
    }
    REQUIRE(record.isEmpty());
    REQUIRE(field.isEmpty());
    return records;
}

} // namespace

TEST_CASE("CSV export writes entities with code point offsets and the Arabic text intact", "[formats][csv]")
{
    const QMap<QString, QByteArray> files = exportCsv({Test::exchangeFixture()});
    REQUIRE(files.keys() == QStringList {u"entities.csv"_s, u"relations.csv"_s});
    const QList<QStringList> rows = parseCsv(files.value(u"entities.csv"_s));
    REQUIRE(rows.size() == 13);
    CHECK(rows[0].join(u'|') == u"document|id|type|start|end|spans|text|attributes|note|reference"_s);
    CHECK(rows[1]
          == QStringList {u"mixed/haber.txt"_s,
                          u"e01"_s,
                          u"PERSON"_s,
                          u"3"_s,
                          u"19"_s,
                          u"3-19"_s,
                          u"Selçuk Bayraktar"_s,
                          {},
                          {},
                          {}});
    CHECK(rows[3]
          == QStringList {u"mixed/haber.txt"_s,
                          u"e03"_s,
                          u"PERSON"_s,
                          u"44"_s,
                          u"52"_s,
                          u"44-52"_s,
                          u"أردوغانُ"_s,
                          {},
                          u"Arabic spelling, with damma"_s,
                          u"wikidata:Q39259"_s});
    CHECK(rows[5][6] == u"أنقرة"_s);
    CHECK(rows[5][3] == u"62"_s);
    CHECK(rows[7][7] == u"confidence=high"_s);
    CHECK(rows[10][3] == u"143"_s); // ASFAT: code points, the flag counted as two
    CHECK(rows[12]
          == QStringList {u"mixed/haber.txt"_s,
                          u"e12"_s,
                          u"EQUIPMENT"_s,
                          u"165"_s,
                          u"189"_s,
                          u"165-174;186-189"_s,
                          u"Bayraktar … TB2"_s,
                          {},
                          {},
                          {}});
    // The note's comma makes it quoted, byte for byte.
    CHECK(files.value(u"entities.csv"_s).contains(",\"Arabic spelling, with damma\",wikidata:Q39259\r\n"));

    const QList<QStringList> relations = parseCsv(files.value(u"relations.csv"_s));
    REQUIRE(relations.size() == 4);
    CHECK(relations[0].join(u'|') == u"document|id|type|from id|from text|to id|to text|attributes|note"_s);
    CHECK(relations[1]
          == QStringList {u"mixed/haber.txt"_s,
                          u"r1"_s,
                          u"MEETS_WITH"_s,
                          u"e01"_s,
                          u"Selçuk Bayraktar"_s,
                          u"e03"_s,
                          u"أردوغانُ"_s,
                          {},
                          {}});
    CHECK(relations[2][7] == u"confidence=medium"_s);
    CHECK(relations[3][6] == u"Bayraktar … TB2"_s);
}

TEST_CASE("CSV fields are quoted per RFC 4180 and guarded against formulas", "[formats][csv]")
{
    CHECK(CsvExporter::field(u"plain"_s) == u"plain"_s);
    CHECK(CsvExporter::field(u"a, \"b\"\nc"_s) == u"\"a, \"\"b\"\"\nc\""_s);
    CHECK(CsvExporter::field(u"=HYPERLINK(\"x\")"_s) == u"\"'=HYPERLINK(\"\"x\"\")\""_s);
    CHECK(CsvExporter::field(u"+90 312"_s) == u"'+90 312"_s);
    CHECK(CsvExporter::field(u"@SUM(A1)"_s) == u"'@SUM(A1)"_s);
    CHECK(CsvExporter::field(u"-based"_s) == u"'-based"_s);
    CHECK(CsvExporter::field(u"-5"_s) == u"-5"_s);
    CHECK(CsvExporter::field(u"\tx"_s) == u"'\tx"_s);

    ExchangeDocument document;
    document.name = u"a,b.txt"_s;
    document.text = u"Ali geldi."_s;
    Entity ali {u"x1"_s, u"PERSON"_s, {{0, 3, {}}}, {{u"role"_s, u"=1+1"_s}}, u"says \"hi\",\r\nthen\nleaves"_s,
                {},      {}};
    document.entities.push_back(ali);
    const QMap<QString, QByteArray> files = exportCsv({document});
    const QByteArray bytes = files.value(u"entities.csv"_s);
    CHECK(bytes.endsWith("\"a,b.txt\",x1,PERSON,0,3,0-3,Ali,role==1+1,\"says \"\"hi\"\",\r\nthen\nleaves\",\r\n"));
    const QList<QStringList> rows = parseCsv(bytes);
    REQUIRE(rows.size() == 2);
    CHECK(rows[1][8] == u"says \"hi\",\r\nthen\nleaves"_s);
    // Only the header when nothing was exported, still with the BOM.
    CHECK(exportCsv({}).value(u"relations.csv"_s)
          == "\xEF\xBB\xBF"
             "document,id,type,from id,from text,to id,to text,attributes,note\r\n");
    CHECK(ExportFormats::find(u"csv")->offsetUnit == u"code points"_s);
}
