// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationpanel.h"

#include "model/annotationcommands.h"
#include "model/annotationset.h"
#include "model/articledocument.h"
#include "ui/annotations/entitytreemodel.h"
#include "ui/widgets/attributeform.h"
#include "ui/widgets/textdirectiondelegate.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Hashiya {
namespace {

// Typing in the note field becomes one command after this pause; the commands merge, so a long note
// still makes one undo step.
constexpr int noteDelayMs = 400;
// Filtering 10⁵ rows takes a moment, so it waits for a pause in typing.
constexpr int filterDelayMs = 150;
// Schema problems are recomputed once after a burst of changes (a macro, a quick series of undos).
constexpr int problemsDelayMs = 50;
// Beyond this many entities the types start collapsed: the analyst opens the ones they need.
constexpr qsizetype expandAllLimit = 5000;
// A list of schema problems longer than this helps nobody; the rest are counted instead.
constexpr int maxListedProblems = 1000;

constexpr int entityIdRole = Qt::UserRole;

// Keeps a quoted entity text together, in its own direction, inside a sentence of the interface.
QString isolated(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

QString attributeLabel(const AttributeDefinition &definition)
{
    return definition.label.isEmpty() ? definition.name : definition.label;
}

} // namespace

AnnotationPanel::AnnotationPanel(QWidget *parent)
    : QWidget(parent)
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_model(new EntityTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_filterTimer(new QTimer(this))
    , m_tree(new QTreeView(this))
    , m_editorStack(new QStackedWidget(this))
    , m_readOnlyLabel(new QLabel(this))
    , m_typeIcon(new QLabel(this))
    , m_typeLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_attributes(new AttributeForm(AttributeForm::Owner::Entity, this))
    , m_noteEdit(new QPlainTextEdit(this))
    , m_referenceEdit(new QLineEdit(this))
    , m_noteTimer(new QTimer(this))
    , m_problemsBox(new QGroupBox(this))
    , m_problemList(new QListWidget(this))
    , m_problemsTimer(new QTimer(this))
{
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(createTreeSection());
    m_splitter->addWidget(createEditorSection());
    m_splitter->addWidget(createProblemsSection());
    // When the dock grows or shrinks, the tree gains or gives up most.
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

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

    m_filterEdit->setObjectName(QStringLiteral("entityFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter entities"));
    m_filterEdit->setToolTip(tr("Show the entities whose text or type contains this"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->installEventFilter(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(filterDelayMs);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &AnnotationPanel::applyFilter);

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
                          metrics.horizontalAdvance(EntityTreeModel::tr("line %1").arg(9999)) + em);
    header->resizeSection(EntityTreeModel::OffsetColumn, metrics.horizontalAdvance(QStringLiteral("999999")) + em / 2);
    header->resizeSection(EntityTreeModel::AttributesColumn, metrics.horizontalAdvance(QLatin1Char('x')) * 14);
    // Type rows span the columns, so a long type label is not cut off at the first.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        if (!parent.isValid())
            spanTypeRows();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AnnotationPanel::spanTypeRows);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AnnotationPanel::spanTypeRows);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &AnnotationPanel::onCurrentChanged);
    connect(m_tree, &QTreeView::activated, this, &AnnotationPanel::onActivated);

    auto *section = new QWidget(this);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterEdit);
    layout->addWidget(m_tree);
    return section;
}

