// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/schemareader.h"
#include "model/annotationid.h"
#include "support/catchqt.h"
#include "support/exchangefixture.h"
#include "support/testfiles.h"

#include <QTemporaryDir>

#include "formats/bratexporter.h"
#include "formats/bratimporter.h"
#include "formats/bratstandoff.h"
#include "formats/exportformats.h"
#include "formats/importformats.h"
#include "formats/importwriter.h"

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

ExchangeDocument importBrat(const QByteArray &ann, const QByteArray &txt, ImportBatch *batch)
{
    std::optional<ExchangeDocument> document = BratImporter::parse(ann, txt, u"doc.txt"_s, u"doc.ann"_s, batch);
    REQUIRE(document);
    return *document;
}

/// The entity's spans as "s-e,s-e", for comparing documents whose ids differ.
QString spansOf(const Entity &entity)
{
    QStringList parts;
    for (const Span &span : entity.spans)
        parts.append(u"%1-%2"_s.arg(span.start).arg(span.end));
    return parts.join(u',');
}

/// Relations as "TYPE from-spans to-spans attributes note", independent of ids.
QStringList relationsOf(const ExchangeDocument &document)
{
    QHash<QString, QString> spans;
    for (const Entity &entity : document.entities)
        spans.insert(entity.id, spansOf(entity));
    QStringList result;
    for (const Relation &relation : document.relations) {
        QStringList attributes;
        for (auto it = relation.attributes.begin(); it != relation.attributes.end(); ++it)
            attributes.append(it.key() + u'=' + it.value());
        result.append(relation.type + u' ' + spans.value(relation.from) + u' ' + spans.value(relation.to) + u' '
                      + attributes.join(u';') + u' ' + relation.note);
    }
    result.sort();
    return result;
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
    CHECK(
        visual.contains(QByteArray("\nVESSEL\tbgColor:" + Schema::fallbackColor(u"VESSEL"_s).name().toUtf8() + "\n")));
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
    CHECK(problems[0].message.contains(u"outside the text"_s)); // checked before anything else
    CHECK(problems[1].message.contains(u"BAD TYPE"_s));
}

TEST_CASE("brat is listed among the export formats", "[formats][brat]")
{
    const std::optional<ExportFormat> format = ExportFormats::find(u"brat");
    REQUIRE(format);
    CHECK(format->offsetUnit == u"code points"_s);
    CHECK(format->create(Schema {}) != nullptr);
}

TEST_CASE("brat import of the fixture's export gives back the same document", "[formats][brat]")
{
    Problems problems;
    const ExchangeDocument original = Test::exchangeFixture();
    const MemoryOutput out = exportBrat({original}, &problems);
    ImportBatch batch;
    const ExchangeDocument imported =
        importBrat(out.files()[u"mixed/haber.ann"_s], out.files()[u"mixed/haber.txt"_s], &batch);
    INFO(Test::describe(batch.problems).toStdString());
    CHECK(batch.problems.isEmpty());
    CHECK(batch.skipped == 0);
    CHECK(imported.text == original.text);
    REQUIRE(imported.entities.size() == original.entities.size());
    for (size_t i = 0; i < original.entities.size(); ++i) {
        const Entity &a = original.entities[i];
        const Entity &b = imported.entities[i];
        CHECK(spansOf(b) == spansOf(a));
        CHECK(b.type == a.type);
        CHECK(b.attributes == a.attributes);
        CHECK(b.note == a.note);
        CHECK(b.reference == a.reference);
        CHECK(b.extra.isEmpty());
        CHECK(isValidAnnotationId(b.id));
    }
    CHECK(relationsOf(imported) == relationsOf(original));
    for (size_t i = 1; i < imported.relations.size(); ++i)
        CHECK(relationLess(imported.relations[i - 1], imported.relations[i]));

    // And it exports to the same bytes again.
    Problems again;
    const MemoryOutput second = exportBrat({[&] {
                                               ExchangeDocument copy = imported;
                                               copy.name = original.name;
                                               return copy;
                                           }()},
                                           &again);
    CHECK(second.files()[u"mixed/haber.ann"_s] == out.files()[u"mixed/haber.ann"_s]);
}

