// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/ansistyles.h"
#include "ui/source/sourcehighlighter.h"

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <functional>
#include <memory>
#include <vector>

class QProcess;
class QTemporaryFile;

namespace Hashiya {

/// Colours a source view with KSyntaxHighlighting through Debian's `kate-syntax-highlighter`, run as its
/// own process (text/katesyntaxtool.h): the whole text goes to its standard input, and the coloured lines
/// come back as they are done; lines on screen are coloured as they arrive, so the window never waits, and
/// a short document is coloured whole once the answer is complete. A long document is coloured only where
/// it is shown, from the lines already answered. After a change the text goes to
/// a new run; until its lines arrive, the previous run's colours stay on every line whose text is the same.
class KateToolHighlighter final : public QSyntaxHighlighter, public SourceHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KateToolHighlighter)

public:
    KateToolHighlighter(QTextDocument *document, const QString &syntax, const QString &text, bool onlyShown,
                        const QPalette &palette, std::function<void(const QString &)> failed);
    ~KateToolHighlighter() override;

    void setPalette(const QPalette &palette) override;
    void highlightBlocks(int first, int last) override;
    bool followsShownBlocks() const override { return true; }
    void setText(const QString &text) override;
    QColor background() const override { return m_background; }
    QColor foreground() const override { return m_foreground; }

    QString theme() const { return m_theme; }
    /// Every line of the current text has been answered.
    bool isDone() const { return m_done; }

protected:
    void highlightBlock(const QString &text) override;

private:
    /// The answer of one run: each line's styled runs and the hash of its text.
    struct Answer
    {
        AnsiLineReader reader;
        std::vector<QTextCharFormat> formats; // one per reader style
        std::vector<AnsiRun> runs;
        std::vector<quint32> lineEnds; // line i's runs end at runs[lineEnds[i]]
        std::vector<size_t> lineHashes;
        int lineCount() const { return int(lineHashes.size()); }
    };

    void useTheme(const QString &theme);
    void start();
    void stopProcess();
    void readAnswer();
    void finish();
    void fail(const QString &why);
    void colourArrived(int first, int last);
    bool applyAnswer(Answer &answer, int line, const QString &text);
    const QTextCharFormat &formatOf(Answer &answer, int style);

    QString m_syntax;
    QString m_text;
    QString m_theme;
    bool m_onlyShown;
    int m_first = 0;
    int m_last = -1;
    QColor m_background;
    QColor m_foreground;
    QTextCharFormat m_plain;
    std::function<void(const QString &)> m_failed;
    QProcess *m_process = nullptr;
    std::unique_ptr<QTemporaryFile> m_input; // what the program reads, while it runs
    QByteArray m_pending; // an answered line not yet complete
    std::unique_ptr<Answer> m_answer; // of the run going on or done
    std::unique_ptr<Answer> m_previous; // of the run before, while the current one is going on
    QString m_line; // reused for each line's text
    bool m_done = false;
};

} // namespace Hashiya
