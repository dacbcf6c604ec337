// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordboundaries.h"

#include "text/graphemes.h"

#include <QTextBoundaryFinder>

#include <utility>

namespace Hashiya {
namespace {

// Word boundaries are local: a window of text around the selection is enough and keeps this cheap in
// a long document.
constexpr qsizetype window = 256;
// A sentence is shown to the analyst, not edited: beyond this either side it is cut, and elided anyway.
constexpr qsizetype sentenceWindow = 1024;

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u02BC';
}

// Arabic letters that attach to the front of a word: and, so, with, like, for.
bool isArabicProclitic(QChar c)
{
    return c == u'\u0648' || c == u'\u0641' || c == u'\u0628' || c == u'\u0643' || c == u'\u0644';
}

} // namespace

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
}

TextRange snapToWords(QStringView text, qsizetype from, qsizetype to)
{
    if (from > to)
        std::swap(from, to);
    from = std::clamp<qsizetype>(from, 0, text.size());
    to = std::clamp<qsizetype>(to, 0, text.size());
    // Trim what is not part of a word at both ends first, so a selection that starts on a space does
    // not grow into the word before it.
    while (from < to && !isWordCharacter(text[from]))
        ++from;
    while (to > from && !isWordCharacter(text[to - 1]))
        --to;
    if (from == to)
        return {from, from};

    // Each end looks only at the text around it, so that snapping a selection of a whole long article
    // (the reader previews it at every change of the selection) costs no more than snapping a word.
    auto around = [&](qsizetype position) {
        const qsizetype base = std::max<qsizetype>(0, position - window);
        const qsizetype limit = std::min<qsizetype>(text.size(), position + window);
        return std::pair {base, text.sliced(base, limit - base).toString()};
    };
    const auto [base, piece] = around(from);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, piece);
    finder.setPosition(from - base);
    if (!finder.isAtBoundary()) {
        const qsizetype wordStart = base + finder.toPreviousBoundary();
        // A selection that leaves out only a proclitic (و in والقاهرة, also with its vowel: وَ) left it
        // out on purpose.
        qsizetype letters = 0;
        bool onlyProclitics = true;
        for (qsizetype i = wordStart; onlyProclitics && i < from; ++i) {
            if (text[i].isMark())
                continue;
            onlyProclitics = isArabicProclitic(text[i]) && ++letters <= 2;
        }
        if (!onlyProclitics)
            from = wordStart;
    }
    const auto [endBase, endPiece] = around(to);
    QTextBoundaryFinder endFinder(QTextBoundaryFinder::Word, endPiece);
    endFinder.setPosition(to - endBase);
    // A selection that stops before a Turkish suffix (Ankara|'da) stopped there on purpose.
    if (!endFinder.isAtBoundary() && !isApostrophe(text[to]))
        to = endBase + endFinder.toNextBoundary();
    return snapToGraphemes(text, from, to);
}

TextRange snapToGraphemes(QStringView text, qsizetype from, qsizetype to)
{
    if (from > to)
        std::swap(from, to);
    from = std::clamp<qsizetype>(from, 0, text.size());
    to = std::clamp<qsizetype>(to, 0, text.size());
    while (from > 0 && !isGraphemeBoundary(text, from))
        --from;
    while (to < text.size() && !isGraphemeBoundary(text, to))
        ++to;
    return {from, to};
}

TextRange wordAt(QStringView text, qsizetype position)
{
    // A position is not a selection: it has no deliberate end, so it gets the whole word, suffixes and
    // proclitics included, whichever letter it falls on.
    if (!(position < text.size() && isWordCharacter(text[position]))
        && !(position > 0 && isWordCharacter(text[position - 1])))
        return {position, position};
    const qsizetype base = std::max<qsizetype>(0, position - window);
    const qsizetype limit = std::min<qsizetype>(text.size(), position + window);
    const QString piece = text.sliced(base, limit - base).toString();
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, piece);
    const qsizetype inside = position < text.size() && isWordCharacter(text[position]) ? position : position - 1;
    finder.setPosition(inside - base);
    qsizetype from = finder.isAtBoundary() ? inside : base + finder.toPreviousBoundary();
    finder.setPosition(inside - base + 1);
    qsizetype to = finder.isAtBoundary() ? inside + 1 : base + finder.toNextBoundary();
    while (from < to && !isWordCharacter(text[from]))
        ++from;
    while (to > from && !isWordCharacter(text[to - 1]))
        --to;
    return snapToGraphemes(text, from, to);
}

qsizetype nextWordEnd(QStringView text, qsizetype position)
{
    while (position < text.size() && !isWordCharacter(text[position]))
        ++position;
    while (position < text.size() && isWordCharacter(text[position]))
        ++position;
    // An emoji's joiner or variation selector is no word character: never stop inside the emoji.
    while (position < text.size() && !isGraphemeBoundary(text, position))
        ++position;
    return position;
}

qsizetype previousWordStart(QStringView text, qsizetype position)
{
    while (position > 0 && !isWordCharacter(text[position - 1]))
        --position;
    while (position > 0 && isWordCharacter(text[position - 1]))
        --position;
    while (position > 0 && !isGraphemeBoundary(text, position))
        --position;
    return position;
}

qsizetype graphemeStep(QStringView text, qsizetype position, bool forward)
{
    do {
        position += forward ? 1 : -1;
    } while (position > 0 && position < text.size() && !isGraphemeBoundary(text, position));
    return std::clamp<qsizetype>(position, 0, text.size());
}

TextRange sentenceAt(QStringView text, qsizetype position)
{
    if (text.isEmpty())
        return {0, 0};
    position = std::clamp<qsizetype>(position, 0, text.size() - 1);
    if (text[position] == u'\n' && position > 0)
        --position; // a line break belongs to the line it ends
    qsizetype base = std::max<qsizetype>(0, position - sentenceWindow);
    qsizetype limit = std::min<qsizetype>(text.size(), position + sentenceWindow);
    // Only the line matters, as no sentence runs across a line break: the finder reads less.
    const qsizetype lineStart = text.sliced(base, position - base).lastIndexOf(u'\n');
    if (lineStart >= 0)
        base += lineStart + 1;
    const qsizetype lineEnd = text.sliced(position, limit - position).indexOf(u'\n');
    if (lineEnd >= 0)
        limit = position + lineEnd;
    // The window never cuts a surrogate pair: the finder would see half a character at its edge.
    if (base > 0 && text[base].isLowSurrogate())
        --base;
    if (limit < text.size() && text[limit].isLowSurrogate())
        ++limit;
    const QString piece = text.sliced(base, limit - base).toString();
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, piece);
    finder.setPosition(position - base);
    qsizetype from = finder.isAtBoundary() ? position : base + finder.toPreviousBoundary();
    finder.setPosition(position - base);
    const qsizetype next = finder.toNextBoundary();
    qsizetype to = next < 0 ? limit : base + next;
    while (from < to && text[from].isSpace())
        ++from;
    while (to > from && text[to - 1].isSpace())
        --to;
    return {from, to};
}

} // namespace Hashiya
