// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/catchqt.h"
#include "support/exchangefixture.h"
#include "support/testfiles.h"

#include <QTemporaryDir>

#include "formats/bratexporter.h"
#include "formats/exportformats.h"

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

MemoryOutput exportBrat(const std::vector<ExchangeDocument> &documents, Problems *problems,
                        const Schema &schema = Test::exchangeFixtureSchema())
{
    MemoryOutput out;
    BratExporter exporter(schema);
    for (const ExchangeDocument &document : documents)
        REQUIRE(exporter.add(document, out, problems));
    REQUIRE(exporter.finish(out, problems));
    return out;
}

} // namespace

TEST_CASE("brat export of the exchange fixture writes code point offsets and every kind of line", "[formats][brat]")
{
    Problems problems;
    const MemoryOutput out = exportBrat({Test::exchangeFixture()}, &problems);
    INFO(Test::describe(problems).toStdString());
    CHECK(problems.isEmpty());
    REQUIRE(out.files().contains(u"mixed/haber.txt"_s));
    CHECK(out.files()[u"mixed/haber.txt"_s] == Test::exchangeFixtureText().toUtf8());
    const QByteArray expected = "T1\tPERSON 3 19\tSelçuk Bayraktar\n" // 🇹🇷 is two code points, then a space
                                "T2\tGPE 20 26\tAnkara\n"
                                "T3\tPERSON 44 52\tأردوغانُ\n"
                                "T4\tGPE 53 60\tالدوحةَ\n"
                                "T5\tGPE 62 67\tأنقرة\n"
                                "T6\tGPE 78 81\tقطر\n"
                                "T7\tORG 83 89\tBaykar\n"
                                "T8\tMONEY 110 122\t$1.5 billion\n"
                                "T9\tGPE 128 136\tİSTANBUL\n"
                                "T10\tORG 143 148\tASFAT\n"
                                "T11\tDATE 154 159\t3 May\n" // after 😀, one code point
                                "T12\tEQUIPMENT 165 174;186 189\tBayraktar TB2\n"
                                "R1\tMEETS_WITH Arg1:T1 Arg2:T3\n"
                                "R2\tAGREEMENT_WITH Arg1:T7 Arg2:T10\n"
                                "R3\tSUPPLIES Arg1:T7 Arg2:T12\n"
                                "A1\tconfidence T7 high\n"
                                "A2\tconfidence R2 medium\n"
                                "N1\tReference T3 wikidata:Q39259\tأردوغانُ\n"
                                "#1\tAnnotatorNotes T3\tArabic spelling, with damma\n"
                                "#2\tAnnotatorNotes R3\tAkıncı is not part of the deal\n";
    CHECK(out.files()[u"mixed/haber.ann"_s] == expected);
}

TEST_CASE("brat export writes annotation.conf and visual.conf from the schema and the used types", "[formats][brat]")
{
    Problems problems;
    ExchangeDocument document = Test::exchangeFixture();
    Entity extra;
    extra.id = u"x1"_s;
    extra.type = u"VESSEL"_s;
    extra.spans = {{0, 2, {}}};
    extra.attributes.insert(u"negated"_s, u"true"_s);
    document.entities.insert(0, extra);
    const MemoryOutput out = exportBrat({document}, &problems);
    CHECK(problems.isEmpty());
    const QByteArray conf = out.files()[u"annotation.conf"_s];
    CHECK(conf
          == "# Written by Hashiya: the schema's types and every type the exported articles use.\n"
             "\n[entities]\n\n"
             "PERSON\nORG\nGPE\nLOC\nFACILITY\nDATE\nMONEY\nPERCENT\nEQUIPMENT\nEVENT\nTITLE\nVESSEL\n"
             "\n[relations]\n\n"
             "HAS_TITLE\tArg1:PERSON, Arg2:TITLE\n"
             "MEMBER_OF\tArg1:PERSON, Arg2:ORG|GPE\n"
             "MEETS_WITH\tArg1:PERSON|ORG|GPE, Arg2:PERSON|ORG|GPE, <REL-TYPE>:symmetric\n"
             "COOPERATES_WITH\tArg1:ORG|GPE, Arg2:ORG|GPE, <REL-TYPE>:symmetric\n"
             "AGREEMENT_WITH\tArg1:ORG|GPE, Arg2:ORG|GPE, <REL-TYPE>:symmetric\n"
             "EXPORTS_TO\tArg1:ORG|GPE, Arg2:ORG|GPE\n"
             "SUPPLIES\tArg1:ORG|GPE, Arg2:EQUIPMENT\n"
             "LOCATED_IN\tArg1:ORG|FACILITY|EVENT|GPE|LOC, Arg2:GPE|LOC\n"
             "PARTICIPANT_IN\tArg1:PERSON|ORG|GPE, Arg2:EVENT\n"
             "ON_DATE\tArg1:EVENT, Arg2:DATE\n"
             "ALIAS_OF\tArg1:<ENTITY>, Arg2:<ENTITY>, <REL-TYPE>:symmetric\n"
             "\n[events]\n\n"
             "\n[attributes]\n\n"
             "confidence\tArg:<ANY>, Value:high|low|medium\n" // also set on a relation
             "negated\tArg:VESSEL\n");
    const QByteArray visual = out.files()[u"visual.conf"_s];
    CHECK(visual.startsWith("[labels]\n\nPERSON | Person | PER\nORG | Organisation | ORG\n"));
    CHECK(visual.contains("\nVESSEL | VESSEL\n"));
    CHECK(visual.contains("\nMEETS_WITH | meets with\n"));
    CHECK(visual.contains("\n[drawing]\n\nPERSON\tbgColor:#e15759\nORG\tbgColor:#4e79a7\n"));
    CHECK(visual.contains(QByteArray("\nVESSEL\tbgColor:" + Schema::fallbackColor(u"VESSEL"_s).name().toUtf8() + "\n")));
    CHECK(out.files()[u"mixed/haber.ann"_s].contains("A1\tnegated T1\n"));
}