QWidget *AnnotationPanel::createEditorSection()
{
    auto *placeholder = new QLabel(tr("No entity selected"), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setEnabled(false);

    m_readOnlyLabel->setText(tr("Read-only: the sidecar has errors, so nothing here can be changed."));
    m_readOnlyLabel->setWordWrap(true);
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

    m_noteEdit->setObjectName(QStringLiteral("entityNote"));
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setPlaceholderText(tr("Note"));
    m_noteEdit->setFixedHeight(m_noteEdit->fontMetrics().lineSpacing() * 4 + 2 * m_noteEdit->frameWidth() + 8);
    m_noteEdit->installEventFilter(this);
    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(noteDelayMs);
    connect(m_noteEdit, &QPlainTextEdit::textChanged, this, [this] {
        m_noteEntityId = m_selectedId;
        m_noteTimer->start();
    });
    connect(m_noteTimer, &QTimer::timeout, this, &AnnotationPanel::commitNote);

    m_referenceEdit->setObjectName(QStringLiteral("entityReference"));
    m_referenceEdit->setPlaceholderText(tr("e.g. wikidata:Q43"));
    m_referenceEdit->setToolTip(tr("The canonical entity this mention refers to"));
    connect(m_referenceEdit, &QLineEdit::editingFinished, this, &AnnotationPanel::commitReference);

    auto *attributes = m_attributes;
    connect(m_attributes, &AttributeForm::attributeEdited, this, &AnnotationPanel::setAttribute);
    connect(m_attributes, &AttributeForm::rowsRebuilt, this, &AnnotationPanel::orderTabs);

    auto *form = new QWidget(this);
    auto *formLayout = new QFormLayout(form);
    formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    formLayout->addRow(m_readOnlyLabel);
    formLayout->addRow(tr("Type:"), typeRow);
    formLayout->addRow(tr("Text:"), m_textLabel);
    formLayout->addRow(attributes);
    formLayout->addRow(tr("Note:"), m_noteEdit);
    formLayout->addRow(tr("Reference:"), m_referenceEdit);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_editorStack->addWidget(placeholder);
    m_editorStack->addWidget(scroll);
    auto *box = new QGroupBox(tr("Selected entity"), this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_editorStack);
    return box;
}

QWidget *AnnotationPanel::createProblemsSection()
{
    m_problemsBox->setObjectName(QStringLiteral("schemaProblemsBox"));
    m_problemList->setObjectName(QStringLiteral("schemaProblems"));
    m_problemList->setWordWrap(true);
    m_problemList->setIconSize(QSize(16, 16));
    m_problemsTimer->setSingleShot(true);
    m_problemsTimer->setInterval(problemsDelayMs);
    connect(m_problemsTimer, &QTimer::timeout, this, &AnnotationPanel::refreshProblems);
    // Rebuilding the list blocks its signals, so these come from the analyst only. The selection, not the
    // current item: a list makes its first item current when it merely gets the focus.
    connect(m_problemList, &QListWidget::itemSelectionChanged, this,
            [this] { activateProblem(m_problemList->selectedItems().value(0)); });
    connect(m_problemList, &QListWidget::itemActivated, this, &AnnotationPanel::activateProblem);

    auto *layout = new QVBoxLayout(m_problemsBox);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_problemList);
    return m_problemsBox;
}

void AnnotationPanel::setDocument(ArticleDocument *document, const Schema *schema)
{
    commitPendingEdits();
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
        disconnect(m_document->annotations(), nullptr, this, nullptr);
    }
    m_document = document;
    m_schema = schema ? *schema : Schema();
    m_attributes->clear(); // its rows came from the old schema
    m_attributes->setSchema(&m_schema);
    m_selectedId.clear();
    m_noteEntityId.clear();
    m_noteTimer->stop();
    {
        const QScopedValueRollback<bool> programmatic(m_settingSelection, true);
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
        connect(document, &ArticleDocument::readOnlyChanged, this, &AnnotationPanel::updateEditable);
        connect(document, &QObject::destroyed, this, [this] {
            m_noteEntityId.clear();
            m_noteTimer->stop();
            refreshEditor();
            scheduleProblems();
        });
    }
    expandIfSmall();
    refreshEditor();
    scheduleProblems();
}

void AnnotationPanel::setSelectedEntity(const QString &id)
{
    showEntity(id);
    selectRow(id);
}

QString AnnotationPanel::selectedEntity() const
{
    return selectedEntityValue() ? m_selectedId : QString();
}

const Entity *AnnotationPanel::selectedEntityValue() const
{
    if (!m_document || m_selectedId.isEmpty())
        return nullptr;
    return m_document->annotations()->entity(m_selectedId);
}

void AnnotationPanel::selectRow(const QString &id)
{
    const QScopedValueRollback<bool> programmatic(m_settingSelection, true);
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfEntity(id));
    // An open type is laid out again, row by row, after every edit: one with thousands of entities stays
    // closed until the analyst opens it, and the editor below shows the entity anyway.
    const bool largeAndClosed =
        index.isValid() && !m_tree->isExpanded(index.parent()) && m_proxy->rowCount(index.parent()) > expandAllLimit;
    if (!index.isValid() || largeAndClosed) {
        m_tree->selectionModel()->clear();
        return;
    }
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
}

void AnnotationPanel::showEntity(const QString &id)
{
    if (id != m_selectedId)
        commitPendingEdits();
    m_selectedId = id;
    refreshEditor();
}

