// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/sourcetokens.h"

#include <string_view>
#include <vector>

// Internal to the source tokenizers (sourcetokens.cpp and the sourcetokens*.cpp of each language): what
// they share, and the entry point of each, which tokenizeSourceLine() chooses from.
namespace Hashiya::SourceTokenizers {

// What a line can leave open for the next one. Each language has numbers of its own, so that the state
// of a line coloured as another language is unknown and counts as sourceLineStart. JSON, brat standoff,
// CoNLL and plain text have no token that spans lines: they always return sourceLineStart.
enum LineState : int {
    // XML
    XmlComment = 1, ///< inside <!-- … -->
    XmlCdata = 2, ///< inside <![CDATA[ … ]]>
    XmlInstruction = 3, ///< inside <?name … ?>
    XmlDeclaration = 4, ///< inside <!DOCTYPE … > (or another <!NAME … > declaration)
    XmlTag = 5, ///< inside a start or end tag, between its attributes
    XmlTagDoubleQuoted = 6, ///< inside a tag, in an attribute value in "…"
    XmlTagSingleQuoted = 7, ///< inside a tag, in an attribute value in '…'
    // CSV
    CsvQuoted = 8, ///< inside a quoted field of a data record
    CsvHeaderQuoted = 9, ///< inside a quoted field of the header record (the first line's)
};

using Kind = SourceTokenKind;

/// Appends the tokens of one line, shifted by `offset` (past a byte order mark). Error characters next to
/// each other become one token, so that a stray word or surrogate pair is one stretch; tokens of earlier
/// lines that the vector still holds are left alone.
class Emitter
{
public:
    Emitter(std::vector<SourceToken> *tokens, qsizetype offset)
        : m_tokens(tokens)
        , m_first(tokens ? tokens->size() : 0)
        , m_offset(offset)
    {
    }

    void add(qsizetype start, qsizetype end, Kind kind)
    {
        if (!m_tokens || end <= start)
            return;
        start += m_offset;
        end += m_offset;
        if (kind == Kind::Error && m_tokens->size() > m_first) {
            SourceToken &last = m_tokens->back();
            if (last.kind == Kind::Error && last.start + last.length == start) {
                last.length = end - last.start;
                return;
            }
        }
        m_tokens->push_back({start, end - start, kind});
    }

private:
    std::vector<SourceToken> *m_tokens;
    size_t m_first;
    qsizetype m_offset;
};

inline bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

inline bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

/// Space and tab: what separates the fields of CSV, brat standoff and CoNLL lines.
inline bool isBlank(char16_t c)
{
    return c == u' ' || c == u'\t';
}

/// White space as JSON and XML define it.
inline bool isMarkupSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n';
}

inline qsizetype size(std::u16string_view text)
{
    return qsizetype(text.size());
}

// One line each, without its line end (and without a byte order mark on the first line). Those whose
// tokens can span lines take the state the previous line left and return the state they leave.
void tokenizeJson(std::u16string_view text, Emitter &out);
int tokenizeXml(std::u16string_view text, int state, Emitter &out);
int tokenizeCsv(std::u16string_view text, int state, bool firstLine, Emitter &out);
void tokenizeBrat(std::u16string_view text, Emitter &out);
void tokenizeConll(std::u16string_view text, Emitter &out);

} // namespace Hashiya::SourceTokenizers
