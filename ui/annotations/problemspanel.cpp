// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemspanel.h"

#include <QFileInfo>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace Hashiya {

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
{
    m_list->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
}

void ProblemsPanel::setProblems(const Problems &problems)
{
    m_list->clear();
    Problems sorted = problems;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Problem &a, const Problem &b) { return a.isError() && !b.isError(); });
    for (Problem problem : std::as_const(sorted)) {
        problem.file = QFileInfo(problem.file).fileName();
        auto *item = new QListWidgetItem(problem.toString(), m_list);
        item->setIcon(
            style()->standardIcon(problem.isError() ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
    }
}

qsizetype ProblemsPanel::count() const
{
    return m_list->count();
}

} // namespace Hashiya
