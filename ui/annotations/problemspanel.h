// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/problem.h"

#include <QWidget>

class QListWidget;

namespace Hashiya {

/// The problems found in the open article and its sidecar, one line each, errors first.
class ProblemsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);
    void setProblems(const Problems &problems);
    qsizetype count() const;
    /// A problem as the list shows it: the file's name, its line and column, and the message, in the
    /// interface's digits.
    static QString displayText(const Problem &problem);

private:
    QListWidget *m_list;
};

} // namespace Hashiya
