// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationpanel.h"

#include "model/annotationcommands.h"
#include "model/annotationset.h"
#include "model/articledocument.h"
#include "text/searchtext.h"
#include "ui/relations/relationtablemodel.h"
#include "ui/widgets/attributeform.h"
#include "ui/widgets/interfacelocale.h"
#include "ui/widgets/textdirectiondelegate.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
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

constexpr int notAllowedRole = Qt::UserRole + 1;

// Shows an entity's text in its own direction, as the entity editor does.
void setEntityText(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setLayoutDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
}

} // namespace

RelationPanel::RelationPanel(QWidget *parent)
    : ItemPanel(AttributeForm::Owner::Relation, RelationTableModel::RelationIdRole, parent)
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_sideSplitter(new QSplitter(Qt::Vertical, this))
    , m_model(new RelationTableModel(this))
    , m_problemFilter(new QSortFilterProxyModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_problemsOnly(new QCheckBox(this))
    , m_table(new QTableView(this))
    , m_removeAction(new QAction(this))
    , m_sourceLabel(new QLabel(this))
    , m_targetLabel(new QLabel(this))
    , m_typeCombo(new QComboBox(this))
    , m_statusLabel(new QLabel(this))
    , m_problemCount(new QLabel(this))
{
    connect(this, &ItemPanel::itemActivated, this, &RelationPanel::relationActivated);
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
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RelationPanel::itemsRemoved);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RelationPanel::onDataChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RelationPanel::onModelReset);
    connect(m_model, &RelationTableModel::violationsChanged, this, &RelationPanel::onViolationsChanged);

    orderTabs();
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

    filterEdit()->setObjectName(u"relationFilter"_s);
    filterEdit()->setPlaceholderText(tr("Filter relations"));
    filterEdit()->setToolTip(
        tr("Show the relations whose ends, type, sentence, attributes, note or status contain this"));

    m_problemsOnly->setObjectName(u"relationProblemsOnly"_s);
    m_problemsOnly->setText(tr("Problems only"));
    m_problemsOnly->setToolTip(tr("Show only the relations that break a rule of the schema"));
    connect(m_problemsOnly, &QCheckBox::toggled, this, &RelationPanel::filterNow);

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

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RelationPanel::updateEditable);
    return viewSection(m_table, m_problemsOnly);
}

QWidget *RelationPanel::createEditorSection()
{
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

    noteEdit()->setObjectName(u"relationNote"_s);

    auto *remove = new QToolButton(this);
    remove->setObjectName(u"removeRelation"_s);
    remove->setDefaultAction(m_removeAction);

    editorForm()->addRow(tr("Source:"), m_sourceLabel);
    editorForm()->addRow(tr("Type:"), m_typeCombo);
    editorForm()->addRow(tr("Target:"), m_targetLabel);
    editorForm()->addRow(tr("Status:"), m_statusLabel);
    addAttributeAndNoteRows(3);
    editorForm()->addRow(remove);
    return editorSection(tr("No relation selected"), tr("Selected relation"));
}

QWidget *RelationPanel::createProblemsSection()
{
    problemsBox()->setObjectName(u"relationProblemsBox"_s);
    problemsBox()->setTitle(tr("Relation problems"));
    m_problemCount->setObjectName(u"relationProblemCount"_s);
    problemList()->setObjectName(u"relationProblems"_s);
    // Labels of the list change with entities and relations that do not change what is wrong: they are
    // brought up to date once after a burst of changes.
    problemsTimer()->setInterval(0);
    return problemsSection(m_problemCount);
}

void RelationPanel::setDocument(ArticleDocument *document, const Schema *schema)
{
    takeDocument(document);
    {
        const auto programmatic = selectingProgrammatically();
        m_model->setDocument(document, schema);
    }
    attributes()->clear(); // its rows came from the old schema
    attributes()->setSchema(&m_model->schema());
    followDocument();
    refreshEditor();
    refreshProblems();
}

void RelationPanel::setSelectedRelation(const QString &id)
{
    selectItem(id);
}

QString RelationPanel::selectedRelation() const
{
    return selectedRelationValue() ? selectedId() : QString();
}

QList<RelationViolation> RelationPanel::violations() const
{
    m_model->checkNow();
    return m_model->violations();
}

const Relation *RelationPanel::selectedRelationValue() const
{
    if (!document() || selectedId().isEmpty())
        return nullptr;
    return document()->annotations()->relation(selectedId());
}

QModelIndex RelationPanel::toView(const QModelIndex &source) const
{
    return m_proxy->mapFromSource(m_problemFilter->mapFromSource(source));
}

QModelIndex RelationPanel::fromView(const QModelIndex &view) const
{
    return m_problemFilter->mapToSource(m_proxy->mapToSource(view));
}

QModelIndex RelationPanel::viewIndexOf(const QString &id) const
{
    return toView(m_model->indexOfRelation(id));
}

bool RelationPanel::isModelUpdating() const
{
    return m_model->isUpdating();
}

void RelationPanel::refreshEditor()
{
    const Relation *relation = selectedRelationValue();
    setEditorShown(relation != nullptr);
    if (!relation) {
        updateEditable();
        return;
    }
    setEntityText(m_sourceLabel, m_model->entityText(relation->from));
    setEntityText(m_targetLabel, m_model->entityText(relation->to));
    updateTypeCombo(*relation);
    const QStringList problems = m_model->problemsOf(relation->id);
    m_statusLabel->setText(problems.isEmpty() ? tr("OK") : problems.join(u'\n'));

    attributes()->setAnnotation(relation->type, relation->attributes);
    showNote(relation->note);
    updateEditable();
}

