// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/sourcetokens.h"

#include <QPlainTextEdit>

#include <memory>
#include <vector>

namespace Hashiya {

class SourceHighlighter;

/// A read-only, coloured view of a file Hashiya writes (a sidecar, the schema, an export preview), with
/// line numbers. New content replaces only the lines that differ, so a view that follows a document
/// keeps its place and stays quick on files of megabytes.
class SourceView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceView)

public:
    /// From this length on, a document is coloured only where it is shown, and loaded in pieces.
    static constexpr qsizetype longDocumentLength = qsizetype(1) << 20;
    /// About this much of a long document is added per turn of the event loop (UTF-16 units).
    static constexpr qsizetype loadingPieceLength = qsizetype(1) << 18;

    explicit SourceView(QWidget *parent = nullptr);
    ~SourceView() override;

    /// Shows `text` in `language`. CRLF line ends are shown as line breaks like LF, and strings holding
    /// Arabic are isolated so that they keep their order on the line (text/sourcedisplay.h); source()
    /// keeps the text as given.
    void setSource(const QString &text, SourceLanguage language);
    const QString &source() const { return m_source; }
    /// A long document is still being added to the view, piece by piece.
    bool isLoading() const { return m_loadedLength < m_shown.size(); }
    SourceLanguage language() const { return m_language; }

    /// Marks the lines `first` to `last` (numbered from 0) and scrolls them into view; -1 clears the mark.
    void markLines(int first, int last);
    /// Marks the line that holds `position` of source() (a UTF-16 index), as markLines does.
    void markLineAt(qsizetype position);
    int markedFirstLine() const { return m_markFirst; }
    int markedLastLine() const { return m_markLast; }
    /// The number of the first line on screen, from 0.
    int firstShownLine() const;
    /// The width the line numbers take at the view's start.
    int lineNumberWidth() const;
    /// The colour behind the text: the colour theme's, or the palette's base.
    QColor editorBackground() const;
    /// The highlighter colouring the view (to tell which backend serves it).
    const SourceHighlighter *highlighter() const { return m_highlighter.get(); }

Q_SIGNALS:
    /// The last piece of a long document is in the view.
    void loaded();
    /// The analyst double-clicked this line (numbered from 0).
    void lineActivated(int line);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    /// Copies the selection as it is in the file: without the isolates that keep Arabic strings in order,
    /// with any the file holds itself.
    QMimeData *createMimeDataFromSelection() const override;

private:
    friend class LineNumberArea;
    void paintLineNumbers(QPaintEvent *event);
    void updateLineNumberWidth();
    void createHighlighter();
    void takeBuiltinHighlighter(const QString &why);
    void applyEditorColours();
    void scheduleColouring();
    void colourShownBlocks();
    void replaceChangedLines(const QString &before, const QString &shown);
    qsizetype nextPieceEnd(qsizetype from) const;
    void loadNextPiece();
    void showMark();

    QWidget *m_lineNumbers;
    std::unique_ptr<SourceHighlighter> m_highlighter;
    QString m_source; // as given
    QString m_shown; // as in the document: CRLF made LF, right-to-left strings isolated
    std::vector<qsizetype> m_added; // where in m_shown the isolates are that the source did not have
    SourceLanguage m_language = SourceLanguage::Plain;
    qsizetype m_loadedLength = 0; // of m_shown, in the document
    bool m_long = false;
    bool m_colouringScheduled = false;
    int m_markFirst = -1;
    int m_markLast = -1;
};

} // namespace Hashiya
