// SPDX-License-Identifier: GPL-3.0-or-later
// The source tokens of CSV (RFC 4180): the header record's names, numbers, quoted fields.
#include "text/sourcetokensinternal.h"

namespace Hashiya::SourceTokenizers {

namespace {

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

} // namespace

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

} // namespace Hashiya::SourceTokenizers
