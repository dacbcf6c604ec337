// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphemes.h"

#include <QTextBoundaryFinder>

namespace Hashiya {
namespace {

// Characters whose neighbours need the full Unicode rules (UAX #29): marks, format characters such as
// ZWJ and the Arabic number signs, surrogates (emoji, flags), Hangul jamo and the halfwidth sound marks.
bool needsFullRules(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x0300)
        return false;
    if ((u >= 0x1100 && u <= 0x11FF) || (u >= 0xA960 && u <= 0xA97F) || (u >= 0xAC00 && u <= 0xD7FF)
        || u == 0xFF9E || u == 0xFF9F || u == 0x0D4E)
        return true;
    switch (c.category()) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
        return true;
    default:
        return false;
    }
}

} // namespace

bool isGraphemeBoundary(QStringView text, qsizetype position)
{
    if (position <= 0 || position >= text.size())
        return true;
    if (!needsFullRules(text[position - 1]) && !needsFullRules(text[position]))
        return true;
    // Clusters are short; a window around the position decides. Regional-indicator runs longer than the
    // window (16 flags in a row) are the one case this could misjudge.
    constexpr qsizetype window = 32;
    const qsizetype from = std::max<qsizetype>(0, position - window);
    const qsizetype to = std::min<qsizetype>(text.size(), position + window);
    const QString piece = text.sliced(from, to - from).toString();
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, piece);
    finder.setPosition(position - from);
    return finder.isAtBoundary();
}

} // namespace Hashiya
