// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/relationrules.h"
#include "ui/widgets/itempanel.h"

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace Hashiya {

class RelationTableModel;
struct Relation;
struct Schema;

/// The relations of the open article: a sortable, filterable table of them, an editor for the selected one,
/// and the ones that break the schema's or the document's rules, kept up to date as anything changes. It reads
/// the document and changes it only by executing undo commands, so it follows undo and redo like any view.
class RelationPanel final : public ItemPanel
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
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrangeSections() override;
    QWidget *createTableSection();
    QWidget *createEditorSection();
    QWidget *createProblemsSection();

    const Relation *selectedRelationValue() const;
    QModelIndex toView(const QModelIndex &source) const;
    QModelIndex fromView(const QModelIndex &view) const;
    QModelIndex viewIndexOf(const QString &id) const override;
    bool isModelUpdating() const override;
    void refreshEditor() override;
    void updateTypeCombo(const Relation &relation);
    void updateEditable() override;

    void retype(int comboIndex);
    void writeAttribute(const QString &name, const QString &value) override;
    void writeNote(const QString &id, const QString &note) override;
    QList<QWidget *> editorsInTabOrder() const override;
    void removeSelected();

    void refreshProblems() override;

    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void onModelReset();
    void onViolationsChanged();
    void applyFilter() override;

    QSplitter *m_splitter; // the table, and beside or below it:
    QSplitter *m_sideSplitter; // the editor over the problems

    RelationTableModel *m_model;
    QSortFilterProxyModel *m_problemFilter; // only the rows with problems, when asked
    QSortFilterProxyModel *m_proxy; // the filter text and the sort order
    QCheckBox *m_problemsOnly;
    QTableView *m_table;
    QAction *m_removeAction;

    QLabel *m_sourceLabel;
    QLabel *m_targetLabel;
    QComboBox *m_typeCombo;
    QLabel *m_statusLabel;

    QLabel *m_problemCount;
    QStringList m_listedProblems; // what the list shows, to leave it alone when nothing changed
};

} // namespace Hashiya
