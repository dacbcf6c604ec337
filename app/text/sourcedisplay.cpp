// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcedisplay.h"

#include <vector>

namespace Hashiya {
namespace {

constexpr char16_t firstStrongIsolate = u'\u2068';
constexpr char16_t popDirectionalIsolate = u'\u2069';

bool isRightToLeft(char32_t c)
{
    const QChar::Direction direction = QChar::direction(c);
    return direction == QChar::DirR || direction == QChar::DirAL;
}

bool holdsRightToLeft(QStringView text)
{
    const char16_t *at = text.utf16();
    const char16_t *const end = at + text.size();
    for (; at < end; ++at) {
        if (*at < 0x0590) // Latin, Greek, Cyrillic and the punctuation of JSON: the quick way past them
            continue;
        char32_t c = *at;
        if (QChar::isHighSurrogate(c) && at + 1 < end && QChar::isLowSurrogate(at[1]))
            c = QChar::surrogateToUcs4(char16_t(c), *++at);
        if (isRightToLeft(c))
            return true;
    }
    return false;
}

/// Appends `piece`, wrapped in an isolate if it holds right-to-left letters; spaces at its ends stay outside.
void appendIsolated(QString &out, QStringView piece)
{
    if (!holdsRightToLeft(piece)) {
        out += piece;
        return;
    }
    qsizetype first = 0, last = piece.size();
    while (first < last && piece[first].isSpace())
        ++first;
    while (last > first && piece[last - 1].isSpace())
        --last;
    out += piece.first(first);
    out += firstStrongIsolate;
    out += piece.sliced(first, last - first);
    out += popDirectionalIsolate;
    out += piece.sliced(last);
}

void appendLine(QString &out, QStringView line, const std::vector<SourceToken> &tokens)
{
    qsizetype at = 0;
    for (const SourceToken &token : tokens) {
        appendIsolated(out, line.sliced(at, token.start - at)); // plain text between tokens
        const QStringView text = line.sliced(token.start, token.length);
        const bool quoted = token.kind == SourceTokenKind::String && text.size() >= 2
            && (text.front() == u'"' || text.front() == u'\'') && text.back() == text.front();
        if (quoted) {
            out += text.front();
            appendIsolated(out, text.sliced(1, text.size() - 2));
            out += text.back();
        } else if (token.kind == SourceTokenKind::String || token.kind == SourceTokenKind::Comment) {
            appendIsolated(out, text);
        } else {
            out += text;
        }
        at = token.start + token.length;
    }
    appendIsolated(out, line.sliced(at));
}

} // namespace

QString isolateRightToLeftRuns(QStringView source, SourceLanguage language)
{
    if (!holdsRightToLeft(source))
        return source.toString();
    QString out;
    out.reserve(source.size() + source.size() / 16);
    std::vector<SourceToken> tokens;
    int state = sourceLineStart;
    for (qsizetype start = 0; start <= source.size();) {
        qsizetype end = source.indexOf(u'\n', start);
        if (end < 0)
            end = source.size();
        const QStringView line = source.sliced(start, end - start);
        tokens.clear();
        const bool firstLine = start == 0;
        if (holdsRightToLeft(line)) {
            state = tokenizeSourceLine(language, line, state, firstLine, &tokens);
            appendLine(out, line, tokens);
        } else {
            state = tokenizeSourceLine(language, line, state, firstLine, nullptr); // only the state
            out += line;
        }
        if (end == source.size())
            break;
        out += u'\n';
        start = end + 1;
    }
    return out;
}

QString withoutIsolates(QStringView shown)
{
    QString out;
    out.reserve(shown.size());
    for (const QChar c : shown) {
        if (c != firstStrongIsolate && c != popDirectionalIsolate)
            out += c;
    }
    return out;
}

} // namespace Hashiya
