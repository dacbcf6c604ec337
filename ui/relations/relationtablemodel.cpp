// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationtablemodel.h"

#include "model/annotationset.h"
#include "model/articledocument.h"
#include "model/relationchecker.h"
#include "model/relationindex.h"
#include "text/searchtext.h"
#include "text/wordboundaries.h"
#include "ui/widgets/interfacelocale.h"

#include <QApplication>
#include <QFont>
#include <QScopedValueRollback>
#include <QStyle>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hashiya {
namespace {

// A sentence longer than this is shown as this much around the entity, the rest in the tooltip.
constexpr qsizetype maxExcerpt = 160;
// How much of the excerpt comes before the entity.
constexpr qsizetype excerptLead = 60;
// An excerpt ends at a space if there is one this close to where it would be cut.
constexpr qsizetype wordSlack = 24;
// Above this many rows changing status at once, one signal for the whole column is cheaper for views.
constexpr qsizetype rowSignalLimit = 256;

} // namespace

RelationTableModel::RelationTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_checkTimer(new QTimer(this))
{
    // A macro or a quick series of undos makes one check, on the next turn of the event loop.
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(0);
    connect(m_checkTimer, &QTimer::timeout, this, [this] {
        if (runCheck(true))
            Q_EMIT violationsChanged();
    });
}

RelationTableModel::~RelationTableModel() = default;

void RelationTableModel::setDocument(ArticleDocument *document, const Schema *schema)
{
    beginResetModel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    if (m_set)
        disconnect(m_set, nullptr, this, nullptr);
    m_relationIndex.reset();
    m_checker.reset();
    m_pendingChecks.clear();
    m_cache.clear();
    m_document = document;
    m_set = document ? document->annotations() : nullptr;
    m_schema = schema ? *schema : Schema();
    m_hasSchema = schema != nullptr;
    if (m_set) {
        m_relationIndex = std::make_unique<RelationIndex>(m_set);
        m_checker = std::make_unique<RelationChecker>(m_set, m_hasSchema ? &m_schema : nullptr);
        connect(m_set, &AnnotationSet::relationAboutToBeInserted, this,
                &RelationTableModel::onRelationAboutToBeInserted);
        connect(m_set, &AnnotationSet::relationInserted, this, &RelationTableModel::onRelationInserted);
        connect(m_set, &AnnotationSet::relationAboutToBeRemoved, this, &RelationTableModel::onRelationAboutToBeRemoved);
        connect(m_set, &AnnotationSet::relationRemoved, this, &RelationTableModel::onRelationRemoved);
        connect(m_set, &AnnotationSet::relationChanged, this, &RelationTableModel::onRelationChanged);
        // An entity that is retyped, resized or removed changes the text, sentence and status of its relations.
        connect(m_set, &AnnotationSet::entityInserted, this, &RelationTableModel::onEntityChanged);
        connect(m_set, &AnnotationSet::entityChanged, this, &RelationTableModel::onEntityChanged);
        connect(m_set, &AnnotationSet::entityAboutToBeRemoved, this, &RelationTableModel::onEntityAboutToBeRemoved);
        connect(m_set, &AnnotationSet::entityRemoved, this, &RelationTableModel::onEntityRemoved);
        connect(m_set, &AnnotationSet::aboutToBeReset, this, &RelationTableModel::onAboutToBeReset);
        connect(m_set, &AnnotationSet::wasReset, this, &RelationTableModel::onWasReset);
        connect(document, &QObject::destroyed, this, &RelationTableModel::onDocumentDestroyed);
    }
    // Checked before the views see the rows, so a filter on the status sees the right one.
    const bool changed = runCheck(false);
    endResetModel();
    if (changed)
        Q_EMIT violationsChanged();
}

QModelIndex RelationTableModel::indexOfRelation(const QString &id, int column) const
{
    const qsizetype row = m_set ? m_set->indexOfRelation(id) : -1;
    return row < 0 ? QModelIndex() : index(int(row), column);
}

void RelationTableModel::checkNow()
{
    if (m_checkTimer->isActive() && runCheck(true))
        Q_EMIT violationsChanged();
}

