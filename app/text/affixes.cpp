// SPDX-License-Identifier: GPL-3.0-or-later
#include "affixes.h"

#include "text/matchboundaries.h"

namespace Hashiya::Affixes {
using MatchBoundaries::isApostrophe;
using MatchBoundaries::isProcliticLetter;

namespace {

constexpr char16_t alef = 0x0627;
constexpr char16_t lam = 0x0644;

bool isMark(QChar c)
{
    return c.category() == QChar::Mark_NonSpacing || c.unicode() == 0x0640;
}

/// The position after the letter at `at` and the marks on it.
qsizetype afterLetter(QStringView text, qsizetype at, qsizetype end)
{
    ++at;
    while (at < end && isMark(text[at]))
        ++at;
    return at;
}

/// Letters (not marks) in [from, to).
qsizetype letterCount(QStringView text, qsizetype from, qsizetype to)
{
    qsizetype count = 0;
    for (qsizetype i = from; i < to; ++i)
        count += text[i].isLetter() ? 1 : 0;
    return count;
}

/// True if "ال" starts at `at` (before `end`), with at least two letters after it.
bool isArticleAt(QStringView text, qsizetype at, qsizetype end)
{
    if (at >= end || text[at] != QChar(alef))
        return false;
    const qsizetype second = afterLetter(text, at, end);
    return second < end && text[second] == QChar(lam) && letterCount(text, afterLetter(text, second, end), end) >= 2;
}

/// Where a Turkish suffix starts in [from, to): an apostrophe followed by letters up to `to`; -1 if none.
qsizetype suffixStart(QStringView text, qsizetype from, qsizetype to)
{
    for (qsizetype i = to - 1; i > from; --i) {
        if (isApostrophe(text[i]))
            return i + 1 < to && text[i + 1].isLetter() ? i : -1;
        if (!text[i].isLetter() && !isMark(text[i]))
            return -1;
    }
    return -1;
}

} // namespace

TextRange nameOf(QStringView text, TextRange range, const MatchOptions &options)
{
    auto [from, to] = range;
    if (options.turkishSuffixes) {
        const qsizetype suffix = suffixStart(text, from, to);
        if (suffix > from)
            to = suffix;
    }
    if (options.arabicProclitics) {
        // Only before the article: و, ف, ب, ك and ل also begin many names (وزير, بغداد, لبنان).
        qsizetype at = from;
        while (at < to && isProcliticLetter(text[at]) && !isArticleAt(text, at, to))
            at = afterLetter(text, at, to);
        if (at > from && isArticleAt(text, at, to))
            from = at;
    }
    return {from, to};
}

TextRange stepAffix(QStringView text, TextRange range, bool atEnd, bool grow)
{
    auto [from, to] = range;
    if (atEnd && grow) {
        // Take in an apostrophe and the letters after it.
        if (to + 1 < text.size() && isApostrophe(text[to]) && text[to + 1].isLetter()) {
            qsizetype end = to + 1;
            while (end < text.size() && (text[end].isLetter() || isMark(text[end])))
                ++end;
            return {from, end};
        }
        return range;
    }
    if (atEnd) {
        const qsizetype suffix = suffixStart(text, from, to);
        return suffix > from ? TextRange {from, suffix} : range;
    }
    if (grow) {
        // Take in the article, or one proclitic letter, of the same written word.
        qsizetype before = from - 1;
        while (before >= 0 && isMark(text[before]))
            --before;
        if (before < 0 || !text[before].isLetter())
            return range;
        if (text[before] == QChar(lam)) {
            qsizetype alefAt = before - 1;
            while (alefAt >= 0 && isMark(text[alefAt]))
                --alefAt;
            if (alefAt >= 0 && text[alefAt] == QChar(alef))
                return {alefAt, to};
        }
        return isProcliticLetter(text[before]) ? TextRange {before, to} : range;
    }
    // Give back one proclitic letter, or else the article, keeping at least two letters.
    if (isArticleAt(text, from, to))
        return {afterLetter(text, afterLetter(text, from, to), to), to};
    if (from < to && isProcliticLetter(text[from])) {
        const qsizetype next = afterLetter(text, from, to);
        if (letterCount(text, next, to) >= 2)
            return {next, to};
    }
    return range;
}

} // namespace Hashiya::Affixes