TEST_CASE("brat events, equivalences, roles and notes on relations survive import and export", "[formats][brat]")
{
    const QByteArray txt = "Sony and Ericsson merged; Ericsson, also LM Ericsson, said so.\n";
    const QByteArray ann = "T1\tOrganization 0 4\tSony\n"
                           "T2\tOrganization 9 17\tEricsson\n"
                           "T3\tMerge-org 18 24\tmerged\n"
                           "T4\tOrganization 26 34\tEricsson\n"
                           "T5\tOrganization 41 52\tLM Ericsson\n"
                           "T6\tReport 54 58\tsaid\n"
                           "E1\tMerge-org:T3 Org-Arg:T1 Org-Arg2:T2\n"
                           "E2\tReport:T6 Event-Arg:E1 Reporter-Arg:T4\n" // arguments in text order
                           "R1\tCoref Anaphor:T4 Entity:T2\n"
                           "*\tAlias T2 T4 T5\n"
                           "A1\tConfidence E1 Low\n"
                           "A2\tNegation E2\n"
                           "N1\tReference T1 Wikipedia:Sony\tSony Group\n"
                           "#1\tAnnotatorNotes E1\ttwo parties\n"
                           "#2\tAnnotatorNotes R1\tsame company\n";
    ImportBatch batch;
    bool equivalences = false;
    const std::optional<ExchangeDocument> imported =
        BratImporter::parse(ann, txt, u"doc.txt"_s, u"doc.ann"_s, &batch, &equivalences);
    REQUIRE(imported);
    INFO(Test::describe(batch.problems).toStdString());
    CHECK(batch.problems.isEmpty());
    CHECK(equivalences);
    REQUIRE(imported->entities.size() == 6);
    const Entity &merge = imported->entities[2];
    CHECK(merge.type == u"Merge-org"_s);
    CHECK(merge.attributes.value(u"Confidence"_s) == u"Low"_s);
    CHECK(merge.note == u"two parties"_s);
    CHECK(BratStandoff::extraValue(merge.extra, BratStandoff::eventField()).toBool());
    CHECK(imported->entities[5].attributes.value(u"Negation"_s) == u"true"_s);
    CHECK(imported->entities[0].reference == u"Wikipedia:Sony"_s);
    CHECK(relationsOf(*imported)
          == QStringList {u"ALIAS_OF 26-34 41-52  "_s, u"ALIAS_OF 9-17 26-34  "_s, u"Coref 26-34 9-17  same company"_s,
                          u"Event-Arg 54-58 18-24  "_s, u"Org-Arg 18-24 0-4  "_s, u"Org-Arg 18-24 9-17  "_s,
                          u"Reporter-Arg 54-58 26-34  "_s});

    Problems problems;
    const MemoryOutput out = exportBrat({*imported}, &problems, Schema {});
    CHECK(problems.isEmpty());
    CHECK(out.files()[u"doc.ann"_s] == ann);
    CHECK(out.files()[u"doc.txt"_s] == txt);
    const QByteArray conf = out.files()[u"annotation.conf"_s];
    CHECK(conf.contains("\n[entities]\n\nOrganization\n\n[relations]\n\n"
                        "Alias\tArg1:Organization, Arg2:Organization, <REL-TYPE>:symmetric-transitive\n"
                        "Coref\tAnaphor:Organization, Entity:Organization\n"
                        "\n[events]\n\n"
                        "Merge-org\tOrg-Arg*:Organization\n"
                        "Report\tEvent-Arg?:Merge-org, Reporter-Arg?:Organization\n"
                        "\n[attributes]\n\n"
                        "Confidence\tArg:Merge-org, Value:Low\n"
                        "Negation\tArg:Report\n"));
}

