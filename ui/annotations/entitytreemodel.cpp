// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitytreemodel.h"

#include "model/annotationset.h"
#include "model/articledocument.h"
#include "ui/widgets/interfacelocale.h"
#include "ui/widgets/typeswatch.h"

#include <QFont>
#include <QScopedValueRollback>

#include <algorithm>
#include <climits>

namespace Hashiya {
EntityTreeModel::EntityTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

EntityTreeModel::~EntityTreeModel() = default;

void EntityTreeModel::setDocument(ArticleDocument *document, const Schema *schema)
{
    beginResetModel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    if (m_set)
        disconnect(m_set, nullptr, this, nullptr);
    clear();
    m_document = document;
    m_set = document ? document->annotations() : nullptr;
    m_schema = schema ? *schema : Schema();
    m_typeRank.clear();
    for (qsizetype i = 0; i < m_schema.entityTypes.size(); ++i)
        m_typeRank.insert(m_schema.entityTypes.at(i).name, int(i));

    // The text never changes while a document is open, so its line starts are found once.
    m_lineStarts.assign(1, 0);
    if (document) {
        qsizetype codePoint = 0;
        for (const QChar c : document->text()) {
            if (c.isLowSurrogate())
                continue;
            ++codePoint;
            if (c == u'\n')
                m_lineStarts.push_back(codePoint);
        }
    }

    if (m_set) {
        connect(m_set, &AnnotationSet::entityInserted, this, &EntityTreeModel::onEntityInserted);
        connect(m_set, &AnnotationSet::entityAboutToBeRemoved, this, &EntityTreeModel::onEntityAboutToBeRemoved);
        connect(m_set, &AnnotationSet::entityRemoved, this, &EntityTreeModel::onEntityRemoved);
        connect(m_set, &AnnotationSet::entityChanged, this, &EntityTreeModel::onEntityChanged);
        connect(m_set, &AnnotationSet::aboutToBeReset, this, &EntityTreeModel::onAboutToBeReset);
        connect(m_set, &AnnotationSet::wasReset, this, &EntityTreeModel::onWasReset);
        connect(document, &QObject::destroyed, this, &EntityTreeModel::onDocumentDestroyed);
        rebuild();
    }
    endResetModel();
}

QModelIndex EntityTreeModel::indexOfEntity(const QString &id) const
{
    const qsizetype position = m_set ? m_set->indexOfEntity(id) : -1;
    return position < 0 ? QModelIndex() : indexAtPosition(position);
}

QModelIndex EntityTreeModel::indexAtPosition(qsizetype position) const
{
    const Group *group = m_groupByType.value(m_set->entityAt(position).type);
    if (!group)
        return {};
    const auto it = std::lower_bound(group->entities.begin(), group->entities.end(), position);
    if (it == group->entities.end() || *it != position)
        return {};
    return createIndex(int(it - group->entities.begin()), 0, const_cast<Group *>(group));
}

QModelIndex EntityTreeModel::indexOfType(const QString &type) const
{
    const Group *group = m_groupByType.value(type);
    return group ? indexOf(group) : QModelIndex();
}

qsizetype EntityTreeModel::lineOf(qsizetype offset) const
{
    return qsizetype(std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset) - m_lineStarts.begin());
}

QModelIndex EntityTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_groups.size()) ? createIndex(row, column, nullptr) : QModelIndex();
    if (parent.internalPointer() || parent.column() != 0 || parent.row() >= int(m_groups.size()))
        return {};
    Group *group = m_groups[size_t(parent.row())].get();
    return row < int(group->entities.size()) ? createIndex(row, column, group) : QModelIndex();
}

QModelIndex EntityTreeModel::parent(const QModelIndex &child) const
{
    const Group *group = groupOf(child);
    return group ? indexOf(group) : QModelIndex();
}

int EntityTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalPointer() || parent.column() != 0)
        return 0;
    return int(m_groups[size_t(parent.row())]->entities.size());
}

int EntityTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant EntityTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_document)
        return {};
    if (const Group *group = groupOf(index))
        return entityData(group->entities[size_t(index.row())], index.column(), role);
    return groupData(*m_groups[size_t(index.row())], index.column(), role);
}

QVariant EntityTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn:
        return tr("Entity");
    case LineColumn:
        return tr("Line");
    case OffsetColumn:
        return tr("Offset");
    case AttributesColumn:
        return tr("Attributes");
    }
    return {};
}