QString RelationTableModel::entityText(const QString &entityId) const
{
    const Entity *entity = m_set ? m_set->entity(entityId) : nullptr;
    if (!entity)
        return tr("missing entity %1").arg(entityId);
    return m_document->textOf(*entity).replace(u'\n', u' ');
}

QString RelationTableModel::typeText(const QString &type) const
{
    const RelationType *relationType = m_schema.relationType(type);
    const QString label = relationType ? relationType->label(InterfaceLocale::language()) : type;
    // The arrow points from the source column to the target column, which a right-to-left layout mirrors.
    QChar arrow = QApplication::isRightToLeft() ? QChar(0x2190) : QChar(0x2192);
    if (relationType && relationType->symmetric)
        arrow = QChar(0x2194);
    return tr("%1 %2", "a relation type's label and its direction arrow").arg(label, arrow);
}

QString RelationTableModel::summary(const Relation &relation) const
{
    return tr("%1 — %2 — %3", "source, relation type, target")
        .arg(InterfaceLocale::isolated(entityText(relation.from)), typeText(relation.type), InterfaceLocale::isolated(entityText(relation.to)));
}

int RelationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_set ? 0 : int(m_set->relationCount());
}

int RelationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RelationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_set || index.row() >= m_set->relationCount())
        return {};
    const Relation &relation = m_set->relationAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(relation, column);
    case Qt::ToolTipRole:
        return toolTip(relation, column);
    case Qt::FontRole:
        // What the article or the schema lacks is in italics, as in the entity list.
        if ((column == SourceColumn && !m_set->entity(relation.from))
            || (column == TargetColumn && !m_set->entity(relation.to))
            || (column == TypeColumn && !m_schema.relationType(relation.type))) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if (column == StatusColumn && m_problems.contains(relation.id)) {
            if (m_warningIcon.isNull())
                m_warningIcon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
            return m_warningIcon;
        }
        return {};
    case RelationIdRole:
        return relation.id;
    case TypeNameRole:
        return relation.type;
    case SearchTextRole: {
        RowCache &cache = m_cache[relation.id];
        if (!cache.hasSearch) {
            QString all = relation.type;
            for (int c = 0; c < ColumnCount; ++c)
                all += u'\n' + displayText(relation, c);
            cache.search = SearchText::fold(all);
            cache.hasSearch = true;
        }
        return cache.search;
    }
    case HasViolationRole:
        return m_problems.contains(relation.id);
    }
    return {};
}

QVariant RelationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SourceColumn:
        return tr("Source");
    case TypeColumn:
        return tr("Type");
    case TargetColumn:
        return tr("Target");
    case SentenceColumn:
        return tr("Sentence");
    case AttributesColumn:
        return tr("Attributes");
    case NoteColumn:
        return tr("Note");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

Qt::ItemFlags RelationTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QString RelationTableModel::displayText(const Relation &relation, int column) const
{
    switch (column) {
    case SourceColumn:
        return entityText(relation.from);
    case TypeColumn:
        return typeText(relation.type);
    case TargetColumn:
        return entityText(relation.to);
    case SentenceColumn:
        return sentence(relation);
    case AttributesColumn:
        return attributeSummary(relation);
    case NoteColumn:
        return QString(relation.note).replace(u'\n', u' ');
    case StatusColumn:
        return status(relation);
    }
    return {};
}

QString RelationTableModel::toolTip(const Relation &relation, int column) const
{
    switch (column) {
    case TypeColumn: {
        const RelationType *type = m_schema.relationType(relation.type);
        if (!type)
            return tr("The schema has no relation type %1").arg(relation.type);
        return type->symmetric ? tr("%1: either way round").arg(type->name)
                               : tr("%1: from source to target").arg(type->name);
    }
    case SentenceColumn:
        return fullSentences(relation);
    case NoteColumn:
        return relation.note;
    case StatusColumn:
        return m_problems.value(relation.id).join(u'\n');
    }
    return displayText(relation, column);
}

