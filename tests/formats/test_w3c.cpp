// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/catchqt.h"
#include "support/exchangefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "formats/exportformats.h"
#include "formats/w3cexporter.h"

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

QJsonObject exportFixture(QByteArray *bytes = nullptr)
{
    W3cExporter exporter;
    MemoryOutput out;
    Problems problems;
    REQUIRE(exporter.add(Test::exchangeFixture(), out, &problems));
    REQUIRE(exporter.finish(out, &problems));
    CHECK(problems.isEmpty());
    REQUIRE(out.files().keys() == QStringList {u"mixed/haber.jsonld"_s});
    if (bytes)
        *bytes = out.files().first();
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(out.files().first(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(json.isObject());
    return json.object();
}

QJsonObject selector(const QJsonObject &target, const QString &type)
{
    for (const QJsonValue &value : target.value(u"selector"_s).toArray()) {
        if (value[u"type"_s].toString() == type)
            return value.toObject();
    }
    FAIL("no " << type.toStdString());
    return {};
}

} // namespace

TEST_CASE("W3C export writes one annotation collection per article", "[formats][w3c]")
{
    const QJsonObject collection = exportFixture();
    CHECK(collection.value(u"@context"_s).toString() == u"http://www.w3.org/ns/anno.jsonld"_s);
    CHECK(collection.value(u"type"_s).toString() == u"AnnotationCollection"_s);
    CHECK(collection.value(u"label"_s).toString() == u"mixed/haber.txt"_s);
    CHECK(collection.value(u"total"_s).toInt() == 15);
    const QJsonObject page = collection.value(u"first"_s).toObject();
    CHECK(page.value(u"type"_s).toString() == u"AnnotationPage"_s);
    CHECK(page.value(u"items"_s).toArray().size() == 15);
}

TEST_CASE("W3C selectors count code points and quote 32 of them either side", "[formats][w3c]")
{
    const QJsonArray items = exportFixture()[u"first"_s][u"items"_s].toArray();
    const QJsonObject first = items.at(0).toObject();
    CHECK(first.value(u"id"_s).toString() == u"urn:hashiya:e01"_s);
    CHECK(first.value(u"motivation"_s).toString() == u"tagging"_s);
    const QJsonObject target = first.value(u"target"_s).toObject();
    CHECK(target.value(u"source"_s).toString() == u"mixed/haber.txt"_s);
    const QJsonObject position = selector(target, u"TextPositionSelector"_s);
    CHECK(position.value(u"start"_s).toInt() == 3); // after 🇹🇷 (two code points, four UTF-16 units) and a space
    CHECK(position.value(u"end"_s).toInt() == 19);
    const QJsonObject quote = selector(target, u"TextQuoteSelector"_s);
    CHECK(quote.value(u"exact"_s).toString() == u"Selçuk Bayraktar"_s);
    CHECK(quote.value(u"prefix"_s).toString() == u"🇹🇷 "_s);
    CHECK(quote.value(u"suffix"_s).toString() == u" Ankara'da konuştu.\nوزار أردوغان"_s);

    // ASFAT: after 😀 was not yet counted, but its suffix holds it as one code point.
    const QJsonObject asfat = items.at(9).toObject()[u"target"_s].toObject();
    CHECK(selector(asfat, u"TextPositionSelector"_s)[u"start"_s].toInt() == 143);
    CHECK(selector(asfat, u"TextPositionSelector"_s)[u"end"_s].toInt() == 148);
    CHECK(selector(asfat, u"TextQuoteSelector"_s)[u"prefix"_s].toString() == u"1.5 billion with İSTANBUL-based "_s);
    CHECK(selector(asfat, u"TextQuoteSelector"_s)[u"suffix"_s].toString() == u" 😀 on 3 May.\nThe Bayraktar Akınc"_s);

    // The clitic-attached Ankara: exact is the name without its و.
    const QJsonObject ankara = items.at(4).toObject()[u"target"_s].toObject();
    CHECK(selector(ankara, u"TextQuoteSelector"_s)[u"exact"_s].toString() == u"أنقرة"_s);
    CHECK(selector(ankara, u"TextPositionSelector"_s)[u"start"_s].toInt() == 62);
    CHECK(selector(ankara, u"TextPositionSelector"_s)[u"end"_s].toInt() == 67);
}

TEST_CASE("W3C bodies carry type, note, reference and attributes, discontinuous entities have two targets",
          "[formats][w3c]")
{
    const QJsonArray items = exportFixture()[u"first"_s][u"items"_s].toArray();
    const QJsonArray erdogan = items.at(2)[u"body"_s].toArray();
    REQUIRE(erdogan.size() == 3);
    CHECK(erdogan.at(0)[u"purpose"_s].toString() == u"tagging"_s);
    CHECK(erdogan.at(0)[u"value"_s].toString() == u"PERSON"_s);
    CHECK(erdogan.at(1)[u"purpose"_s].toString() == u"commenting"_s);
    CHECK(erdogan.at(1)[u"value"_s].toString() == u"Arabic spelling, with damma"_s);
    CHECK(erdogan.at(2)[u"type"_s].toString() == u"SpecificResource"_s);
    CHECK(erdogan.at(2)[u"purpose"_s].toString() == u"identifying"_s);
    CHECK(erdogan.at(2)[u"source"_s].toString() == u"wikidata:Q39259"_s);
    CHECK(items.at(6)[u"body"_s][1][u"value"_s].toString() == u"confidence=high"_s);

    const QJsonArray equipment = items.at(11)[u"target"_s].toArray();
    REQUIRE(equipment.size() == 2);
    CHECK(selector(equipment.at(0).toObject(), u"TextPositionSelector"_s)[u"start"_s].toInt() == 165);
    CHECK(selector(equipment.at(0).toObject(), u"TextQuoteSelector"_s)[u"exact"_s].toString() == u"Bayraktar"_s);
    CHECK(selector(equipment.at(1).toObject(), u"TextPositionSelector"_s)[u"start"_s].toInt() == 186);
    CHECK(selector(equipment.at(1).toObject(), u"TextPositionSelector"_s)[u"end"_s].toInt() == 189);
}

TEST_CASE("W3C relations are linking annotations that state their direction", "[formats][w3c]")
{
    QByteArray bytes;
    const QJsonArray items = exportFixture(&bytes)[u"first"_s][u"items"_s].toArray();
    const QJsonObject supplies = items.at(14).toObject();
    CHECK(supplies[u"id"_s].toString() == u"urn:hashiya:r3"_s);
    CHECK(supplies[u"motivation"_s].toString() == u"linking"_s);
    CHECK(supplies[u"target"_s].toArray() == QJsonArray {u"urn:hashiya:e07"_s, u"urn:hashiya:e12"_s});
    const QJsonArray body = supplies[u"body"_s].toArray();
    REQUIRE(body.size() == 4);
    CHECK(body.at(0)[u"value"_s].toString() == u"SUPPLIES"_s);
    CHECK(body.at(1)[u"value"_s].toString() == u"Akıncı is not part of the deal"_s);
    CHECK(body.at(2)[u"value"_s].toString() == u"from=urn:hashiya:e07"_s);
    CHECK(body.at(3)[u"value"_s].toString() == u"to=urn:hashiya:e12"_s);
    CHECK(items.at(13)[u"body"_s][1][u"value"_s].toString() == u"confidence=medium"_s);

    // Deterministic, and UTF-8 rather than \u escapes.
    QByteArray again;
    exportFixture(&again);
    CHECK(bytes == again);
    CHECK(bytes.contains("\"exact\": \"أنقرة\""));
    CHECK(ExportFormats::find(u"w3c")->offsetUnit == u"code points"_s);
}
