// SPDX-License-Identifier: GPL-3.0-or-later
// Word and grapheme snapping of selections in English, Turkish and Arabic: whole words, Turkish suffixes
// and Arabic proclitics left out on purpose, and never half a user-perceived character.
#include "support/catchqt.h"
#include "text/graphemes.h"
#include "text/wordboundaries.h"

#include <QString>

#include <string>
#include <vector>

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace Catch {

template<>
struct StringMaker<Hashiya::TextRange>
{
    static std::string convert(const Hashiya::TextRange &range)
    {
        return '[' + std::to_string(range.first) + ',' + std::to_string(range.second) + ')';
    }
};

} // namespace Catch

namespace {

// "[from,to) «text»", so a failure shows both the offsets and what they hold.
QString show(const QString &text, TextRange range)
{
    const auto [from, to] = range;
    const QString inside = from >= 0 && from <= to && to <= text.size() ? text.sliced(from, to - from) : u"?"_s;
    return u"[%1,%2) «%3»"_s.arg(from).arg(to).arg(inside);
}

// The range of the first occurrence of `part` at or after `after`.
TextRange find(const QString &text, const QString &part, qsizetype after = 0)
{
    const qsizetype at = text.indexOf(part, after);
    REQUIRE(at >= 0);
    return {at, at + part.size()};
}

// snapToWords on the first occurrence of `selected`, shown.
QString snapped(const QString &text, const QString &selected, qsizetype after = 0)
{
    const auto [from, to] = find(text, selected, after);
    return show(text, snapToWords(text, from, to));
}

QString expected(const QString &text, const QString &result, qsizetype after = 0)
{
    return show(text, find(text, result, after));
}

// Grapheme_Cluster_Break classes (UAX #29, table 2) as far as the texts of these tests need them, with
// Extended_Pictographic for their emoji. Not a general table: every text here uses only Latin, Turkish and
// Arabic letters and marks, punctuation, spaces and the emoji named in the fixtures.
enum class Cluster { Other, Extend, Zwj, SpacingMark, RegionalIndicator, Pictographic };

Cluster clusterClass(char32_t c)
{
    if (c == 0x200D)
        return Cluster::Zwj;
    if (c >= 0x1F1E6 && c <= 0x1F1FF)
        return Cluster::RegionalIndicator;
    if ((c >= 0x1F3FB && c <= 0x1F3FF) || c == 0x200C) // skin tones, ZWNJ
        return Cluster::Extend;
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing: // accents, harakat, variation selectors
    case QChar::Mark_Enclosing:
        return Cluster::Extend;
    case QChar::Mark_SpacingCombining:
        return Cluster::SpacingMark;
    default:
        break;
    }
    if (c == 0x00A9 || c == 0x00AE || (c >= 0x2600 && c <= 0x27BF) || (c >= 0x1F300 && c <= 0x1FAFF))
        return Cluster::Pictographic;
    return Cluster::Other;
}

// The extended grapheme cluster boundaries of `text` by the rules of UAX #29 that these texts exercise:
// no break before Extend, ZWJ or SpacingMark (GB9, GB9a), none inside an emoji ZWJ sequence (GB11), none
// between the two regional indicators of a flag, counted from the start of their run (GB12, GB13), and
// none inside a surrogate pair; everywhere else a break (GB999). The reference the project's
// isGraphemeBoundary, which asks Qt, is checked against.
std::vector<bool> graphemeBoundaries(const QString &text)
{
    std::vector<bool> boundary(size_t(text.size()) + 1, false);
    boundary[0] = true;
    boundary[size_t(text.size())] = true;
    bool afterPictographic = false; // what came before ends with Pictographic Extend*
    bool afterPictographicZwj = false; // ... or with Pictographic Extend* ZWJ
    int regionalIndicators = 0; // consecutive regional indicators just before
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        const qsizetype at = i;
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        const Cluster kind = clusterClass(c);
        if (at > 0) {
            const bool joins = kind == Cluster::Extend || kind == Cluster::Zwj || kind == Cluster::SpacingMark
                || (kind == Cluster::Pictographic && afterPictographicZwj)
                || (kind == Cluster::RegionalIndicator && regionalIndicators % 2 == 1);
            boundary[size_t(at)] = !joins;
        }
        afterPictographicZwj = kind == Cluster::Zwj && afterPictographic;
        afterPictographic = kind == Cluster::Pictographic || (afterPictographic && kind == Cluster::Extend);
        regionalIndicators = kind == Cluster::RegionalIndicator ? regionalIndicators + 1 : 0;
    }
    return boundary;
}

