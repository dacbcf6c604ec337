// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationpanel.h"

#include "model/annotationcommands.h"
#include "model/annotationset.h"
#include "model/articledocument.h"
#include "ui/annotations/entitytreemodel.h"
#include "ui/widgets/attributeform.h"
#include "ui/widgets/columnchooser.h"
#include "ui/widgets/interfacelocale.h"
#include "ui/widgets/textdirectiondelegate.h"
#include "ui/widgets/themeicon.h"

#include <QAction>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Hashiya {
namespace {

// Schema problems are recomputed once after a burst of changes (a macro, a quick series of undos).
constexpr int problemsDelayMs = 50;
// Beyond this many entities the types start collapsed: the analyst opens the ones they need.
constexpr qsizetype expandAllLimit = 5000;

QString attributeLabel(const AttributeDefinition &definition)
{
    return definition.label(InterfaceLocale::language());
}

} // namespace

AnnotationPanel::AnnotationPanel(QWidget *parent)
    : ItemPanel(AttributeForm::Owner::Entity, EntityTreeModel::EntityIdRole, parent)
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_model(new EntityTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_tree(new QTreeView(this))
    , m_typeIcon(new QLabel(this))
    , m_typeLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_referenceEdit(new QLineEdit(this))
{
    connect(this, &ItemPanel::itemActivated, this, &AnnotationPanel::entityActivated);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(createTreeSection());
    m_splitter->addWidget(createEditorSection());
    m_splitter->addWidget(createProblemsSection());
    // When the dock grows or shrinks, the tree alone gains or gives up: the editor and problems keep the
    // sizes they were given when first shown, however small the dock was then.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setStretchFactor(2, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    orderTabs();
    refreshEditor();
    refreshProblems();
}

AnnotationPanel::~AnnotationPanel()
{
    // Closing the window takes the focus from a field, which would write into a panel half destroyed.
    for (QObject *child : findChildren<QObject *>())
        disconnect(child, nullptr, this, nullptr);
}

QWidget *AnnotationPanel::createTreeSection()
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(EntityTreeModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(EntityTreeModel::TextColumn);
    // A type keeps its matching entities; a type that matches keeps all of them.
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);

    filterEdit()->setObjectName(QStringLiteral("entityFilter"));
    filterEdit()->setPlaceholderText(tr("Filter entities"));
    filterEdit()->setToolTip(tr("Show the entities whose text or type contains this"));

    m_tree->setObjectName(QStringLiteral("entityTree"));
    m_tree->setModel(m_proxy);
    m_tree->setItemDelegate(new TextDirectionDelegate(m_tree));
    m_tree->setUniformRowHeights(true); // lets the view lay out 10⁵ rows without measuring each
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAllColumnsShowFocus(true);
    // Activation (Enter, or a double click) opens and closes a type; the view doing it too would undo that.
    m_tree->setExpandsOnDoubleClick(false);
    // Widths from the font rather than from the rows: measuring 10⁵ rows would cost more than it shows.
    // Position columns are wider than their right-aligned numbers, which keeps right-aligned Arabic text
    // clear of them.
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(EntityTreeModel::TextColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = m_tree->fontMetrics();
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(EntityTreeModel::LineColumn,
                          metrics.horizontalAdvance(EntityTreeModel::tr("line %1").arg(InterfaceLocale::number(9999)))
                              + em);
    header->resizeSection(EntityTreeModel::OffsetColumn,
                          metrics.horizontalAdvance(InterfaceLocale::number(999999)) + em / 2);
    header->resizeSection(EntityTreeModel::AttributesColumn, metrics.horizontalAdvance(QLatin1Char('x')) * 14);
    // Offsets hide at first: in a dock a third of the window wide, the entity's text needs the room more.
    new ColumnChooser(header, EntityTreeModel::TextColumn, QStringLiteral("annotations/hiddenColumns"),
                      {EntityTreeModel::OffsetColumn});
    // Type rows span the columns, so a long type label is not cut off at the first.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        if (!parent.isValid())
            spanTypeRows();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AnnotationPanel::spanTypeRows);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AnnotationPanel::spanTypeRows);
    // Delete removes the selected entity here as in the reader; the window does it, saying what goes with it.
    auto *remove = new QAction(ThemeIcon::icon(QStringLiteral("edit-delete")), tr("Delete entity"), m_tree);
    remove->setObjectName(QStringLiteral("deleteEntity"));
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, [this] {
        if (const QString id = selectedEntity(); !id.isEmpty() && isEditable())
            Q_EMIT removeRequested(id);
    });
    m_tree->addAction(remove);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    return viewSection(m_tree);
}