TEST_CASE("brat import reads offsets of a text with a BOM and CRLF as brat counts them", "[formats][brat]")
{
    // brat's Python reads the .txt in binary mode: the BOM is character 0 and CRLF two characters.
    const QByteArray txt = "\xEF\xBB\xBF"
                           "Ankara\r\nİstanbul 😀 Doha\r\n";
    const QByteArray ann = "T1\tGPE 1 7\tAnkara\n"
                           "T2\tGPE 9 17\tİstanbul\n"
                           "T3\tGPE 20 24\tDoha\n"
                           "T4\tGPE 1 7;9 17\tAnkara İstanbul\n";
    ImportBatch batch;
    const ExchangeDocument document = importBrat(ann, txt, &batch);
    INFO(Test::describe(batch.problems).toStdString());
    CHECK(batch.problems.isEmpty());
    CHECK(document.text == u"Ankara\nİstanbul 😀 Doha\n"_s);
    REQUIRE(document.entities.size() == 4);
    CHECK(spansOf(document.entities[0]) == u"0-6"_s);
    CHECK(spansOf(document.entities[1]) == u"0-15"_s); // the fragments brat split at the line break, joined
    CHECK(spansOf(document.entities[2]) == u"7-15"_s);
    CHECK(spansOf(document.entities[3]) == u"18-22"_s);
}

TEST_CASE("brat import reports every malformed line with its number and imports the rest", "[formats][brat]")
{
    const QByteArray txt = "Ankara Doha";
    const QByteArray ann = "T1\tGPE 0 6\tAnkara\n" // 1
                           "T2\tGPE 7 3\tx\n" // 2: start after end
                           "T3\tGPE 0 999\tx\n" // 3: past the end
                           "T4\tGPE 0 4;2 6\tAnka kara\n" // 4: overlapping fragments
                           "T5\tGPE 0 6\tAnkarX\n" // 5: text differs
                           "T1\tGPE 0 6\tAnkara\n" // 6: duplicate id
                           "X1\tfoo\n" // 7: unknown line type
                           "R1\tNEAR Arg1:T1 Arg2:T99\n" // 8: missing id
                           "T6\tGPE -1 6\tx\n" // 9: negative offset
                           "garbage without a tab\n" // 10
                           "A1\tflag T42\n" // 11: missing id
                           "E1\tEv:T77\n" // 12: missing trigger
                           "T7\tGPE 7 11\tDoha\t\t\n" // 13: trailing tabs are fine
                           "R2\tNEAR Arg1:T1 Arg2:T7\t\n" // 14: fine
                           "N1\tReference T1 nocolon\tx\n" // 15: no DB:ID
                           "#1\tAnnotatorNotes T1\tnote\n" // 16: fine
                           "*\tAlias T1\n" // 17: one member
                           "T8\tGPE 99999999999999999999 3\tx\n" // 18: huge number
                           "\n"
                           "T9\tGPE 0 6\tAnk\xFF"
                           "ra\n" // 20: bad UTF-8
                           "R3\tNEAR Arg1:T1 Arg2:T2\n" // 21: refers to a skipped entity
                           "A2\tflag T1 too many values\n"; // 22
    ImportBatch batch;
    const ExchangeDocument document = importBrat(ann, txt, &batch);
    QList<qsizetype> lines;
    for (const Problem &problem : batch.problems) {
        CHECK(problem.file == u"doc.ann"_s);
        CHECK(problem.isError());
        lines.append(problem.line);
    }
    INFO(Test::describe(batch.problems).toStdString());
    // Text-bound lines first, then the others by kind: events, relations, equivalences, attributes, references.
    CHECK(lines == QList<qsizetype> {2, 3, 4, 5, 6, 7, 9, 10, 18, 20, 12, 8, 21, 17, 11, 22, 15});
    CHECK(batch.skipped == lines.size());
    CHECK(batch.problems[0].toString().startsWith(u"doc.ann:2:"_s));
    REQUIRE(document.entities.size() == 2);
    CHECK(spansOf(document.entities[1]) == u"7-11"_s);
    CHECK(document.entities[0].note == u"note"_s);
    REQUIRE(document.relations.size() == 1);
    CHECK(document.relations[0].type == u"NEAR"_s);
}