QString RelationTableModel::sentence(const Relation &relation) const
{
    RowCache &cache = m_cache[relation.id];
    if (cache.hasSentence)
        return cache.sentence;
    struct Place
    {
        TextRange sentence;
        qsizetype focus;
    };
    const QString &text = m_document->text();
    const qsizetype count = m_document->codePoints().codePointCount();
    std::vector<Place> places;
    for (const QString &id : {relation.from, relation.to}) {
        if (const Entity *entity = m_set->entity(id)) {
            // Clamped: a read-only document may hold spans its damaged sidecar placed outside the text.
            const qsizetype focus = m_document->codePoints().toUtf16(std::clamp<qsizetype>(entity->start(), 0, count));
            places.push_back({sentenceAt(text, focus), focus});
        }
    }
    if (places.size() == 2 && places[0].sentence == places[1].sentence)
        places.pop_back();
    std::sort(places.begin(), places.end(), [](const Place &a, const Place &b) { return a.sentence < b.sentence; });
    QStringList parts;
    for (const Place &place : places)
        parts.append(excerpt(place.sentence.first, place.sentence.second, place.focus));
    cache.sentence = parts.join(u" ‖ "_s);
    cache.hasSentence = true;
    return cache.sentence;
}

QString RelationTableModel::fullSentences(const Relation &relation) const
{
    const QString &text = m_document->text();
    const qsizetype count = m_document->codePoints().codePointCount();
    QList<TextRange> ranges;
    for (const QString &id : {relation.from, relation.to}) {
        if (const Entity *entity = m_set->entity(id)) {
            const TextRange range =
                sentenceAt(text, m_document->codePoints().toUtf16(std::clamp<qsizetype>(entity->start(), 0, count)));
            if (!ranges.contains(range))
                ranges.append(range);
        }
    }
    std::sort(ranges.begin(), ranges.end());
    QStringList sentences;
    for (const auto &[from, to] : std::as_const(ranges))
        sentences.append(text.sliced(from, to - from).simplified());
    return sentences.join(u"\n\n"_s);
}

QString RelationTableModel::excerpt(qsizetype from, qsizetype to, qsizetype focus) const
{
    const QString &text = m_document->text();
    qsizetype start = from;
    qsizetype end = to;
    if (to - from > maxExcerpt) {
        start = std::clamp(focus - excerptLead, from, to - maxExcerpt);
        end = start + maxExcerpt;
        // Cut between words where a space is near, and never between the halves of a surrogate pair.
        if (start > from && !text[start - 1].isSpace()) {
            for (qsizetype i = start; i < std::min(start + wordSlack, focus); ++i) {
                if (text[i].isSpace()) {
                    start = i + 1;
                    break;
                }
            }
        }
        if (end < to && !text[end].isSpace()) {
            for (qsizetype i = end; i > std::max(end - wordSlack, focus); --i) {
                if (text[i - 1].isSpace()) {
                    end = i - 1;
                    break;
                }
            }
        }
        if (start > from && text[start].isLowSurrogate())
            ++start;
        if (end < to && text[end].isLowSurrogate())
            --end;
    }
    QString shown = text.sliced(start, end - start).simplified();
    if (start > from)
        shown.prepend(QChar(0x2026));
    if (end < to)
        shown.append(QChar(0x2026));
    return shown;
}

QString RelationTableModel::attributeSummary(const Relation &relation) const
{
    QStringList parts;
    parts.reserve(relation.attributes.size());
    const QString language = InterfaceLocale::language();
    for (auto it = relation.attributes.begin(); it != relation.attributes.end(); ++it) {
        const AttributeDefinition *definition = m_schema.attribute(it.key());
        parts.append(tr("%1=%2", "attribute name and value")
                         .arg(definition ? definition->label(language) : it.key(), it.value()));
    }
    return parts.join(tr(", "));
}

QString RelationTableModel::status(const Relation &relation) const
{
    const auto found = m_problems.constFind(relation.id);
    return found == m_problems.cend() ? tr("OK") : found->join(tr("; "));
}

void RelationTableModel::scheduleCheck(const QStringList &relationIds)
{
    m_pendingChecks.append(relationIds);
    m_checkTimer->start();
}