Qt::ItemFlags EntityTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (groupOf(index))
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

void EntityTreeModel::clear()
{
    m_groups.clear();
    m_groupByType.clear();
}

void EntityTreeModel::rebuild()
{
    const EntityList &entities = m_set->entities();
    Group *current = nullptr;
    size_t i = 0;
    for (auto entity = entities.begin(); entity != entities.end(); ++entity, ++i) {
        const QString &type = entity->type;
        if (!current || current->type != type) {
            Group *&group = m_groupByType[type];
            if (!group) {
                m_groups.push_back(makeGroup(type));
                group = m_groups.back().get();
            }
            current = group;
        }
        current->entities.push_back(qsizetype(i));
    }
    std::sort(m_groups.begin(), m_groups.end(),
              [this](const std::unique_ptr<Group> &a, const std::unique_ptr<Group> &b) { return groupLess(*a, *b); });
}

std::unique_ptr<EntityTreeModel::Group> EntityTreeModel::makeGroup(const QString &type) const
{
    auto group = std::make_unique<Group>();
    group->type = type;
    const EntityType *schemaType = m_schema.entityType(type);
    group->known = schemaType != nullptr;
    group->rank = m_typeRank.value(type, INT_MAX);
    group->label = schemaType ? schemaType->label(InterfaceLocale::language()) : type;
    group->swatch =
        typeSwatch(schemaType && schemaType->color.isValid() ? schemaType->color : Schema::fallbackColor(type));
    return group;
}

bool EntityTreeModel::groupLess(const Group &a, const Group &b) const
{
    if (a.rank != b.rank)
        return a.rank < b.rank;
    return a.type < b.type;
}

int EntityTreeModel::rowOf(const Group *group) const
{
    // A handful of types: a scan is cheaper than keeping a row index up to date.
    for (size_t row = 0; row < m_groups.size(); ++row) {
        if (m_groups[row].get() == group)
            return int(row);
    }
    return -1;
}

QModelIndex EntityTreeModel::indexOf(const Group *group, int column) const
{
    const int row = rowOf(group);
    return row < 0 ? QModelIndex() : createIndex(row, column, nullptr);
}

const EntityTreeModel::Group *EntityTreeModel::groupOf(const QModelIndex &index) const
{
    // Entity rows carry their group (stable while it exists); type rows carry nothing.
    return index.isValid() ? static_cast<const Group *>(index.internalPointer()) : nullptr;
}

void EntityTreeModel::shiftPositions(qsizetype from, qsizetype delta)
{
    for (const std::unique_ptr<Group> &group : m_groups) {
        auto it = std::lower_bound(group->entities.begin(), group->entities.end(), from);
        for (; it != group->entities.end(); ++it)
            *it += delta;
    }
}

void EntityTreeModel::emitCountChanged(const Group *group)
{
    const QModelIndex index = indexOf(group);
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::ToolTipRole, EntityCountRole});
}

QVariant EntityTreeModel::groupData(const Group &group, int column, int role) const
{
    const int count = int(group.entities.size());
    switch (role) {
    case Qt::DisplayRole:
        if (column != TextColumn)
            return {};
        return group.known ? tr("%1 (%2)").arg(group.label, InterfaceLocale::number(count))
                           : tr("%1 (%2) — not in the schema").arg(group.type, InterfaceLocale::number(count));
    case Qt::DecorationRole:
        return column == TextColumn ? QVariant(group.swatch) : QVariant();
    case Qt::ToolTipRole:
        return group.known
            ? InterfaceLocale::withDigits(tr("%n entity(ies) of type %1", nullptr, count)).arg(group.type)
            : InterfaceLocale::withDigits(tr("The schema has no entity type %1; %n entity(ies) use it", nullptr, count))
                  .arg(group.type);
    case Qt::FontRole:
        if (!group.known) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case TypeNameRole:
        return group.type;
    case EntityCountRole:
        return count;
    case UnknownTypeRole:
        return !group.known;
    case SearchTextRole:
        return QString(group.label + u'\n' + group.type);
    }
    return {};
}