TEST_CASE("brat import of a large file parses in parallel chunks and joins them in order", "[formats][brat]")
{
    // Enough text-bound lines for several chunks; a bad line in the first and one in the last part, a
    // renamed type in every part, and lines after them that refer to entities of each part.
    const int words = 120000;
    QByteArray txt, ann;
    for (int i = 0; i < words; ++i)
        txt += i % 2 ? "Doha " : "İzmir ";
    qsizetype offset = 0;
    for (int i = 0; i < words; ++i) {
        const QByteArray word = i % 2 ? "Doha" : "İzmir";
        const qsizetype length = QString::fromUtf8(word).size();
        const QByteArray shown = i == 3 || i == words - 7 ? "wrong" : word;
        ann += 'T' + QByteArray::number(i + 1) + (i % 3 ? "\tGPE " : "\tGeo.Place ") + QByteArray::number(offset) + ' '
            + QByteArray::number(offset + length) + '\t' + shown + '\n';
        offset += length + 1;
    }
    ann += "R1\tNEAR Arg1:T1 Arg2:T" + QByteArray::number(words) + "\n";
    ann += "A1\tCapital T" + QByteArray::number(words - 1) + "\n";
    ann += "R2\tNEAR Arg1:T4 Arg2:T2\n"; // T4 was skipped

    ImportBatch batch;
    const ExchangeDocument document = importBrat(ann, txt, &batch);
    INFO(Test::describe(batch.problems).toStdString());
    REQUIRE(batch.problems.size() == 3);
    CHECK(batch.problems[0].line == 4);
    CHECK(batch.problems[1].line == words - 6);
    CHECK(batch.problems[2].line == words + 3);
    CHECK(batch.notes.size() == 1); // Geo.Place → Geo_Place, said once
    REQUIRE(document.entities.size() == size_t(words - 2));
    for (size_t i = 1; i < document.entities.size(); ++i)
        REQUIRE(document.entities[i - 1].start() < document.entities[i].start());
    CHECK(document.entities[0].type == u"Geo_Place"_s);
    CHECK(document.entities[1].type == u"GPE"_s);
    REQUIRE(document.relations.size() == 1);
    CHECK(document.relations[0].from == document.entities.front().id);
    CHECK(document.relations[0].to == document.entities.back().id);
    const Entity &capital = document.entities[document.entities.size() - 2];
    CHECK(capital.attributes.value(u"Capital"_s) == u"true"_s);
    CHECK(spansOf(document.entities.back()) == u"%1-%2"_s.arg(offset - 5).arg(offset - 1));
}

TEST_CASE("brat import maps type names Hashiya cannot hold and says so", "[formats][brat]")
{
    ImportBatch batch;
    const ExchangeDocument document = importBrat("T1\tGeo.Place 0 4\tDoha\nT2\t2nd 5 7\tis\n", "Doha is", &batch);
    CHECK(batch.problems.isEmpty());
    REQUIRE(document.entities.size() == 2);
    CHECK(document.entities[0].type == u"Geo_Place"_s);
    CHECK(document.entities[1].type == u"T_2nd"_s);
    CHECK(batch.notes.size() == 2);
}

