// SPDX-License-Identifier: GPL-3.0-or-later
#include "textmatcher.h"

#include "text/languageguess.h"
#include "text/matchboundaries.h"

namespace Hashiya {
using namespace MatchBoundaries;

TextMatcher::TextMatcher(const QString &pattern, const MatchOptions &options)
    : m_options(options)
    , m_pattern(pattern)
{
}

bool TextMatcher::isEmpty() const
{
    return m_pattern.trimmed().isEmpty();
}

const QStringList &TextMatcher::tokensFor(bool turkishCase) const
{
    std::optional<QStringList> &tokens = m_tokens[turkishCase ? 1 : 0];
    if (!tokens) {
        MatchOptions options = m_options;
        options.caseRules = turkishCase ? MatchOptions::CaseRules::Turkish : MatchOptions::CaseRules::General;
        // Words of the pattern: white space between them matches any white space of the text.
        tokens = FoldedText::fold(m_pattern, options).split(u' ', Qt::SkipEmptyParts);
        for (QString &token : *tokens)
            token = token.trimmed();
        tokens->removeAll(QString());
    }
    return *tokens;
}

std::vector<TextRange> TextMatcher::findAll(QStringView text, const QString &language) const
{
    const QString profileLanguage = language.isEmpty() && m_options.caseRules == MatchOptions::CaseRules::Auto
        ? profileOf(text).language
        : language;
    return findAll(text, FoldedText(text, m_options, profileLanguage));
}

std::vector<TextRange> TextMatcher::findAll(QStringView text, const FoldedText &folded) const
{
    std::vector<TextRange> matches;
    const QStringList &tokens = tokensFor(folded.turkishCase());
    if (tokens.isEmpty())
        return matches;
    const QString &haystack = folded.folded();
    // Whole words or not, the folded text is scanned for the first word; the rest must follow it.
    qsizetype from = 0;
    while (from < haystack.size()) {
        const qsizetype start = haystack.indexOf(tokens.front(), from);
        if (start < 0)
            break;
        qsizetype end = start + tokens.front().size();
        bool whole = true;
        for (qsizetype t = 1; t < tokens.size() && whole; ++t) {
            qsizetype gap = end;
            while (gap < haystack.size() && haystack[gap].isSpace())
                ++gap;
            whole = gap > end && QStringView(haystack).mid(gap).startsWith(tokens[t]);
            end = gap + tokens[t].size();
        }
        if (!whole) {
            from = start + 1;
            continue;
        }
        const TextRange range = folded.originalRange(start, end);
        if (m_options.wholeWords) {
            const bool leftOpen = !isWordAt(text, range.first - 1);
            bool leftOk = leftOpen;
            if (!leftOk && m_options.arabicProclitics) {
                qsizetype wordStart = range.first;
                while (wordStart > 0 && isWordAt(text, wordStart - 1))
                    --wordStart;
                leftOk = isProcliticPrefix(text, wordStart, range.first);
            }
            // An apostrophe followed by a letter joins a word unless Turkish suffixes are allowed.
            const bool rightOk =
                !isWordAt(text, range.second) && (m_options.turkishSuffixes || !isSuffixAt(text, range.second));
            if (!leftOk || !rightOk) {
                from = start + 1;
                continue;
            }
        }
        matches.push_back(range);
        from = end;
    }
    return matches;
}

} // namespace Hashiya
