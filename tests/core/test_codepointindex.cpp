// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/catchqt.h"
#include "text/codepointindex.h"
#include "text/graphemes.h"

#include <QList>
#include <QTextBoundaryFinder>

#include <cstdint>
#include <vector>

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

// Independent reference: the number of code points in the first `utf16` units of `text`
// (only meaningful where `utf16` does not split a surrogate pair).
qsizetype codePointsBefore(const QString &text, qsizetype utf16)
{
    return qsizetype(QStringView(text).first(utf16).toUcs4().size());
}

// Independent reference for isGraphemeBoundary(): Qt's UAX #29 implementation over the whole text.
QList<qsizetype> boundariesOf(const QString &text)
{
    QList<qsizetype> boundaries;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    for (qsizetype p = 0; p <= text.size(); ++p) {
        finder.setPosition(p);
        if (finder.isAtBoundary())
            boundaries.append(p);
    }
    return boundaries;
}

QList<qsizetype> boundariesByHashiya(const QString &text)
{
    QList<qsizetype> boundaries;
    for (qsizetype p = 0; p <= text.size(); ++p) {
        if (isGraphemeBoundary(text, p))
            boundaries.append(p);
    }
    return boundaries;
}

QString describePositions(const QList<qsizetype> &positions)
{
    QStringList parts;
    for (qsizetype p : positions)
        parts.append(QString::number(p));
    return u"["_s + parts.join(u", "_s) + u"]"_s;
}

const QString grinning = u"\U0001F600"_s; // 😀, astral: two UTF-16 units
const QString flagTurkey = u"\U0001F1F9\U0001F1F7"_s; // 🇹🇷: two regional indicators
const QString flagQatar = u"\U0001F1F6\U0001F1E6"_s; // 🇶🇦
const QString family = u"\U0001F468\u200D\U0001F469\u200D\U0001F467"_s; // 👨‍👩‍👧

} // namespace

// ---------------------------------------------------------------------------------------------------
// CodePointIndex

TEST_CASE("CodePointIndex maps BMP text one to one", "[text]")
{
    const QString text = u"Ankara’da toplantı — اجتماع في الدوحة"_s;
    const CodePointIndex index(text);

    CHECK(index.isIdentity());
    CHECK(index.utf16Length() == text.size());
    CHECK(index.codePointCount() == text.size());
    for (qsizetype i = 0; i <= text.size(); ++i) {
        INFO("offset " << i);
        CHECK(index.toUtf16(i) == i);
        CHECK(index.toCodePoint(i) == i);
        CHECK_FALSE(index.splitsSurrogatePair(i));
    }
}

TEST_CASE("CodePointIndex of empty text has no offsets but 0", "[text]")
{
    const CodePointIndex index(QString {});
    CHECK(index.isIdentity());
    CHECK(index.codePointCount() == 0);
    CHECK(index.utf16Length() == 0);
    CHECK(index.toUtf16(0) == 0);
    CHECK(index.toCodePoint(0) == 0);
    CHECK_FALSE(index.splitsSurrogatePair(0));
}

TEST_CASE("CodePointIndex shifts offsets after an emoji by one UTF-16 unit", "[text]")
{
    const QString text = u"ab"_s + grinning + u"cd"_s; // code points: a b 😀 c d
    const CodePointIndex index(text);

    REQUIRE(text.size() == 6);
    CHECK_FALSE(index.isIdentity());
    CHECK(index.codePointCount() == 5);
    CHECK(index.utf16Length() == 6);

    // Before the emoji nothing moves.
    CHECK(index.toUtf16(0) == 0);
    CHECK(index.toUtf16(2) == 2);
    CHECK(index.toCodePoint(2) == 2);
    // After it every code point offset is one UTF-16 unit further on.
    CHECK(index.toUtf16(3) == 4);
    CHECK(index.toUtf16(4) == 5);
    CHECK(index.toUtf16(5) == 6);
    CHECK(index.toCodePoint(4) == 3);
    CHECK(index.toCodePoint(6) == 5);
    CHECK(text.mid(index.toUtf16(2), index.toUtf16(3) - index.toUtf16(2)) == grinning);
    CHECK(text.at(index.toUtf16(3)) == u'c');
}