std::vector<qsizetype> boundaryList(const std::vector<bool> &boundary)
{
    std::vector<qsizetype> list;
    for (size_t i = 0; i < boundary.size(); ++i) {
        if (boundary[i])
            list.push_back(qsizetype(i));
    }
    return list;
}

QString fromUcs4(std::initializer_list<char32_t> codePoints)
{
    return QString::fromUcs4(codePoints.begin(), qsizetype(codePoints.size()));
}

const QString family = u"👨‍👩‍👧"_s; // man ZWJ woman ZWJ girl: 2 + 1 + 2 + 1 + 2 code units
const QString qatar = u"🇶🇦"_s; // two regional indicators, 2 + 2

// A text with every kind of cluster the snapping must respect, in all three languages.
const QString mixed =
    u"Le café est fermé; Ankara'da 👨‍👩‍👧 geldi. كَتَبَ والقاهرة 🇶🇦🇹🇷 ❤️ e\u0301!"_s;

} // namespace

// ---------------------------------------------------------------------------------------------------
// snapToWords

TEST_CASE("snapToWords widens a partial English selection to whole words", "[words]")
{
    const QString text = u"The quick brown fox jumps, then rests."_s;
    CHECK(snapped(text, u"uick br"_s) == expected(text, u"quick brown"_s));
    CHECK(snapped(text, u"quick"_s) == expected(text, u"quick"_s));
    CHECK(snapped(text, u"q"_s) == expected(text, u"quick"_s));
    CHECK(snapped(text, u"Th"_s) == expected(text, u"The"_s));
    CHECK(snapped(text, u"s, t"_s) == expected(text, u"jumps, then"_s));
    CHECK(snapped(text, u"est"_s) == expected(text, u"rests"_s)); // the full stop after it stays out
}

TEST_CASE("snapToWords trims spaces and punctuation at the ends", "[words]")
{
    const QString text = u"The quick brown fox jumps, then rests."_s;
    CHECK(snapped(text, u" quick "_s) == expected(text, u"quick"_s));
    CHECK(snapped(text, u" jumps, "_s) == expected(text, u"jumps"_s));
    CHECK(snapped(text, u", then"_s) == expected(text, u"then"_s));
    CHECK(snapped(text, u"rests."_s) == expected(text, u"rests"_s));
    // A space at the start does not drag in the word before it.
    CHECK(snapped(text, u" fo"_s) == expected(text, u"fox"_s));
}

TEST_CASE("snapToWords returns an empty range for a selection without a word", "[words]")
{
    const QString text = u"The quick brown fox jumps, then rests. «الدوحة»، نعم"_s;
    for (const QString &selection : {u" "_s, u", "_s, u"."_s, u". «"_s, u"»، "_s}) {
        INFO(selection.toStdString());
        const auto [from, to] = find(text, selection);
        const TextRange result = snapToWords(text, from, to);
        CHECK(result.first == result.second);
    }
    // Nothing selected stays nothing, even inside a word.
    const TextRange inside = snapToWords(text, 6, 6);
    CHECK(inside.first == inside.second);
}

TEST_CASE("snapToWords widens partial Turkish words, dotted capitals and all", "[words]")
{
    const QString text = u"Cumhurbaşkanı İstanbul'a gitti; görüşme ılımlı geçti."_s;
    CHECK(snapped(text, u"mhurbaşk"_s) == expected(text, u"Cumhurbaşkanı"_s));
    CHECK(snapped(text, u"örüş"_s) == expected(text, u"görüşme"_s));
    CHECK(snapped(text, u"lıml"_s) == expected(text, u"ılımlı"_s)); // dotless ı is a letter
    CHECK(snapped(text, u"stanbul"_s) == expected(text, u"İstanbul"_s)); // İ is one code unit, a letter
    CHECK(snapped(text, u"tti; gö"_s) == expected(text, u"gitti; görüşme"_s));
}

