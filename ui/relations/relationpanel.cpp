// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationpanel.h"

#include "model/annotationcommands.h"
#include "model/annotationset.h"
#include "model/articledocument.h"
#include "text/searchtext.h"
#include "ui/relations/relationtablemodel.h"
#include "ui/widgets/attributeform.h"
#include "ui/widgets/textdirectiondelegate.h"

#include <QAction>
#include <QCheckBox>
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
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hashiya {
namespace {

// Typing in the note field becomes one command after this pause; the commands merge, so a long note
// still makes one undo step.
constexpr int noteDelayMs = 400;
// Filtering 10⁴ rows takes a moment, so it waits for a pause in typing.
constexpr int filterDelayMs = 150;
// A list of problems longer than this helps nobody; the rest are counted instead.
constexpr int maxListedProblems = 1000;

constexpr int relationIdRole = Qt::UserRole;
constexpr int notAllowedRole = Qt::UserRole + 1;

// Shows an entity's text in its own direction, as the entity editor does.
void setEntityText(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setLayoutDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
}

} // namespace

RelationPanel::RelationPanel(QWidget *parent)
    : QWidget(parent)
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_sideSplitter(new QSplitter(Qt::Vertical, this))
    , m_model(new RelationTableModel(this))
    , m_problemFilter(new QSortFilterProxyModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_problemsOnly(new QCheckBox(this))
    , m_filterTimer(new QTimer(this))
    , m_table(new QTableView(this))
    , m_removeAction(new QAction(this))
    , m_editorStack(new QStackedWidget(this))
    , m_readOnlyLabel(new QLabel(this))
    , m_sourceLabel(new QLabel(this))
    , m_targetLabel(new QLabel(this))
    , m_typeCombo(new QComboBox(this))
    , m_statusLabel(new QLabel(this))
    , m_attributes(new AttributeForm(AttributeForm::Owner::Relation, this))
    , m_noteEdit(new QPlainTextEdit(this))
    , m_noteTimer(new QTimer(this))
    , m_problemsBox(new QGroupBox(this))
    , m_problemCount(new QLabel(this))
    , m_problemList(new QListWidget(this))
    , m_problemsTimer(new QTimer(this))
{
    m_splitter->setChildrenCollapsible(false);
    m_sideSplitter->setChildrenCollapsible(false);
    m_splitter->addWidget(createTableSection());
    m_sideSplitter->addWidget(createEditorSection());
    m_sideSplitter->addWidget(createProblemsSection());
    m_splitter->addWidget(m_sideSplitter);
    // When the dock grows or shrinks, the table gains or gives up most.
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    // The proxies connected to the model first, so by the time these run the table shows the change.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RelationPanel::onRowsInserted);
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &RelationPanel::onRowsAboutToBeRemoved);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RelationPanel::onRowsRemoved);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RelationPanel::onDataChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RelationPanel::onModelReset);
    connect(m_model, &RelationTableModel::violationsChanged, this, &RelationPanel::onViolationsChanged);

    refreshEditor();
    refreshProblems();
}

RelationPanel::~RelationPanel() = default;