void AnnotationPanel::refreshEditor()
{
    const Entity *entity = selectedEntityValue();
    if (!entity) {
        m_editorStack->setCurrentIndex(0);
        m_attributes->clear();
        return;
    }
    m_editorStack->setCurrentIndex(1);

    const EntityType *type = m_schema.entityType(entity->type);
    if (type) {
        m_typeLabel->setText(type->label.isEmpty() || type->label == type->name
                                 ? type->name
                                 : tr("%1 (%2)").arg(type->label, type->name));
        m_typeLabel->setToolTip({});
        m_typeIcon->setPixmap(
            m_model->data(m_model->indexOfType(entity->type), Qt::DecorationRole).value<QIcon>().pixmap(14, 14));
    } else {
        m_typeLabel->setText(tr("%1 — not in the schema").arg(entity->type));
        m_typeLabel->setToolTip(tr("The schema has no entity type %1").arg(entity->type));
        m_typeIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(14, 14));
    }
    const QString text = m_document->textOf(*entity);
    m_textLabel->setText(text);
    m_textLabel->setLayoutDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);

    m_attributes->setAnnotation(entity->type, entity->attributes);

    // Text the analyst is typing stays until it is pushed; anything else (undo, another view) shows.
    if (m_noteEntityId.isEmpty() && m_noteEdit->toPlainText() != entity->note) {
        const QSignalBlocker blocker(m_noteEdit);
        m_noteEdit->setPlainText(entity->note);
    }
    if (!m_referenceEdit->isModified() && m_referenceEdit->text() != entity->reference)
        m_referenceEdit->setText(entity->reference);
    updateEditable();
}

void AnnotationPanel::updateEditable()
{
    const bool editable = m_document && !m_document->isReadOnly();
    m_readOnlyLabel->setVisible(m_document && m_document->isReadOnly());
    m_attributes->setEditable(editable);
    m_noteEdit->setEnabled(editable);
    m_referenceEdit->setEnabled(editable);
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

void AnnotationPanel::setAttribute(const QString &name, const QString &value)
{
    const Entity *entity = selectedEntityValue();
    if (!entity || entity->attributes.value(name) == value)
        return;
    m_document->execute(ChangeEntityCommand::setAttribute(m_document->annotations(), entity->id, name, value));
}

void AnnotationPanel::commitNote()
{
    m_noteTimer->stop();
    const QString id = std::exchange(m_noteEntityId, QString());
    if (!m_document || id.isEmpty())
        return;
    const Entity *entity = m_document->annotations()->entity(id);
    const QString note = m_noteEdit->toPlainText();
    if (entity && entity->note != note)
        m_document->execute(ChangeEntityCommand::setNote(m_document->annotations(), id, note));
}

void AnnotationPanel::commitReference()
{
    if (!m_referenceEdit->isModified())
        return;
    m_referenceEdit->setModified(false);
    const Entity *entity = selectedEntityValue();
    const QString reference = m_referenceEdit->text().trimmed();
    if (entity && entity->reference != reference)
        m_document->execute(ChangeEntityCommand::setReference(m_document->annotations(), entity->id, reference));
}

void AnnotationPanel::commitPendingEdits()
{
    commitNote();
    commitReference();
    m_attributes->commitPending();
}

void AnnotationPanel::scheduleProblems()
{
    m_problemsTimer->start();
}

void AnnotationPanel::refreshProblems()
{
    const QSignalBlocker blocker(m_problemList);
    m_problemList->clear();
    if (!m_document) {
        m_problemsBox->setTitle(tr("Schema problems"));
        return;
    }
    QSet<QString> knownTypes;
    for (const EntityType &type : std::as_const(m_schema.entityTypes))
        knownTypes.insert(type.name);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);

    int count = 0;
    const auto report = [&](const Entity &entity, const QString &message) {
        if (++count > maxListedProblems)
            return;
        const QString text = tr("Line %1: %2").arg(m_model->lineOf(entity.start())).arg(message);
        auto *item = new QListWidgetItem(warning, text, m_problemList);
        item->setToolTip(text);
        item->setData(entityIdRole, entity.id);
    };
    for (const Entity &entity : m_document->annotations()->entities()) {
        const bool knownType = knownTypes.contains(entity.type);
        if (knownType && entity.attributes.isEmpty())
            continue;
        const QString text = isolated(m_document->textOf(entity));
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
                           .arg(text, attributeLabel(*definition), isolated(it.value())));
        }
    }
    if (count > maxListedProblems) {
        auto *more = new QListWidgetItem(tr("… and %n more", nullptr, count - maxListedProblems), m_problemList);
        more->setFlags(Qt::NoItemFlags);
    }
    m_problemsBox->setTitle(count == 0 ? tr("Schema problems: none") : tr("Schema problems (%1)").arg(count));
}

void AnnotationPanel::activateProblem(QListWidgetItem *item)
{
    const QString id = item ? item->data(entityIdRole).toString() : QString();
    if (id.isEmpty())
        return;
    setSelectedEntity(id);
    Q_EMIT entityActivated(id);
}

