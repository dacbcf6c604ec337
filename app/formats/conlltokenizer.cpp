// SPDX-License-Identifier: GPL-3.0-or-later
#include "conlltokenizer.h"

#include <QTextBoundaryFinder>

#include <array>
#include <cstdint>
#include <future>

namespace Hashiya {
namespace {

// UAX #29 word break classes of the fast path's characters (WordBreakProperty.txt).
enum WordClass : uint8_t {
    WNone, // not handled here: the line goes to the boundary finder
    WLetter, // ALetter
    WDigit, // Numeric
    WExtend, // Extend (Arabic marks)
    WSpace, // WSegSpace
    WMidLetter, // MidLetter
    WMidNumLet, // MidNumLet and Single_Quote
    WMidNum, // MidNum
    WOther, // Other (and Double_Quote, which only differs next to Hebrew letters)
};

// UAX #29 sentence break classes (SentenceBreakProperty.txt).
enum SentenceClass : uint8_t {
    SUpper = 1,
    SLower,
    SOLetter,
    SNumeric,
    SExtend,
    SSp,
    SATerm,
    SSTerm,
    SClose,
    SSContinue,
    SOther,
};

struct Classes
{
    std::array<uint8_t, 0x10000> word {};
    std::array<uint8_t, 0x10000> sentence {};

    void set(char16_t c, WordClass w, SentenceClass s)
    {
        word[c] = w;
        sentence[c] = s;
    }

