// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphemes.h"

#include <QTextBoundaryFinder>

namespace Hashiya {
namespace {

bool isHangul(char32_t c)
{
    return (c >= 0x1100 && c <= 0x11FF) || (c >= 0xA960 && c <= 0xA97F) || (c >= 0xAC00 && c <= 0xD7FF);
}

// UAX #29 forbids a break only after ZWJ or a Prepend character (GB9b, GB11) or before an extending
// character (GB9, GB9a), inside Hangul syllables (GB6-8) and between regional indicators (GB12-13).
// Characters that can take part in none of these make the position a boundary without further work.
bool mayJoinFollowing(char32_t c)
{
    if (c < 0x300)
        return false;
    return QChar::category(c) == QChar::Other_Format // ZWJ, Arabic number signs and other Prepend
        || c == 0x0D4E || (c >= 0x111C2 && c <= 0x111C3) || c == 0x1193F || c == 0x11941 || c == 0x11A3A
        || (c >= 0x11A84 && c <= 0x11A89) || c == 0x11D46; // Prepend letters
}

bool mayJoinPreceding(char32_t c)
{
    if (c < 0x300)
        return false;
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
        return true;
    default:
        break;
    }
    return isHangul(c) || c == 0xFF9E || c == 0xFF9F // halfwidth sound marks extend
        || c == 0x0E33 || c == 0x0EB3 // Thai and Lao AM: letters that break as marks
        || (c >= 0x1F3FB && c <= 0x1F3FF) // emoji skin-tone modifiers
        || (c >= 0x1F1E6 && c <= 0x1F1FF); // regional indicators (flags)
}

bool isRegionalIndicator(char32_t c)
{
    return c >= 0x1F1E6 && c <= 0x1F1FF;
}

// True if a regional indicator (half of a flag: two UTF-16 units) starts at `position`.
bool isRegionalIndicatorAt(QStringView text, qsizetype position)
{
    if (position < 0 || position + 1 >= text.size() || !text[position].isHighSurrogate()
        || !text[position + 1].isLowSurrogate())
        return false;
    return isRegionalIndicator(QChar::surrogateToUcs4(text[position], text[position + 1]));
}

} // namespace

bool isGraphemeBoundary(QStringView text, qsizetype position)
{
    if (position <= 0 || position >= text.size())
        return true;
    const QChar before = text[position - 1];
    const QChar after = text[position];
    if (before.isHighSurrogate() && after.isLowSurrogate())
        return false;
    char32_t previous = before.unicode();
    if (before.isLowSurrogate() && position >= 2 && text[position - 2].isHighSurrogate())
        previous = QChar::surrogateToUcs4(text[position - 2], before);
    char32_t next = after.unicode();
    if (after.isHighSurrogate() && position + 1 < text.size() && text[position + 1].isLowSurrogate())
        next = QChar::surrogateToUcs4(after, text[position + 1]);
    if (!mayJoinFollowing(previous) && !mayJoinPreceding(next))
        return true;
    // Between two halves of flags, count the halves before: pairs form from the start of the run.
    // Decided here because Qt 6.4's finder pairs them wrongly after another emoji (🤝🇶🇦).
    if (isRegionalIndicator(previous) && isRegionalIndicator(next)) {
        qsizetype halves = 0;
        for (qsizetype at = position - 2; at >= 0 && isRegionalIndicatorAt(text, at); at -= 2)
            ++halves;
        return halves % 2 == 0;
    }

    // The full rules, on a window around the position: clusters are short. The window must not start
    // inside a run of flags, where pairing regional indicators depends on where the run begins.
    constexpr qsizetype window = 32;
    qsizetype from = std::max<qsizetype>(0, position - window);
    if (from > 0 && text[from].isLowSurrogate() && text[from - 1].isHighSurrogate())
        --from;
    while (from >= 2 && isRegionalIndicatorAt(text, from - 2))
        from -= 2;
    const qsizetype to = std::min<qsizetype>(text.size(), position + window);
    const QString piece = text.sliced(from, to - from).toString();
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, piece);
    finder.setPosition(position - from);
    return finder.isAtBoundary();
}

} // namespace Hashiya
