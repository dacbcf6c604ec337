// SPDX-License-Identifier: GPL-3.0-or-later
#include "itempanel.h"

#include "ui/widgets/interfacelocale.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace Hashiya {
namespace {

// Typing in the note field becomes one command after this pause; the commands merge, so a long note
// still makes one undo step.
constexpr int noteDelayMs = 400;
// Filtering tens of thousands of rows takes a moment, so it waits for a pause in typing.
constexpr int filterDelayMs = 150;

constexpr int problemIdRole = Qt::UserRole;

} // namespace

ItemPanel::ItemPanel(AttributeForm::Owner owner, int idRole, QWidget *parent)
    : QWidget(parent)
    , m_idRole(idRole)
    , m_filterEdit(new QLineEdit(this))
    , m_filterTimer(new QTimer(this))
    , m_editorStack(new QStackedWidget(this))
    , m_readOnlyLabel(new QLabel(this))
    , m_editorForm(new QFormLayout(new QWidget(this)))
    , m_attributes(new AttributeForm(owner, this))
    , m_noteEdit(new QPlainTextEdit(this))
    , m_noteTimer(new QTimer(this))
    , m_problemsBox(new QGroupBox(this))
    , m_problemList(new QListWidget(this))
    , m_problemsTimer(new QTimer(this))
{
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->installEventFilter(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(filterDelayMs);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &ItemPanel::applyFilter);

    m_readOnlyLabel->setText(tr("Read-only: the sidecar has errors, so nothing here can be changed."));
    m_readOnlyLabel->setWordWrap(true);
    m_editorForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_editorForm->addRow(m_readOnlyLabel);
    connect(m_attributes, &AttributeForm::attributeEdited, this, &ItemPanel::writeAttribute);
    connect(m_attributes, &AttributeForm::rowsRebuilt, this, &ItemPanel::orderTabs);

    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setPlaceholderText(tr("Note"));
    m_noteEdit->installEventFilter(this);
    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(noteDelayMs);
    connect(m_noteEdit, &QPlainTextEdit::textChanged, this, [this] {
        m_noteOwnerId = m_selectedId;
        m_noteTimer->start();
    });
    connect(m_noteTimer, &QTimer::timeout, this, &ItemPanel::commitNote);

    m_problemList->setWordWrap(true);
    m_problemList->setIconSize(QSize(16, 16));
    m_problemsTimer->setSingleShot(true);
    connect(m_problemsTimer, &QTimer::timeout, this, &ItemPanel::refreshProblems);
    // Rebuilding the list blocks its signals, so these come from the analyst only. The selection, not the
    // current item: a list makes its first item current when it merely gets the focus.
    connect(m_problemList, &QListWidget::itemSelectionChanged, this,
            [this] { activateProblem(m_problemList->selectedItems().value(0)); });
    connect(m_problemList, &QListWidget::itemActivated, this, &ItemPanel::activateProblem);
}

QWidget *ItemPanel::viewSection(QAbstractItemView *view, QWidget *besideFilter)
{
    m_view = view;
    m_besideFilter = besideFilter;
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ItemPanel::onCurrentChanged);
    connect(view, &QAbstractItemView::activated, this, &ItemPanel::activate);

    auto *section = new QWidget(this);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    if (besideFilter) {
        auto *filterRow = new QHBoxLayout;
        filterRow->addWidget(m_filterEdit, 1);
        filterRow->addWidget(besideFilter);
        layout->addLayout(filterRow);
    } else {
        layout->addWidget(m_filterEdit);
    }
    layout->addWidget(view);
    return section;
}

void ItemPanel::addAttributeAndNoteRows(int noteLines)
{
    m_noteEdit->setFixedHeight(m_noteEdit->fontMetrics().lineSpacing() * noteLines + 2 * m_noteEdit->frameWidth() + 8);
    m_editorForm->addRow(m_attributes);
    m_editorForm->addRow(tr("Note:"), m_noteEdit);
}

QWidget *ItemPanel::editorSection(const QString &placeholder, const QString &title)
{
    auto *placeholderLabel = new QLabel(placeholder, this);
    placeholderLabel->setAlignment(Qt::AlignCenter);
    placeholderLabel->setEnabled(false);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_editorForm->parentWidget());
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_editorStack->addWidget(placeholderLabel);
    m_editorStack->addWidget(scroll);
    auto *box = new QGroupBox(title, this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_editorStack);
    return box;
}

QGroupBox *ItemPanel::problemsSection(QWidget *above)
{
    auto *layout = new QVBoxLayout(m_problemsBox);
    layout->setContentsMargins(4, 4, 4, 4);
    if (above)
        layout->addWidget(above);
    layout->addWidget(m_problemList);
    return m_problemsBox;
}

void ItemPanel::orderTabs()
{
    // Editors made after the problems list (the attributes are made again for each item) would come after
    // it in the tab chain; put everything in reading order.
    QList<QWidget *> chain {m_filterEdit};
    if (m_besideFilter)
        chain.append(m_besideFilter);
    chain.append(m_view);
    chain.append(editorsInTabOrder());
    chain.append(m_problemList);
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

int ItemPanel::editorHeight(int attributeRows) const
{
    const QWidget *editorBox = m_editorStack->parentWidget();
    return editorBox->sizeHint().height() - m_editorStack->sizeHint().height()
        + m_editorStack->widget(1)->sizeHint().height()
        + attributeRows * (QComboBox().sizeHint().height() + style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing));
}

int ItemPanel::problemsHeight() const
{
    return m_problemList->fontMetrics().lineSpacing() * 6;
}