    Classes()
    {
        for (char16_t c = u'A'; c <= u'Z'; ++c)
            set(c, WLetter, SUpper);
        for (char16_t c = u'a'; c <= u'z'; ++c)
            set(c, WLetter, SLower);
        // Latin-1 and Latin Extended-A letters (Turkish ç ğ ı İ ö ş ü among them): all Lu or Ll.
        for (char16_t c = 0xC0; c <= 0x17F; ++c) {
            if (c == 0xD7 || c == 0xF7)
                continue;
            set(c, WLetter, QChar(c).isUpper() ? SUpper : SLower);
        }
        for (char16_t c = 0x621; c <= 0x63A; ++c)
            set(c, WLetter, SOLetter);
        for (char16_t c = 0x641; c <= 0x64A; ++c)
            set(c, WLetter, SOLetter);
        for (char16_t c = 0x64B; c <= 0x652; ++c) // harakat, shadda, sukun
            set(c, WExtend, SExtend);
        for (char16_t c = u'0'; c <= u'9'; ++c)
            set(c, WDigit, SNumeric);
        for (char16_t c = 0x660; c <= 0x669; ++c)
            set(c, WDigit, SNumeric);
        set(u' ', WSpace, SSp);
        // Qt's word rules join letters across apostrophes only, digits across these and . , ; ،
        set(u'.', WMidNum, SATerm);
        set(u'\'', WMidNumLet, SClose);
        set(0x2018, WMidNumLet, SClose);
        set(0x2019, WMidNumLet, SClose);
        set(u',', WMidNum, SSContinue);
        set(0x60C, WMidNum, SSContinue); // Arabic comma
        set(u';', WMidNum, SOther);
        set(u':', WOther, SSContinue);
        set(u'?', WOther, SSTerm);
        set(u'!', WOther, SSTerm);
        set(0x61F, WOther, SSTerm); // Arabic question mark
        for (char16_t c : {u'(', u')', u'[', u']', u'{', u'}', u'"', char16_t(0xAB), char16_t(0xBB), char16_t(0x201C),
                           char16_t(0x201D)})
            set(c, WOther, SClose);
        for (char16_t c : {u'-', char16_t(0x2013), char16_t(0x2014)})
            set(c, WOther, SSContinue);
        for (char16_t c : {u'$', u'%', u'&', u'+', u'#', u'*', u'/', u'='})
            set(c, WOther, SOther);
    }
};

const Classes &classes()
{
    static const Classes table;
    return table;
}

// True if every character of the line has a class here, and every mark follows a letter (a mark after a
// space or at the line's start joins differently, UAX #29 WB4).
bool isFastLine(const char16_t *line, qsizetype length, const Classes &table)
{
    uint8_t previous = WSpace;
    for (qsizetype i = 0; i < length; ++i) {
        const uint8_t c = table.word[line[i]];
        if (c == WNone || (c == WExtend && previous != WLetter && previous != WExtend))
            return false;
        previous = c;
    }
    return true;
}

void fastWords(const char16_t *line, qsizetype length, qsizetype offset, const Classes &table,
               std::vector<ConllToken> &tokens)
{
    const auto &word = table.word;
    qsizetype i = 0;
    while (i < length) {
        const uint8_t c = word[line[i]];
        if (c == WSpace) {
            ++i;
            continue;
        }
        if (c != WLetter && c != WDigit) {
            tokens.push_back({offset + i, offset + i + 1, false, false}); // WB999: breaks on both sides
            ++i;
            continue;
        }
        const qsizetype start = i;
        uint8_t last = c;
        qsizetype j = i + 1;
        while (j < length) {
            const uint8_t next = word[line[j]];
            if (next == WExtend || next == WLetter || next == WDigit) { // WB4, WB5, WB8, WB9, WB10
                if (next != WExtend)
                    last = next;
                ++j;
                continue;
            }
            if (j + 1 < length && (next == WMidLetter || next == WMidNumLet || next == WMidNum)) {
                const uint8_t after = word[line[j + 1]];
                const bool letters = last == WLetter && after == WLetter && next != WMidNum; // WB6, WB7
                const bool digits = last == WDigit && after == WDigit && next != WMidLetter; // WB11, WB12
                if (letters || digits) {
                    last = after;
                    j += 2;
                    continue;
                }
            }
            break;
        }
        tokens.push_back({offset + start, offset + j, false, false});
        i = j;
    }
}

bool isTerminator(uint8_t c)
{
    return c == SATerm || c == SSTerm;
}

// Qt's sentence rules are a state machine with quirks of its own (e.g. "a.B" holds together, "xa.B" does
// not), so rather than copy them, the finder reads only windows around terminators: from the last safe
// point before one to the first safe point after the letter that follows it, where the decision is made.
void windowSentenceBreaks(QStringView text, qsizetype from, qsizetype length, const Classes &table,
                          std::vector<qsizetype> &breaks)
{
    const char16_t *line = text.utf16() + from;
    const auto &sentence = table.sentence;
    auto isLetter = [&](qsizetype i) {
        const uint8_t c = sentence[line[i]];
        return c == SUpper || c == SLower || c == SOLetter;
    };
    // A safe point: a space after a letter or digit, where the machine is back in its initial state.
    auto isSafe = [&](qsizetype p) {
        if (sentence[line[p]] != SSp)
            return false;
        const uint8_t c = sentence[line[p - 1]];
        return c == SUpper || c == SLower || c == SOLetter || c == SNumeric || c == SExtend;
    };
    qsizetype i = 0;
    while (i < length) {
        if (!isTerminator(sentence[line[i]])) {
            ++i;
            continue;
        }
        qsizetype start = i;
        while (start > 0 && !isSafe(start))
            --start;
        // Forward to the first letter after the terminator, then to the next safe point, unless another
        // terminator comes first: then on from that one.
        qsizetype end = i + 1;
        for (;;) {
            while (end < length && !isLetter(end))
                ++end;
            while (end < length && !isSafe(end) && !isTerminator(sentence[line[end]]))
                ++end;
            if (end < length && isTerminator(sentence[line[end]])) {
                ++end;
                continue;
            }
            break;
        }
        // Windows are short: a reused working buffer spares the finder an allocation each.
        unsigned char buffer[512];
        const bool fits = end - start + 1 <= qsizetype(sizeof buffer);
        QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text.data() + from + start, end - start,
                                   fits ? buffer : nullptr, fits ? qsizetype(sizeof buffer) : 0);
        for (qsizetype b = finder.toNextBoundary(); b >= 0; b = finder.toNextBoundary()) {
            if (b > 0 && start + b < end)
                breaks.push_back(from + start + b);
        }
        i = end;
    }
}

void finderWords(QStringView text, qsizetype from, qsizetype length, std::vector<ConllToken> &tokens)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text.data() + from, length);
    qsizetype previous = 0;
    for (qsizetype boundary = finder.toNextBoundary(); boundary >= 0; boundary = finder.toNextBoundary()) {
        // Split the segment at separators: a space-joined mark, NBSP and the like never stay in a token.
        qsizetype start = -1;
        for (qsizetype i = previous; i <= boundary; ++i) {
            const bool separator = i == boundary || ConllTokenizer::isSeparator(text[from + i]);
            if (separator && start >= 0) {
                tokens.push_back({from + start, from + i, false, false});
                start = -1;
            } else if (!separator && start < 0) {
                start = i;
            }
        }
        previous = boundary;
    }
}