QWidget *AnnotationPanel::createEditorSection()
{
    m_typeLabel->setObjectName(QStringLiteral("entityType"));
    m_typeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_textLabel->setObjectName(QStringLiteral("entityText"));
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextFormat(Qt::PlainText);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *typeRow = new QWidget(this);
    auto *typeLayout = new QHBoxLayout(typeRow);
    typeLayout->setContentsMargins(0, 0, 0, 0);
    typeLayout->addWidget(m_typeIcon);
    typeLayout->addWidget(m_typeLabel, 1);

    noteEdit()->setObjectName(QStringLiteral("entityNote"));
    m_referenceEdit->setObjectName(QStringLiteral("entityReference"));
    m_referenceEdit->setPlaceholderText(tr("e.g. wikidata:Q43"));
    m_referenceEdit->setToolTip(tr("The canonical entity this mention refers to"));
    connect(m_referenceEdit, &QLineEdit::editingFinished, this, &AnnotationPanel::commitReference);

    editorForm()->addRow(tr("Type:"), typeRow);
    editorForm()->addRow(tr("Text:"), m_textLabel);
    addAttributeAndNoteRows(4);
    editorForm()->addRow(tr("Reference:"), m_referenceEdit);
    return editorSection(tr("No entity selected"), tr("Selected entity"));
}

QWidget *AnnotationPanel::createProblemsSection()
{
    problemsBox()->setObjectName(QStringLiteral("schemaProblemsBox"));
    problemList()->setObjectName(QStringLiteral("schemaProblems"));
    problemsTimer()->setInterval(problemsDelayMs);
    return problemsSection();
}

void AnnotationPanel::setDocument(ArticleDocument *document, const Schema *schema)
{
    takeDocument(document);
    m_schema = schema ? *schema : Schema();
    attributes()->clear(); // its rows came from the old schema
    attributes()->setSchema(&m_schema);
    {
        const auto programmatic = selectingProgrammatically();
        m_model->setDocument(document, schema);
    }
    if (document) {
        // The model connected first, so by the time these run its rows already show the change.
        const AnnotationSet *set = document->annotations();
        connect(set, &AnnotationSet::entityInserted, this, &AnnotationPanel::onEntityInserted);
        connect(set, &AnnotationSet::entityAboutToBeRemoved, this, &AnnotationPanel::onEntityAboutToBeRemoved);
        connect(set, &AnnotationSet::entityRemoved, this, &AnnotationPanel::onEntityRemoved);
        connect(set, &AnnotationSet::entityChanged, this, &AnnotationPanel::onEntityChanged);
        connect(set, &AnnotationSet::wasReset, this, &AnnotationPanel::onWasReset);
    }
    followDocument();
    expandIfSmall();
    refreshEditor();
    scheduleProblems();
}

void AnnotationPanel::setSelectedEntity(const QString &id)
{
    selectItem(id);
}

QString AnnotationPanel::selectedEntity() const
{
    return selectedEntityValue() ? selectedId() : QString();
}

const Entity *AnnotationPanel::selectedEntityValue() const
{
    if (!document() || selectedId().isEmpty())
        return nullptr;
    return document()->annotations()->entity(selectedId());
}

