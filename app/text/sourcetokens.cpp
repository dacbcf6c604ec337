// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcetokens.h"

#include <algorithm>
#include <string_view>

namespace Hashiya {

namespace {

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

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

/// Space and tab: what separates the fields of CSV, brat standoff and CoNLL lines.
bool isBlank(char16_t c)
{
    return c == u' ' || c == u'\t';
}

/// White space as JSON and XML define it.
bool isMarkupSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n';
}

qsizetype size(std::u16string_view text)
{
    return qsizetype(text.size());
}

// JSON ------------------------------------------------------------------------------------------------

/// The length of the JSON number at `at` (RFC 8259), or 0 if none starts there.
qsizetype jsonNumberLength(std::u16string_view text, qsizetype at)
{
    const qsizetype n = size(text);
    qsizetype i = at;
    if (i < n && text[i] == u'-')
        ++i;
    if (i >= n || !isDigit(text[i]))
        return 0;
    if (text[i] == u'0') {
        ++i;
    } else {
        while (i < n && isDigit(text[i]))
            ++i;
    }
    if (i + 1 < n && text[i] == u'.' && isDigit(text[i + 1])) {
        i += 2;
        while (i < n && isDigit(text[i]))
            ++i;
    }
    if (i < n && (text[i] == u'e' || text[i] == u'E')) {
        qsizetype exponent = i + 1;
        if (exponent < n && (text[exponent] == u'+' || text[exponent] == u'-'))
            ++exponent;
        if (exponent < n && isDigit(text[exponent])) {
            while (exponent < n && isDigit(text[exponent]))
                ++exponent;
            i = exponent;
        }
    }
    return i - at;
}

void tokenizeJson(std::u16string_view text, Emitter &out)
{
    const char16_t *p = text.data();
    const qsizetype n = size(text);
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = p[i];
        switch (c) {
        case u' ':
        case u'\t':
        case u'\r':
        case u'\n':
            ++i;
            continue;
        case u'{':
        case u'}':
        case u'[':
        case u']':
        case u':':
        case u',':
            out.add(i, i + 1, Kind::Punctuation);
            ++i;
            continue;
        case u'"': {
            const qsizetype start = i++;
            bool closed = false;
            while (i < n) {
                const char16_t d = p[i];
                if (d == u'"') {
                    ++i;
                    closed = true;
                    break;
                }
                i += d == u'\\' ? 2 : 1; // an escape: whatever follows the backslash is not the end
            }
            if (i > n)
                i = n;
            Kind kind = Kind::String;
            if (closed) {
                qsizetype next = i;
                while (next < n && isMarkupSpace(p[next]))
                    ++next;
                if (next < n && p[next] == u':')
                    kind = Kind::Key;
            }
            out.add(start, i, kind);
            continue;
        }
        default:
            break;
        }
        if (c == u'-' || isDigit(c)) {
            if (const qsizetype length = jsonNumberLength(text, i)) {
                out.add(i, i + length, Kind::Number);
                i += length;
                continue;
            }
        } else if (isAsciiLetter(c)) {
            // A whole word, so that a misspelt keyword is one error rather than a keyword and an error.
            qsizetype end = i + 1;
            while (end < n && (isAsciiLetter(p[end]) || isDigit(p[end]) || p[end] == u'_'))
                ++end;
            const std::u16string_view word = text.substr(size_t(i), size_t(end - i));
            const bool keyword = word == u"true" || word == u"false" || word == u"null";
            out.add(i, end, keyword ? Kind::Keyword : Kind::Error);
            i = end;
            continue;
        }
        out.add(i, i + 1, Kind::Error);
        ++i;
    }
}

// XML -------------------------------------------------------------------------------------------------

/// Where a tag or attribute name cannot go on.
bool endsXmlName(char16_t c)
{
    switch (c) {
    case u' ':
    case u'\t':
    case u'\r':
    case u'\n':
    case u'>':
    case u'/':
    case u'=':
    case u'"':
    case u'\'':
    case u'<':
    case u'?':
        return true;
    default:
        return false;
    }
}

/// Not checked against the XML name tables: anything beyond ASCII may start a name, as it may in most of them.
bool isXmlNameStart(char16_t c)
{
    return isAsciiLetter(c) || c == u'_' || c == u':' || c >= 0x80;
}

