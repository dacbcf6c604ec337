// SPDX-License-Identifier: GPL-3.0-or-later
// The source tokens of brat standoff .ann lines: ids, types, offsets, arguments, notes.
#include "text/sourcetokensinternal.h"

namespace Hashiya::SourceTokenizers {

namespace {

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

} // namespace

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

} // namespace Hashiya::SourceTokenizers
