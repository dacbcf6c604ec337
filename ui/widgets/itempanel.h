// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/articledocument.h" // QPointer needs the complete type
#include "ui/widgets/attributeform.h" // AttributeForm::Owner

#include <QPointer>
#include <QScopedValueRollback>
#include <QWidget>

class QAbstractItemView;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QModelIndex;
class QPlainTextEdit;
class QStackedWidget;
class QTimer;

namespace Hashiya {

/// What the annotation and relation panels share: a filter over a view of one kind of item, an editor for
/// the selected item with its attributes and note, and a list of problems that selects the item it names.
/// The selection is the analyst's: it outlives the item's row while the item is away (an undo, a retype),
/// and comes back with it. Subclasses make the view and the editor's own rows, and turn edits into commands.
class ItemPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemPanel)

Q_SIGNALS:
    /// The analyst chose an item, in the view or among the problems, with the mouse or the keyboard.
    void itemActivated(const QString &id);

protected:
    /// `idRole` reads an item's id from a row of the view; a row without one (a group) selects nothing.
    ItemPanel(AttributeForm::Owner owner, int idRole, QWidget *parent);

    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

    // What the subclass shows and does.
    virtual QModelIndex viewIndexOf(const QString &id) const = 0; ///< the row to select; invalid for none
    virtual bool isModelUpdating() const = 0; ///< meanwhile the view's current row moves by itself
    virtual void refreshEditor() = 0;
    virtual void refreshProblems() = 0;
    virtual void applyFilter() = 0;
    virtual void arrangeSections() = 0; ///< gives the sections their sizes
    virtual void writeNote(const QString &id, const QString &note) = 0;
    virtual void writeAttribute(const QString &name, const QString &value) = 0;
    /// The editor's fields in reading order, between the view and the problems in the tab chain.
    virtual QList<QWidget *> editorsInTabOrder() const = 0;
    virtual void activate(const QModelIndex &index); ///< Enter or a double click on a row
    virtual void updateEditable();
    virtual void commitPendingEdits();

    // Building the panel, from the subclass's constructor.
    /// The filter over `view`, with `besideFilter` (if any) to its right; `view` shows the items.
    QWidget *viewSection(QAbstractItemView *view, QWidget *besideFilter = nullptr);
    /// The form of the editor, which starts with the read-only notice; the subclass adds its rows.
    QFormLayout *editorForm() const { return m_editorForm; }
    /// Adds the attributes and, below them, a note field `noteLines` lines high to the editor form.
    void addAttributeAndNoteRows(int noteLines);
    /// The editor in a box titled `title`, with `placeholder` in its place while nothing is selected.
    QWidget *editorSection(const QString &placeholder, const QString &title);
    /// The problems list in its box, below `above` (if any).
    QGroupBox *problemsSection(QWidget *above = nullptr);
    /// Puts the filter, the view, the editor's fields and the problems in that order in the tab chain: at
    /// the end of the subclass's constructor (this class made its widgets first), and again whenever the
    /// attribute editors are made again.
    void orderTabs();

    QLineEdit *filterEdit() const { return m_filterEdit; }
    AttributeForm *attributes() const { return m_attributes; }
    QPlainTextEdit *noteEdit() const { return m_noteEdit; }
    QGroupBox *problemsBox() const { return m_problemsBox; }
    QListWidget *problemList() const { return m_problemList; }
    QTimer *problemsTimer() const { return m_problemsTimer; }
    bool isArranged() const { return m_arranged; }
    int editorHeight(int attributeRows) const; ///< with `attributeRows` rows of attributes
    int problemsHeight() const; ///< a few lines of problems

    // The document and the selection.
    /// Commits what is being typed, lets the old document go and takes `document`, with nothing selected.
    void takeDocument(ArticleDocument *document);
    /// Follows the document's read-only state and its end; called after the model took the document, so
    /// the model hears of either first.
    void followDocument();
    ArticleDocument *document() const { return m_document; }
    bool isEditable() const { return m_document && !m_document->isReadOnly(); }
    QString selectedId() const { return m_selectedId; }
    bool isSelected(const QString &id) const { return !m_selectedId.isEmpty() && id == m_selectedId; }
    QString idOf(const QModelIndex &index) const;
    /// Shows the item in the editor and selects its row.
    void selectItem(const QString &id);
    void showItem(const QString &id);
    void selectRow(const QString &id);
    /// Selects the selected item's row again and shows it: it came back, or the rows were made again.
    void reselect();
    /// For changes of the current row that the panel makes itself, which choose no item.
    [[nodiscard]] QScopedValueRollback<bool> selectingProgrammatically()
    {
        return QScopedValueRollback<bool>(m_settingSelection, true);
    }
    void selectedAboutToBeRemoved();
    void itemsRemoved();
    /// Switches between the editor and the placeholder; an editor with nothing to show has no attributes.
    void setEditorShown(bool shown);
    /// Shows the note, unless the analyst is typing one that is not committed yet.
    void showNote(const QString &note);
    void commitNote();
    void scheduleProblems();
    /// Lists the first problems (`ids` say what each one selects) of `count`, and how many more there are.
    void listProblems(const QStringList &ids, const QStringList &texts, int count);
    /// Applies what is typed in the filter now, not after the pause.
    void filterNow();

    // A list of problems longer than this helps nobody; the rest are counted instead.
    static constexpr int maxListedProblems = 1000;

private:
    void onCurrentChanged(const QModelIndex &current);
    void activateProblem(QListWidgetItem *item);
    void forgetNote();

    const int m_idRole;
    QPointer<ArticleDocument> m_document;
    QString m_selectedId; // kept while its item is absent, so the selection comes back with it
    bool m_selectedBeingRemoved = false;
    bool m_settingSelection = false; // current-row changes the panel makes itself, not the analyst
    bool m_arranged = false; // the sections get their first sizes when the panel is first shown

    QLineEdit *m_filterEdit;
    QTimer *m_filterTimer;
    QAbstractItemView *m_view = nullptr;
    QWidget *m_besideFilter = nullptr;

    QStackedWidget *m_editorStack;
    QLabel *m_readOnlyLabel;
    QFormLayout *m_editorForm;
    AttributeForm *m_attributes;
    QPlainTextEdit *m_noteEdit;
    QTimer *m_noteTimer;
    QString m_noteOwnerId; // whose note the note field holds unsaved typing for; empty if none

    QGroupBox *m_problemsBox;
    QListWidget *m_problemList;
    QTimer *m_problemsTimer;
};

} // namespace Hashiya
