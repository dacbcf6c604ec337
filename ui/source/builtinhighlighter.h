// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/source/sourcehighlighter.h"
#include "ui/source/sourcetheme.h"

#include <QSyntaxHighlighter>

#include <vector>

namespace Hashiya {

/// Hashiya's own highlighter for JSON, XML, CSV, brat standoff and CoNLL, on the line tokenizer of
/// text/sourcetokens.h. For a long document it colours only the blocks the view says are shown, so a
/// file of megabytes opens and scrolls without waiting for the whole of it to be coloured.
class BuiltinHighlighter final : public QSyntaxHighlighter, public SourceHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuiltinHighlighter)

public:
    BuiltinHighlighter(QTextDocument *document, SourceLanguage language, bool onlyShown, const QPalette &palette);

    void setPalette(const QPalette &palette) override;
    void highlightBlocks(int first, int last) override;
    bool followsShownBlocks() const override { return m_onlyShown; }

protected:
    void highlightBlock(const QString &text) override;

private:
    // The state of a block that is not coloured (yet); coloured blocks hold the tokenizer's state, >= 0.
    static constexpr int notColoured = -1;

    SourceLanguage m_language;
    bool m_onlyShown;
    int m_first = 0;
    int m_last = -1;
    SourceTheme m_theme;
    std::vector<SourceToken> m_tokens;
};

} // namespace Hashiya
