// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictspanel.h"

#include "model/articledocument.h"
#include "model/mergeconflict.h"
#include "ui/conflicts/conflictwording.h"
#include "ui/reader/readerview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Hashiya {
namespace {

constexpr int idRole = Qt::UserRole;

} // namespace

ConflictsPanel::ConflictsPanel(ReaderView *reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_hint(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_details(new QLabel(this))
    , m_keep(new QPushButton(this))
    , m_other(new QPushButton(this))
{
    m_hint->setWordWrap(true);
    m_hint->setText(tr("A git merge found these changes made on both sides. Choose one to see it in the article, "
                       "then keep one side. The article cannot be marked done until none are left."));
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setWordWrap(true);
    m_details->setObjectName(QStringLiteral("conflictDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keep->setObjectName(QStringLiteral("keepConflict"));
    m_other->setObjectName(QStringLiteral("takeOtherConflict"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_keep);
    buttons->addWidget(m_other);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
    connect(m_list, &QListWidget::currentRowChanged, this, &ConflictsPanel::showCurrent);
    connect(m_keep, &QPushButton::clicked, this, [this] { resolve(ConflictResolution::Choice::Keep); });
    connect(m_other, &QPushButton::clicked, this, [this] { resolve(ConflictResolution::Choice::Other); });
    updateButtons();
}

void ConflictsPanel::setDocument(ArticleDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &ArticleDocument::conflictsChanged, this, &ConflictsPanel::rebuild);
        connect(m_document, &ArticleDocument::readOnlyChanged, this, &ConflictsPanel::updateButtons);
    }
    rebuild();
}

void ConflictsPanel::rebuild()
{
    // The row chosen stays chosen; once resolved, the one that took its place is next.
    const QByteArray current = m_list->currentItem() ? m_list->currentItem()->data(idRole).toByteArray() : QByteArray();
    const int currentRow = m_list->currentRow();
    m_list->blockSignals(true); // shown once, below, not for every row added
    m_list->clear();
    const QList<MergeConflict> conflicts = m_document ? m_document->conflicts() : QList<MergeConflict>();
    int chosen = -1;
    for (const MergeConflict &conflict : conflicts) {
        auto *row = new QListWidgetItem(ConflictWording::summary(*m_document, conflict), m_list);
        row->setData(idRole, conflict.id);
        row->setToolTip(ConflictWording::details(*m_document, conflict));
        if (conflict.id == current)
            chosen = m_list->count() - 1;
    }
    if (chosen < 0 && !conflicts.isEmpty())
        chosen = std::clamp(currentRow, 0, int(conflicts.size()) - 1);
    m_list->blockSignals(false);
    m_list->setCurrentRow(chosen);
    if (chosen < 0)
        showCurrent();
    Q_EMIT countChanged(int(conflicts.size()));
}

bool ConflictsPanel::step(bool forward)
{
    const int count = m_list->count();
    if (count == 0)
        return false;
    const int row = m_list->currentRow();
    const int next = row < 0 ? (forward ? 0 : count - 1) : (row + (forward ? 1 : count - 1)) % count;
    if (next == row)
        showCurrent(); // the only one: shown again, e.g. after scrolling away
    else
        m_list->setCurrentRow(next);
    return true;
}

void ConflictsPanel::showCurrent()
{
    updateButtons();
    const QListWidgetItem *row = m_list->currentItem();
    if (!m_document || !row) {
        m_details->clear();
        return;
    }
    const MergeConflict *found = m_document->conflict(row->data(idRole).toByteArray());
    if (!found)
        return;
    const MergeConflict &conflict = *found;
    m_details->setText(ConflictWording::details(*m_document, conflict));
    const QString itemId = QString::fromUtf8(conflict.itemId);
    const CodePointIndex &codePoints = m_document->codePoints();
    if (conflict.item == "relation") {
        m_reader->showRelation(itemId);
        return;
    }
    const Entity *entity = conflict.item == "entity" ? m_document->annotations()->entity(itemId) : nullptr;
    if (!entity)
        return;
    // Where the two sides placed an entity differently, theirs' text is selected beside ours' outline.
    std::optional<SpanList> theirs;
    if (conflict.field == "spans" && conflict.theirs)
        theirs = ConflictResolution::placeSpans(*m_document, *conflict.theirs);
    const qsizetype start = codePoints.toUtf16(entity->start());
    if (theirs)
        m_reader->setSelection(codePoints.toUtf16(theirs->front().start), codePoints.toUtf16(theirs->back().end));
    else
        m_reader->setSelection(start, start);
    m_reader->setSelectedEntity(itemId);
    m_reader->ensureVisible(theirs ? std::min(start, codePoints.toUtf16(theirs->front().start)) : start);
}

void ConflictsPanel::updateButtons()
{
    const QListWidgetItem *row = m_list->currentItem();
    const MergeConflict *conflict = m_document && row ? m_document->conflict(row->data(idRole).toByteArray()) : nullptr;
    const bool editable = conflict && !m_document->isReadOnly();
    m_keep->setVisible(conflict != nullptr);
    m_other->setVisible(conflict != nullptr);
    m_keep->setEnabled(editable);
    m_other->setEnabled(editable && ConflictResolution::canTakeOther(*m_document, *conflict));
    if (!conflict)
        return;
    m_keep->setText(ConflictResolution::label(*conflict, ConflictResolution::Choice::Keep));
    m_other->setText(ConflictResolution::label(*conflict, ConflictResolution::Choice::Other));
    m_other->setToolTip(m_other->isEnabled() ? QString()
                                             : tr("This side cannot be applied: its item is gone, or its text is "
                                                  "not in the article any more"));
}

void ConflictsPanel::resolve(ConflictResolution::Choice choice)
{
    const QListWidgetItem *row = m_list->currentItem();
    QPushButton *button = choice == ConflictResolution::Choice::Keep ? m_keep : m_other;
    if (!m_document || !row || !button->isEnabled())
        return;
    if (QUndoCommand *command = ConflictResolution::command(m_document, row->data(idRole).toByteArray(), choice))
        m_document->execute(command);
}

} // namespace Hashiya
