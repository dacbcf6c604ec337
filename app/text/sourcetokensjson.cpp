// SPDX-License-Identifier: GPL-3.0-or-later
// The source tokens of JSON (RFC 8259): keys, strings, numbers, keywords, punctuation.
#include "text/sourcetokensinternal.h"

namespace Hashiya::SourceTokenizers {

namespace {

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

} // namespace

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

} // namespace Hashiya::SourceTokenizers
