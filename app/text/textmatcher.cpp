// SPDX-License-Identifier: GPL-3.0-or-later
#include "textmatcher.h"

#include "text/languageguess.h"

namespace Hashiya {
namespace {

bool isApostrophe(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'\'' || u == 0x2019 || u == 0x02BC || u == 0x2018 || u == 0x00B4 || u == u'`';
}

bool isProcliticLetter(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x0648 || u == 0x0641 || u == 0x0628 || u == 0x0643 || u == 0x0644; // و ف ب ك ل
}

bool isArabicMark(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x064B && u <= 0x065F) || u == 0x0670 || u == 0x0640;
}

bool isWordAt(QStringView text, qsizetype i)
{
    if (i < 0 || i >= text.size())
        return false;
    // A low surrogate belongs to the character before it.
    if (text[i].isLowSurrogate() && i > 0)
        return isWordCharacter(text[i - 1]);
    return isWordCharacter(text[i]);
}

/// True if text[from, to) — the part of a written word before a match — is Arabic proclitics only: any
/// of و ف ب ك ل, then optionally ال, marks allowed between them.
bool isProcliticPrefix(QStringView text, qsizetype from, qsizetype to)
{
    QString letters;
    for (qsizetype i = from; i < to; ++i) {
        if (!isArabicMark(text[i]))
            letters += text[i];
    }
    qsizetype i = 0;
    while (i < letters.size() && isProcliticLetter(letters[i]))
        ++i;
    const QStringView rest = QStringView(letters).mid(i);
    return !letters.isEmpty() && (rest.isEmpty() || rest == u"\u0627\u0644");
}

/// True if a Turkish suffix starts at `at`: an apostrophe followed by a letter.
bool isSuffixAt(QStringView text, qsizetype at)
{
    return at + 1 < text.size() && isApostrophe(text[at]) && text[at + 1].isLetter();
}

} // namespace

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
