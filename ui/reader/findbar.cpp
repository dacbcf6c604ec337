// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include "model/articledocument.h"
#include "ui/reader/readerview.h"
#include "ui/widgets/interfacelocale.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace Hashiya {

FindBar::FindBar(ReaderView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_input(new QLineEdit(this))
    , m_count(new QLabel(this))
{
    m_input->setPlaceholderText(tr("Find in article"));
    m_input->setClearButtonEnabled(true);
    auto *previous = new QToolButton(this);
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match (Shift+F3)"));
    auto *next = new QToolButton(this);
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (F3)"));
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close (Esc)"));
    close->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_input, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_count);
    layout->addWidget(close);
    connect(m_input, &QLineEdit::textChanged, this, &FindBar::search);
    connect(m_input, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_view->setFocus();
    });
}

void FindBar::activate()
{
    const QString selected = m_view->selectedText();
    if (!selected.isEmpty() && selected.size() < 100 && !selected.contains(u'\n'))
        m_input->setText(selected);
    show();
    m_input->setFocus();
    m_input->selectAll();
    search();
}

void FindBar::search()
{
    m_matches.clear();
    m_current = -1;
    const ArticleDocument *document = m_view->document();
    if (document && !m_input->text().isEmpty()) {
        // The article's text never changes: it is prepared once, not on every key.
        if (m_searched != document) {
            m_searchText = SearchText(document->text());
            m_searched = document;
        }
        m_matches = m_searchText.find(m_input->text());
    }
    if (m_input->text().isEmpty())
        m_count->clear();
    else if (m_matches.empty())
        m_count->setText(tr("No matches"));
    else
        m_count->setText(InterfaceLocale::withDigits(tr("%n match(es)", nullptr, int(m_matches.size()))));
    // Start from the caret, like a search as you type.
    if (!m_matches.empty()) {
        const qsizetype caret = m_view->selectionStart();
        qsizetype index = 0;
        while (index < qsizetype(m_matches.size()) && m_matches[size_t(index)].first < caret)
            ++index;
        showMatch(index % qsizetype(m_matches.size()));
    }
}

void FindBar::showMatch(qsizetype index)
{
    m_current = index;
    const auto [from, to] = m_matches[size_t(index)];
    m_view->setSelection(from, to);
    m_view->ensureVisible(from);
    m_count->setText(
        tr("%1 of %2").arg(InterfaceLocale::number(index + 1), InterfaceLocale::number(qint64(m_matches.size()))));
}

void FindBar::findNext()
{
    if (m_matches.empty())
        return;
    showMatch((m_current + 1) % qsizetype(m_matches.size()));
}

void FindBar::findPrevious()
{
    if (m_matches.empty())
        return;
    showMatch((m_current - 1 + qsizetype(m_matches.size())) % qsizetype(m_matches.size()));
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_view->setFocus();
        return;
    }
    if (event->key() == Qt::Key_Return && (event->modifiers() & Qt::ShiftModifier)) {
        findPrevious();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Hashiya