void finderSentenceBreaks(QStringView text, qsizetype from, qsizetype length, std::vector<qsizetype> &breaks)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text.data() + from, length);
    for (qsizetype boundary = finder.toNextBoundary(); boundary >= 0; boundary = finder.toNextBoundary()) {
        if (boundary > 0 && boundary < length)
            breaks.push_back(from + boundary);
    }
}

// Marks the first token of the line and the first token at or after each sentence break.
void markSentences(std::vector<ConllToken> &tokens, size_t firstOfLine, const std::vector<qsizetype> &breaks)
{
    if (firstOfLine >= tokens.size())
        return;
    tokens[firstOfLine].startsLine = true;
    tokens[firstOfLine].startsSentence = true;
    size_t token = firstOfLine;
    for (const qsizetype at : breaks) {
        while (token < tokens.size() && tokens[token].start < at)
            ++token;
        if (token == tokens.size())
            break;
        tokens[token].startsSentence = true;
    }
}

} // namespace

bool ConllTokenizer::isSeparator(QChar c)
{
    return c.isSpace() || (c.unicode() >= 0x1C && c.unicode() <= 0x1F);
}

namespace {

// The lines of text[from, to), which starts a line and ends one (or the text).
void tokenizeLines(QStringView text, qsizetype from, qsizetype to, ConllTokenizer::Mode mode,
                   std::vector<ConllToken> &tokens)
{
    const Classes &table = classes();
    tokens.reserve(size_t((to - from) / 4)); // news averages five to six UTF-16 units per token
    std::vector<qsizetype> breaks;
    const char16_t *data = text.utf16();
    qsizetype lineStart = from;
    while (lineStart <= to) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0 || lineEnd > to)
            lineEnd = to;
        const qsizetype length = lineEnd - lineStart;
        const size_t firstOfLine = tokens.size();
        breaks.clear();
        if (mode == ConllTokenizer::Mode::Fast && isFastLine(data + lineStart, length, table)) {
            fastWords(data + lineStart, length, lineStart, table, tokens);
            windowSentenceBreaks(text, lineStart, length, table, breaks);
        } else if (length > 0) {
            finderWords(text, lineStart, length, tokens);
            finderSentenceBreaks(text, lineStart, length, breaks);
        }
        markSentences(tokens, firstOfLine, breaks);
        lineStart = lineEnd + 1;
    }
}

} // namespace

std::vector<ConllToken> ConllTokenizer::tokenize(QStringView text, Mode mode)
{
    std::vector<ConllToken> tokens;
    // Lines are tokenized independently, so a long text is cut at a line break near its middle and the
    // second half done on another core.
    constexpr qsizetype parallelFrom = 1 << 20;
    const qsizetype middle = text.size() >= parallelFrom ? text.indexOf(u'\n', text.size() / 2) : -1;
    if (middle < 0) {
        tokenizeLines(text, 0, text.size(), mode, tokens);
        return tokens;
    }
    std::vector<ConllToken> secondHalf;
    std::future<void> second =
        std::async(std::launch::async, [&] { tokenizeLines(text, middle + 1, text.size(), mode, secondHalf); });
    tokenizeLines(text, 0, middle, mode, tokens);
    second.get();
    tokens.insert(tokens.end(), secondHalf.begin(), secondHalf.end());
    return tokens;
}

} // namespace Hashiya
