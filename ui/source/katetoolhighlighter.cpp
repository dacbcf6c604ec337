// SPDX-License-Identifier: GPL-3.0-or-later
#include "katetoolhighlighter.h"

#include "text/katesyntaxtool.h"
#include "ui/widgets/colouremoji.h"

#include <QDir>
#include <QHash>
#include <QProcess>
#include <QTemporaryFile>
#include <QTextDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Hashiya {
namespace {

/// Colours within one block: plain and out-of-range blocks say so in their state, so that
/// highlightBlocks() knows which shown blocks still wait for their colours.
constexpr int notColoured = -1;
constexpr int coloured = 1;

QColor rgb(quint32 value)
{
    return QColor(int(value >> 16 & 0xff), int(value >> 8 & 0xff), int(value & 0xff));
}

} // namespace

KateToolHighlighter::KateToolHighlighter(QTextDocument *document, const QString &syntax, const QString &text,
                                         bool onlyShown, const QPalette &palette,
                                         std::function<void(const QString &)> failed)
    : QSyntaxHighlighter(static_cast<QObject *>(nullptr))
    , m_syntax(syntax)
    , m_text(text)
    , m_onlyShown(onlyShown)
    , m_failed(std::move(failed))
{
    useTheme(SourceHighlighter::themeFor(palette));
    start();
    // Attached after the run has started: the first colouring pass already finds the view's colours.
    setDocument(document);
}

KateToolHighlighter::~KateToolHighlighter()
{
    stopProcess();
}

void KateToolHighlighter::stopProcess()
{
    if (!m_process)
        return;
    m_process->disconnect(this);
    m_process->kill();
    m_process->waitForFinished(1000);
    m_process->deleteLater();
    m_process = nullptr;
}

void KateToolHighlighter::useTheme(const QString &theme)
{
    m_theme = theme;
    m_background = QColor();
    m_foreground = QColor();
    m_plain = QTextCharFormat();
    if (const auto colours = KateSyntaxTool::editorColours(theme)) {
        m_background = rgb(colours->background);
        m_foreground = rgb(colours->text);
        m_plain.setForeground(m_foreground);
    }
}

void KateToolHighlighter::setPalette(const QPalette &palette)
{
    const QString theme = SourceHighlighter::themeFor(palette);
    if (theme == m_theme)
        return;
    useTheme(theme);
    // The old colours belong to the old theme: none of them is kept.
    m_previous.reset();
    m_answer.reset();
    start();
    rehighlight();
}

void KateToolHighlighter::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    start();
}

void KateToolHighlighter::start()
{
    stopProcess();
    m_input.reset();
    // While the new run answers, the last one's colours serve lines whose text did not change.
    if (m_answer && (!m_previous || m_answer->lineCount() >= m_previous->lineCount()))
        m_previous = std::move(m_answer);
    m_answer = std::make_unique<Answer>();
    m_pending.clear();
    m_done = false;
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &KateToolHighlighter::readAnswer);
    connect(m_process, &QProcess::finished, this, &KateToolHighlighter::finish);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart || error == QProcess::Crashed)
            fail(m_process->errorString());
    });
    // Lines as the document has them: it also ends one at a lone CR and at U+2029, the program only at LF.
    QString lines = m_text;
    lines.replace(u'\r', u'\n').replace(QChar::ParagraphSeparator, u'\n');
    const QByteArray input = lines.toUtf8();
    // The text goes in a file the program reads at its own pace: through a pipe it would go 64 KB per turn
    // of the event loop, which a view loading megabytes makes slow. A folder that cannot take it (a full
    // disk) leaves the pipe.
    m_input = std::make_unique<QTemporaryFile>(QDir::temp().filePath(u"hashiya-source-XXXXXX"_s));
    if (m_input->open() && m_input->write(input) == input.size() && m_input->flush())
        m_process->setStandardInputFile(m_input->fileName());
    else
        m_input.reset();
    m_process->start(KateSyntaxTool::program(), KateSyntaxTool::colourArguments(m_syntax, m_theme));
    if (!m_input) {
        m_process->write(input);
        m_process->closeWriteChannel();
    }
}