QModelIndex AnnotationPanel::viewIndexOf(const QString &id) const
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfEntity(id));
    // An open type is laid out again, row by row, after every edit: one with thousands of entities stays
    // closed until the analyst opens it, and the editor below shows the entity anyway.
    const bool largeAndClosed =
        index.isValid() && !m_tree->isExpanded(index.parent()) && m_proxy->rowCount(index.parent()) > expandAllLimit;
    return largeAndClosed ? QModelIndex() : index;
}

bool AnnotationPanel::isModelUpdating() const
{
    return m_model->isUpdating();
}

void AnnotationPanel::refreshEditor()
{
    const Entity *entity = selectedEntityValue();
    setEditorShown(entity != nullptr);
    if (!entity)
        return;

    const EntityType *type = m_schema.entityType(entity->type);
    if (type) {
        const QString label = type->label(InterfaceLocale::language());
        m_typeLabel->setText(label == type->name ? type->name : tr("%1 (%2)").arg(label, type->name));
        m_typeLabel->setToolTip({});
        m_typeIcon->setPixmap(
            m_model->data(m_model->indexOfType(entity->type), Qt::DecorationRole).value<QIcon>().pixmap(14, 14));
    } else {
        m_typeLabel->setText(tr("%1 — not in the schema").arg(entity->type));
        m_typeLabel->setToolTip(tr("The schema has no entity type %1").arg(entity->type));
        m_typeIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(14, 14));
    }
    const QString text = document()->textOf(*entity);
    m_textLabel->setText(text);
    m_textLabel->setLayoutDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);

    attributes()->setAnnotation(entity->type, entity->attributes);
    showNote(entity->note);
    // Like the note, a reference being typed stays until it is pushed.
    if (!m_referenceEdit->isModified() && m_referenceEdit->text() != entity->reference)
        m_referenceEdit->setText(entity->reference);
    updateEditable();
}

void AnnotationPanel::updateEditable()
{
    ItemPanel::updateEditable();
    m_referenceEdit->setEnabled(isEditable());
}

void AnnotationPanel::spanTypeRows()
{
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        m_tree->setFirstColumnSpanned(row, {}, true);
}

void AnnotationPanel::expandIfSmall()
{
    const bool filtered = !m_proxy->filterRegularExpression().pattern().isEmpty();
    qsizetype shown = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex type = m_proxy->index(row, 0);
        // Unfiltered, the model's count avoids making the proxy map every row before it has to.
        shown += filtered ? m_proxy->rowCount(type) : type.data(EntityTreeModel::EntityCountRole).toLongLong();
    }
    if (shown <= expandAllLimit)
        m_tree->expandAll();
}

void AnnotationPanel::writeAttribute(const QString &name, const QString &value)
{
    const Entity *entity = selectedEntityValue();
    if (!entity || entity->attributes.value(name) == value)
        return;
    document()->execute(ChangeEntityCommand::setAttribute(document()->annotations(), entity->id, name, value));
}

void AnnotationPanel::writeNote(const QString &id, const QString &note)
{
    const Entity *entity = document()->annotations()->entity(id);
    if (entity && entity->note != note)
        document()->execute(ChangeEntityCommand::setNote(document()->annotations(), id, note));
}

void AnnotationPanel::commitReference()
{
    if (!m_referenceEdit->isModified())
        return;
    m_referenceEdit->setModified(false);
    const Entity *entity = selectedEntityValue();
    const QString reference = m_referenceEdit->text().trimmed();
    if (entity && entity->reference != reference)
        document()->execute(ChangeEntityCommand::setReference(document()->annotations(), entity->id, reference));
}

void AnnotationPanel::commitPendingEdits()
{
    commitNote();
    commitReference();
    attributes()->commitPending();
}

QList<QWidget *> AnnotationPanel::editorsInTabOrder() const
{
    return attributes()->editors() + QList<QWidget *> {noteEdit(), m_referenceEdit};
}