TEST_CASE("snapToWords keeps a selection that stops before a Turkish suffix", "[words][turkish]")
{
    const QString text = u"Katar Emiri Ankara'da, heyet İstanbul’daki zirvede."_s;
    SECTION("exactly the name, before the apostrophe, stays")
    {
        CHECK(snapped(text, u"Ankara"_s) == expected(text, u"Ankara"_s));
        CHECK(snapped(text, u"İstanbul"_s) == expected(text, u"İstanbul"_s)); // U+2019 as apostrophe
        CHECK(snapped(text, u"nkara"_s) == expected(text, u"Ankara"_s)); // the start still snaps
        // A trailing apostrophe is punctuation: trimmed, it leaves a stop right before the suffix.
        CHECK(snapped(text, u"Ankara'"_s) == expected(text, u"Ankara"_s));
    }
    SECTION("a selection ending inside the suffix takes the whole word")
    {
        CHECK(snapped(text, u"Ankara'd"_s) == expected(text, u"Ankara'da"_s));
        CHECK(snapped(text, u"stanbul’da"_s) == expected(text, u"İstanbul’daki"_s));
    }
    SECTION("a selection ending inside the name is widened to the UAX #29 word, suffix included")
    {
        // An apostrophe between letters does not break a word (WB6, WB7), and only a stop right before
        // it counts as deliberate.
        CHECK(snapped(text, u"Anka"_s) == expected(text, u"Ankara'da"_s));
    }
    SECTION("the suffix's comma stays out")
    {
        CHECK(snapped(text, u"Ankara'da,"_s) == expected(text, u"Ankara'da"_s));
    }
}

TEST_CASE("snapToWords widens partial Arabic words", "[words][arabic]")
{
    const QString text = u"التقى الرئيس بالوزير في الدوحة، ثم عاد إلى القاهرة."_s;
    CHECK(snapped(text, u"رئي"_s) == expected(text, u"الرئيس"_s)); // leaves out ال: not a proclitic
    CHECK(snapped(text, u"ئيس"_s) == expected(text, u"الرئيس"_s));
    CHECK(snapped(text, u"لتق"_s) == expected(text, u"التقى"_s));
    CHECK(snapped(text, u"وحة، ث"_s) == expected(text, u"الدوحة، ثم"_s));
    CHECK(snapped(text, u"القاهرة."_s) == expected(text, u"القاهرة"_s));
    CHECK(snapped(text, u" الدوحة، "_s) == expected(text, u"الدوحة"_s));
}

TEST_CASE("snapToWords keeps a selection that leaves out only a proclitic", "[words][arabic]")
{
    const QString text = u"وصل الوفد إلى الدوحة والقاهرة وبالقاهرة بالوزير."_s;
    SECTION("one proclitic letter left out on purpose: و, ب")
    {
        CHECK(snapped(text, u"القاهرة"_s, text.indexOf(u"والقاهرة"_s))
              == expected(text, u"القاهرة"_s, text.indexOf(u"والقاهرة"_s)));
        CHECK(snapped(text, u"الوزير"_s) == expected(text, u"الوزير"_s));
    }
    SECTION("two proclitics left out: وب")
    {
        const qsizetype token = text.indexOf(u"وبالقاهرة"_s);
        CHECK(snapped(text, u"القاهرة"_s, token) == expected(text, u"القاهرة"_s, token));
    }
    SECTION("a start further inside the word grows to the whole token, proclitic and all")
    {
        // The documented rule keeps only a start that leaves out proclitics alone; "وال" and "وا" hold
        // an alef, so the selection was sloppy and takes the word from its UAX #29 start.
        const qsizetype token = text.indexOf(u"والقاهرة"_s);
        CHECK(snapped(text, u"قاهرة"_s, token) == expected(text, u"والقاهرة"_s));
        CHECK(snapped(text, u"لقاهر"_s, token) == expected(text, u"والقاهرة"_s));
        CHECK(snapped(text, u"لوزير"_s) == expected(text, u"بالوزير"_s));
    }
    SECTION("the end still snaps")
    {
        const qsizetype token = text.indexOf(u"والقاهرة"_s);
        CHECK(snapped(text, u"القاه"_s, token) == expected(text, u"القاهرة"_s, token));
    }
}