void ItemPanel::takeDocument(ArticleDocument *document)
{
    commitPendingEdits();
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
        disconnect(m_document->annotations(), nullptr, this, nullptr);
    }
    m_document = document;
    m_selectedId.clear();
    forgetNote();
}

void ItemPanel::followDocument()
{
    if (!m_document)
        return;
    connect(m_document, &ArticleDocument::readOnlyChanged, this, &ItemPanel::updateEditable);
    connect(m_document, &QObject::destroyed, this, [this] {
        forgetNote();
        refreshEditor();
        scheduleProblems();
    });
}

QString ItemPanel::idOf(const QModelIndex &index) const
{
    return index.data(m_idRole).toString();
}

void ItemPanel::selectItem(const QString &id)
{
    showItem(id);
    selectRow(id);
}

void ItemPanel::showItem(const QString &id)
{
    if (id != m_selectedId)
        commitPendingEdits();
    m_selectedId = id;
    refreshEditor();
}

void ItemPanel::selectRow(const QString &id)
{
    const QScopedValueRollback<bool> programmatic(m_settingSelection, true);
    const QModelIndex index = viewIndexOf(id);
    if (!index.isValid()) {
        // Filtered out, closed away or gone: the editor still shows the item while it exists.
        m_view->selectionModel()->clear();
        return;
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void ItemPanel::reselect()
{
    selectRow(m_selectedId);
    refreshEditor();
}

void ItemPanel::selectedAboutToBeRemoved()
{
    m_selectedBeingRemoved = true;
}

void ItemPanel::itemsRemoved()
{
    if (std::exchange(m_selectedBeingRemoved, false)) {
        // The id stays: if the item comes back (undo, or the second half of a retype), so does the selection.
        const QScopedValueRollback<bool> programmatic(m_settingSelection, true);
        m_view->selectionModel()->clear();
        refreshEditor();
    }
}

void ItemPanel::onCurrentChanged(const QModelIndex &current)
{
    // The view also moves its current row when rows go away or the filter changes; only the analyst's
    // moves choose an item.
    if (m_settingSelection || isModelUpdating())
        return;
    const QString id = idOf(current);
    showItem(id);
    if (!id.isEmpty())
        Q_EMIT itemActivated(id);
}

void ItemPanel::activate(const QModelIndex &index)
{
    const QString id = idOf(index);
    if (id.isEmpty())
        return;
    showItem(id);
    Q_EMIT itemActivated(id);
}

void ItemPanel::setEditorShown(bool shown)
{
    m_editorStack->setCurrentIndex(shown ? 1 : 0);
    if (!shown)
        m_attributes->clear();
}

void ItemPanel::updateEditable()
{
    m_readOnlyLabel->setVisible(m_document && m_document->isReadOnly());
    m_attributes->setEditable(isEditable());
    m_noteEdit->setEnabled(isEditable());
}

void ItemPanel::showNote(const QString &note)
{
    // Text the analyst is typing stays until it is pushed; anything else (undo, another view) shows.
    if (m_noteOwnerId.isEmpty() && m_noteEdit->toPlainText() != note) {
        const QSignalBlocker blocker(m_noteEdit);
        m_noteEdit->setPlainText(note);
    }
}

void ItemPanel::commitNote()
{
    m_noteTimer->stop();
    const QString id = std::exchange(m_noteOwnerId, QString());
    if (!m_document || id.isEmpty())
        return;
    writeNote(id, m_noteEdit->toPlainText());
}

void ItemPanel::forgetNote()
{
    m_noteOwnerId.clear();
    m_noteTimer->stop();
}

void ItemPanel::commitPendingEdits()
{
    commitNote();
    m_attributes->commitPending();
}

void ItemPanel::scheduleProblems()
{
    m_problemsTimer->start();
}

void ItemPanel::listProblems(const QStringList &ids, const QStringList &texts, int count)
{
    const QSignalBlocker blocker(m_problemList);
    m_problemList->clear();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        auto *item = new QListWidgetItem(warning, texts.at(i), m_problemList);
        item->setToolTip(texts.at(i));
        item->setData(problemIdRole, ids.at(i));
    }
    if (count > maxListedProblems) {
        auto *more = new QListWidgetItem(
            InterfaceLocale::withDigits(tr("… and %n more", nullptr, count - maxListedProblems)), m_problemList);
        more->setFlags(Qt::NoItemFlags);
    }
}

void ItemPanel::activateProblem(QListWidgetItem *item)
{
    const QString id = item ? item->data(problemIdRole).toString() : QString();
    if (id.isEmpty())
        return;
    selectItem(id);
    Q_EMIT itemActivated(id);
}

void ItemPanel::filterNow()
{
    m_filterTimer->stop();
    applyFilter();
}

void ItemPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_arranged)
        return;
    m_arranged = true;
    arrangeSections();
}

bool ItemPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_noteEdit && event->type() == QEvent::FocusOut) {
        commitNote();
    } else if (watched == m_filterEdit && event->type() == QEvent::KeyPress) {
        // From the filter, Down or Enter goes on to the results, as in a search field.
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_filterTimer->isActive())
                filterNow();
            m_view->setFocus(Qt::TabFocusReason);
            if (!m_view->currentIndex().isValid()) {
                // The first row; in a tree of groups, the first item of the first group.
                const QAbstractItemModel *model = m_view->model();
                const QModelIndex first = model->index(0, 0);
                const QModelIndex item = model->hasChildren(first) ? model->index(0, 0, first) : first;
                if (item.isValid())
                    m_view->setCurrentIndex(item);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Hashiya
