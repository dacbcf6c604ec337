// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/catchqt.h"
#include "support/exchangefixture.h"

#include <QRegularExpression>

#include "formats/conllexporter.h"
#include "formats/exportformats.h"

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

struct Exported
{
    QString conll;
    QString iob;
    Problems problems;
};

Exported exportConll(const QList<ExchangeDocument> &documents)
{
    ConllExporter exporter;
    MemoryOutput out;
    Exported result;
    for (const ExchangeDocument &document : documents)
        REQUIRE(exporter.add(document, out, &result.problems));
    REQUIRE(exporter.finish(out, &result.problems));
    REQUIRE(out.files().size() == 2);
    result.conll = QString::fromUtf8(out.files().value(u"conll2003.txt"_s));
    result.iob = QString::fromUtf8(out.files().value(u"iob2.tsv"_s));
    return result;
}

using Sentence = QList<std::pair<QString, QString>>; // token, tag

/// The Hugging Face conll2003 reader's rules: split(" "), NER in column 3, a blank or -DOCSTART- line ends
/// a sentence.
QList<Sentence> readHuggingFace(const QString &file)
{
    QList<Sentence> sentences;
    Sentence current;
    for (const QString &line : file.split(u'\n')) {
        if (line.startsWith(u"-DOCSTART-"_s) || line.isEmpty()) {
            if (!current.isEmpty())
                sentences.append(current);
            current.clear();
            continue;
        }
        const QStringList columns = line.split(u' ');
        REQUIRE(columns.size() == 4);
        current.append({columns[0], columns[3]});
    }
    if (!current.isEmpty())
        sentences.append(current);
    return sentences;
}

/// `spacy convert -c ner`: documents split at the exact delimiter, sentences at "\n\n", columns on any white
/// space, the tag last.
QList<Sentence> readSpacy(const QString &file, int *documents)
{
    QList<Sentence> sentences;
    *documents = 0;
    for (const QString &document : file.split(u"-DOCSTART- -X- O O"_s)) {
        if (document.trimmed().isEmpty())
            continue;
        ++*documents;
        for (const QString &block : document.trimmed().split(u"\n\n"_s)) {
            Sentence sentence;
            for (const QString &line : block.split(u'\n')) {
                const QStringList columns = line.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
                REQUIRE(columns.size() >= 2);
                sentence.append({columns.first(), columns.last()});
            }
            sentences.append(sentence);
        }
    }
    return sentences;
}

/// The entities in IOB2 tags, as (type, tokens joined without spaces), in text order.
QList<std::pair<QString, QString>> entitiesOf(const QList<Sentence> &sentences)
{
    QList<std::pair<QString, QString>> entities;
    for (const Sentence &sentence : sentences) {
        QString previous = u"O"_s;
        for (const auto &[token, tag] : sentence) {
            if (tag.startsWith(u"B-"_s)) {
                entities.append({tag.mid(2), token});
            } else if (tag.startsWith(u"I-"_s)) {
                REQUIRE(previous != u"O"_s); // valid IOB2: I- only continues an entity
                REQUIRE(previous.mid(2) == tag.mid(2));
                entities.last().second += token;
            }
            previous = tag;
        }
    }
    return entities;
}

QString withoutSpaces(QString text)
{
    text.remove(QRegularExpression(u"\\s"_s));
    return text;
}

} // namespace

TEST_CASE("CoNLL export of the exchange fixture splits tokens at entity boundaries", "[formats][conll]")
{
    const Exported exported = exportConll({Test::exchangeFixture()});
    const QString expected = u"-DOCSTART- -X- O O\n"
                             u"\n"
                             u"🇹🇷 -X- _ O\n"
                             u"Selçuk -X- _ B-PERSON\n"
                             u"Bayraktar -X- _ I-PERSON\n"
                             u"Ankara -X- _ B-GPE\n"
                             u"'da -X- _ O\n"
                             u"konuştu -X- _ O\n"
                             u". -X- _ O\n"
                             u"\n"
                             u"وزار -X- _ O\n"
                             u"أردوغانُ -X- _ B-PERSON\n"
                             u"الدوحةَ -X- _ B-GPE\n"
                             u"و -X- _ O\n"
                             u"أنقرة -X- _ B-GPE\n"
                             u"مع -X- _ O\n"
                             u"وفد -X- _ O\n"
                             u"من -X- _ O\n"
                             u"قطر -X- _ B-GPE\n"
                             u". -X- _ O\n"
                             u"\n"
                             u"Baykar -X- _ B-ORG\n"
                             u"signed -X- _ O\n"
                             u"a -X- _ O\n"
                             u"deal -X- _ O\n"
                             u"worth -X- _ O\n"
                             u"$ -X- _ B-MONEY\n"
                             u"1.5 -X- _ I-MONEY\n"
                             u"billion -X- _ I-MONEY\n"
                             u"with -X- _ O\n"
                             u"İSTANBUL -X- _ B-GPE\n"
                             u"- -X- _ O\n"
                             u"based -X- _ O\n"
                             u"ASFAT -X- _ B-ORG\n"
                             u"😀 -X- _ O\n"
                             u"on -X- _ O\n"
                             u"3 -X- _ B-DATE\n"
                             u"May -X- _ I-DATE\n"
                             u". -X- _ O\n"
                             u"\n"
                             u"The -X- _ O\n"
                             u"Bayraktar -X- _ B-EQUIPMENT\n"
                             u"Akıncı -X- _ O\n"
                             u"and -X- _ O\n"
                             u"TB2 -X- _ B-EQUIPMENT\n"
                             u"drones -X- _ O\n"
                             u"were -X- _ O\n"
                             u"shown -X- _ O\n"
                             u". -X- _ O\n"
                             u"\n"_s;
    CHECK(exported.conll == expected);

    // The doccano file: the same tokens and tags, TAB-separated, without the document line.
    QString iob = expected;
    iob.remove(u"-DOCSTART- -X- O O\n\n"_s);
    iob.replace(u" -X- _ "_s, u"\t"_s);
    CHECK(exported.iob == iob);

    // The discontinuous entity is the only thing reported.
    REQUIRE(exported.problems.size() == 1);
    CHECK(exported.problems[0].severity == Problem::Severity::Warning);
    CHECK(exported.problems[0].file == u"mixed/haber.txt"_s);
    CHECK(exported.problems[0].message.contains(u"Bayraktar TB2"_s));
}