TEST_CASE("CodePointIndex handles two emoji in a row", "[text]")
{
    const QString text = u"x"_s + grinning + grinning + u"y"_s;
    const CodePointIndex index(text);

    REQUIRE(text.size() == 6);
    CHECK(index.codePointCount() == 4);
    CHECK(index.toUtf16(1) == 1);
    CHECK(index.toUtf16(2) == 3);
    CHECK(index.toUtf16(3) == 5);
    CHECK(index.toUtf16(4) == 6);
    CHECK(index.toCodePoint(3) == 2);
    CHECK(index.toCodePoint(5) == 3);
    CHECK(index.splitsSurrogatePair(2));
    CHECK_FALSE(index.splitsSurrogatePair(3));
    CHECK(index.splitsSurrogatePair(4));
    CHECK_FALSE(index.splitsSurrogatePair(5));
}

TEST_CASE("CodePointIndex counts a flag as two code points in four UTF-16 units", "[text]")
{
    const QString text = u"TR "_s + flagTurkey + u" QA"_s;
    const CodePointIndex index(text);

    REQUIRE(flagTurkey.size() == 4);
    CHECK(index.codePointCount() == text.size() - 2);
    CHECK(index.toUtf16(3) == 3); // the flag starts
    CHECK(index.toUtf16(4) == 5); // second regional indicator
    CHECK(index.toUtf16(5) == 7); // the space after the flag
    CHECK(text.at(index.toUtf16(5)) == u' ');
    CHECK(index.toCodePoint(7) == 5);
    CHECK_FALSE(index.splitsSurrogatePair(5)); // between the two indicators, not inside one
    CHECK(index.splitsSurrogatePair(4));
    CHECK(index.splitsSurrogatePair(6));
}

TEST_CASE("CodePointIndex leaves combining marks alone", "[text]")
{
    // Combining marks are BMP characters: each is one code point and one UTF-16 unit.
    const QString text = u"Cafe\u0301 \u0645\u064F\u062D\u064E\u0645\u0651\u064E\u062F"_s;
    const CodePointIndex index(text);

    CHECK(index.isIdentity());
    CHECK(index.codePointCount() == text.size());
    for (qsizetype i = 0; i <= text.size(); ++i) {
        CHECK(index.toUtf16(i) == i);
        CHECK(index.toCodePoint(i) == i);
    }
}

TEST_CASE("CodePointIndex floors an offset between surrogate halves to the pair's code point", "[text]")
{
    const QString text = u"a"_s + grinning + u"b"_s + grinning;
    const CodePointIndex index(text);

    REQUIRE(text.size() == 6);
    CHECK(index.toCodePoint(1) == 1); // before the first emoji
    CHECK(index.toCodePoint(2) == 1); // inside it: the emoji's own code point
    CHECK(index.toCodePoint(3) == 2);
    CHECK(index.toCodePoint(4) == 3); // before the second emoji
    CHECK(index.toCodePoint(5) == 3); // inside it
    CHECK(index.toCodePoint(6) == 4); // end of text
}

TEST_CASE("CodePointIndex::splitsSurrogatePair is true exactly between the halves of a pair", "[text]")
{
    const QString text = grinning + u"a"_s + grinning;
    const CodePointIndex index(text);

    for (qsizetype i = 0; i <= text.size(); ++i) {
        INFO("offset " << i);
        const bool reference =
            i > 0 && i < text.size() && text.at(i - 1).isHighSurrogate() && text.at(i).isLowSurrogate();
        CHECK(index.splitsSurrogatePair(i) == reference);
    }
    CHECK(index.splitsSurrogatePair(1));
    CHECK(index.splitsSurrogatePair(4));
}

TEST_CASE("CodePointIndex does not count unpaired surrogates as astral characters", "[text]")
{
    // A lone high surrogate followed by a letter, and a lone low surrogate: one code point each.
    QString text = u"a"_s;
    text.append(QChar(0xD83D));
    text.append(u'b');
    text.append(QChar(0xDE00));
    const CodePointIndex index(text);

    CHECK(index.isIdentity());
    CHECK(index.codePointCount() == 4);
    CHECK_FALSE(index.splitsSurrogatePair(2));
}

