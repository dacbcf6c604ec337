// SPDX-License-Identifier: GPL-3.0-or-later
#include "languageguess.h"

#include <algorithm>

namespace Hashiya {
namespace {

// A news article states its language in its first paragraphs; reading further only costs time.
constexpr qsizetype sampleLength = 20000;

bool isTurkishOnly(char32_t c)
{
    switch (c) {
    case 0x011E: // Ğ
    case 0x011F: // ğ
    case 0x015E: // Ş
    case 0x015F: // ş
    case 0x0130: // İ
    case 0x0131: // ı
        return true;
    default:
        return false;
    }
}

// Turkish uses these often, but so do German, French and the Turkish names in English news.
bool isTurkishShared(char32_t c)
{
    switch (c) {
    case 0x00C7: // Ç
    case 0x00E7: // ç
    case 0x00D6: // Ö
    case 0x00F6: // ö
    case 0x00DC: // Ü
    case 0x00FC: // ü
        return true;
    default:
        return false;
    }
}

// Decomposed text (as some systems paste it) writes ğ, ş, İ, ç, ö and ü as a base letter and a mark.
char32_t composed(char32_t base, char32_t mark)
{
    const char32_t lower = base | 0x20;
    const bool upper = base != lower;
    switch (mark) {
    case 0x0306: // breve
        return lower == U'g' ? (upper ? 0x011E : 0x011F) : 0;
    case 0x0327: // cedilla
        if (lower == U's')
            return upper ? 0x015E : 0x015F;
        return lower == U'c' ? (upper ? 0x00C7 : 0x00E7) : 0;
    case 0x0307: // dot above
        return base == U'I' ? 0x0130 : 0;
    case 0x0308: // diaeresis
        if (lower == U'o')
            return upper ? 0x00D6 : 0x00F6;
        return lower == U'u' ? (upper ? 0x00DC : 0x00FC) : 0;
    default:
        return 0;
    }
}

} // namespace

TextProfile profileOf(QStringView text)
{
    text = text.first(std::min(text.size(), sampleLength));
    qsizetype arabic = 0;
    qsizetype latin = 0;
    qsizetype other = 0;
    qsizetype turkishOnly = 0;
    qsizetype turkishShared = 0;
    char32_t previous = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            c = QChar::surrogateToUcs4(char16_t(c), text[++i].unicode());
        const char32_t before = previous;
        previous = c;
        if (c < 0x80) { // most Latin text is ASCII: no table lookups for it
            if ((c | 0x20) >= U'a' && (c | 0x20) <= U'z')
                ++latin;
            continue;
        }
        if (c >= 0x0300 && c <= 0x036F && before < 0x80) {
            const char32_t letter = composed(before, c);
            turkishOnly += isTurkishOnly(letter);
            turkishShared += isTurkishShared(letter);
            continue;
        }
        if (!QChar::isLetter(c))
            continue;
        switch (QChar::script(c)) {
        case QChar::Script_Arabic:
            ++arabic;
            break;
        case QChar::Script_Latin:
            ++latin;
            turkishOnly += isTurkishOnly(c);
            turkishShared += isTurkishShared(c);
            break;
        default:
            ++other;
            break;
        }
    }

    const qsizetype letters = arabic + latin + other;
    if (letters == 0)
        return {};
    if (arabic * 5 >= letters * 4)
        return {QStringLiteral("Arabic"), QStringLiteral("ar")};
    if (latin * 5 < letters * 4)
        return {QStringLiteral("Mixed"), QString()};
    // Turkish prose scores about 10 % (dotless ı alone is 5 % of its letters); an English article that
    // names a few Turkish people and places stays well below 3 %, the threshold. ç, ö and ü weigh half.
    const qsizetype halves = 2 * turkishOnly + turkishShared;
    const bool turkish = halves >= 2 && halves * 100 >= latin * 2 * 3;
    return {QStringLiteral("Latin"), turkish ? QStringLiteral("tr") : QStringLiteral("en")};
}

} // namespace Hashiya