TEST_CASE("snapToWords keeps a selection that leaves out a vowelled proclitic", "[words][arabic]")
{
    // وَ with its fatha is still only the proclitic "and": leaving it out is as deliberate as leaving
    // out a bare و.
    const QString text = u"زار الوفد الدوحة وَالقاهرة."_s;
    const qsizetype token = text.indexOf(u"وَالقاهرة"_s);
    REQUIRE(token >= 0);
    CHECK(snapped(text, u"القاهرة"_s, token) == expected(text, u"القاهرة"_s, token));
}

TEST_CASE("snapToWords never ends inside a grapheme cluster", "[words][graphemes]")
{
    SECTION("a letter and a combining accent")
    {
        const QString text = u"Le cafe\u0301 est fermé"_s;
        const auto [from, to] = find(text, u"cafe"_s);
        CHECK(show(text, snapToWords(text, from, to)) == show(text, {from, to + 1}));
    }
    SECTION("an Arabic letter and its haraka")
    {
        const QString text = u"كَتَبَ الطالبُ الدرسَ"_s;
        REQUIRE(text[5] == u'\u064E');
        CHECK(show(text, snapToWords(text, 0, 5)) == show(text, {0, 6}));
        const auto [from, to] = find(text, u"الطالب"_s);
        CHECK(show(text, snapToWords(text, from, to)) == show(text, {from, to + 1})); // the damma comes along
    }
    SECTION("a ZWJ emoji sequence")
    {
        const QString text = u"Aile "_s + family + u" geldi"_s;
        const qsizetype at = 5, end = at + family.size();
        REQUIRE(family.size() == 8);
        CHECK(show(text, snapToWords(text, at, at + 2)) == show(text, {at, end})); // the man alone
        CHECK(show(text, snapToWords(text, at, at + 3)) == show(text, {at, end})); // man and ZWJ
        CHECK(show(text, snapToWords(text, at + 3, end)) == show(text, {at, end})); // woman and girl
        CHECK(show(text, snapToWords(text, at + 1, at + 4)) == show(text, {at, end})); // half surrogates
    }
    SECTION("a flag")
    {
        const QString text = u"Katar "_s + qatar + u" takımı"_s;
        const qsizetype at = 6;
        CHECK(show(text, snapToWords(text, at, at + 2)) == show(text, {at, at + 4}));
        CHECK(show(text, snapToWords(text, at + 2, at + 4)) == show(text, {at, at + 4}));
        CHECK(show(text, snapToWords(text, at + 1, at + 3)) == show(text, {at, at + 4}));
    }
}

