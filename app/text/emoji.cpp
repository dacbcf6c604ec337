// SPDX-License-Identifier: GPL-3.0-or-later
#include "emoji.h"

#include <QTextBoundaryFinder>

#include <optional>

namespace Hashiya {
namespace {

constexpr char32_t textPresentation = 0xFE0E;
constexpr char32_t emojiPresentation = 0xFE0F;
constexpr char32_t combiningKeycap = 0x20E3;

/// Emoji_Presentation=Yes (Unicode 14) below U+1F000: the few older symbols shown as pictures by default.
bool isEmojiByDefaultBelowPlane1(char32_t c)
{
    static constexpr std::pair<char32_t, char32_t> ranges[] = {
        {0x231A, 0x231B}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0}, {0x23F3, 0x23F3}, {0x25FD, 0x25FE}, {0x2614, 0x2615},
        {0x2648, 0x2653}, {0x267F, 0x267F}, {0x2693, 0x2693}, {0x26A1, 0x26A1}, {0x26AA, 0x26AB}, {0x26BD, 0x26BE},
        {0x26C4, 0x26C5}, {0x26CE, 0x26CE}, {0x26D4, 0x26D4}, {0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5},
        {0x26FA, 0x26FA}, {0x26FD, 0x26FD}, {0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728}, {0x274C, 0x274C},
        {0x274E, 0x274E}, {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797}, {0x27B0, 0x27B0}, {0x27BF, 0x27BF},
        {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55},
    };
    for (const auto &[first, last] : ranges) {
        if (c < first)
            return false;
        if (c <= last)
            return true;
    }
    return false;
}

/// The pictographs of the supplementary planes: emoji blocks, flags (regional indicators), mahjong and
/// playing cards. A few of them default to text in Unicode, but a text font draws none of them better.
bool isPictographAbovePlane0(char32_t c)
{
    return (c >= 0x1F000 && c <= 0x1F0FF) || (c >= 0x1F170 && c <= 0x1F251) || (c >= 0x1F300 && c <= 0x1F64F)
        || (c >= 0x1F680 && c <= 0x1F6FF) || (c >= 0x1F7E0 && c <= 0x1F7FF) || (c >= 0x1F900 && c <= 0x1FAFF);
}

/// What may show as an emoji when U+FE0F asks for it: symbols, arrows, dingbats and the like, and
/// keycap bases.
bool mayBeEmoji(char32_t c)
{
    return c == u'#' || c == u'*' || (c >= u'0' && c <= u'9') || c == 0x00A9 || c == 0x00AE || c >= 0x2000;
}

char32_t codePointAt(QStringView text, qsizetype i)
{
    const QChar high = text[i];
    if (high.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
        return QChar::surrogateToUcs4(high, text[i + 1]);
    return high.unicode();
}

qsizetype width(char32_t c)
{
    return c > 0xFFFF ? 2 : 1;
}

} // namespace

std::vector<std::pair<qsizetype, qsizetype>> emojiRanges(QStringView text)
{
    std::vector<std::pair<qsizetype, qsizetype>> ranges;
    std::optional<QTextBoundaryFinder> clusters; // made only for text that holds a candidate
    for (qsizetype i = 0; i < text.size();) {
        const char32_t c = codePointAt(text, i);
        const qsizetype next = i + width(c);
        // Latin, Arabic and the rest of the alphabets go past at once; digits only if U+FE0F follows.
        if (c < 0x2000 && !(mayBeEmoji(c) && next < text.size() && text[next].unicode() == emojiPresentation)) {
            i = next;
            continue;
        }
        const char32_t following = next < text.size() ? codePointAt(text, next) : 0;
        const bool asked = following == emojiPresentation || following == combiningKeycap;
        const bool emoji = following != textPresentation
            && (isPictographAbovePlane0(c) || isEmojiByDefaultBelowPlane1(c) || (asked && mayBeEmoji(c)));
        if (!emoji) {
            i = next;
            continue;
        }
        if (!clusters)
            clusters.emplace(QTextBoundaryFinder::Grapheme, text);
        clusters->setPosition(i);
        const qsizetype end = std::max(next, clusters->toNextBoundary());
        if (!ranges.empty() && ranges.back().second == i)
            ranges.back().second = end;
        else
            ranges.emplace_back(i, end);
        i = end;
    }
    return ranges;
}

} // namespace Hashiya
