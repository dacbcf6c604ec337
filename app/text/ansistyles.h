// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>
#include <QtGlobal>

#include <optional>
#include <vector>

class QString;

namespace Hashiya {

/// A text style set by a terminal's escape sequences (SGR): colours as 0xRRGGBB, and the attributes
/// kate-syntax-highlighter writes.
struct AnsiStyle
{
    std::optional<quint32> foreground;
    std::optional<quint32> background;
    bool bold = false;
    bool italic = false;
    bool underline = false;
    bool strikeOut = false;

    bool isPlain() const { return *this == AnsiStyle(); }
    friend bool operator==(const AnsiStyle &, const AnsiStyle &) = default;
};

/// A stretch of one line in one style, in UTF-16 indexes into the line without its escapes (what
/// QSyntaxHighlighter::setFormat takes; they never reach a file). `style` indexes AnsiLineReader::styles().
struct AnsiRun
{
    qsizetype start = 0;
    qsizetype length = 0;
    int style = 0;

    friend bool operator==(const AnsiRun &, const AnsiRun &) = default;
};

/// Reads text coloured with escape sequences, line by line, as a terminal would show it: the text without
/// the escapes and the stretches that are not in the plain style. A style set on one line lasts into the
/// next, as on a terminal. Each distinct style is kept once, so that a view makes one format of each.
class AnsiLineReader final
{
public:
    /// Reads one line (without its line end): its text into `text` (replaced), and its styled runs
    /// appended to `runs`, in order, adjacent runs of one style joined.
    void read(QStringView line, QString *text, std::vector<AnsiRun> *runs);
    const std::vector<AnsiStyle> &styles() const { return m_styles; }

private:
    void apply(QStringView parameters);
    int currentStyleIndex();

    AnsiStyle m_current;
    int m_currentIndex = -1; // into m_styles, -1 when not looked up since the last change
    std::vector<AnsiStyle> m_styles;
};

} // namespace Hashiya
