// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceview.h"

#include "text/linediff.h"
#include "text/sourcedisplay.h"
#include "ui/source/sourcecolours.h"
#include "ui/source/sourcehighlighter.h"

#include <QFontDatabase>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QTextBlock>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace Hashiya {

/// The line numbers at the view's start; SourceView paints them.
class LineNumberArea final : public QWidget
{
public:
    explicit LineNumberArea(SourceView *view)
        : QWidget(view)
        , m_view(view)
    {
    }
    QSize sizeHint() const override { return {m_view->lineNumberWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_view->paintLineNumbers(event); }

private:
    SourceView *m_view;
};

namespace {

// Lines coloured beyond the shown ones, so that scrolling by a page finds them coloured.
constexpr int colouredMargin = 60;

} // namespace

SourceView::SourceView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_lineNumbers(new LineNumberArea(this))
{
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    // JSON, XML and CSV read left to right whatever the interface's direction; Arabic inside a string
    // still reads right to left.
    setLayoutDirection(Qt::LeftToRight);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(font);
    setTabStopDistance(QFontMetricsF(font).horizontalAdvance(u' ') * 4);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &SourceView::updateLineNumberWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy != 0)
            m_lineNumbers->scroll(0, dy);
        else
            m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
        scheduleColouring();
    });
    connect(SourceColours::instance(), &SourceColours::changed, this, [this] {
        if (m_highlighter)
            createHighlighter();
    });
    updateLineNumberWidth();
}

SourceView::~SourceView() = default;

void SourceView::createHighlighter()
{
    // The old highlighter goes first, so that it does not colour the text again on its way out.
    m_highlighter.reset();
    m_highlighter = SourceHighlighter::create(document(), m_language, m_shown, m_long, palette(),
                                              [this](const QString &why) { takeBuiltinHighlighter(why); });
    applyEditorColours();
    scheduleColouring();
}

void SourceView::takeBuiltinHighlighter(const QString &why)
{
    qWarning("hashiya: KSyntaxHighlighting could not colour a source view (%s); the built-in highlighter does",
             qUtf8Printable(why));
    m_highlighter.reset();
    m_highlighter = SourceHighlighter::createBuiltin(document(), m_language, m_long, palette());
    applyEditorColours();
    scheduleColouring();
}

void SourceView::applyEditorColours()
{
    // The theme's background behind the text (a dark theme on a light palette reads as it does in Kate);
    // the view's own palette stays as given, since it says which theme "automatic" takes.
    const QColor background = m_highlighter ? m_highlighter->background() : QColor();
    QPalette viewportPalette;
    if (background.isValid()) {
        viewportPalette = palette();
        viewportPalette.setColor(QPalette::Base, background);
    }
    viewport()->setPalette(viewportPalette);
    m_lineNumbers->update();
}

QColor SourceView::editorBackground() const
{
    return viewport()->palette().color(QPalette::Base);
}

void SourceView::setSource(const QString &text, SourceLanguage language)
{
    std::vector<qsizetype> added;
    QString shown = isolateRightToLeftRuns(QString(text).replace(u"\r\n"_s, u"\n"_s), language, &added);
    const bool isLong = shown.size() >= longDocumentLength;
    const bool sameKind = language == m_language && isLong == m_long && m_highlighter;
    const bool replaceLines = sameKind && !isLoading() && m_loadedLength > 0;
    const QString before = std::exchange(m_shown, std::move(shown));
    m_source = text;
    m_added = std::move(added);
    m_language = language;
    m_long = isLong;
    if (replaceLines) {
        m_highlighter->setText(m_shown);
        replaceChangedLines(before, m_shown);
        m_loadedLength = m_shown.size();
    } else {
        // The old highlighter goes first, so that it does not colour the new text on its way out.
        m_highlighter.reset();
        // A long text goes in piece by piece, between which the window keeps answering.
        m_loadedLength = isLong ? nextPieceEnd(0) : m_shown.size();
        setPlainText(m_shown.first(m_loadedLength));
        createHighlighter();
        if (isLoading())
            QTimer::singleShot(0, this, &SourceView::loadNextPiece);
    }
    if (!isLoading() && m_markFirst >= document()->blockCount())
        m_markFirst = m_markLast = -1;
    showMark();
    scheduleColouring();
}