TEST_CASE("CodePointIndex round-trips every offset of a mixed string", "[text]")
{
    const QString text = u"İstanbul "_s + grinning + u" e\u0301 "_s + flagTurkey + flagQatar + u" مُ "_s + family
        + u"\uAC00\u11A8"_s + grinning + grinning + u"."_s;
    const CodePointIndex index(text);

    CHECK(index.utf16Length() == text.size());
    CHECK(index.codePointCount() == qsizetype(text.toUcs4().size()));

    for (qsizetype u = 0; u <= text.size(); ++u) {
        INFO("UTF-16 offset " << u);
        const qsizetype cp = index.toCodePoint(u);
        if (index.splitsSurrogatePair(u)) {
            CHECK(index.toUtf16(cp) == u - 1);
            CHECK(cp == codePointsBefore(text, u - 1));
        } else {
            CHECK(index.toUtf16(cp) == u);
            CHECK(cp == codePointsBefore(text, u));
        }
    }
    for (qsizetype cp = 0; cp <= index.codePointCount(); ++cp) {
        INFO("code point offset " << cp);
        const qsizetype u = index.toUtf16(cp);
        CHECK_FALSE(index.splitsSurrogatePair(u));
        CHECK(index.toCodePoint(u) == cp);
        CHECK(codePointsBefore(text, u) == cp);
    }
}

TEST_CASE("CodePointIndex stays exact in long texts, with astral characters at every kind of place", "[text]")
{
    // Long enough for any internal blocking or caching to matter; astral characters cluster, straddle
    // offsets such as 255/256 and 511/512, are missing for long stretches and end the text.
    QString text;
    SECTION("astral characters around powers of two")
    {
        for (qsizetype target :
             {qsizetype(0), qsizetype(63), qsizetype(127), qsizetype(254), qsizetype(255), qsizetype(256),
              qsizetype(511), qsizetype(1023), qsizetype(1024), qsizetype(2047), qsizetype(4095)}) {
            while (text.size() < target)
                text += u'a';
            text += grinning;
        }
        text += u"tail"_s;
    }
    SECTION("dense emoji, then a long BMP stretch, then emoji at the end")
    {
        for (int i = 0; i < 700; ++i)
            text += grinning;
        text += QString(3000, u'ب');
        for (int i = 0; i < 300; ++i)
            text += (i % 3 == 0) ? flagTurkey : (u"x"_s + grinning);
    }
    SECTION("pseudo-random mix")
    {
        std::uint32_t state = 12345;
        for (int i = 0; i < 6000; ++i) {
            state = state * 1103515245u + 12345u;
            const std::uint32_t r = (state >> 16) % 10;
            text += r < 2 ? grinning : (r < 3 ? flagQatar : QString(1 + int(r), u'z'));
        }
    }

    SECTION("pairs and lone halves on both sides of every 64-unit edge, a lone high half last")
    {
        for (qsizetype edge = 64; edge <= 64 * 8; edge += 64) {
            while (text.size() < edge - 1 - (edge / 64) % 2)
                text += u'a';
            text += grinning; // straddles the edge, or ends just before it
            text += QChar(0xD83D); // a lone high half, then a lone low one
            text += u'b';
            text += QChar(0xDE00);
        }
        text += QChar(0xD83D);
    }

    const CodePointIndex index(text);
    const QList<uint> ucs4 = text.toUcs4();
    REQUIRE(index.utf16Length() == text.size());
    REQUIRE(index.codePointCount() == qsizetype(ucs4.size()));

    // Reference offsets, walked once through the text.
    std::vector<qsizetype> utf16OfCodePoint; // code point offset → UTF-16 offset
    std::vector<qsizetype> codePointOfUtf16(size_t(text.size()) + 1);
    std::vector<bool> splits(size_t(text.size()) + 1, false);
    qsizetype cp = 0;
    for (qsizetype u = 0; u < text.size(); ++u, ++cp) {
        utf16OfCodePoint.push_back(u);
        codePointOfUtf16[size_t(u)] = cp;
        if (text.at(u).isHighSurrogate() && u + 1 < text.size() && text.at(u + 1).isLowSurrogate()) {
            codePointOfUtf16[size_t(u + 1)] = cp; // inside the pair: floored
            splits[size_t(u + 1)] = true;
            ++u;
        }
    }
    utf16OfCodePoint.push_back(text.size());
    codePointOfUtf16[size_t(text.size())] = cp;
    REQUIRE(cp == index.codePointCount());

    qsizetype wrong = 0;
    for (qsizetype c = 0; c <= index.codePointCount(); ++c) {
        if (index.toUtf16(c) != utf16OfCodePoint[size_t(c)]) {
            if (wrong++ < 5) {
                INFO("code point offset " << c);
                CHECK(index.toUtf16(c) == utf16OfCodePoint[size_t(c)]);
            }
        }
    }
    for (qsizetype u = 0; u <= text.size(); ++u) {
        if (index.toCodePoint(u) != codePointOfUtf16[size_t(u)] || index.splitsSurrogatePair(u) != splits[size_t(u)]) {
            if (wrong++ < 10) {
                INFO("UTF-16 offset " << u);
                CHECK(index.toCodePoint(u) == codePointOfUtf16[size_t(u)]);
                CHECK(index.splitsSurrogatePair(u) == bool(splits[size_t(u)]));
            }
        }
    }
    CHECK(wrong == 0);
}