QWidget *RelationPanel::createTableSection()
{
    m_problemFilter->setSourceModel(m_model);
    m_problemFilter->setFilterRole(RelationTableModel::HasViolationRole);
    m_problemFilter->setFilterKeyColumn(0);
    m_proxy->setSourceModel(m_problemFilter);
    m_proxy->setFilterRole(RelationTableModel::SearchTextRole);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_filterEdit->setObjectName(u"relationFilter"_s);
    m_filterEdit->setPlaceholderText(tr("Filter relations"));
    m_filterEdit->setToolTip(
        tr("Show the relations whose ends, type, sentence, attributes, note or status contain this"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->installEventFilter(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(filterDelayMs);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &RelationPanel::applyFilter);

    m_problemsOnly->setObjectName(u"relationProblemsOnly"_s);
    m_problemsOnly->setText(tr("Problems only"));
    m_problemsOnly->setToolTip(tr("Show only the relations that break a rule of the schema"));
    connect(m_problemsOnly, &QCheckBox::toggled, this, &RelationPanel::applyFilter);

    m_table->setObjectName(u"relationTable"_s);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new TextDirectionDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    // Rows one line high, from the font: measuring 10⁴ rows would cost more than it shows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().lineSpacing() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setSortIndicatorClearable(true);
    // Unsorted at first: the set's order, which is the sidecar's.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(RelationTableModel::SourceColumn, em * 9);
    header->resizeSection(RelationTableModel::TypeColumn, em * 8);
    header->resizeSection(RelationTableModel::TargetColumn, em * 9);
    header->resizeSection(RelationTableModel::SentenceColumn, em * 22);
    header->resizeSection(RelationTableModel::AttributesColumn, em * 8);
    header->resizeSection(RelationTableModel::NoteColumn, em * 8);

    m_removeAction->setText(tr("Remove relation"));
    m_removeAction->setToolTip(tr("Remove the selected relations"));
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_removeAction, &QAction::triggered, this, &RelationPanel::removeSelected);
    m_table->addAction(m_removeAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &RelationPanel::onCurrentChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RelationPanel::updateEditable);
    connect(m_table, &QTableView::activated, this, &RelationPanel::onActivated);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(m_problemsOnly);
    auto *section = new QWidget(this);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterRow);
    layout->addWidget(m_table);
    return section;
}

QWidget *RelationPanel::createEditorSection()
{
    auto *placeholder = new QLabel(tr("No relation selected"), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setEnabled(false);

    m_readOnlyLabel->setText(tr("Read-only: the sidecar has errors, so nothing here can be changed."));
    m_readOnlyLabel->setWordWrap(true);
    for (QLabel *end : {m_sourceLabel, m_targetLabel}) {
        end->setWordWrap(true);
        end->setTextFormat(Qt::PlainText);
        end->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_sourceLabel->setObjectName(u"relationSource"_s);
    m_targetLabel->setObjectName(u"relationTarget"_s);
    m_typeCombo->setObjectName(u"relationType"_s);
    m_typeCombo->setToolTip(tr("The relation types the schema allows between these two entities"));
    m_typeCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_typeCombo, &QComboBox::activated, this, &RelationPanel::retype);
    m_statusLabel->setObjectName(u"relationStatus"_s);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_noteEdit->setObjectName(u"relationNote"_s);
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setPlaceholderText(tr("Note"));
    m_noteEdit->setFixedHeight(m_noteEdit->fontMetrics().lineSpacing() * 3 + 2 * m_noteEdit->frameWidth() + 8);
    m_noteEdit->installEventFilter(this);
    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(noteDelayMs);
    connect(m_noteEdit, &QPlainTextEdit::textChanged, this, [this] {
        m_noteRelationId = m_selectedId;
        m_noteTimer->start();
    });
    connect(m_noteTimer, &QTimer::timeout, this, &RelationPanel::commitNote);

    auto *remove = new QToolButton(this);
    remove->setObjectName(u"removeRelation"_s);
    remove->setDefaultAction(m_removeAction);

    auto *attributes = m_attributes;
    connect(m_attributes, &AttributeForm::attributeEdited, this, &RelationPanel::setAttribute);
    connect(m_attributes, &AttributeForm::rowsRebuilt, this, &RelationPanel::orderTabs);

    auto *form = new QWidget(this);
    auto *formLayout = new QFormLayout(form);
    formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    formLayout->addRow(m_readOnlyLabel);
    formLayout->addRow(tr("Source:"), m_sourceLabel);
    formLayout->addRow(tr("Type:"), m_typeCombo);
    formLayout->addRow(tr("Target:"), m_targetLabel);
    formLayout->addRow(tr("Status:"), m_statusLabel);
    formLayout->addRow(attributes);
    formLayout->addRow(tr("Note:"), m_noteEdit);
    formLayout->addRow(remove);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_editorStack->addWidget(placeholder);
    m_editorStack->addWidget(scroll);
    auto *box = new QGroupBox(tr("Selected relation"), this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_editorStack);
    return box;
}

QWidget *RelationPanel::createProblemsSection()
{
    m_problemsBox->setObjectName(u"relationProblemsBox"_s);
    m_problemsBox->setTitle(tr("Relation problems"));
    m_problemCount->setObjectName(u"relationProblemCount"_s);
    m_problemList->setObjectName(u"relationProblems"_s);
    m_problemList->setWordWrap(true);
    m_problemList->setIconSize(QSize(16, 16));
    // Labels of the list change with entities and relations that do not change what is wrong: they are
    // brought up to date once after a burst of changes.
    m_problemsTimer->setSingleShot(true);
    m_problemsTimer->setInterval(0);
    connect(m_problemsTimer, &QTimer::timeout, this, &RelationPanel::refreshProblems);
    // Rebuilding the list blocks its signals, so these come from the analyst only. The selection, not the
    // current item: a list makes its first item current when it merely gets the focus.
    connect(m_problemList, &QListWidget::itemSelectionChanged, this,
            [this] { activateProblem(m_problemList->selectedItems().value(0)); });
    connect(m_problemList, &QListWidget::itemActivated, this, &RelationPanel::activateProblem);

    auto *layout = new QVBoxLayout(m_problemsBox);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_problemCount);
    layout->addWidget(m_problemList);
    return m_problemsBox;
}