qsizetype SourceView::nextPieceEnd(qsizetype from) const
{
    if (m_shown.size() - from <= loadingPieceLength)
        return m_shown.size();
    // Pieces end at a line end, so that no line is laid out twice.
    const qsizetype lineEnd = m_shown.indexOf(u'\n', from + loadingPieceLength);
    return lineEnd < 0 ? m_shown.size() : lineEnd + 1;
}

void SourceView::loadNextPiece()
{
    if (!isLoading())
        return;
    const qsizetype end = nextPieceEnd(m_loadedLength);
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(m_shown.sliced(m_loadedLength, end - m_loadedLength));
    m_loadedLength = end;
    if (isLoading()) {
        QTimer::singleShot(0, this, &SourceView::loadNextPiece);
        return;
    }
    // A mark asked for while loading may be on a line that has only now arrived.
    if (m_markFirst >= 0)
        markLines(m_markFirst, m_markLast);
    Q_EMIT loaded();
}

void SourceView::replaceChangedLines(const QString &before, const QString &shown)
{
    const std::vector<TextReplacement> edits = diffLines(before, shown);
    if (edits.empty())
        return;
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    // From the last to the first, so that each edit leaves the positions of the earlier ones as they were.
    for (auto edit = edits.rbegin(); edit != edits.rend(); ++edit) {
        cursor.setPosition(int(edit->start));
        cursor.setPosition(int(edit->start + edit->removed), QTextCursor::KeepAnchor);
        cursor.insertText(shown.mid(edit->insertStart, edit->inserted));
    }
    cursor.endEditBlock();
}

void SourceView::markLines(int first, int last)
{
    if (isLoading() && first >= document()->blockCount()) {
        m_markFirst = first; // marked once its line has been loaded
        m_markLast = std::max(first, last);
        return;
    }
    if (first < 0 || first >= document()->blockCount()) {
        first = last = -1;
    } else {
        last = std::clamp(last, first, document()->blockCount() - 1);
    }
    m_markFirst = first;
    m_markLast = last;
    showMark();
    if (first < 0)
        return;
    // A marked line already in view stays where it is, so that following a document does not jump.
    const QTextBlock block = document()->findBlockByNumber(first);
    const QRectF shown = blockBoundingGeometry(block).translated(contentOffset());
    setTextCursor(QTextCursor(block));
    if (shown.top() < 0 || shown.bottom() > viewport()->height())
        centerCursor();
    scheduleColouring();
}

void SourceView::markLineAt(qsizetype position)
{
    // Line ends are the same in source() and on screen: CRLF counts once either way.
    const int line = int(QStringView(m_source).first(position).count(u'\n'));
    markLines(line, line);
}

void SourceView::showMark()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_markFirst >= 0) {
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlpha(60);
        QTextBlock block = document()->findBlockByNumber(m_markFirst);
        // A mark of more than a screenful is shown by its first lines; the rest is off screen anyway.
        for (int line = m_markFirst; line <= std::min(m_markLast, m_markFirst + 500) && block.isValid();
             ++line, block = block.next()) {
            QTextEdit::ExtraSelection selection;
            selection.format.setBackground(fill);
            selection.format.setProperty(QTextFormat::FullWidthSelection, true);
            selection.cursor = QTextCursor(block);
            selections.append(selection);
        }
    }
    setExtraSelections(selections);
}

int SourceView::firstShownLine() const
{
    return firstVisibleBlock().blockNumber();
}

int SourceView::lineNumberWidth() const
{
    int digits = 1;
    for (int lines = std::max(1, blockCount()); lines >= 10; lines /= 10)
        ++digits;
    return fontMetrics().horizontalAdvance(u'9') * (digits + 2);
}

