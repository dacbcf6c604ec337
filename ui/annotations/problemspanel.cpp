// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemspanel.h"

#include "ui/widgets/interfacelocale.h"

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
    for (const Problem &problem : std::as_const(sorted)) {
        auto *item = new QListWidgetItem(displayText(problem), m_list);
        item->setIcon(
            style()->standardIcon(problem.isError() ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
    }
}

QString ProblemsPanel::displayText(const Problem &problem)
{
    // As Problem::toString() writes it for the command line, with the interface's digits and words.
    QString location = QFileInfo(problem.file).fileName();
    if (problem.line > 0) {
        location += u':' + InterfaceLocale::number(problem.line);
        if (problem.column > 0)
            location += u':' + InterfaceLocale::number(problem.column);
    }
    return tr("%1: %2: %3")
        .arg(location, problem.isError() ? tr("error") : tr("warning"),
             InterfaceLocale::withDigitsInNumbers(problem.message));
}

qsizetype ProblemsPanel::count() const
{
    return m_list->count();
}

} // namespace Hashiya
