// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/problem.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Hashiya {

/// What an export or import did: a headline (what was written, where), the notes the analyst should know,
/// and every skipped document or line with its reason, one per line as `file:line: problem`.
class ExchangeSummaryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeSummaryDialog)

public:
    ExchangeSummaryDialog(const QString &title, const QString &headline, const QStringList &notes,
                          const Problems &problems, QWidget *parent = nullptr);

    /// Adds a button beside Close that runs `action` and closes the dialog, e.g. "Open folder".
    QPushButton *addAction(const QString &text, const std::function<void()> &action);
    QString details() const;

private:
    QPlainTextEdit *m_details;
    QDialogButtonBox *m_buttons;
};

} // namespace Hashiya