// ---------------------------------------------------------------------------------------------------
// isGraphemeBoundary

TEST_CASE("isGraphemeBoundary: every position of plain ASCII is a boundary", "[text]")
{
    const QString text = u"Talks in Baku, 12 May."_s;
    for (qsizetype p = 0; p <= text.size(); ++p) {
        INFO("position " << p);
        CHECK(isGraphemeBoundary(text, p));
    }
}

TEST_CASE("isGraphemeBoundary: the ends of the text are boundaries", "[text]")
{
    const QString accent = u"\u0301x\u0301"_s; // starts and ends with a combining mark
    CHECK(isGraphemeBoundary(accent, 0));
    CHECK(isGraphemeBoundary(accent, accent.size()));
    CHECK(isGraphemeBoundary(family, 0));
    CHECK(isGraphemeBoundary(family, family.size()));
    CHECK(isGraphemeBoundary(QString {}, 0));
}

TEST_CASE("isGraphemeBoundary: no boundary between a letter and its combining accent", "[text]")
{
    const QString text = u"Cafe\u0301 ok"_s; // é as e + U+0301
    CHECK(isGraphemeBoundary(text, 3)); // before the e
    CHECK_FALSE(isGraphemeBoundary(text, 4)); // between e and the accent
    CHECK(isGraphemeBoundary(text, 5)); // after the accent
}

TEST_CASE("isGraphemeBoundary: no boundary between an Arabic letter and its harakat", "[text]")
{
    // مُحَمَّد: meem + damma, hah + fatha, meem + shadda + fatha, dal
    const QString text = u"\u0645\u064F\u062D\u064E\u0645\u0651\u064E\u062F"_s;
    CHECK(isGraphemeBoundary(text, 0));
    CHECK_FALSE(isGraphemeBoundary(text, 1)); // U+0645 | U+064F
    CHECK(isGraphemeBoundary(text, 2));
    CHECK_FALSE(isGraphemeBoundary(text, 3));
    CHECK(isGraphemeBoundary(text, 4));
    CHECK_FALSE(isGraphemeBoundary(text, 5)); // meem | shadda
    CHECK_FALSE(isGraphemeBoundary(text, 6)); // shadda | fatha
    CHECK(isGraphemeBoundary(text, 7));
    CHECK(isGraphemeBoundary(text, 8));
}

TEST_CASE("isGraphemeBoundary: a ZWJ family emoji is one cluster", "[text]")
{
    const QString text = u"a"_s + family + u"b"_s;
    REQUIRE(family.size() == 8);
    CHECK(isGraphemeBoundary(text, 1));
    for (qsizetype p = 2; p < 9; ++p) {
        INFO("position " << p);
        CHECK_FALSE(isGraphemeBoundary(text, p));
    }
    CHECK(isGraphemeBoundary(text, 9));
}

TEST_CASE("isGraphemeBoundary: no boundary inside a flag, boundaries between flags", "[text]")
{
    const QString text = u"("_s + flagTurkey + flagQatar + u")"_s;
    CHECK(isGraphemeBoundary(text, 1));
    CHECK_FALSE(isGraphemeBoundary(text, 2)); // inside the first indicator
    CHECK_FALSE(isGraphemeBoundary(text, 3)); // between the two indicators of 🇹🇷
    CHECK_FALSE(isGraphemeBoundary(text, 4));
    CHECK(isGraphemeBoundary(text, 5)); // between 🇹🇷 and 🇶🇦
    CHECK_FALSE(isGraphemeBoundary(text, 7)); // between the two indicators of 🇶🇦
    CHECK(isGraphemeBoundary(text, 9));
}