qsizetype xmlNameEnd(std::u16string_view text, qsizetype from)
{
    const qsizetype n = size(text);
    while (from < n && !endsXmlName(text[from]))
        ++from;
    return from;
}

bool isHexDigit(char16_t c)
{
    return isDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

/// The length of the entity or character reference at `at` (`&amp;`, `&#1234;`, `&#x4E2D;`), or 0.
qsizetype xmlReferenceLength(std::u16string_view text, qsizetype at)
{
    const qsizetype n = size(text);
    qsizetype i = at + 1;
    if (i < n && text[i] == u'#') {
        ++i;
        const bool hex = i < n && text[i] == u'x';
        if (hex)
            ++i;
        const qsizetype digits = i;
        while (i < n && (hex ? isHexDigit(text[i]) : isDigit(text[i])))
            ++i;
        if (i == digits)
            return 0;
    } else {
        if (i >= n || !isXmlNameStart(text[i]))
            return 0;
        while (i < n && (isXmlNameStart(text[i]) || isDigit(text[i]) || text[i] == u'-' || text[i] == u'.'))
            ++i;
    }
    return i < n && text[i] == u';' ? i + 1 - at : 0;
}

int tokenizeXml(std::u16string_view text, int state, Emitter &out)
{
    if (state < XmlComment || state > XmlTagSingleQuoted)
        state = sourceLineStart;
    const char16_t *p = text.data();
    const qsizetype n = size(text);
    qsizetype i = 0;
    qsizetype open = 0; // where the comment, section, declaration or value that is open began
    while (true) {
        switch (state) {
        case XmlComment:
        case XmlCdata:
        case XmlInstruction: {
            const std::u16string_view end = state == XmlComment ? u"-->" : state == XmlCdata ? u"]]>" : u"?>";
            const Kind kind = state == XmlComment ? Kind::Comment : state == XmlCdata ? Kind::String : Kind::Keyword;
            const size_t found = text.find(end, size_t(i));
            if (found == std::u16string_view::npos) {
                out.add(open, n, kind);
                return state;
            }
            i = qsizetype(found + end.size());
            out.add(open, i, kind);
            state = sourceLineStart;
            break;
        }
        case XmlDeclaration: {
            // An internal subset ends the declaration at its '[', so that the declarations in it are coloured
            // as declarations of their own.
            while (i < n && p[i] != u'>' && p[i] != u'[')
                ++i;
            if (i == n) {
                out.add(open, n, Kind::Keyword);
                return state;
            }
            ++i;
            out.add(open, i, Kind::Keyword);
            state = sourceLineStart;
            break;
        }
        case XmlTagDoubleQuoted:
        case XmlTagSingleQuoted: {
            const char16_t quote = state == XmlTagDoubleQuoted ? u'"' : u'\'';
            qsizetype from = open;
            while (i < n && p[i] != quote) {
                if (p[i] == u'&') {
                    if (const qsizetype length = xmlReferenceLength(text, i)) {
                        out.add(from, i, Kind::String);
                        out.add(i, i + length, Kind::Keyword);
                        i += length;
                        from = i;
                        continue;
                    }
                }
                ++i;
            }
            if (i == n) {
                out.add(from, n, Kind::String);
                return state;
            }
            ++i;
            out.add(from, i, Kind::String);
            state = XmlTag;
            break;
        }
        case XmlTag: {
            while (i < n && isMarkupSpace(p[i]))
                ++i;
            if (i == n)
                return state;
            const char16_t c = p[i];
            if (c == u'"' || c == u'\'') {
                open = i++;
                state = c == u'"' ? XmlTagDoubleQuoted : XmlTagSingleQuoted;
            } else if (c == u'>') {
                out.add(i, i + 1, Kind::Tag);
                ++i;
                state = sourceLineStart;
            } else if (c == u'/' && i + 1 < n && p[i + 1] == u'>') {
                out.add(i, i + 2, Kind::Tag);
                i += 2;
                state = sourceLineStart;
            } else if (c == u'=') {
                out.add(i, i + 1, Kind::Punctuation);
                ++i;
            } else if (c == u'<') {
                state = sourceLineStart; // a tag without its '>': the next one starts here
            } else if (const qsizetype end = xmlNameEnd(text, i); end > i) {
                out.add(i, end, Kind::Attribute);
                i = end;
            } else {
                out.add(i, i + 1, Kind::Error); // a '/' or '?' that does not close the tag
                ++i;
            }
            break;
        }
        default: { // text content
            while (i < n && p[i] != u'<' && p[i] != u'&')
                ++i;
            if (i == n)
                return sourceLineStart;
            if (p[i] == u'&') {
                const qsizetype length = xmlReferenceLength(text, i);
                out.add(i, i + std::max<qsizetype>(length, 1), length ? Kind::Keyword : Kind::Error);
                i += std::max<qsizetype>(length, 1);
                break;
            }
            const std::u16string_view rest = text.substr(size_t(i));
            if (rest.starts_with(u"<!--")) {
                open = i;
                i += 4;
                state = XmlComment;
            } else if (rest.starts_with(u"<![CDATA[")) {
                open = i;
                i += 9;
                state = XmlCdata;
            } else if (rest.starts_with(u"<?")) {
                open = i;
                i += 2;
                state = XmlInstruction;
            } else if (rest.starts_with(u"<!") && rest.size() > 2 && isXmlNameStart(rest[2])) {
                open = i;
                i += 2;
                state = XmlDeclaration;
            } else if (const qsizetype name = i + (rest.starts_with(u"</") ? 2 : 1);
                       name < n && isXmlNameStart(p[name])) {
                const qsizetype end = xmlNameEnd(text, name);
                out.add(i, end, Kind::Tag);
                i = end;
                state = XmlTag;
            } else {
                out.add(i, i + 1, Kind::Error); // a '<' that starts no markup
                ++i;
            }
            break;
        }
        }
    }
}

// CSV -------------------------------------------------------------------------------------------------

bool isCsvNumber(std::u16string_view field)
{
    const qsizetype n = size(field);
    qsizetype i = 0;
    if (i < n && (field[i] == u'+' || field[i] == u'-'))
        ++i;
    qsizetype digits = 0;
    for (; i < n && isDigit(field[i]); ++i)
        ++digits;
    if (i < n && field[i] == u'.') {
        for (++i; i < n && isDigit(field[i]); ++i)
            ++digits;
    }
    if (digits == 0)
        return false;
    if (i < n && (field[i] == u'e' || field[i] == u'E')) {
        ++i;
        if (i < n && (field[i] == u'+' || field[i] == u'-'))
            ++i;
        if (i == n || !isDigit(field[i]))
            return false;
        while (i < n && isDigit(field[i]))
            ++i;
    }
    return i == n;
}

int tokenizeCsv(std::u16string_view text, int state, bool firstLine, Emitter &out)
{
    if (state != CsvQuoted && state != CsvHeaderQuoted)
        state = sourceLineStart;
    const bool header = firstLine || state == CsvHeaderQuoted;
    const Kind quotedKind = header ? Kind::Key : Kind::String;
    const char16_t *p = text.data();
    const qsizetype n = size(text);
    qsizetype i = 0;
    qsizetype quoteStart = 0;
    bool quoted = state != sourceLineStart;
    while (true) {
        if (!quoted) {
            // The start of a field. Blanks around it are not RFC 4180 but common, and harmless.
            qsizetype start = i;
            while (start < n && isBlank(p[start]))
                ++start;
            if (start < n && p[start] == u'"') {
                quoted = true;
                quoteStart = start;
                i = start + 1;
            } else {
                qsizetype comma = start;
                while (comma < n && p[comma] != u',')
                    ++comma;
                qsizetype end = comma;
                while (end > start && isBlank(p[end - 1]))
                    --end;
                if (header)
                    out.add(start, end, Kind::Key);
                else if (isCsvNumber(text.substr(size_t(start), size_t(end - start))))
                    out.add(start, end, Kind::Number);
                if (comma == n)
                    return sourceLineStart;
                out.add(comma, comma + 1, Kind::Punctuation);
                i = comma + 1;
                continue;
            }
        }
        // Inside a quoted field, where "" is a quote.
        bool closed = false;
        while (i < n) {
            if (p[i] == u'"') {
                if (i + 1 < n && p[i + 1] == u'"') {
                    i += 2;
                    continue;
                }
                ++i;
                closed = true;
                break;
            }
            ++i;
        }
        out.add(quoteStart, i, quotedKind);
        if (!closed)
            return header ? CsvHeaderQuoted : CsvQuoted;
        quoted = false;
        // Nothing but blanks may follow the closing quote in its field.
        qsizetype comma = i;
        while (comma < n && p[comma] != u',')
            ++comma;
        qsizetype stray = i;
        while (stray < comma && isBlank(p[stray]))
            ++stray;
        qsizetype strayEnd = comma;
        while (strayEnd > stray && isBlank(p[strayEnd - 1]))
            --strayEnd;
        out.add(stray, strayEnd, Kind::Error);
        if (comma == n)
            return sourceLineStart;
        out.add(comma, comma + 1, Kind::Punctuation);
        i = comma + 1;
    }
}

// Brat standoff ---------------------------------------------------------------------------------------

/// One space-separated item of the second field of a brat line; `index` 0 is the type.
void tokenizeBratItem(std::u16string_view text, char16_t kind, int index, qsizetype start, qsizetype end, Emitter &out)
{
    qsizetype colon = start;
    while (colon < end && text[colon] != u':')
        ++colon;
    const bool hasColon = colon < end;
    if (index == 0) {
        if (kind == u'E' && hasColon) { // an event's type and trigger: Attack:T2
            out.add(start, colon, Kind::Type);
            out.add(colon, colon + 1, Kind::Punctuation);
            out.add(colon + 1, end, Kind::Identifier);
        } else {
            out.add(start, end, Kind::Type);
        }
        return;
    }
    switch (kind) {
    case u'T': // offsets: 0 5;7 9
        for (qsizetype i = start; i < end;) {
            if (isDigit(text[i])) {
                qsizetype digits = i + 1;
                while (digits < end && isDigit(text[digits]))
                    ++digits;
                out.add(i, digits, Kind::Number);
                i = digits;
            } else {
                out.add(i, i + 1, text[i] == u';' ? Kind::Punctuation : Kind::Error);
                ++i;
            }
        }
        break;
    case u'R': // roles and arguments: Arg1:T3
    case u'E':
        if (hasColon) {
            out.add(start, colon + 1, Kind::Key);
            out.add(colon + 1, end, Kind::Identifier);
        } else {
            out.add(start, end, Kind::Identifier);
        }
        break;
    case u'A': // attributes: Confidence T1 High
    case u'M':
        out.add(start, end, index == 1 ? Kind::Identifier : Kind::Keyword);
        break;
    case u'N': // normalizations: Reference T1 Wikipedia:534366
        if (index == 1) {
            out.add(start, end, Kind::Identifier);
        } else if (index == 2) {
            if (hasColon)
                out.add(start, colon + 1, Kind::Key);
            out.add(hasColon ? colon + 1 : start, end, Kind::Keyword);
        }
        break;
    case u'#': // notes: AnnotatorNotes T1
        if (index == 1)
            out.add(start, end, Kind::Identifier);
        break;
    case u'*': // equivalences: Equiv T1 T2
        out.add(start, end, Kind::Identifier);
        break;
    default:
        break;
    }
}

void tokenizeBrat(std::u16string_view text, Emitter &out)
{
    const qsizetype n = size(text);
    const size_t found = text.find(u'\t');
    if (found == std::u16string_view::npos) {
        // Not an annotation line: an id and a tab start every one.
        qsizetype start = 0, end = n;
        while (start < end && isBlank(text[start]))
            ++start;
        while (end > start && isBlank(text[end - 1]))
            --end;
        out.add(start, end, Kind::Error);
        return;
    }
    const qsizetype tab = qsizetype(found);
    bool idValid = tab > 0;
    for (qsizetype i = 0; i < tab && idValid; ++i)
        idValid = text[i] != u' ';
    out.add(0, tab, idValid ? Kind::Identifier : Kind::Error);
    const char16_t kind = idValid ? text[0] : u'\0';

    const size_t foundSecond = text.find(u'\t', size_t(tab + 1));
    const qsizetype secondTab = foundSecond == std::u16string_view::npos ? n : qsizetype(foundSecond);
    int index = 0;
    for (qsizetype i = tab + 1; i < secondTab;) {
        if (text[i] == u' ') {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < secondTab && text[end] != u' ')
            ++end;
        tokenizeBratItem(text, kind, index++, i, end, out);
        i = end;
    }
    // The rest is the covered text (T), the normalized text (N) or the note (#), and may hold tabs itself.
    if (kind == u'#' && secondTab < n)
        out.add(secondTab + 1, n, Kind::Comment);
}

// CoNLL -----------------------------------------------------------------------------------------------

/// B-PER, I-LOC, E-ORG, S-MISC (IOB, IOBES) and L-, U- (BILOU).
bool isChunkTag(std::u16string_view column)
{
    if (column.size() < 3 || column[1] != u'-')
        return false;
    switch (column[0]) {
    case u'B':
    case u'I':
    case u'E':
    case u'S':
    case u'L':
    case u'U':
        return true;
    default:
        return false;
    }
}

bool isConllTag(std::u16string_view column)
{
    return column == u"O" || isChunkTag(column);
}

/// Whether a line that starts with '#' is a token '#' (or a hashtag) and its tags rather than a comment: it
/// has the columns Hashiya writes, `# -X- _ O` in .conll files or `#<tab>O` in .iob files.
bool isHashToken(std::u16string_view line)
{
    const qsizetype n = size(line);
    std::u16string_view columns[4];
    int count = 0;
    bool tabbed = false;
    for (qsizetype i = 0; i < n;) {
        if (isBlank(line[i])) {
            tabbed = tabbed || (count == 1 && line[i] == u'\t');
            ++i;
            continue;
        }
        if (count == 4)
            return false; // more columns than Hashiya writes
        qsizetype end = i + 1;
        while (end < n && !isBlank(line[end]))
            ++end;
        columns[count++] = line.substr(size_t(i), size_t(end - i));
        i = end;
    }
    if (count == 2)
        return tabbed && isConllTag(columns[1]);
    return count == 4 && columns[1] == u"-X-" && isConllTag(columns[3]);
}

void tokenizeConll(std::u16string_view text, Emitter &out)
{
    qsizetype first = 0, last = size(text);
    while (first < last && isBlank(text[first]))
        ++first;
    while (last > first && isBlank(text[last - 1]))
        --last;
    if (first == last)
        return; // a sentence break
    const std::u16string_view line = text.substr(size_t(first), size_t(last - first));
    if (line.starts_with(u"-DOCSTART-")) {
        out.add(first, last, Kind::Keyword);
        return;
    }
    if (line.front() == u'#' && !isHashToken(line)) {
        out.add(first, last, Kind::Comment);
        return;
    }
    // The first column is the token, the last its tag; between them placeholders such as -X- and _.
    bool word = true;
    for (qsizetype i = first; i < last;) {
        if (isBlank(text[i])) {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < last && !isBlank(text[end]))
            ++end;
        const std::u16string_view column = text.substr(size_t(i), size_t(end - i));
        if (!word) {
            if (end == last) {
                if (column == u"O")
                    out.add(i, end, Kind::Punctuation);
                else if (isChunkTag(column))
                    out.add(i, end, Kind::Type);
            } else if (column == u"_" || column == u"-X-") {
                out.add(i, end, Kind::Punctuation);
            }
        }
        word = false;
        i = end;
    }
}

} // namespace

int tokenizeSourceLine(SourceLanguage language, QStringView line, int state, bool firstLine,
                       std::vector<SourceToken> *tokens)
{
    std::u16string_view text(line.utf16(), size_t(line.size()));
    qsizetype offset = 0;
    if (firstLine && !text.empty() && text.front() == u'\uFEFF') {
        text.remove_prefix(1);
        offset = 1;
    }
    Emitter out(tokens, offset);
    switch (language) {
    case SourceLanguage::Json:
        tokenizeJson(text, out);
        break;
    case SourceLanguage::Xml:
        return tokenizeXml(text, state, out);
    case SourceLanguage::Csv:
        return tokenizeCsv(text, state, firstLine, out);
    case SourceLanguage::BratStandoff:
        tokenizeBrat(text, out);
        break;
    case SourceLanguage::Conll:
        tokenizeConll(text, out);
        break;
    case SourceLanguage::Plain:
        break;
    }
    return sourceLineStart;
}

} // namespace Hashiya
