// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/catchqt.h"
#include "text/sourcedisplay.h"

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

const QString fsi = QString(QChar(0x2068));
const QString pdi = QString(QChar(0x2069));

} // namespace

TEST_CASE("Arabic JSON strings are isolated so that neighbours keep their order", "[sourcedisplay]")
{
    const QString line = u"{\"id\":\"a1\",\"spans\":[[0,4,\"قطر\",\"\",\" وتركيا\"]]}"_s;
    const QString shown = isolateRightToLeftRuns(line, SourceLanguage::Json);
    CHECK(shown
          == u"{\"id\":\"a1\",\"spans\":[[0,4,\""_s + fsi + u"قطر"_s + pdi + u"\",\"\",\" "_s + fsi + u"وتركيا"_s + pdi
              + u"\"]]}"_s);
    CHECK(withoutIsolates(shown) == line);
}

TEST_CASE("Text without right-to-left letters is shown as it is", "[sourcedisplay]")
{
    const QString text = u"{\"text\":\"İlgar Hüseynov 😀 ılık\"}\n{\"n\": 12}\n"_s;
    CHECK(isolateRightToLeftRuns(text, SourceLanguage::Json) == text);
}

TEST_CASE("Arabic prose in brat, CSV, XML and CoNLL is isolated and every line stays", "[sourcedisplay]")
{
    struct Case
    {
        SourceLanguage language;
        QString text;
        QString isolated; // a piece the shown text must hold
    };
    const QList<Case> cases = {
        {SourceLanguage::BratStandoff, u"T1\tPERSON 0 5\tسالم الكعبي\nR1\tHAS_TITLE Arg1:T1 Arg2:T2\n"_s,
         u"\t"_s + fsi + u"سالم الكعبي"_s + pdi},
        {SourceLanguage::Csv, u"id,text,type\ne1,\"قطر, الدوحة\",GPE\n"_s,
         u"\""_s + fsi + u"قطر, الدوحة"_s + pdi + u"\""_s},
        {SourceLanguage::Xml, u"<node id=\"n1\">\n  <data key=\"label\">وزارة الدفاع</data>\n</node>\n"_s,
         u">"_s + fsi + u"وزارة الدفاع"_s + pdi + u"<"_s},
        {SourceLanguage::Conll, u"-DOCSTART- -X- -X- O\n\nقطر B-GPE\n"_s, fsi + u"قطر"_s + pdi + u" B-GPE"_s},
    };
    for (const Case &c : cases) {
        const QString shown = isolateRightToLeftRuns(c.text, c.language);
        INFO(shown.toStdString());
        CHECK(shown.contains(c.isolated));
        CHECK(shown.count(u'\n') == c.text.count(u'\n'));
        CHECK(withoutIsolates(shown) == c.text);
    }
}

TEST_CASE("Arabic with diacritics and an emoji keeps its characters when isolated", "[sourcedisplay]")
{
    const QString text = u"[\"😀 قَطَرُ\",\"تُرْكِيَا\"]\n"_s;
    const QString shown = isolateRightToLeftRuns(text, SourceLanguage::Json);
    CHECK(shown.count(fsi) == 2);
    CHECK(shown.count(pdi) == 2);
    CHECK(withoutIsolates(shown) == text);
}

TEST_CASE("Escapes, references and Latin words inside Arabic strings stay out of the isolates", "[sourcedisplay]")
{
    const QString line = u"{\"text\":\"مرحبا\\n\\nعالم 😀 قال \\\"نعم\\\" ثم Ankara &#10; وعاد\"}"_s;
    const QString shown = isolateRightToLeftRuns(line, SourceLanguage::Json);
    CHECK(withoutIsolates(shown) == line);
    CHECK(shown.contains(u"مرحبا"_s + pdi + u"\\n\\n"_s + fsi + u"عالم"_s));
    CHECK(shown.contains(pdi + u" Ankara &#10; "_s + fsi));
    // No isolate between the halves of the emoji.
    for (qsizetype i = 0; i < shown.size(); ++i) {
        if (shown[i].isHighSurrogate())
            CHECK((i + 1 < shown.size() && shown[i + 1].isLowSurrogate()));
    }
}