void RelationPanel::setDocument(ArticleDocument *document, const Schema *schema)
{
    commitPendingEdits();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_selectedId.clear();
    m_noteRelationId.clear();
    m_noteTimer->stop();
    {
        const QScopedValueRollback<bool> programmatic(m_settingSelection, true);
        m_model->setDocument(document, schema);
    }
    m_attributes->clear(); // its rows came from the old schema
    m_attributes->setSchema(&m_model->schema());
    if (document) {
        connect(document, &ArticleDocument::readOnlyChanged, this, &RelationPanel::updateEditable);
        connect(document, &QObject::destroyed, this, [this] {
            m_noteRelationId.clear();
            m_noteTimer->stop();
            refreshEditor();
        });
    }
    refreshEditor();
    refreshProblems();
}

void RelationPanel::setSelectedRelation(const QString &id)
{
    showRelation(id);
    selectRow(id);
}

QString RelationPanel::selectedRelation() const
{
    return selectedRelationValue() ? m_selectedId : QString();
}

QList<RelationViolation> RelationPanel::violations() const
{
    m_model->checkNow();
    return m_model->violations();
}

const Relation *RelationPanel::selectedRelationValue() const
{
    if (!m_document || m_selectedId.isEmpty())
        return nullptr;
    return m_document->annotations()->relation(m_selectedId);
}

QModelIndex RelationPanel::toView(const QModelIndex &source) const
{
    return m_proxy->mapFromSource(m_problemFilter->mapFromSource(source));
}

QModelIndex RelationPanel::fromView(const QModelIndex &view) const
{
    return m_problemFilter->mapToSource(m_proxy->mapToSource(view));
}