TEST_CASE("isGraphemeBoundary: no boundary inside any flag of a long run of flags", "[text]")
{
    // Ten flags in a row; the indicators pair up from the start of the run.
    QString text = u"x"_s;
    for (int i = 0; i < 10; ++i)
        text += (i % 2 == 0) ? flagTurkey : flagQatar;
    text += u"y"_s;

    for (int flag = 0; flag < 10; ++flag) {
        const qsizetype start = 1 + 4 * flag;
        INFO("flag " << flag << " at " << start);
        CHECK(isGraphemeBoundary(text, start));
        CHECK_FALSE(isGraphemeBoundary(text, start + 1));
        CHECK_FALSE(isGraphemeBoundary(text, start + 2)); // between its two regional indicators
        CHECK_FALSE(isGraphemeBoundary(text, start + 3));
    }
    CHECK(isGraphemeBoundary(text, 41));
}

TEST_CASE("isGraphemeBoundary: Turkish İ is one code point with boundaries on both sides", "[text]")
{
    const QString text = u"\u0130stanbul, I\u0307"_s; // precomposed İ, then I + combining dot above
    CHECK(isGraphemeBoundary(text, 0));
    CHECK(isGraphemeBoundary(text, 1)); // after U+0130
    CHECK(isGraphemeBoundary(text, 2));
    const qsizetype decomposed = text.indexOf(u'I');
    REQUIRE(decomposed > 0);
    CHECK(isGraphemeBoundary(text, decomposed));
    CHECK_FALSE(isGraphemeBoundary(text, decomposed + 1)); // I | U+0307
    CHECK(isGraphemeBoundary(text, decomposed + 2));
}

TEST_CASE("isGraphemeBoundary: a Hangul jamo sequence is one syllable", "[text]")
{
    // 한 as conjoining jamo (L V T), then 글 precomposed, then 가 + final jamo (LV T).
    const QString text = u"\u1112\u1161\u11AB\uAE00\uAC00\u11A8"_s;
    CHECK(isGraphemeBoundary(text, 0));
    CHECK_FALSE(isGraphemeBoundary(text, 1)); // L | V
    CHECK_FALSE(isGraphemeBoundary(text, 2)); // V | T
    CHECK(isGraphemeBoundary(text, 3)); // T | LV syllable
    CHECK(isGraphemeBoundary(text, 4)); // LVT | LV
    CHECK_FALSE(isGraphemeBoundary(text, 5)); // LV | T
    CHECK(isGraphemeBoundary(text, 6));
}

TEST_CASE("isGraphemeBoundary: between two emoji and inside one", "[text]")
{
    const QString text = grinning + grinning;
    CHECK_FALSE(isGraphemeBoundary(text, 1));
    CHECK(isGraphemeBoundary(text, 2));
    CHECK_FALSE(isGraphemeBoundary(text, 3));
}

TEST_CASE("isGraphemeBoundary agrees with UAX #29 at every position of mixed texts", "[text]")
{
    QString longMarks = u"e"_s;
    for (int i = 0; i < 40; ++i)
        longMarks += u"\u0301"_s;
    longMarks += u"f"_s;
    QString tenFlags = u"x"_s;
    for (int i = 0; i < 10; ++i)
        tenFlags += (i % 2 == 0) ? flagTurkey : flagQatar;

    const QStringList samples = {
        u"plain ASCII text"_s,
        u"Cafe\u0301, nai\u0308ve"_s,
        u"\u0645\u064F\u062D\u064E\u0645\u0651\u064E\u062F \u0627\u0644\u062F\u0648\u062D\u0629"_s,
        u"Cumhurba\u015Fkan\u0131 \u0130stanbul'da"_s,
        u"a"_s + family + u"b"_s + grinning + u"\U0001F3FD"_s + u"c"_s,
        flagTurkey + flagQatar + u" "_s + flagTurkey,
        u"\u1112\u1161\u11AB\u1100\u1173\u11AF \uAC00\u11A8"_s,
        u"\u0E01\u0E33\u0E25\u0E31\u0E07"_s, // Thai กำลัง: SARA AM is a spacing mark
        u"\u0EA5\u0EB3 \u0E99\u0EB3"_s, // Lao with AM
        u"\u0600\u0661\u0662 \u0D4E\u0D15"_s, // prepended number sign, dot reph
        u"\uFF76\uFF9E\uFF8A\uFF9F"_s, // halfwidth katakana with sound marks
        u"a\u200Cb\u200Dc"_s,
        longMarks,
        tenFlags,
    };
    for (const QString &text : samples) {
        INFO(text.toStdString());
        CHECK(describePositions(boundariesByHashiya(text)) == describePositions(boundariesOf(text)));
    }
}