TEST_CASE("brat export splits spans at line breaks and writes multi-line notes as several lines", "[formats][brat]")
{
    ExchangeDocument document;
    document.name = u"a.txt"_s;
    document.text = u"Ankara\n\nİstanbul\u2028X"_s;
    Entity entity;
    entity.id = u"e1"_s;
    entity.type = u"GPE"_s;
    entity.spans = {{0, 18, {}}};
    entity.note = u"first\nsecond\tpart"_s;
    document.entities = {entity};
    Problems problems;
    const MemoryOutput out = exportBrat({document}, &problems);
    CHECK(problems.isEmpty());
    CHECK(out.files()[u"a.ann"_s]
          == "T1\tGPE 0 6;8 16;17 18\tAnkara İstanbul X\n"
             "#1\tAnnotatorNotes T1\tfirst\n"
             "#2\tAnnotatorNotes T1\tsecond\tpart\n");
}

TEST_CASE("brat export reports and skips what cannot be written on one line", "[formats][brat]")
{
    ExchangeDocument document;
    document.name = u"b.txt"_s;
    document.text = u"Ankara and Doha"_s;
    document.entities = {Test::entity(u"e1"_s, u"GPE"_s, 0, 6), Test::entity(u"e2"_s, u"GPE"_s, 11, 15),
                         Test::entity(u"e3"_s, u"BAD TYPE"_s, 7, 10), Test::entity(u"e4"_s, u"GPE"_s, 12, 40)};
    Entity &first = document.entities[0];
    first.attributes.insert(u"source"_s, u"two words"_s);
    first.attributes.insert(u"ok"_s, u"yes"_s);
    first.reference = u"no colon"_s;
    document.relations = {Test::relation(u"r1"_s, u"NEAR BY"_s, u"e1"_s, u"e2"_s),
                          Test::relation(u"r2"_s, u"NEAR"_s, u"e1"_s, u"e3"_s),
                          Test::relation(u"r3"_s, u"NEAR"_s, u"e1"_s, u"e2"_s)};
    Problems problems;
    const MemoryOutput out = exportBrat({document}, &problems, Schema {});
    CHECK(out.files()[u"b.ann"_s]
          == "T1\tGPE 0 6\tAnkara\n"
             "T2\tGPE 11 15\tDoha\n"
             "R1\tNEAR Arg1:T1 Arg2:T2\n"
             "A1\tok T1 yes\n");
    REQUIRE(problems.size() == 6);
    for (const Problem &problem : problems)
        CHECK(problem.file == u"b.txt"_s);
    CHECK(problems[0].message.contains(u"BAD TYPE"_s));
    CHECK(problems[1].message.contains(u"outside the text"_s));
}

TEST_CASE("brat is listed among the export formats", "[formats][brat]")
{
    const std::optional<ExportFormat> format = ExportFormats::find(u"brat");
    REQUIRE(format);
    CHECK(format->offsetUnit == u"code points"_s);
    CHECK(format->create(Schema {}) != nullptr);
}