void RelationPanel::selectRow(const QString &id)
{
    const QScopedValueRollback<bool> programmatic(m_settingSelection, true);
    const QModelIndex index = toView(m_model->indexOfRelation(id));
    if (!index.isValid()) {
        // Filtered out, or gone: the editor below still shows it while it exists.
        m_table->selectionModel()->clear();
        return;
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void RelationPanel::showRelation(const QString &id)
{
    if (id != m_selectedId)
        commitPendingEdits();
    m_selectedId = id;
    refreshEditor();
}

void RelationPanel::refreshEditor()
{
    const Relation *relation = selectedRelationValue();
    if (!relation) {
        m_editorStack->setCurrentIndex(0);
        m_attributes->clear();
        updateEditable();
        return;
    }
    m_editorStack->setCurrentIndex(1);
    setEntityText(m_sourceLabel, m_model->entityText(relation->from));
    setEntityText(m_targetLabel, m_model->entityText(relation->to));
    updateTypeCombo(*relation);
    const QStringList problems = m_model->problemsOf(relation->id);
    m_statusLabel->setText(problems.isEmpty() ? tr("OK") : problems.join(u'\n'));

    m_attributes->setAnnotation(relation->type, relation->attributes);

    // Text the analyst is typing stays until it is pushed; anything else (undo, another view) shows.
    if (m_noteRelationId.isEmpty() && m_noteEdit->toPlainText() != relation->note) {
        const QSignalBlocker blocker(m_noteEdit);
        m_noteEdit->setPlainText(relation->note);
    }
    updateEditable();
}

void RelationPanel::updateTypeCombo(const Relation &relation)
{
    const AnnotationSet *set = m_document->annotations();
    const Entity *from = set->entity(relation.from);
    const Entity *to = set->entity(relation.to);
    QStringList names;
    if (from && to) {
        for (const RelationType *type : allowedRelationTypes(m_model->schema(), from->type, to->type))
            names.append(type->name);
    }
    // The current type is offered even where it is not allowed, flagged, so the analyst sees what is there.
    const bool allowed = names.contains(relation.type);
    if (!allowed)
        names.append(relation.type);

    bool same = m_typeCombo->count() == names.size();
    for (int i = 0; same && i < names.size(); ++i) {
        same = m_typeCombo->itemData(i).toString() == names.at(i)
            && m_typeCombo->itemData(i, notAllowedRole).toBool() == (!allowed && names.at(i) == relation.type);
    }
    const QSignalBlocker blocker(m_typeCombo);
    if (!same) {
        m_typeCombo->clear();
        for (const QString &name : std::as_const(names)) {
            if (allowed || name != relation.type) {
                m_typeCombo->addItem(m_model->typeText(name), name);
                continue;
            }
            const bool known = m_model->schema().relationType(name) != nullptr;
            m_typeCombo->addItem(style()->standardIcon(QStyle::SP_MessageBoxWarning),
                                 known ? tr("%1 (not allowed)").arg(m_model->typeText(name))
                                       : tr("%1 (not in the schema)").arg(name),
                                 name);
            m_typeCombo->setItemData(m_typeCombo->count() - 1, true, notAllowedRole);
        }
    }
    m_typeCombo->setCurrentIndex(m_typeCombo->findData(relation.type));
}

void RelationPanel::updateEditable()
{
    const bool editable = m_document && !m_document->isReadOnly();
    m_readOnlyLabel->setVisible(m_document && m_document->isReadOnly());
    m_typeCombo->setEnabled(editable);
    m_attributes->setEditable(editable);
    m_noteEdit->setEnabled(editable);
    m_removeAction->setEnabled(editable
                               && (m_table->selectionModel()->hasSelection() || selectedRelationValue() != nullptr));
}

void RelationPanel::retype(int comboIndex)
{
    const Relation *relation = selectedRelationValue();
    const QString type = m_typeCombo->itemData(comboIndex).toString();
    if (!relation || type.isEmpty() || relation->type == type)
        return;
    m_document->execute(ChangeRelationCommand::retype(m_document->annotations(), relation->id, type));
}

void RelationPanel::setAttribute(const QString &name, const QString &value)
{
    const Relation *relation = selectedRelationValue();
    if (!relation || relation->attributes.value(name) == value)
        return;
    m_document->execute(ChangeRelationCommand::setAttribute(m_document->annotations(), relation->id, name, value));
}

void RelationPanel::commitNote()
{
    m_noteTimer->stop();
    const QString id = std::exchange(m_noteRelationId, QString());
    if (!m_document || id.isEmpty())
        return;
    const Relation *relation = m_document->annotations()->relation(id);
    const QString note = m_noteEdit->toPlainText();
    if (relation && relation->note != note)
        m_document->execute(ChangeRelationCommand::setNote(m_document->annotations(), id, note));
}

void RelationPanel::commitPendingEdits()
{
    commitNote();
    m_attributes->commitPending();
}

void RelationPanel::removeSelected()
{
    if (!m_document || m_document->isReadOnly())
        return;
    commitPendingEdits();
    QStringList ids;
    int firstRow = m_proxy->rowCount();
    int lastRow = -1;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        ids.append(row.data(RelationTableModel::RelationIdRole).toString());
        firstRow = std::min(firstRow, row.row());
        lastRow = std::max(lastRow, row.row());
    }
    // The row after the removed ones (before them, at the end) comes next, so the analyst can go on removing.
    const QModelIndex after = m_proxy->index(lastRow + 1, 0);
    const QString next =
        (after.isValid() ? after : m_proxy->index(firstRow - 1, 0)).data(RelationTableModel::RelationIdRole).toString();
    if (ids.isEmpty() && selectedRelationValue())
        ids.append(m_selectedId); // shown in the editor, though the filter hides its row
    ids.removeAll(QString());
    if (ids.isEmpty())
        return;
    AnnotationSet *set = m_document->annotations();
    if (ids.size() == 1) {
        m_document->execute(new RemoveRelationCommand(set, ids.first()));
    } else {
        QUndoStack *stack = m_document->undoStack();
        stack->beginMacro(tr("Remove %n relation(s)", nullptr, int(ids.size())));
        for (const QString &id : std::as_const(ids))
            m_document->execute(new RemoveRelationCommand(set, id));
        stack->endMacro();
    }
    if (!next.isEmpty())
        setSelectedRelation(next);
}

void RelationPanel::scheduleProblems()
{
    m_problemsTimer->start();
}

void RelationPanel::refreshProblems()
{
    m_problemsTimer->stop();
    const QList<RelationViolation> &violations = m_model->violations();
    const int count = int(violations.size());
    m_problemCount->setText(count == 0 ? tr("No relation problems") : tr("%n relation problem(s)", nullptr, count));

    QStringList ids;
    QStringList texts;
    const AnnotationSet *set = m_document ? m_document->annotations() : nullptr;
    for (int i = 0; set && i < std::min(count, maxListedProblems); ++i) {
        const RelationViolation &violation = violations.at(i);
        const Relation *relation = set->relation(violation.relationId);
        const QString name = relation ? m_model->summary(*relation) : violation.relationId;
        ids.append(violation.relationId);
        texts.append(tr("%1: %2", "a relation and what is wrong with it").arg(name, violation.message));
    }
    const QStringList listed = ids + texts;
    if (listed == m_listedProblems)
        return; // leaves the analyst's place in the list alone
    m_listedProblems = listed;

    const QSignalBlocker blocker(m_problemList);
    m_problemList->clear();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        auto *item = new QListWidgetItem(warning, texts.at(i), m_problemList);
        item->setToolTip(texts.at(i));
        item->setData(relationIdRole, ids.at(i));
    }
    if (count > maxListedProblems) {
        auto *more = new QListWidgetItem(tr("… and %n more", nullptr, count - maxListedProblems), m_problemList);
        more->setFlags(Qt::NoItemFlags);
    }
}