void AnnotationPanel::onCurrentChanged(const QModelIndex &current)
{
    // The view also moves its current row when rows go away or the filter changes; only the analyst's
    // moves choose an entity.
    if (m_settingSelection || m_model->isUpdating())
        return;
    const QString id = current.data(EntityTreeModel::EntityIdRole).toString();
    showEntity(id);
    if (!id.isEmpty())
        Q_EMIT entityActivated(id);
}

void AnnotationPanel::onActivated(const QModelIndex &index)
{
    const QString id = index.data(EntityTreeModel::EntityIdRole).toString();
    if (id.isEmpty()) {
        const QModelIndex type = index.siblingAtColumn(0);
        m_tree->setExpanded(type, !m_tree->isExpanded(type));
        return;
    }
    showEntity(id);
    Q_EMIT entityActivated(id);
}

void AnnotationPanel::onEntityInserted(qsizetype position)
{
    // A retype or resize removes the entity and inserts it again: the selection follows it.
    if (!m_selectedId.isEmpty() && m_document->annotations()->entityAt(position).id == m_selectedId) {
        selectRow(m_selectedId);
        refreshEditor();
    }
    scheduleProblems();
}

void AnnotationPanel::onEntityAboutToBeRemoved(qsizetype position)
{
    m_selectedBeingRemoved =
        !m_selectedId.isEmpty() && m_document->annotations()->entityAt(position).id == m_selectedId;
}

void AnnotationPanel::onEntityRemoved()
{
    if (std::exchange(m_selectedBeingRemoved, false)) {
        // The id stays: if the entity comes back (undo, or the second half of a retype), so does the selection.
        const QScopedValueRollback<bool> programmatic(m_settingSelection, true);
        m_tree->selectionModel()->clear();
        refreshEditor();
    }
    scheduleProblems();
}

void AnnotationPanel::onEntityChanged(qsizetype position)
{
    if (!m_selectedId.isEmpty() && m_document->annotations()->entityAt(position).id == m_selectedId)
        refreshEditor();
    scheduleProblems();
}

void AnnotationPanel::onWasReset()
{
    expandIfSmall();
    selectRow(m_selectedId);
    refreshEditor();
    scheduleProblems();
}

void AnnotationPanel::applyFilter()
{
    {
        const QScopedValueRollback<bool> programmatic(m_settingSelection, true);
        m_proxy->setFilterFixedString(m_filterEdit->text());
    }
    expandIfSmall();
    if (!m_selectedId.isEmpty())
        selectRow(m_selectedId);
}

QSize AnnotationPanel::sizeHint() const
{
    // Wide enough for an entity's text beside its position and attributes.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    return {em * 40, QWidget::sizeHint().height()};
}

void AnnotationPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_sized)
        return;
    m_sized = true;
    // The editor as tall as an entity with two attributes needs, the problems a few lines, the tree the rest.
    const QWidget *editorBox = m_editorStack->parentWidget();
    const int editor = editorBox->sizeHint().height() - m_editorStack->sizeHint().height()
        + m_editorStack->widget(1)->sizeHint().height()
        + 2 * (QComboBox().sizeHint().height() + style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing));
    const int problems = m_problemList->fontMetrics().lineSpacing() * 6;
    const int total = m_splitter->height();
    m_splitter->setSizes({std::max(total - editor - problems, total / 3), editor, problems});
}

bool AnnotationPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_noteEdit && event->type() == QEvent::FocusOut) {
        commitNote();
    } else if (watched == m_filterEdit && event->type() == QEvent::KeyPress) {
        // From the filter, Down or Enter goes on to the results, as in a search field.
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_filterTimer->isActive()) {
                m_filterTimer->stop();
                applyFilter();
            }
            m_tree->setFocus(Qt::TabFocusReason);
            const QModelIndex firstType = m_proxy->index(0, 0);
            if (!m_tree->currentIndex().isValid() && firstType.isValid()) {
                const QModelIndex firstEntity = m_proxy->index(0, 0, firstType);
                m_tree->setCurrentIndex(firstEntity.isValid() ? firstEntity : firstType);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AnnotationPanel::orderTabs()
{
    // Editors made now would come last in the tab chain, after the problems list; put them in reading order.
    QWidget *previous = m_tree;
    for (QWidget *editor : m_attributes->editors()) {
        setTabOrder(previous, editor);
        previous = editor;
    }
    setTabOrder(previous, m_noteEdit);
    setTabOrder(m_noteEdit, m_referenceEdit);
    setTabOrder(m_referenceEdit, m_problemList);
}

} // namespace Hashiya