void AnnotationPanel::refreshProblems()
{
    if (!document()) {
        listProblems({}, {}, 0);
        problemsBox()->setTitle(tr("Schema problems"));
        return;
    }
    QSet<QString> knownTypes;
    for (const EntityType &type : std::as_const(m_schema.entityTypes))
        knownTypes.insert(type.name);

    QStringList ids;
    QStringList texts;
    int count = 0;
    const auto report = [&](const Entity &entity, const QString &message) {
        if (++count > maxListedProblems)
            return;
        ids.append(entity.id);
        texts.append(tr("Line %1: %2").arg(InterfaceLocale::number(m_model->lineOf(entity.start())), message));
    };
    for (const Entity &entity : document()->annotations()->entities()) {
        const bool knownType = knownTypes.contains(entity.type);
        if (knownType && entity.attributes.isEmpty())
            continue;
        const QString text = InterfaceLocale::isolated(document()->textOf(entity));
        if (!knownType)
            report(entity, tr("“%1” has type %2, which the schema lacks").arg(text, entity.type));
        for (auto it = entity.attributes.begin(); it != entity.attributes.end(); ++it) {
            const AttributeDefinition *definition = m_schema.attribute(it.key());
            if (!definition)
                report(entity, tr("“%1” has attribute %2, which the schema lacks").arg(text, it.key()));
            else if (!Schema::appliesTo(*definition, entity.type))
                report(entity,
                       tr("“%1” has attribute %2, which does not apply to type %3").arg(text, it.key(), entity.type));
            else if (!definition->values.isEmpty() && !definition->values.contains(it.value()))
                report(entity,
                       tr("“%1” has %2 “%3”, which the schema does not allow")
                           .arg(text, attributeLabel(*definition), InterfaceLocale::isolated(it.value())));
        }
    }
    listProblems(ids, texts, count);
    problemsBox()->setTitle(count == 0 ? tr("Schema problems: none")
                                       : tr("Schema problems (%1)").arg(InterfaceLocale::number(count)));
}

void AnnotationPanel::activate(const QModelIndex &index)
{
    // A type row opens or closes.
    if (idOf(index).isEmpty()) {
        const QModelIndex type = index.siblingAtColumn(0);
        m_tree->setExpanded(type, !m_tree->isExpanded(type));
        return;
    }
    ItemPanel::activate(index);
}

void AnnotationPanel::onEntityInserted(qsizetype position)
{
    // A retype or resize removes the entity and inserts it again: the selection follows it.
    if (isSelected(document()->annotations()->entityAt(position).id))
        reselect();
    scheduleProblems();
}

void AnnotationPanel::onEntityAboutToBeRemoved(qsizetype position)
{
    if (isSelected(document()->annotations()->entityAt(position).id))
        selectedAboutToBeRemoved();
}

void AnnotationPanel::onEntityRemoved()
{
    itemsRemoved();
    scheduleProblems();
}

void AnnotationPanel::onEntityChanged(qsizetype position)
{
    if (isSelected(document()->annotations()->entityAt(position).id))
        refreshEditor();
    scheduleProblems();
}

void AnnotationPanel::onWasReset()
{
    expandIfSmall();
    reselect();
    scheduleProblems();
}

void AnnotationPanel::applyFilter()
{
    {
        const auto programmatic = selectingProgrammatically();
        m_proxy->setFilterFixedString(filterEdit()->text());
    }
    expandIfSmall();
    if (!selectedId().isEmpty())
        selectRow(selectedId());
}

QSize AnnotationPanel::sizeHint() const
{
    // Wide enough for an entity's text beside its position and attributes.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    return {em * 40, QWidget::sizeHint().height()};
}

void AnnotationPanel::arrangeSections()
{
    // The editor as tall as an entity with two attributes needs, the problems a few lines, the tree the rest.
    const int editor = editorHeight(2);
    const int problems = problemsHeight();
    const int total = m_splitter->height();
    m_splitter->setSizes({std::max(total - editor - problems, total / 3), editor, problems});
}

} // namespace Hashiya