void RelationPanel::activateProblem(QListWidgetItem *item)
{
    const QString id = item ? item->data(relationIdRole).toString() : QString();
    if (id.isEmpty())
        return;
    setSelectedRelation(id);
    Q_EMIT relationActivated(id);
}

void RelationPanel::onCurrentChanged(const QModelIndex &current)
{
    // The view also moves its current row when rows go away or the filter changes; only the analyst's
    // moves choose a relation.
    if (m_settingSelection || m_model->isUpdating())
        return;
    const QString id = current.data(RelationTableModel::RelationIdRole).toString();
    showRelation(id);
    if (!id.isEmpty())
        Q_EMIT relationActivated(id);
}

void RelationPanel::onActivated(const QModelIndex &index)
{
    const QString id = index.data(RelationTableModel::RelationIdRole).toString();
    if (id.isEmpty())
        return;
    showRelation(id);
    Q_EMIT relationActivated(id);
}

void RelationPanel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || m_selectedId.isEmpty())
        return;
    // An undo brings a removed relation back: the selection comes back with it.
    for (int row = first; row <= last; ++row) {
        if (m_model->index(row, 0).data(RelationTableModel::RelationIdRole).toString() == m_selectedId) {
            selectRow(m_selectedId);
            refreshEditor();
            break;
        }
    }
}

void RelationPanel::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || m_selectedId.isEmpty())
        return;
    for (int row = first; row <= last; ++row) {
        if (m_model->index(row, 0).data(RelationTableModel::RelationIdRole).toString() == m_selectedId)
            m_selectedBeingRemoved = true;
    }
}

void RelationPanel::onRowsRemoved()
{
    if (std::exchange(m_selectedBeingRemoved, false)) {
        // The id stays: if the relation comes back (undo), so does the selection.
        const QScopedValueRollback<bool> programmatic(m_settingSelection, true);
        m_table->selectionModel()->clear();
        refreshEditor();
    }
}

