// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/articledocument.h" // QPointer needs the complete type
#include "model/schema.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <QPointer>

#include <memory>
#include <vector>

namespace Hashiya {

/// The entities of one article as a two-level tree: the entity types present (the schema's in schema order,
/// then those it lacks, flagged), each holding its entities in text order. An adapter: it keeps only the
/// grouping, as positions in the annotation set, and follows the set's signals row by row.
class EntityTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityTreeModel)

public:
    enum Column { TextColumn, LineColumn, OffsetColumn, AttributesColumn, ColumnCount };
    enum Role {
        EntityIdRole = Qt::UserRole + 1, ///< entity rows: the entity's id; type rows: empty
        TypeNameRole, ///< the type's name, on both levels
        EntityCountRole, ///< type rows: how many entities have the type
        UnknownTypeRole, ///< type rows: true if the schema lacks the type
        SearchTextRole, ///< what a filter matches: the entity's text, or the type's label and name
        StartRole, ///< entity rows: the code point offset of the entity's start
        LineRole, ///< entity rows: the 1-based line of the entity's start
    };

    explicit EntityTreeModel(QObject *parent = nullptr);
    ~EntityTreeModel() override;

    /// Shows the entities of `document` (none if nullptr), grouped by the types of `schema`, which is copied;
    /// without a schema every type counts as unknown.
    void setDocument(ArticleDocument *document, const Schema *schema);
    ArticleDocument *document() const { return m_document; }

    QModelIndex indexOfEntity(const QString &id) const; ///< column 0; invalid if absent
    QModelIndex indexOfType(const QString &type) const; ///< column 0; invalid if no entity has the type
    /// The 1-based line of the document's text that holds code point `offset`.
    qsizetype lineOf(qsizetype offset) const;

    /// True while the model follows a change of the annotation set. Views' selection models move their
    /// current row then, so a listener can tell those moves from the user's.
    bool isUpdating() const { return m_updating; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Group
    {
        QString type;
        QString label;
        int rank = 0; // position in the schema; types it lacks come after all of its own
        bool known = false;
        QIcon swatch;
        std::vector<qsizetype> entities; // positions in the set, ascending, which is text order
    };

    void clear();
    void rebuild();
    std::unique_ptr<Group> makeGroup(const QString &type) const;
    bool groupLess(const Group &a, const Group &b) const;
    int rowOf(const Group *group) const;
    QModelIndex indexOf(const Group *group, int column = 0) const;
    const Group *groupOf(const QModelIndex &index) const; // the group an entity row belongs to, else nullptr
    QModelIndex indexAtPosition(qsizetype position) const; // the row of the set's entity at `position`
    void shiftPositions(qsizetype from, qsizetype delta);
    void emitCountChanged(const Group *group);

    QVariant groupData(const Group &group, int column, int role) const;
    QVariant entityData(qsizetype position, int column, int role) const;
    QString attributeSummary(qsizetype position) const;

    void onEntityInserted(qsizetype position);
    void onEntityAboutToBeRemoved(qsizetype position);
    void onEntityRemoved(qsizetype position);
    void onEntityChanged(qsizetype position);
    void onAboutToBeReset();
    void onWasReset();
    void onDocumentDestroyed();

    QPointer<ArticleDocument> m_document;
    AnnotationSet *m_set = nullptr;
    Schema m_schema;
    QHash<QString, int> m_typeRank;
    std::vector<qsizetype> m_lineStarts; // code point offset of each line's first character
    std::vector<std::unique_ptr<Group>> m_groups; // in display order; pointers are stable for index()
    QHash<QString, Group *> m_groupByType;
    bool m_updating = false;
};

} // namespace Hashiya