bool RelationTableModel::runCheck(bool notifyRows)
{
    m_checkTimer->stop();
    QList<RelationViolation> violations;
    if (m_checker) {
        m_checker->recheck(std::exchange(m_pendingChecks, {}));
        violations = m_checker->violations();
    }
    if (violations == m_violations)
        return false;
    QHash<QString, QStringList> problems;
    for (const RelationViolation &violation : std::as_const(violations))
        problems[violation.relationId].append(violation.message);
    QStringList changed;
    if (notifyRows) {
        for (auto it = problems.cbegin(); it != problems.cend(); ++it) {
            if (m_problems.value(it.key()) != it.value())
                changed.append(it.key());
        }
        for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
            if (!problems.contains(it.key()))
                changed.append(it.key());
        }
    }
    m_violations = std::move(violations);
    m_problems = std::move(problems);
    for (const QString &id : std::as_const(changed)) {
        const auto cached = m_cache.find(id);
        if (cached != m_cache.end())
            cached->hasSearch = false;
    }
    if (changed.size() > rowSignalLimit && rowCount() > 0) {
        const QScopedValueRollback<bool> updating(m_updating, true);
        Q_EMIT dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
    } else {
        for (const QString &id : std::as_const(changed)) {
            const qsizetype row = m_set->indexOfRelation(id);
            if (row >= 0)
                emitRowChanged(row, StatusColumn, StatusColumn);
        }
    }
    return true;
}

void RelationTableModel::relationsChanged(const QStringList &ids)
{
    for (const QString &id : ids) {
        m_cache.remove(id);
        const qsizetype row = m_set->indexOfRelation(id);
        if (row >= 0)
            emitRowChanged(row);
    }
}

void RelationTableModel::emitRowChanged(qsizetype row, int firstColumn, int lastColumn)
{
    const QScopedValueRollback<bool> updating(m_updating, true);
    Q_EMIT dataChanged(index(int(row), firstColumn), index(int(row), lastColumn));
}

void RelationTableModel::onRelationAboutToBeInserted(qsizetype index)
{
    // Stays set until the row is in, as views move their current row in between.
    m_updating = true;
    beginInsertRows({}, int(index), int(index));
}

void RelationTableModel::onRelationInserted(qsizetype index)
{
    endInsertRows();
    m_updating = false;
    scheduleCheck({m_set->relationAt(index).id});
}

void RelationTableModel::onRelationAboutToBeRemoved(qsizetype index)
{
    m_updating = true;
    m_cache.remove(m_set->relationAt(index).id);
    m_pendingChecks.append(m_set->relationAt(index).id); // checked once it is gone
    beginRemoveRows({}, int(index), int(index));
}

void RelationTableModel::onRelationRemoved()
{
    endRemoveRows();
    m_updating = false;
    scheduleCheck({});
}

void RelationTableModel::onRelationChanged(qsizetype index)
{
    relationsChanged({m_set->relationAt(index).id});
    scheduleCheck({m_set->relationAt(index).id});
}

void RelationTableModel::onEntityChanged(qsizetype index)
{
    const QStringList relations = m_relationIndex->relationsOf(m_set->entityAt(index).id);
    // Tagging an entity nobody links to changes no relation: no need to check them all again.
    if (relations.isEmpty())
        return;
    relationsChanged(relations);
    scheduleCheck(relations);
}

void RelationTableModel::onEntityAboutToBeRemoved(qsizetype index)
{
    m_removedEntityId = m_set->entityAt(index).id;
}

void RelationTableModel::onEntityRemoved()
{
    const QStringList relations = m_relationIndex->relationsOf(std::exchange(m_removedEntityId, QString()));
    if (relations.isEmpty())
        return;
    relationsChanged(relations);
    scheduleCheck(relations);
}

void RelationTableModel::onAboutToBeReset()
{
    m_updating = true;
    beginResetModel();
}

void RelationTableModel::onWasReset()
{
    m_cache.clear();
    m_pendingChecks.clear();
    if (m_checker)
        m_checker->checkAll();
    const bool changed = runCheck(false);
    endResetModel();
    m_updating = false;
    if (changed)
        Q_EMIT violationsChanged();
}

void RelationTableModel::onDocumentDestroyed()
{
    beginResetModel();
    m_checkTimer->stop();
    m_relationIndex.reset();
    m_checker.reset();
    m_pendingChecks.clear();
    m_set = nullptr;
    m_cache.clear();
    m_problems.clear();
    const bool hadViolations = !m_violations.isEmpty();
    m_violations.clear();
    endResetModel();
    if (hadViolations)
        Q_EMIT violationsChanged();
}

} // namespace Hashiya