void RelationPanel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    const QModelIndex selected = m_model->indexOfRelation(m_selectedId);
    if (selected.isValid() && selected.row() >= topLeft.row() && selected.row() <= bottomRight.row())
        refreshEditor();
    // An entity's new text shows in the problems that name its relations.
    if (!m_model->violations().isEmpty())
        scheduleProblems();
}

void RelationPanel::onModelReset()
{
    selectRow(m_selectedId);
    refreshEditor();
    scheduleProblems();
}

void RelationPanel::onViolationsChanged()
{
    refreshProblems();
    Q_EMIT violationsChanged(int(m_model->violations().size()));
}

void RelationPanel::applyFilter()
{
    m_filterTimer->stop();
    const QString problems = m_problemsOnly->isChecked() ? u"true"_s : QString(); // how the bool role reads
    const QString text = SearchText::fold(m_filterEdit->text().trimmed());
    {
        const QScopedValueRollback<bool> programmatic(m_settingSelection, true);
        if (m_problemFilter->filterRegularExpression().pattern() != problems)
            m_problemFilter->setFilterFixedString(problems);
        m_proxy->setFilterFixedString(text);
    }
    if (!m_selectedId.isEmpty())
        selectRow(m_selectedId);
}

QSize RelationPanel::sizeHint() const
{
    // Wide enough for the ends, the type and some of the sentence side by side.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    return {em * 56, QWidget::sizeHint().height()};
}

void RelationPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_sized)
        return;
    m_sized = true;
    arrangeSections();
}

void RelationPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Below the article the panel is wide: editor and problems beside the table. At the side it is
    // tall: all three one above the other.
    const Qt::Orientation orientation = width() > height() * 3 / 2 ? Qt::Horizontal : Qt::Vertical;
    if (orientation != m_splitter->orientation()) {
        m_splitter->setOrientation(orientation);
        if (m_sized)
            arrangeSections();
    }
}

void RelationPanel::arrangeSections()
{
    // The editor as tall as a relation with one attribute needs, the problems a few lines, the table the rest.
    const QWidget *editorBox = m_editorStack->parentWidget();
    const int editor = editorBox->sizeHint().height() - m_editorStack->sizeHint().height()
        + m_editorStack->widget(1)->sizeHint().height() + QComboBox().sizeHint().height()
        + style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing);
    const int problems = m_problemList->fontMetrics().lineSpacing() * 6 + m_problemCount->sizeHint().height();
    if (m_splitter->orientation() == Qt::Horizontal) {
        const int total = m_splitter->width();
        m_splitter->setSizes({total * 3 / 5, total - total * 3 / 5});
        const int height = m_sideSplitter->height();
        m_sideSplitter->setSizes({std::max(height - problems, height / 2), std::min(problems, height / 2)});
        return;
    }
    const int total = m_splitter->height();
    m_splitter->setSizes({std::max(total - editor - problems, total / 3), std::min(editor + problems, total * 2 / 3)});
    m_sideSplitter->setSizes({editor, problems});
}

bool RelationPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_noteEdit && event->type() == QEvent::FocusOut) {
        commitNote();
    } else if (watched == m_filterEdit && event->type() == QEvent::KeyPress) {
        // From the filter, Down or Enter goes on to the results, as in a search field.
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_filterTimer->isActive())
                applyFilter();
            m_table->setFocus(Qt::TabFocusReason);
            const QModelIndex first = m_proxy->index(0, 0);
            if (!m_table->currentIndex().isValid() && first.isValid())
                m_table->setCurrentIndex(first);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RelationPanel::orderTabs()
{
    // Editors made now would come last in the tab chain, after the problems list; put them in reading order.
    QWidget *previous = m_typeCombo;
    setTabOrder(m_table, m_typeCombo);
    for (QWidget *editor : m_attributes->editors()) {
        setTabOrder(previous, editor);
        previous = editor;
    }
    setTabOrder(previous, m_noteEdit);
    setTabOrder(m_noteEdit, m_problemList);
}

} // namespace Hashiya