void RelationPanel::updateTypeCombo(const Relation &relation)
{
    const AnnotationSet *set = document()->annotations();
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
    ItemPanel::updateEditable();
    m_typeCombo->setEnabled(isEditable());
    m_removeAction->setEnabled(isEditable()
                               && (m_table->selectionModel()->hasSelection() || selectedRelationValue() != nullptr));
}

void RelationPanel::retype(int comboIndex)
{
    const Relation *relation = selectedRelationValue();
    const QString type = m_typeCombo->itemData(comboIndex).toString();
    if (!relation || type.isEmpty() || relation->type == type)
        return;
    document()->execute(ChangeRelationCommand::retype(document()->annotations(), relation->id, type));
}

void RelationPanel::writeAttribute(const QString &name, const QString &value)
{
    const Relation *relation = selectedRelationValue();
    if (!relation || relation->attributes.value(name) == value)
        return;
    document()->execute(ChangeRelationCommand::setAttribute(document()->annotations(), relation->id, name, value));
}

void RelationPanel::writeNote(const QString &id, const QString &note)
{
    const Relation *relation = document()->annotations()->relation(id);
    if (relation && relation->note != note)
        document()->execute(ChangeRelationCommand::setNote(document()->annotations(), id, note));
}

QList<QWidget *> RelationPanel::editorsInTabOrder() const
{
    return QList<QWidget *> {m_typeCombo} + attributes()->editors() + QList<QWidget *> {noteEdit()};
}

void RelationPanel::removeSelected()
{
    if (!isEditable())
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
        ids.append(selectedId()); // shown in the editor, though the filter hides its row
    ids.removeAll(QString());
    if (ids.isEmpty())
        return;
    AnnotationSet *set = document()->annotations();
    if (ids.size() == 1) {
        document()->execute(new RemoveRelationCommand(set, ids.first()));
    } else {
        QUndoStack *stack = document()->undoStack();
        stack->beginMacro(tr("Remove %n relation(s)", nullptr, int(ids.size())));
        for (const QString &id : std::as_const(ids))
            document()->execute(new RemoveRelationCommand(set, id));
        stack->endMacro();
    }
    if (!next.isEmpty())
        setSelectedRelation(next);
}

void RelationPanel::refreshProblems()
{
    problemsTimer()->stop();
    const QList<RelationViolation> &violations = m_model->violations();
    const int count = int(violations.size());
    m_problemCount->setText(count == 0 ? tr("No relation problems")
                                       : InterfaceLocale::withDigits(tr("%n relation problem(s)", nullptr, count)));

    QStringList ids;
    QStringList texts;
    const AnnotationSet *set = document() ? document()->annotations() : nullptr;
    for (int i = 0; set && i < std::min(count, maxListedProblems); ++i) {
        const RelationViolation &violation = violations.at(i);
        const Relation *relation = set->relation(violation.relationId);
        const QString name = relation ? m_model->summary(*relation) : violation.relationId;
        ids.append(violation.relationId);
        texts.append(tr("%1: %2", "a relation and what is wrong with it")
                         .arg(name, InterfaceLocale::withDigitsInNumbers(violation.message)));
    }
    const QStringList listed = ids + texts;
    if (listed == m_listedProblems)
        return; // leaves the analyst's place in the list alone
    m_listedProblems = listed;
    listProblems(ids, texts, count);
}

void RelationPanel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || selectedId().isEmpty())
        return;
    // An undo brings a removed relation back: the selection comes back with it.
    for (int row = first; row <= last; ++row) {
        if (isSelected(idOf(m_model->index(row, 0)))) {
            reselect();
            break;
        }
    }
}

void RelationPanel::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || selectedId().isEmpty())
        return;
    for (int row = first; row <= last; ++row) {
        if (isSelected(idOf(m_model->index(row, 0))))
            selectedAboutToBeRemoved();
    }
}

void RelationPanel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    const QModelIndex selected = m_model->indexOfRelation(selectedId());
    if (selected.isValid() && selected.row() >= topLeft.row() && selected.row() <= bottomRight.row())
        refreshEditor();
    // An entity's new text shows in the problems that name its relations.
    if (!m_model->violations().isEmpty())
        scheduleProblems();
}

void RelationPanel::onModelReset()
{
    reselect();
    scheduleProblems();
}

void RelationPanel::onViolationsChanged()
{
    refreshProblems();
    Q_EMIT violationsChanged(int(m_model->violations().size()));
}

void RelationPanel::applyFilter()
{
    const QString problems = m_problemsOnly->isChecked() ? u"true"_s : QString(); // how the bool role reads
    const QString text = SearchText::fold(filterEdit()->text().trimmed());
    {
        const auto programmatic = selectingProgrammatically();
        if (m_problemFilter->filterRegularExpression().pattern() != problems)
            m_problemFilter->setFilterFixedString(problems);
        m_proxy->setFilterFixedString(text);
    }
    if (!selectedId().isEmpty())
        selectRow(selectedId());
}

QSize RelationPanel::sizeHint() const
{
    // Wide enough for the ends, the type and some of the sentence side by side.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    return {em * 56, QWidget::sizeHint().height()};
}

void RelationPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Below the article the panel is wide: editor and problems beside the table. At the side it is
    // tall: all three one above the other.
    const Qt::Orientation orientation = width() > height() * 3 / 2 ? Qt::Horizontal : Qt::Vertical;
    if (orientation != m_splitter->orientation()) {
        m_splitter->setOrientation(orientation);
        if (isArranged())
            arrangeSections();
    }
}

void RelationPanel::arrangeSections()
{
    // The editor as tall as a relation with one attribute needs, the problems a few lines, the table the rest.
    const int editor = editorHeight(1);
    const int problems = problemsHeight() + m_problemCount->sizeHint().height();
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

} // namespace Hashiya