TEST_CASE("snapToWords on every selection of a mixed text: whole clusters, the words selected, no more spaces",
          "[words][graphemes]")
{
    const QString &text = mixed;
    const std::vector<bool> boundary = graphemeBoundaries(text);
    for (qsizetype from = 0; from <= text.size(); ++from) {
        for (qsizetype to = from; to <= text.size(); ++to) {
            const TextRange result = snapToWords(text, from, to);
            qsizetype firstWord = -1, lastWord = -1;
            for (qsizetype i = from; i < to; ++i) {
                if (isWordCharacter(text[i])) {
                    if (firstWord < 0)
                        firstWord = i;
                    lastWord = i;
                }
            }
            const bool ok = [&] {
                if (firstWord < 0) // no word character: nothing
                    return result.first == result.second;
                return result.first <= firstWord && result.second > lastWord && boundary[size_t(result.first)]
                    && boundary[size_t(result.second)] && !text[result.first].isSpace()
                    && !text[result.second - 1].isSpace() && result.second <= text.size();
            }();
            if (!ok) {
                FAIL_CHECK("selection " << show(text, {from, to}).toStdString() << " snapped to "
                                        << show(text, result).toStdString());
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------------
// snapToGraphemes and isGraphemeBoundary

TEST_CASE("The reference segmentation of these tests gives the clusters UAX #29 does", "[graphemes]")
{
    // Worked out by hand from the rules, so the reference itself is checked.
    using List = std::vector<qsizetype>;
    CHECK(boundaryList(graphemeBoundaries(u"cafe\u0301!"_s)) == List {0, 1, 2, 3, 5, 6});
    CHECK(boundaryList(graphemeBoundaries(u"كَتَبَ"_s)) == List {0, 2, 4, 6});
    CHECK(boundaryList(graphemeBoundaries(family + u"x"_s)) == List {0, 8, 9});
    CHECK(boundaryList(graphemeBoundaries(u"❤️ 👋🏽"_s)) == List {0, 2, 3, 7});
    CHECK(boundaryList(graphemeBoundaries(u"🇶🇦🇹🇷🇶"_s)) == List {0, 4, 8, 10});
    CHECK(boundaryList(graphemeBoundaries(u"🤝🇶🇦🇹🇷"_s)) == List {0, 2, 6, 10});
    CHECK(boundaryList(graphemeBoundaries(u"a\u200D"_s + qatar)) == List {0, 2, 6});
}

TEST_CASE("isGraphemeBoundary agrees with the UAX #29 rules at every offset", "[graphemes]")
{
    // A long run of flags tests the windowing: pairing depends on where the run starts.
    QString flags;
    for (int i = 0; i < 30; ++i)
        flags += i % 2 ? qatar : u"🇹🇷"_s;
    const QStringList texts = {mixed, u"x"_s + flags + u"y"_s, u"🇶"_s + flags, flags + u"🇶 z"_s,
                               u"El 👋🏽 selam, می\u200Cخواهم ❤️ e\u0301\u0323"_s};
    for (const QString &text : texts) {
        const std::vector<bool> boundary = graphemeBoundaries(text);
        for (qsizetype at = 0; at <= text.size(); ++at) {
            if (isGraphemeBoundary(text, at) != boundary[size_t(at)]) {
                INFO(show(text, {at, at}).toStdString() << " in " << text.toStdString());
                CHECK(isGraphemeBoundary(text, at) == boundary[size_t(at)]);
            }
        }
    }
}

TEST_CASE("A flag right after an emoji is still one cluster", "[graphemes]")
{
    // GB12/GB13 pair regional indicators from the start of their run, whatever comes before it: in
    // "🤝🇶🇦🇹🇷" the flags are 🇶🇦 and 🇹🇷, never the half-and-half 🇦🇹.
    const QString text = u"🤝"_s + qatar + u"🇹🇷"_s; // handshake 0-2, QA 2-6, TR 6-10
    CHECK(isGraphemeBoundary(text, 2));
    CHECK_FALSE(isGraphemeBoundary(text, 4));
    CHECK(isGraphemeBoundary(text, 6));
    CHECK_FALSE(isGraphemeBoundary(text, 8));
    CHECK(show(text, snapToGraphemes(text, 2, 4)) == show(text, {2, 6}));
    CHECK(graphemeStep(text, 2, true) == 6);
    CHECK(graphemeStep(text, 10, false) == 6);

    const QString heart = u"Katar'a ❤"_s + qatar; // U+2764 then the flag at 9-13
    CHECK_FALSE(isGraphemeBoundary(heart, 11));
    CHECK(show(heart, snapToGraphemes(heart, 9, 11)) == show(heart, {9, 13}));
}

TEST_CASE("snapToGraphemes moves each end outwards to the nearest boundary, never inwards", "[graphemes]")
{
    const QString &text = mixed;
    const std::vector<bool> boundary = graphemeBoundaries(text);
    for (qsizetype from = 0; from <= text.size(); ++from) {
        for (qsizetype to = from; to <= text.size(); ++to) {
            qsizetype expectedFrom = from, expectedTo = to;
            while (!boundary[size_t(expectedFrom)])
                --expectedFrom;
            while (!boundary[size_t(expectedTo)])
                ++expectedTo;
            const TextRange result = snapToGraphemes(text, from, to);
            if (result != TextRange {expectedFrom, expectedTo}) {
                INFO("selection " << show(text, {from, to}).toStdString());
                CHECK(show(text, result) == show(text, {expectedFrom, expectedTo}));
            }
        }
    }
}

TEST_CASE("snapToGraphemes keeps boundaries and whole clusters as they are", "[graphemes]")
{
    const QString text = u"Aile "_s + family + u" "_s + qatar + u" cafe\u0301"_s;
    CHECK(snapToGraphemes(text, 0, text.size()) == TextRange {0, text.size()});
    CHECK(snapToGraphemes(text, 5, 13) == TextRange {5, 13});
    CHECK(snapToGraphemes(text, 7, 7) == TextRange {5, 13}); // an empty range inside a cluster widens
    CHECK(snapToGraphemes(text, 3, 3) == TextRange {3, 3});
    CHECK(snapToGraphemes(text, 14, 16) == TextRange {14, 18}); // half a flag
    CHECK(snapToGraphemes(text, 19, text.size() - 1) == TextRange {19, text.size()}); // the accent comes along
}

// ---------------------------------------------------------------------------------------------------
// wordAt

TEST_CASE("wordAt gives the word around a position, or nothing between words", "[words]")
{
    const QString text = u"Hello, world"_s;
    CHECK(wordAt(text, 0) == TextRange {0, 5});
    CHECK(wordAt(text, 2) == TextRange {0, 5});
    CHECK(wordAt(text, 5) == TextRange {0, 5}); // right after the word
    CHECK(wordAt(text, 6) == TextRange {6, 6}); // after ", ": no word
    CHECK(wordAt(text, 7) == TextRange {7, 12});
    CHECK(wordAt(text, 12) == TextRange {7, 12}); // at the end of the text
    CHECK(wordAt(u""_s, 0) == TextRange {0, 0});
    CHECK(wordAt(u"  "_s, 1) == TextRange {1, 1});
}

TEST_CASE("wordAt gives the same word wherever inside it the position is", "[words]")
{
    // A position is not a selection: there is no deliberate end to respect, so every position inside a
    // word gives that word.
    const QString text = u"Hello; Ankara'da بغداد والقاهرة كَتَبَ"_s;
    for (const QString &word : {u"Hello"_s, u"Ankara'da"_s, u"بغداد"_s, u"والقاهرة"_s, u"كَتَبَ"_s}) {
        const TextRange range = find(text, word);
        for (qsizetype at = range.first; at < range.second; ++at) {
            INFO(word.toStdString() << " at " << at - range.first);
            CHECK(show(text, wordAt(text, at)) == show(text, range));
        }
    }
}

// ---------------------------------------------------------------------------------------------------
// nextWordEnd, previousWordStart, graphemeStep

TEST_CASE("nextWordEnd skips spaces and punctuation to the end of the next word", "[words]")
{
    const QString text = u"Hello, world! Merhaba dünya. «الدوحة»"_s;
    const qsizetype world = text.indexOf(u"world"_s), merhaba = text.indexOf(u"Merhaba"_s),
                    dunya = text.indexOf(u"dünya"_s), doha = text.indexOf(u"الدوحة"_s);
    CHECK(nextWordEnd(text, 0) == 5);
    CHECK(nextWordEnd(text, 2) == 5); // from inside a word: its end
    CHECK(nextWordEnd(text, 5) == world + 5); // across ", "
    CHECK(nextWordEnd(text, world + 5) == merhaba + 7); // across "! "
    CHECK(nextWordEnd(text, merhaba + 7) == dunya + 5);
    CHECK(nextWordEnd(text, dunya + 5) == doha + 6); // across ". «"
    CHECK(nextWordEnd(text, doha + 6) == text.size()); // only "»" left: the end of the text
    CHECK(nextWordEnd(text, text.size()) == text.size());
    CHECK(nextWordEnd(u""_s, 0) == 0);
}

TEST_CASE("previousWordStart skips spaces and punctuation back to the start of the previous word", "[words]")
{
    const QString text = u"«الدوحة» Hello, world! Merhaba dünya."_s;
    const qsizetype hello = text.indexOf(u"Hello"_s), world = text.indexOf(u"world"_s),
                    merhaba = text.indexOf(u"Merhaba"_s), dunya = text.indexOf(u"dünya"_s);
    CHECK(previousWordStart(text, text.size()) == dunya); // across "."
    CHECK(previousWordStart(text, dunya + 2) == dunya); // from inside a word: its start
    CHECK(previousWordStart(text, dunya) == merhaba);
    CHECK(previousWordStart(text, merhaba) == world); // across "! "
    CHECK(previousWordStart(text, world) == hello); // across ", "
    CHECK(previousWordStart(text, hello) == 1); // across "» ": the Arabic word after «
    CHECK(previousWordStart(text, 1) == 0); // only "«" before: the start of the text
    CHECK(previousWordStart(text, 0) == 0);
    CHECK(previousWordStart(u""_s, 0) == 0);
}

TEST_CASE("nextWordEnd and previousWordStart never stop inside a grapheme cluster", "[words][graphemes]")
{
    // A word end or start inside a cluster would let a span split a user-perceived character.
    const QString text = u"Aile "_s + family + u" geldi ❤️ ve 🇶🇦 e\u0301"_s;
    const std::vector<bool> boundary = graphemeBoundaries(text);
    SECTION("nextWordEnd")
    {
        for (qsizetype at = 0; at <= text.size(); ++at) {
            const qsizetype next = nextWordEnd(text, at);
            if (boundary[size_t(at)] && !boundary[size_t(next)])
                FAIL_CHECK("nextWordEnd from " << at
                                               << " stops inside a cluster: " << show(text, {at, next}).toStdString());
        }
    }
    SECTION("previousWordStart")
    {
        for (qsizetype at = 0; at <= text.size(); ++at) {
            const qsizetype previous = previousWordStart(text, at);
            if (boundary[size_t(at)] && !boundary[size_t(previous)])
                FAIL_CHECK("previousWordStart from "
                           << at << " stops inside a cluster: " << show(text, {previous, at}).toStdString());
        }
    }
}

TEST_CASE("graphemeStep moves by whole clusters and stops at the ends of the text", "[graphemes]")
{
    const QString text = u"e\u0301x"_s + family + u" "_s + qatar + u"🇹🇷"_s + u"كَ"_s;
    // Boundaries: 0 | e+accent 2 | x 3 | family 11 | space 12 | QA 16 | TR 20 | kaf+fatha 22
    const std::vector<qsizetype> stops = {0, 2, 3, 11, 12, 16, 20, 22};
    REQUIRE(text.size() == 22);
    REQUIRE(boundaryList(graphemeBoundaries(text)) == stops);
    for (size_t i = 0; i + 1 < stops.size(); ++i) {
        CHECK(graphemeStep(text, stops[i], true) == stops[i + 1]);
        CHECK(graphemeStep(text, stops[i + 1], false) == stops[i]);
    }
    CHECK(graphemeStep(text, text.size(), true) == text.size());
    CHECK(graphemeStep(text, 0, false) == 0);
    // From inside a cluster, to the boundary on that side.
    CHECK(graphemeStep(text, 6, true) == 11);
    CHECK(graphemeStep(text, 6, false) == 3);
    CHECK(graphemeStep(text, 14, true) == 16); // between the two indicators of a flag
    CHECK(graphemeStep(text, 14, false) == 12);
    CHECK(graphemeStep(u""_s, 0, true) == 0);
    CHECK(graphemeStep(u""_s, 0, false) == 0);
}

// ---------------------------------------------------------------------------------------------------
// isWordCharacter

TEST_CASE("isWordCharacter accepts letters, digits, marks and astral characters", "[words]")
{
    const QString emoji = u"😀"_s;
    for (QChar c : {QChar(u'a'), QChar(u'Z'), QChar(u'ı'), QChar(u'İ'), QChar(u'ş'), QChar(u'ğ'), QChar(u'ب'),
                    QChar(u'ة'), QChar(u'א'), QChar(u'7'), QChar(u'٣'), QChar(u'\u0301'), QChar(u'\u064E'),
                    QChar(u'\u0651'), emoji[0], emoji[1]}) {
        INFO(std::hex << int(c.unicode()));
        CHECK(isWordCharacter(c));
    }
    for (QChar c : {QChar(u' '), QChar(u'\n'), QChar(u'\u00A0'), QChar(u'.'), QChar(u','), QChar(u'\''),
                    QChar(u'\u2019'), QChar(u'-'), QChar(u'«'), QChar(u'»'), QChar(u'\u060C'), QChar(u'\u061F'),
                    QChar(u'\u200D'), QChar(u'$'), QChar(u'%')}) {
        INFO(std::hex << int(c.unicode()));
        CHECK_FALSE(isWordCharacter(c));
    }
}

// ---------------------------------------------------------------------------------------------------
// sentenceAt

// The sentence around the first occurrence of `part`, as text.
QString sentenceAround(const QString &text, const QString &part)
{
    const auto [from, to] = sentenceAt(text, find(text, part).first);
    return text.sliced(from, to - from);
}

TEST_CASE("sentenceAt gives the sentence around a position, without its spaces", "[sentences]")
{
    const QString text = u"Ministers met in Baku. They signed a deal worth 3.5 billion!  Talks go on?"_s;
    CHECK(sentenceAround(text, u"Baku"_s) == u"Ministers met in Baku."_s);
    CHECK(sentenceAround(text, u"Ministers"_s) == u"Ministers met in Baku."_s);
    CHECK(sentenceAround(text, u"3.5"_s) == u"They signed a deal worth 3.5 billion!"_s);
    CHECK(sentenceAround(text, u"go"_s) == u"Talks go on?"_s);
    CHECK(sentenceAt(text, text.size()) == find(text, u"Talks go on?"_s)); // past the end: the last one
    CHECK(sentenceAt(u""_s, 0) == TextRange {0, 0});
}

TEST_CASE("sentenceAt ends a sentence at a line break and reads Turkish and Arabic", "[sentences][arabic]")
{
    const QString text = u"قطر وتركيا توقّعان اتفاقية\n\nالدوحة – وقّعت الوزارة اتفاقيةً في الدوحة. وحضر الكعبي.\n"
                         u"Bakan Ankara'da konuştu. İki ülke anlaştı."_s;
    CHECK(sentenceAround(text, u"تركيا"_s) == u"قطر وتركيا توقّعان اتفاقية"_s); // a headline without a stop
    CHECK(sentenceAround(text, u"الوزارة"_s) == u"الدوحة – وقّعت الوزارة اتفاقيةً في الدوحة."_s);
    CHECK(sentenceAround(text, u"الكعبي"_s) == u"وحضر الكعبي."_s);
    CHECK(sentenceAround(text, u"Ankara"_s) == u"Bakan Ankara'da konuştu."_s);
    CHECK(sentenceAround(text, u"İki"_s) == u"İki ülke anlaştı."_s);
}

TEST_CASE("sentenceAt cuts a very long sentence around the position", "[sentences]")
{
    const QString words = u"word "_s.repeated(5000);
    const QString text = u"Short one. Then "_s + words + u"end."_s;
    const qsizetype middle = text.size() / 2;
    const auto [from, to] = sentenceAt(text, middle);
    CHECK(from < middle);
    CHECK(to > middle);
    CHECK(to - from < 4096); // only a window around the position is read
    CHECK(sentenceAround(text, u"Short"_s) == u"Short one."_s);
}

TEST_CASE("The fixtures hold the code points they claim", "[words]")
{
    // The tests above count code units of these strings by hand.
    CHECK(family == fromUcs4({0x1F468, 0x200D, 0x1F469, 0x200D, 0x1F467}));
    CHECK(qatar == fromUcs4({0x1F1F6, 0x1F1E6}));
    CHECK(u"❤️"_s == fromUcs4({0x2764, 0xFE0F}));
    CHECK(u"كَتَبَ"_s == fromUcs4({0x0643, 0x064E, 0x062A, 0x064E, 0x0628, 0x064E}));
    CHECK(u"وَالقاهرة"_s.left(2) == fromUcs4({0x0648, 0x064E}));
}

TEST_CASE("snapToWords snaps both ends of a selection thousands of words long", "[words]")
{
    QString text;
    for (int i = 0; i < 4000; ++i)
        text += QStringLiteral("Mustafayev'in açıklaması وصل الوفد والقاهرة 😀 ");
    const qsizetype first = text.indexOf(QStringLiteral("açıklaması"));
    const qsizetype last = text.lastIndexOf(QStringLiteral("الوفد"));
    // From inside the first "açıklaması" to inside the last "الوفد".
    const TextRange snapped = snapToWords(text, first + 3, last + 2);
    CHECK(snapped.first == first);
    CHECK(snapped.second == last + 5);
}
