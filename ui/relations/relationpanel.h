// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/articledocument.h" // QPointer needs the complete type
#include "model/relationrules.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QModelIndex;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace Hashiya {

class AttributeForm;
class RelationTableModel;
struct Relation;
struct Schema;

/// The relations of the open article: a sortable, filterable table of them, an editor for the selected one,
/// and the ones that break the schema's or the document's rules, kept up to date as anything changes. It reads
/// the document and changes it only by executing undo commands, so it follows undo and redo like any view.
class RelationPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelationPanel)

public:
    explicit RelationPanel(QWidget *parent = nullptr);
    ~RelationPanel() override;

    /// Shows the relations of `document` checked against `schema` (copied); nullptr clears the panel.
    void setDocument(ArticleDocument *document, const Schema *schema);
    /// Selects the relation's row, scrolls to it and shows it in the editor; does not emit relationActivated.
    void setSelectedRelation(const QString &id);
    /// The relation shown in the editor; empty if none.
    QString selectedRelation() const;

    RelationTableModel *model() const { return m_model; }
    /// What is wrong with the relations now, in relation order.
    QList<RelationViolation> violations() const;

    QSize sizeHint() const override;

Q_SIGNALS:
    /// The analyst chose a relation, in the table or among the problems, with the mouse or the keyboard.
    void relationActivated(const QString &id);
    /// The problems found in the relations changed; `count` is how many there are now.
    void violationsChanged(int count);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrangeSections();
    QWidget *createTableSection();
    QWidget *createEditorSection();
    QWidget *createProblemsSection();

    const Relation *selectedRelationValue() const;
    QModelIndex toView(const QModelIndex &source) const;
    QModelIndex fromView(const QModelIndex &view) const;
    void selectRow(const QString &id);
    void showRelation(const QString &id);
    void refreshEditor();
    void updateTypeCombo(const Relation &relation);
    void updateEditable();

    void retype(int comboIndex);
    void setAttribute(const QString &name, const QString &value);
    void orderTabs();
    void commitNote();
    void commitPendingEdits();
    void removeSelected();

    void scheduleProblems();
    void refreshProblems();
    void activateProblem(QListWidgetItem *item);

    void onCurrentChanged(const QModelIndex &current);
    void onActivated(const QModelIndex &index);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved();
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void onModelReset();
    void onViolationsChanged();
    void applyFilter();

    QPointer<ArticleDocument> m_document;
    QString m_selectedId; // kept while its relation is absent, so the selection comes back with an undo
    bool m_selectedBeingRemoved = false;
    bool m_settingSelection = false; // current-row changes the panel makes itself, not the analyst
    bool m_sized = false; // the sections get their first sizes when the panel is first shown

    QSplitter *m_splitter; // the table, and beside or below it:
    QSplitter *m_sideSplitter; // the editor over the problems

    RelationTableModel *m_model;
    QSortFilterProxyModel *m_problemFilter; // only the rows with problems, when asked
    QSortFilterProxyModel *m_proxy; // the filter text and the sort order
    QLineEdit *m_filterEdit;
    QCheckBox *m_problemsOnly;
    QTimer *m_filterTimer;
    QTableView *m_table;
    QAction *m_removeAction;

    QStackedWidget *m_editorStack;
    QLabel *m_readOnlyLabel;
    QLabel *m_sourceLabel;
    QLabel *m_targetLabel;
    QComboBox *m_typeCombo;
    QLabel *m_statusLabel;
    AttributeForm *m_attributes;
    QPlainTextEdit *m_noteEdit;
    QTimer *m_noteTimer;
    QString m_noteRelationId; // whose note the note field holds unsaved typing for; empty if none

    QGroupBox *m_problemsBox;
    QLabel *m_problemCount;
    QListWidget *m_problemList;
    QTimer *m_problemsTimer;
    QStringList m_listedProblems; // what the list shows, to leave it alone when nothing changed
};

} // namespace Hashiya