void SourceView::updateLineNumberWidth()
{
    setViewportMargins(lineNumberWidth(), 0, 0, 0);
    const QRect area = contentsRect();
    m_lineNumbers->setGeometry(area.left(), area.top(), lineNumberWidth(), area.height());
}

void SourceView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateLineNumberWidth();
    scheduleColouring();
}

void SourceView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        if (m_highlighter) {
            m_highlighter->setPalette(palette());
            applyEditorColours();
        }
        showMark();
    } else if (event->type() == QEvent::FontChange) {
        updateLineNumberWidth();
    }
}

void SourceView::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    menu->addSeparator();
    QAction *wrap = menu->addAction(tr("&Wrap lines"));
    wrap->setCheckable(true);
    wrap->setChecked(lineWrapMode() != QPlainTextEdit::NoWrap);
    connect(wrap, &QAction::toggled, this,
            [this](bool on) { setLineWrapMode(on ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap); });
    menu->exec(event->globalPos());
}

void SourceView::mouseDoubleClickEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseDoubleClickEvent(event); // selects the word, as everywhere
    Q_EMIT lineActivated(cursorForPosition(event->position().toPoint()).blockNumber());
}

QMimeData *SourceView::createMimeDataFromSelection() const
{
    auto *data = new QMimeData;
    // Positions in the document are indexes into m_shown: one character, one position.
    const QTextCursor cursor = textCursor();
    const qsizetype end = std::min<qsizetype>(cursor.selectionEnd(), m_shown.size());
    data->setText(withoutAdded(m_shown, m_added, std::min<qsizetype>(cursor.selectionStart(), end), end));
    return data;
}

void SourceView::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumbers);
    // Beside the text, in its colours: the theme's when it brings its own background.
    const QColor background = m_highlighter ? m_highlighter->background() : QColor();
    const QColor text = m_highlighter && background.isValid() ? m_highlighter->foreground() : QColor();
    QColor numbers = palette().color(QPalette::PlaceholderText);
    QColor markedNumber = palette().color(QPalette::Text);
    if (background.isValid() && text.isValid()) {
        const bool dark = background.lightness() < 128;
        painter.fillRect(event->rect(), dark ? background.lighter(125) : background.darker(105));
        markedNumber = text;
        numbers = text;
        numbers.setAlpha(140);
    } else {
        painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    }
    const int digitWidth = fontMetrics().horizontalAdvance(u'9');
    const int right = m_lineNumbers->width() - digitWidth;
    QTextBlock block = firstVisibleBlock();
    int number = block.blockNumber();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal height = blockBoundingRect(block).height();
        if (block.isVisible() && top + height >= event->rect().top()) {
            const bool marked = number >= m_markFirst && number <= m_markLast;
            painter.setPen(marked ? markedNumber : numbers);
            painter.drawText(QRectF(0, top, right, fontMetrics().height()), Qt::AlignRight,
                             QString::number(number + 1));
        }
        block = block.next();
        top += height;
        ++number;
    }
}

void SourceView::scheduleColouring()
{
    // Only a highlighter that colours where shown (a long document, or colours from another process) needs it.
    if (m_colouringScheduled || !m_highlighter || !m_highlighter->followsShownBlocks())
        return;
    // After the event that moved the view, not inside its painting: colouring changes the layout.
    m_colouringScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_colouringScheduled = false;
        colourShownBlocks();
    });
}

void SourceView::colourShownBlocks()
{
    if (!m_highlighter)
        return;
    QTextBlock block = firstVisibleBlock();
    const int first = block.blockNumber();
    int last = first;
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    const int bottom = viewport()->height();
    for (int number = first; block.isValid() && top <= bottom; ++number, block = block.next()) {
        top += blockBoundingRect(block).height();
        last = number;
    }
    m_highlighter->highlightBlocks(std::max(0, first - colouredMargin), last + colouredMargin);
}

} // namespace Hashiya
