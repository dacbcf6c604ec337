// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcedisplay.h"

#include <algorithm>
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

/// Appends `run`, wrapped in an isolate if it holds right-to-left letters; spaces at its ends stay outside.
void appendRun(QString &out, QStringView run, std::vector<qsizetype> *added)
{
    if (!holdsRightToLeft(run)) {
        out += run;
        return;
    }
    qsizetype first = 0, last = run.size();
    while (first < last && run[first].isSpace())
        ++first;
    while (last > first && run[last - 1].isSpace())
        --last;
    out += run.first(first);
    if (added)
        added->push_back(out.size());
    out += firstStrongIsolate;
    out += run.sliced(first, last - first);
    if (added)
        added->push_back(out.size());
    out += popDirectionalIsolate;
    out += run.sliced(last);
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

/// How long what starts at `at` is, if it must read left to right wherever it stands: an escape (`\n`,
/// `\u0645`), a character reference (`&#10;`, `&amp;`) or a left-to-right letter. 0 for anything else.
/// Inside a right-to-left run the escape of "مرحبا\n\nعالم" would show as "n\n\".
qsizetype leftToRightLength(QStringView text, qsizetype at)
{
    const QChar c = text[at];
    if (c == u'\\') {
        if (at + 1 >= text.size())
            return 1;
        qsizetype length = 2;
        if (text[at + 1] == u'u') {
            while (length < 6 && at + length < text.size() && isHexDigit(text[at + length]))
                ++length;
        }
        return length;
    }
    if (c == u'&') {
        for (qsizetype length = 1; length < 12 && at + length < text.size(); ++length) {
            const QChar d = text[at + length];
            if (d == u';')
                return length > 1 ? length + 1 : 0;
            if (!(d.isLetterOrNumber() && d.unicode() < 0x80) && !(length == 1 && d == u'#'))
                return 0;
        }
        return 0;
    }
    if (c.isHighSurrogate() && at + 1 < text.size() && text[at + 1].isLowSurrogate()) {
        const char32_t ucs4 = QChar::surrogateToUcs4(c, text[at + 1]);
        return QChar::direction(ucs4) == QChar::DirL ? 2 : 0;
    }
    return c.direction() == QChar::DirL ? 1 : 0;
}

/// Appends `piece` so that it reads left to right as in the file, each right-to-left run in it isolated.
/// Escapes, character references and left-to-right words end a run: only the Arabic between them turns.
void appendIsolated(QString &out, QStringView piece, std::vector<qsizetype> *added)
{
    if (!holdsRightToLeft(piece)) {
        out += piece;
        return;
    }
    qsizetype runStart = 0;
    for (qsizetype at = 0; at < piece.size();) {
        const qsizetype length = leftToRightLength(piece, at);
        if (length == 0) {
            // A whole character: no isolate may come between the halves of a surrogate pair.
            at += piece[at].isHighSurrogate() && at + 1 < piece.size() && piece[at + 1].isLowSurrogate() ? 2 : 1;
            continue;
        }
        appendRun(out, piece.sliced(runStart, at - runStart), added);
        out += piece.sliced(at, length);
        at += length;
        runStart = at;
    }
    appendRun(out, piece.sliced(runStart), added);
}

void appendLine(QString &out, QStringView line, const std::vector<SourceToken> &tokens, std::vector<qsizetype> *added)
{
    qsizetype at = 0;
    for (const SourceToken &token : tokens) {
        appendIsolated(out, line.sliced(at, token.start - at), added); // plain text between tokens
        const QStringView text = line.sliced(token.start, token.length);
        const bool quoted = token.kind == SourceTokenKind::String && text.size() >= 2
            && (text.front() == u'"' || text.front() == u'\'') && text.back() == text.front();
        if (quoted) {
            out += text.front();
            appendIsolated(out, text.sliced(1, text.size() - 2), added);
            out += text.back();
        } else if (token.kind == SourceTokenKind::String || token.kind == SourceTokenKind::Comment) {
            appendIsolated(out, text, added);
        } else {
            out += text;
        }
        at = token.start + token.length;
    }
    appendIsolated(out, line.sliced(at), added);
}

} // namespace

QString isolateRightToLeftRuns(QStringView source, SourceLanguage language, std::vector<qsizetype> *added)
{
    if (added)
        added->clear();
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
            appendLine(out, line, tokens, added);
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

QString withoutAdded(QStringView shown, const std::vector<qsizetype> &added, qsizetype from, qsizetype to)
{
    QString out;
    out.reserve(to - from);
    auto next = std::lower_bound(added.begin(), added.end(), from);
    for (qsizetype at = from; at < to; ++at) {
        if (next != added.end() && *next == at)
            ++next;
        else
            out += shown[at];
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
