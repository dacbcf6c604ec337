// SPDX-License-Identifier: GPL-3.0-or-later
// The source tokens of CoNLL and IOB files: tags, placeholders, comments, document starts.
#include "text/sourcetokensinternal.h"

namespace Hashiya::SourceTokenizers {

namespace {

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

} // namespace

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

} // namespace Hashiya::SourceTokenizers
