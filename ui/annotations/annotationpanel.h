// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema.h"
#include "ui/widgets/itempanel.h"

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTreeView;

namespace Hashiya {

class EntityTreeModel;
struct Entity;

/// The annotations of the open article: its entities grouped by type, an editor for the selected one, and
/// the places where they break the schema. It reads the document and changes it only by executing undo
/// commands, so every edit can be undone and the editor follows undo and redo like any other view.
class AnnotationPanel final : public ItemPanel
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
    /// The analyst asked to delete the entity (Delete in the list, or its context menu).
    void removeRequested(const QString &id);

private:
    QWidget *createTreeSection();
    QWidget *createEditorSection();
    QWidget *createProblemsSection();

    const Entity *selectedEntityValue() const;
    QModelIndex viewIndexOf(const QString &id) const override;
    bool isModelUpdating() const override;
    void refreshEditor() override;
    void updateEditable() override;
    void spanTypeRows();
    void expandIfSmall();
    void arrangeSections() override;

    void writeAttribute(const QString &name, const QString &value) override;
    void writeNote(const QString &id, const QString &note) override;
    void commitReference();
    void commitPendingEdits() override;
    QList<QWidget *> editorsInTabOrder() const override;

    void refreshProblems() override;

    void activate(const QModelIndex &index) override;
    void onEntityInserted(qsizetype position);
    void onEntityAboutToBeRemoved(qsizetype position);
    void onEntityRemoved();
    void onEntityChanged(qsizetype position);
    void onWasReset();
    void applyFilter() override;

    Schema m_schema;

    QSplitter *m_splitter;

    EntityTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_tree;

    QLabel *m_typeIcon;
    QLabel *m_typeLabel;
    QLabel *m_textLabel;
    QLineEdit *m_referenceEdit;
};

} // namespace Hashiya
