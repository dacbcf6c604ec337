// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangesummarydialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Hashiya {

ExchangeSummaryDialog::ExchangeSummaryDialog(const QString &title, const QString &headline, const QStringList &notes,
                                             const Problems &problems, QWidget *parent)
    : QDialog(parent)
    , m_details(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("exchangeSummary"));
    setWindowTitle(title);
    auto *headlineLabel = new QLabel(headline, this);
    headlineLabel->setObjectName(QStringLiteral("exchangeHeadline"));
    headlineLabel->setWordWrap(true);
    headlineLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QStringList lines = notes;
    for (const Problem &problem : problems)
        lines.append(problem.toString());
    m_details->setObjectName(QStringLiteral("exchangeDetails"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlainText(lines.join(u'\n'));
    m_details->setVisible(!lines.isEmpty());

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(headlineLabel);
    if (!problems.isEmpty()) {
        auto *problemsLabel = new QLabel(tr("Skipped, and why:"), this);
        layout->addWidget(problemsLabel);
    }
    layout->addWidget(m_details, 1);
    layout->addWidget(m_buttons);
    resize(lines.isEmpty() ? QSize(460, 120) : QSize(720, 420));
}

QPushButton *ExchangeSummaryDialog::addAction(const QString &text, const std::function<void()> &action)
{
    QPushButton *button = m_buttons->addButton(text, QDialogButtonBox::ActionRole);
    connect(button, &QPushButton::clicked, this, [this, action] {
        accept();
        action();
    });
    return button;
}

QString ExchangeSummaryDialog::details() const
{
    return m_details->toPlainText();
}

} // namespace Hashiya
