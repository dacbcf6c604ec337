// SPDX-License-Identifier: GPL-3.0-or-later
// Paragraph direction from the first letter (bidi rule P2), with flag emoji not deciding it.
#include "support/catchqt.h"
#include "text/direction.h"

#include <QChar>
#include <QString>

using namespace Hashiya;
using namespace Qt::StringLiterals;

TEST_CASE("An Arabic paragraph reads right to left", "[direction]")
{
    CHECK(isRightToLeftParagraph(u"وصل أمير قطر إلى أنقرة"_s));
    CHECK(isRightToLeftParagraph(u"أنقرة Ankara"_s)); // the first letter decides, not the majority
}

TEST_CASE("A Hebrew paragraph reads right to left", "[direction]")
{
    CHECK(isRightToLeftParagraph(u"שלום עולם"_s));
}

TEST_CASE("A Latin or Turkish paragraph reads left to right", "[direction]")
{
    CHECK_FALSE(isRightToLeftParagraph(u"Emir of Qatar visits Ankara"_s));
    CHECK_FALSE(isRightToLeftParagraph(u"İstanbul'da toplantı"_s)); // İ (U+0130) first
    CHECK_FALSE(isRightToLeftParagraph(u"Doha الدوحة"_s));
}

TEST_CASE("Digits and punctuation do not decide the direction", "[direction]")
{
    CHECK_FALSE(isRightToLeftParagraph(u"2026"_s)); // no letter at all: left to right
    CHECK_FALSE(isRightToLeftParagraph(u"١٢٣٤"_s)); // Arabic-Indic digits are not letters either
    CHECK_FALSE(isRightToLeftParagraph(u"12.5 % — ..."_s));
    CHECK(isRightToLeftParagraph(u"«— 2026: الدوحة"_s));
    CHECK(isRightToLeftParagraph(u"(١٢) القاهرة"_s));
    CHECK_FALSE(isRightToLeftParagraph(u"«— 2026: Doha"_s));
}

TEST_CASE("A flag emoji before Arabic does not turn the paragraph left to right", "[direction]")
{
    const QString flag = u"🇶🇦"_s;
    REQUIRE(flag.size() == 4);
    // The regional indicators are of bidi class L (so rule P2 alone would say left to right), but they are
    // symbols, not letters: the documented exception.
    CHECK(QChar::direction(flag.toUcs4().front()) == QChar::DirL);
    CHECK(isRightToLeftParagraph(QString(flag + u" قطر تستضيف القمة"_s)));
    CHECK(isRightToLeftParagraph(u"🇶🇦🇹🇷 الدوحة وأنقرة"_s));
    CHECK_FALSE(isRightToLeftParagraph(u"🇶🇦 Qatar hosts the summit"_s));
    CHECK_FALSE(isRightToLeftParagraph(flag)); // nothing but a flag: no letter
}

TEST_CASE("The empty paragraph reads left to right", "[direction]")
{
    CHECK_FALSE(isRightToLeftParagraph(QStringView()));
    CHECK_FALSE(isRightToLeftParagraph(u""_s));
    CHECK_FALSE(isRightToLeftParagraph(u"   "_s));
}

TEST_CASE("An astral right-to-left letter decides like any other", "[direction]")
{
    // U+1EE00 ARABIC MATHEMATICAL ALEF: a letter (Lo) of bidi class AL outside the BMP, so it is read as a
    // surrogate pair. U+1E900 ADLAM CAPITAL LETTER ALIF is of class R.
    const char32_t alef = 0x1EE00;
    const char32_t adlam = 0x1E900;
    REQUIRE(QChar::isLetter(alef));
    REQUIRE(QChar::direction(alef) == QChar::DirAL);
    REQUIRE(QChar::direction(adlam) == QChar::DirR);
    CHECK(isRightToLeftParagraph(QString::fromUcs4(&alef, 1)));
    CHECK(isRightToLeftParagraph(QString(u"— "_s + QString::fromUcs4(&alef, 1) + u" abc"_s)));
    CHECK(isRightToLeftParagraph(QString(u"1. "_s + QString::fromUcs4(&adlam, 1) + u" abc"_s)));
    // An astral left-to-right letter (U+1D400 MATHEMATICAL BOLD CAPITAL A) before Arabic.
    const char32_t bold = 0x1D400;
    REQUIRE(QChar::direction(bold) == QChar::DirL);
    CHECK_FALSE(isRightToLeftParagraph(QString(QString::fromUcs4(&bold, 1) + u" الدوحة"_s)));
}
