// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/articledocument.h" // QPointer needs the complete type
#include "model/schema.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

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
class QTimer;
class QTreeView;

namespace Hashiya {

class AttributeForm;
class EntityTreeModel;
struct Entity;

/// The annotations of the open article: its entities grouped by type, an editor for the selected one, and
/// the places where they break the schema. It reads the document and changes it only by executing undo
/// commands, so every edit can be undone and the editor follows undo and redo like any other view.
class AnnotationPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationPanel)

public:
    explicit AnnotationPanel(QWidget *parent = nullptr);
    ~AnnotationPanel() override;

    /// Shows the annotations of `document` checked against `schema` (copied); nullptr clears the panel.
    void setDocument(ArticleDocument *document, const Schema *schema);
    /// Selects the entity's row, scrolls to it and shows it in the editor; does not emit entityActivated.
    void setSelectedEntity(const QString &id);
    /// The entity shown in the editor; empty if none.
    QString selectedEntity() const;

    EntityTreeModel *model() const { return m_model; }
    QSize sizeHint() const override;

Q_SIGNALS:
    /// The analyst chose an entity, in the tree or among the schema problems, with the mouse or the keyboard.
    void entityActivated(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createTreeSection();
    QWidget *createEditorSection();
    QWidget *createProblemsSection();

    const Entity *selectedEntityValue() const;
    void selectRow(const QString &id);
    void showEntity(const QString &id);
    void refreshEditor();
    void updateEditable();
    void spanTypeRows();
    void expandIfSmall();

    void setAttribute(const QString &name, const QString &value);
    void orderTabs();
    void commitNote();
    void commitReference();
    void commitPendingEdits();

    void scheduleProblems();
    void refreshProblems();
    void activateProblem(QListWidgetItem *item);

    void onCurrentChanged(const QModelIndex &current);
    void onActivated(const QModelIndex &index);
    void onEntityInserted(qsizetype position);
    void onEntityAboutToBeRemoved(qsizetype position);
    void onEntityRemoved();
    void onEntityChanged(qsizetype position);
    void onWasReset();
    void applyFilter();

    QPointer<ArticleDocument> m_document;
    Schema m_schema;
    QString m_selectedId; // kept while its entity is briefly absent (a retype removes and re-inserts it)
    bool m_selectedBeingRemoved = false;
    bool m_settingSelection = false; // current-row changes the panel makes itself, not the analyst
    bool m_sized = false; // the sections get their first sizes when the panel is first shown

    QSplitter *m_splitter;

    EntityTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filterEdit;
    QTimer *m_filterTimer;
    QTreeView *m_tree;

    QStackedWidget *m_editorStack;
    QLabel *m_readOnlyLabel;
    QLabel *m_typeIcon;
    QLabel *m_typeLabel;
    QLabel *m_textLabel;
    AttributeForm *m_attributes;
    QPlainTextEdit *m_noteEdit;
    QLineEdit *m_referenceEdit;
    QTimer *m_noteTimer;
    QString m_noteEntityId; // whose note the note field holds unsaved typing for; empty if none

    QGroupBox *m_problemsBox;
    QListWidget *m_problemList;
    QTimer *m_problemsTimer;
};

} // namespace Hashiya