TEST_CASE("CoNLL export reads back under the Hugging Face and spaCy rules with every entity whole", "[formats][conll]")
{
    ExchangeDocument second;
    second.name = u"en/second.txt"_s;
    second.text = u"Dr. Smith met the U.S. Army in New York. Then he left.\nNo entity here"_s;
    second.entities.push_back(Entity {u"a"_s, u"PERSON"_s, {{0, 9, {}}}, {}, {}, {}, {}}); // "Dr. Smith"
    second.entities.push_back(Entity {u"b"_s, u"ORG"_s, {{18, 27, {}}}, {}, {}, {}, {}}); // "U.S. Army"
    second.entities.push_back(Entity {u"c"_s, u"GPE"_s, {{31, 39, {}}}, {}, {}, {}, {}}); // "New York"
    const QList<ExchangeDocument> documents = {Test::exchangeFixture(), second};
    const Exported exported = exportConll(documents);

    // What went in: every fragment of every entity, in text order.
    QList<std::pair<QString, QString>> expected;
    for (const ExchangeDocument &document : documents) {
        const QList<uint> text = document.text.toUcs4();
        for (const Entity &entity : document.entities) {
            for (const Span &span : entity.spans) {
                const QList<uint> piece = text.mid(span.start, span.length());
                expected.append(
                    {entity.type,
                     withoutSpaces(QString::fromUcs4(reinterpret_cast<const char32_t *>(piece.data()), piece.size()))});
            }
        }
    }
    CHECK(entitiesOf(readHuggingFace(exported.conll)) == expected);
    int spacyDocuments = 0;
    CHECK(entitiesOf(readSpacy(exported.conll, &spacyDocuments)) == expected);
    CHECK(spacyDocuments == 2);
    CHECK(readHuggingFace(exported.conll).size() == 4 + 3); // the fixture's four lines; "Dr. Smith" kept whole
    CHECK(exported.conll.contains(
        u"\n\n-DOCSTART- -X- O O\n\nDr -X- _ B-PERSON\n. -X- _ I-PERSON\nSmith -X- _ I-PERSON\n"_s));
}

TEST_CASE("CoNLL export keeps the longest of overlapping entities and reports the others", "[formats][conll]")
{
    ExchangeDocument document;
    document.name = u"tr/overlap.txt"_s;
    document.text = u"Türkiye Büyük Millet Meclisi toplandı."_s;
    document.entities.push_back(Entity {u"a"_s, u"GPE"_s, {{0, 7, {}}}, {}, {}, {}, {}});
    document.entities.push_back(Entity {u"b"_s, u"ORG"_s, {{0, 28, {}}}, {}, {}, {}, {}});
    document.entities.push_back(Entity {u"c"_s, u"ORG"_s, {{14, 28, {}}}, {}, {}, {}, {}});
    const Exported exported = exportConll({document});
    CHECK(exported.iob == u"Türkiye\tB-ORG\nBüyük\tI-ORG\nMillet\tI-ORG\nMeclisi\tI-ORG\ntoplandı\tO\n.\tO\n\n"_s);
    REQUIRE(exported.problems.size() == 2);
    CHECK(exported.problems[0].message
          == u"Entity \"Türkiye\" (GPE) overlaps \"Türkiye Büyük Millet Meclisi\" and is left out."_s);
    CHECK(exported.problems[1].message
          == u"Entity \"Millet Meclisi\" (ORG) overlaps \"Türkiye Büyük Millet Meclisi\" and is left out."_s);
    CHECK(exported.problems[0].file == u"tr/overlap.txt"_s);
}

TEST_CASE("CoNLL export reports entity ends inside a character and entities across lines", "[formats][conll]")
{
    ExchangeDocument document;
    document.name = u"x.txt"_s;
    document.text = u"cafe\u0301 New\nYork"_s;
    document.entities.push_back(Entity {u"a"_s, u"ORG"_s, {{0, 4, {}}}, {}, {}, {}, {}}); // before the accent
    document.entities.push_back(Entity {u"b"_s, u"GPE"_s, {{6, 14, {}}}, {}, {}, {}, {}});
    document.entities.push_back(Entity {u"c"_s, u"MISC"_s, {{5, 6, {}}}, {}, {}, {}, {}}); // only a space
    const Exported exported = exportConll({document});
    CHECK(exported.iob == u"cafe\tB-ORG\n\u0301\tO\nNew\tB-GPE\n\nYork\tB-GPE\n\n"_s);
    REQUIRE(exported.problems.size() == 3);
    CHECK(exported.problems[0].message.contains(u"inside a character"_s));
    CHECK(exported.problems[1].message == u"Entity \" \" (MISC) covers no token and is left out."_s);
    CHECK(exported.problems[2].message.contains(u"line break"_s));
}

TEST_CASE("CoNLL is listed among the export formats", "[formats][conll]")
{
    const std::optional<ExportFormat> format = ExportFormats::find(u"conll");
    REQUIRE(format);
    CHECK(format->offsetUnit == u"tokens"_s);
}