QVariant EntityTreeModel::entityData(qsizetype position, int column, int role) const
{
    // Between the set's change and the signal that reports it, positions may run past the end.
    if (position < 0 || position >= m_set->entityCount())
        return {};
    const Entity &entity = m_set->entityAt(position);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TextColumn:
            return m_document->textOf(entity).replace(u'\n', u' ');
        case LineColumn:
            return tr("line %1").arg(InterfaceLocale::number(lineOf(entity.start())));
        case OffsetColumn:
            return InterfaceLocale::number(entity.start());
        case AttributesColumn:
            return attributeSummary(position);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == AttributesColumn)
            return attributeSummary(position);
        return entity.note.isEmpty() ? m_document->textOf(entity)
                                     : tr("%1\nNote: %2").arg(m_document->textOf(entity), entity.note);
    case Qt::TextAlignmentRole:
        if (column == LineColumn || column == OffsetColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case EntityIdRole:
        return entity.id;
    case TypeNameRole:
        return entity.type;
    case SearchTextRole:
        return m_document->textOf(entity);
    case StartRole:
        return qlonglong(entity.start());
    case LineRole:
        return qlonglong(lineOf(entity.start()));
    }
    return {};
}

QString EntityTreeModel::attributeSummary(qsizetype position) const
{
    const Attributes &attributes = m_set->entityAt(position).attributes;
    QStringList parts;
    parts.reserve(attributes.size());
    const QString language = InterfaceLocale::language();
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        const AttributeDefinition *definition = m_schema.attribute(it.key());
        parts.append(tr("%1: %2").arg(definition ? definition->label(language) : it.key(), it.value()));
    }
    return parts.join(tr(", "));
}

void EntityTreeModel::onEntityInserted(qsizetype position)
{
    const QScopedValueRollback<bool> updating(m_updating, true);
    // Rows keep showing the entities they showed: those after the new one moved up by one in the set.
    shiftPositions(position, 1);
    const QString &type = m_set->entityAt(position).type;
    if (Group *group = m_groupByType.value(type)) {
        const auto it = std::lower_bound(group->entities.begin(), group->entities.end(), position);
        const int row = int(it - group->entities.begin());
        beginInsertRows(indexOf(group), row, row);
        group->entities.insert(it, position);
        endInsertRows();
        emitCountChanged(group);
        return;
    }
    std::unique_ptr<Group> group = makeGroup(type);
    group->entities.push_back(position);
    const auto it = std::upper_bound(
        m_groups.begin(), m_groups.end(), group,
        [this](const std::unique_ptr<Group> &a, const std::unique_ptr<Group> &b) { return groupLess(*a, *b); });
    const int row = int(it - m_groups.begin());
    beginInsertRows({}, row, row);
    m_groupByType.insert(type, group.get());
    m_groups.insert(it, std::move(group));
    endInsertRows();
}

void EntityTreeModel::onEntityAboutToBeRemoved(qsizetype position)
{
    // Stays set until onEntityRemoved(), when the positions after this one are right again.
    m_updating = true;
    const QString type = m_set->entityAt(position).type;
    Group *group = m_groupByType.value(type);
    Q_ASSERT(group);
    if (!group)
        return;
    const auto it = std::lower_bound(group->entities.begin(), group->entities.end(), position);
    Q_ASSERT(it != group->entities.end() && *it == position);
    if (group->entities.size() == 1) {
        const int row = rowOf(group);
        beginRemoveRows({}, row, row);
        m_groupByType.remove(type);
        m_groups.erase(m_groups.begin() + row);
        endRemoveRows();
        return;
    }
    const int row = int(it - group->entities.begin());
    beginRemoveRows(indexOf(group), row, row);
    group->entities.erase(it);
    endRemoveRows();
    emitCountChanged(group);
}

void EntityTreeModel::onEntityRemoved(qsizetype position)
{
    shiftPositions(position + 1, -1);
    m_updating = false;
}

void EntityTreeModel::onEntityChanged(qsizetype position)
{
    // The set reports a change in place only when the position and type stay, so the row stays too.
    const QScopedValueRollback<bool> updating(m_updating, true);
    const QModelIndex index = indexAtPosition(position);
    if (index.isValid())
        Q_EMIT dataChanged(index, index.siblingAtColumn(ColumnCount - 1));
}

void EntityTreeModel::onAboutToBeReset()
{
    m_updating = true;
    beginResetModel();
}

void EntityTreeModel::onWasReset()
{
    clear();
    rebuild();
    endResetModel();
    m_updating = false;
}

void EntityTreeModel::onDocumentDestroyed()
{
    beginResetModel();
    clear();
    m_set = nullptr;
    m_lineStarts.assign(1, 0);
    endResetModel();
}

} // namespace Hashiya
