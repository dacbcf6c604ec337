// SPDX-License-Identifier: GPL-3.0-or-later
#include "outsidechangedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Hashiya {

OutsideChangeDialog::OutsideChangeDialog(const QString &articleName, const QString &summary, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Sidecar changed outside Hashiya"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(
        tr("<p><b>%1</b></p><p>%2</p><p>You have changes in this article that are not saved yet. Nothing has been "
           "written; choose which annotations to keep.</p>"
           "<ul><li><b>Merge</b> keeps what either side added or changed; where both changed the same annotation, "
           "yours is kept and the conflict is listed.</li>"
           "<li><b>Keep mine</b> writes your version over the file.</li>"
           "<li><b>Take theirs</b> replaces your annotations with the file's; Undo brings yours back.</li></ul>")
            .arg(articleName.toHtmlEscaped(), summary.toHtmlEscaped()),
        this);
    text->setWordWrap(true);
    layout->addWidget(text);

    auto *buttons = new QDialogButtonBox(this);
    const auto addChoice = [&](const QString &label, DocumentSession::OutsideChoice choice,
                               QDialogButtonBox::ButtonRole role) {
        QPushButton *button = buttons->addButton(label, role);
        button->setObjectName(QStringLiteral("choice%1").arg(int(choice)));
        connect(button, &QPushButton::clicked, this, [this, choice] {
            m_choice = choice;
            accept();
        });
        return button;
    };
    addChoice(tr("&Merge"), DocumentSession::OutsideChoice::Merge, QDialogButtonBox::AcceptRole)->setDefault(true);
    addChoice(tr("&Keep mine"), DocumentSession::OutsideChoice::KeepMine, QDialogButtonBox::ActionRole);
    addChoice(tr("&Take theirs"), DocumentSession::OutsideChoice::TakeTheirs, QDialogButtonBox::ActionRole);
    addChoice(tr("Decide &later"), DocumentSession::OutsideChoice::Later, QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
}

DocumentSession::OutsideChoice OutsideChangeDialog::ask(const QString &articleName, const QString &summary,
                                                        QWidget *parent)
{
    OutsideChangeDialog dialog(articleName, summary, parent);
    dialog.exec();
    return dialog.choice();
}

} // namespace Hashiya