TEST_CASE("brat import finds annotation.conf above the file and names documents from the root", "[formats][brat]")
{
    QTemporaryDir root;
    Test::writeBytes(root.filePath(u"annotation.conf"_s),
                     "[entities]\nPerson\n!Group\n\tOrganization\n[relations]\n"
                     "Alias\tArg1:Person, Arg2:Person, <REL-TYPE>:symmetric-transitive\n"
                     "[events]\n<PO>=Person|Organization\nMeet\tParticipant+:<PO>, Place?:<ENTITY>\n"
                     "[attributes]\nNegation\tArg:<EVENT>\nMention\tArg:<ENTITY>, Value:Name|Nominal\n");
    Test::writeBytes(root.filePath(u"visual.conf"_s),
                     "[labels]\nPerson | Person | Per\n[drawing]\nPerson\tbgColor:#ff0000\n");
    Test::writeBytes(root.filePath(u"news/a.txt"_s), "Ali met Ayşe.");
    Test::writeBytes(root.filePath(u"news/a.ann"_s), "T1\tPerson 0 3\tAli\nT2\tPerson 8 12\tAyşe\n*\tAlias T1 T2\n");
    const std::optional<ImportFormat> format = ImportFormats::find(u"brat");
    REQUIRE(format);
    const QStringList files = ImportFormats::inputFiles(*format, {root.path()});
    REQUIRE(files.size() == 1);
    ImportBatch batch;
    format->read(files[0], root.path(), &batch);
    INFO(Test::describe(batch.problems).toStdString());
    CHECK(batch.problems.isEmpty());
    REQUIRE(batch.documents.size() == 1);
    CHECK(batch.documents[0].name == u"news/a.txt"_s);
    REQUIRE(batch.schema);
    const Schema &schema = *batch.schema;
    QStringList entityTypes;
    for (const EntityType &type : schema.entityTypes)
        entityTypes.append(type.name);
    CHECK(entityTypes == QStringList {u"Person"_s, u"Organization"_s, u"Meet"_s});
    CHECK(schema.entityTypes[0].color == QColor(u"#ff0000"_s));
    CHECK(schema.entityTypes[0].shortLabel == u"Per"_s);
    REQUIRE(schema.relationType(u"Alias"_s));
    CHECK(schema.relationType(u"Alias"_s)->symmetric);
    REQUIRE(schema.relationType(u"Participant"_s));
    CHECK(schema.relationType(u"Participant"_s)->from == QStringList {u"Meet"_s});
    CHECK(schema.relationType(u"Participant"_s)->to == QStringList {u"Person"_s, u"Organization"_s});
    CHECK(schema.relationType(u"Place"_s)->to == QStringList {u"*"_s});
    REQUIRE(schema.relationType(u"ALIAS_OF"_s));
    CHECK(schema.relationType(u"ALIAS_OF"_s)->symmetric);
    CHECK(schema.relationType(u"ALIAS_OF"_s)->sameType);
    REQUIRE(schema.attribute(u"Negation"_s));
    CHECK(schema.attribute(u"Negation"_s)->values == QStringList {u"true"_s});
    CHECK(schema.attribute(u"Mention"_s)->values == QStringList {u"Name"_s, u"Nominal"_s});
}

TEST_CASE("brat import without its text reports the file", "[formats][brat]")
{
    QTemporaryDir root;
    Test::writeBytes(root.filePath(u"lonely.ann"_s), "T1\tPerson 0 3\tAli\n");
    ImportBatch batch;
    BratImporter::read(root.filePath(u"lonely.ann"_s), root.path(), &batch);
    CHECK(batch.documents.empty());
    REQUIRE(batch.problems.size() == 1);
    CHECK(batch.skipped == 1);
    CHECK(batch.problems[0].message.contains(u"lonely.txt"_s));
}

TEST_CASE("brat import without annotation.conf writes a schema in which equivalences have no direction",
          "[formats][brat]")
{
    QTemporaryDir root, target;
    Test::writeBytes(root.filePath(u"a.txt"_s), "Baykar and Bayraktar met Aselsan.");
    Test::writeBytes(root.filePath(u"a.ann"_s),
                     "T1\tORG 0 6\tBaykar\nT2\tORG 11 20\tBayraktar\n"
                     "T3\tORG 25 32\tAselsan\n*\tAlias T1 T2\nR1\tMEETS Arg1:T1 Arg2:T3\n");
    ImportBatch batch;
    BratImporter::read(root.filePath(u"a.ann"_s), root.path(), &batch);
    INFO(Test::describe(batch.problems).toStdString());
    REQUIRE(batch.problems.isEmpty());
    CHECK_FALSE(batch.schema);
    ImportWriter::Summary summary;
    ImportWriter::writeSchema(batch, target.path(), false, &summary);
    Problems problems;
    const std::optional<Schema> schema = SchemaReader::readFile(target.filePath(u"hashiya-schema.json"_s), &problems);
    REQUIRE(schema);
    REQUIRE(schema->relationType(u"ALIAS_OF"_s));
    CHECK(schema->relationType(u"ALIAS_OF"_s)->symmetric);
    CHECK(schema->relationType(u"ALIAS_OF"_s)->sameType);
    REQUIRE(schema->relationType(u"MEETS"_s));
    CHECK_FALSE(schema->relationType(u"MEETS"_s)->sameType);
}