void KateToolHighlighter::readAnswer()
{
    m_pending.append(m_process->readAllStandardOutput());
    Answer &answer = *m_answer;
    const int first = answer.lineCount();
    qsizetype from = 0;
    for (qsizetype end = m_pending.indexOf('\n'); end >= 0; end = m_pending.indexOf('\n', from)) {
        const QString line = QString::fromUtf8(m_pending.constData() + from, end - from);
        answer.reader.read(line, &m_line, &answer.runs);
        answer.lineEnds.push_back(quint32(answer.runs.size()));
        answer.lineHashes.push_back(qHash(m_line));
        from = end + 1;
    }
    m_pending.remove(0, from);
    if (answer.lineCount() > first)
        colourArrived(first, answer.lineCount() - 1);
}

void KateToolHighlighter::finish()
{
    if (m_process->exitStatus() != QProcess::NormalExit || m_process->exitCode() != 0) {
        const QString said = QString::fromUtf8(m_process->readAllStandardError()).trimmed();
        fail(said.isEmpty() ? tr("%1 stopped with exit code %2").arg(m_process->program()).arg(m_process->exitCode())
                            : said);
        return;
    }
    readAnswer();
    // A last line without a line end.
    if (!m_pending.isEmpty()) {
        m_pending.append('\n');
        readAnswer();
    }
    m_done = true;
    m_previous.reset();
    m_input.reset();
    m_process->deleteLater();
    m_process = nullptr;
    // A short document is coloured whole in one pass, once; lines on screen were coloured as they came.
    if (!m_onlyShown)
        rehighlight();
}

void KateToolHighlighter::fail(const QString &why)
{
    if (!m_failed)
        return;
    // Said once, after the signal that brought it: the view replaces (and so deletes) this highlighter.
    QTimer::singleShot(0, this, [failed = std::exchange(m_failed, {}), why] { failed(why); });
}

void KateToolHighlighter::colourArrived(int first, int last)
{
    first = std::max(first, m_first);
    last = std::min(last, m_last);
    QTextBlock block = document() ? document()->findBlockByNumber(first) : QTextBlock();
    for (int number = first; number <= last && block.isValid(); ++number, block = block.next())
        rehighlightBlock(block);
}

void KateToolHighlighter::highlightBlocks(int first, int last)
{
    m_first = first;
    m_last = last;
    QTextBlock block = document()->findBlockByNumber(first);
    const int answered = m_answer->lineCount();
    for (int number = first; number <= last && block.isValid(); ++number, block = block.next()) {
        if (block.userState() == notColoured && (number < answered || (m_previous && number < m_previous->lineCount())))
            rehighlightBlock(block);
    }
}

const QTextCharFormat &KateToolHighlighter::formatOf(Answer &answer, int style)
{
    while (answer.formats.size() < answer.reader.styles().size()) {
        const AnsiStyle &ansi = answer.reader.styles()[answer.formats.size()];
        QTextCharFormat format = m_plain;
        if (ansi.foreground)
            format.setForeground(rgb(*ansi.foreground));
        if (ansi.background)
            format.setBackground(rgb(*ansi.background));
        if (ansi.bold)
            format.setFontWeight(QFont::Bold);
        format.setFontItalic(ansi.italic);
        format.setFontUnderline(ansi.underline);
        format.setFontStrikeOut(ansi.strikeOut);
        answer.formats.push_back(format);
    }
    return answer.formats[size_t(style)];
}

bool KateToolHighlighter::applyAnswer(Answer &answer, int line, const QString &text)
{
    if (line >= answer.lineCount() || answer.lineHashes[size_t(line)] != qHash(text))
        return false;
    const quint32 begin = line == 0 ? 0 : answer.lineEnds[size_t(line) - 1];
    const quint32 end = answer.lineEnds[size_t(line)];
    for (quint32 i = begin; i < end; ++i) {
        const AnsiRun &run = answer.runs[i];
        setFormat(int(run.start), int(run.length), formatOf(answer, run.style));
    }
    return true;
}

void KateToolHighlighter::highlightBlock(const QString &text)
{
    const int number = currentBlock().blockNumber();
    if (m_onlyShown && (number < m_first || number > m_last)) {
        setCurrentBlockState(notColoured);
        return;
    }
    // Plain text in the theme's colour, so that a dark theme reads on its own background.
    if (m_foreground.isValid())
        setFormat(0, int(text.size()), m_plain);
    const bool done = applyAnswer(*m_answer, number, text) || (m_previous && applyAnswer(*m_previous, number, text));
    for (const QTextLayout::FormatRange &emoji : colourEmojiFormats(text)) {
        QTextCharFormat merged = format(emoji.start);
        merged.merge(emoji.format);
        setFormat(emoji.start, emoji.length, merged);
    }
    setCurrentBlockState(done ? coloured : notColoured);
}

} // namespace Hashiya
