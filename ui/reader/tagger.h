// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/wordboundaries.h"

#include <QObject>

#include <functional>
#include <optional>

class QMenu;
class QWidget;

namespace Hashiya {

class ArticleDocument;
class ReaderView;
struct Schema;

/// Turns the analyst's keys and menu choices in the reader into annotation commands: tag the selection
/// with a type (its shortcut key, the palette or the menu), retype or remove the selected entity, move
/// between entities with Tab, grow or shrink it with Shift and the arrows, and add a fragment to make it
/// discontinuous. Every action is one undo step.
class Tagger final : public QObject
{
    Q_OBJECT

public:
    explicit Tagger(ReaderView *view, QObject *parent = nullptr);

    void setSchema(const Schema *schema) { m_schema = schema; }
    /// Snap selections to whole words (the default); an Alt-selection is always taken exactly.
    void setSnapToWords(bool snap);
    bool snapToWords() const { return m_snapToWords; }
    /// When snapping, leave out a Turkish suffix after an apostrophe and Arabic proclitics (the default):
    /// a selection of "Ankara'da" tags "Ankara".
    void setSnapToNames(bool snap);
    bool snapToNames() const { return m_snapToNames; }

    /// Tags the selection with `type`, or, with no selection, gives the selected entity that type.
    bool tag(const QString &type);
    /// Removes the selected relation, or else the selected entity with its relations.
    bool removeSelected();
    /// Selects the next (or previous) entity in text order and scrolls to it.
    bool selectNext(bool forward);
    /// Moves one edge of the selected entity by a word (a character when not snapping), outwards to
    /// grow or inwards to shrink.
    bool resizeSelected(bool endEdge, bool grow);
    /// Moves one edge of the selected entity by one suffix (at the end) or proclitic (at the start).
    bool resizeSelectedByAffix(bool endEdge, bool grow);
    /// Adds the selection to the selected entity as another fragment.
    bool addFragment();
    /// The selection as tag() would take it: snapped, in UTF-16 offsets.
    TextRange taggableRange() const;
    /// A context menu for what is selected.
    QMenu *createContextMenu(QWidget *parent);

Q_SIGNALS:
    /// Feedback for the status bar, e.g. why nothing happened.
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ArticleDocument *editableDocument();
    /// Moves one edge of the selected entity to where `step` puts it (nothing if it gives nothing), as one
    /// undo step.
    bool resizeEdge(bool endEdge, const std::function<std::optional<TextRange>(QStringView, TextRange)> &step);
    QString typeForKey(const QString &key) const;
    /// Shows in the view what tagging the selection would take.
    void updateTagPreview();

    ReaderView *m_view;
    const Schema *m_schema = nullptr;
    bool m_snapToWords = true;
    bool m_snapToNames = true;
};

} // namespace Hashiya
