// SPDX-License-Identifier: GPL-3.0-or-later
// The source tokens of XML: tags, attributes, values, references, comments, sections, declarations.
#include "text/sourcetokensinternal.h"

#include <algorithm>

namespace Hashiya::SourceTokenizers {

namespace {

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

} // namespace

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

} // namespace Hashiya::SourceTokenizers
