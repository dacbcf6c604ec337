// SPDX-License-Identifier: GPL-3.0-or-later
#include "keywordincontext.h"

namespace Hashiya {
namespace {

QString oneLine(QStringView text)
{
    QString line = text.toString();
    for (QChar &c : line) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    }
    return line;
}

} // namespace

KeywordInContext KeywordInContext::of(QStringView text, TextRange hit, qsizetype width)
{
    const qsizetype lineStart = hit.first == 0 ? 0 : text.lastIndexOf(u'\n', hit.first - 1) + 1;
    qsizetype lineEnd = text.indexOf(u'\n', hit.second);
    if (lineEnd < 0)
        lineEnd = text.size();

    qsizetype from = std::max(lineStart, hit.first - width);
    bool cutBefore = from > lineStart;
    if (cutBefore) {
        // Start at a word, not in the middle of one, unless that leaves nothing.
        const qsizetype space = text.indexOf(u' ', from);
        if (space >= 0 && space + 1 < hit.first)
            from = space + 1;
        if (from > 0 && text[from].isLowSurrogate())
            ++from;
    }
    qsizetype to = std::min(lineEnd, hit.second + width);
    const bool cutAfter = to < lineEnd;
    if (cutAfter) {
        const qsizetype space = text.lastIndexOf(u' ', to);
        if (space > hit.second)
            to = space;
        if (to < text.size() && text[to].isLowSurrogate())
            --to;
    }
    KeywordInContext context;
    context.before = (cutBefore ? QStringLiteral("…") : QString()) + oneLine(text.mid(from, hit.first - from));
    context.keyword = oneLine(text.mid(hit.first, hit.second - hit.first));
    context.after = oneLine(text.mid(hit.second, to - hit.second)) + (cutAfter ? QStringLiteral("…") : QString());
    return context;
}

QString KeywordInContext::toLine() const
{
    return before + u'[' + keyword + u']' + after;
}

} // namespace Hashiya
