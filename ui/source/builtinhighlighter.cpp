// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinhighlighter.h"

#include "ui/widgets/colouremoji.h"

#include <QTextDocument>

namespace Hashiya {

BuiltinHighlighter::BuiltinHighlighter(QTextDocument *document, SourceLanguage language, bool onlyShown,
                                       const QPalette &palette)
    : QSyntaxHighlighter(document)
    , m_language(language)
    , m_onlyShown(onlyShown)
    , m_theme(palette)
{
}

void BuiltinHighlighter::setPalette(const QPalette &palette)
{
    m_theme = SourceTheme(palette);
    rehighlight();
}

void BuiltinHighlighter::highlightBlocks(int first, int last)
{
    if (!m_onlyShown)
        return;
    m_first = first;
    m_last = last;
    // Colouring one block goes on to the next while that changes its state, so a run of uncoloured
    // blocks is coloured by one call.
    QTextBlock block = document()->findBlockByNumber(first);
    for (int number = first; number <= last && block.isValid(); ++number, block = block.next()) {
        if (block.userState() == notColoured)
            rehighlightBlock(block);
    }
}

void BuiltinHighlighter::highlightBlock(const QString &text)
{
    const QTextBlock block = currentBlock();
    if (m_onlyShown) {
        const int number = block.blockNumber();
        if (number < m_first || number > m_last) {
            setCurrentBlockState(notColoured);
            return;
        }
    }
    // An uncoloured block before this one leaves its state unknown: the start state is the best guess,
    // and right for JSON, whose tokens never span lines.
    const int previous = previousBlockState();
    m_tokens.clear();
    const int state = tokenizeSourceLine(m_language, text, previous < 0 ? sourceLineStart : previous,
                                         block.blockNumber() == 0, &m_tokens);
    for (const SourceToken &token : m_tokens)
        setFormat(int(token.start), int(token.length), m_theme.format(token.kind));
    // Emoji in the colour font, in the colour of the token they are in.
    for (const QTextLayout::FormatRange &emoji : colourEmojiFormats(text)) {
        QTextCharFormat merged = format(emoji.start);
        merged.merge(emoji.format);
        setFormat(emoji.start, emoji.length, merged);
    }
    setCurrentBlockState(state);
}

} // namespace Hashiya
