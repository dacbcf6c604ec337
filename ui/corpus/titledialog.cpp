// SPDX-License-Identifier: GPL-3.0-or-later
#include "titledialog.h"

#include "model/articledocument.h"
#include "model/documentcommands.h"
#include "text/articletitle.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Hashiya {

TitleDialog::TitleDialog(const QString &title, const QString &chosen, QWidget *parent)
    : QDialog(parent)
    , m_edit(new QLineEdit(this))
    , m_chosen(chosen)
{
    setWindowTitle(tr("Set title"));
    auto *label = new QLabel(tr("The title shown in the corpus list and the window title. Leave it empty to use "
                                "the one chosen from the text."),
                             this);
    label->setWordWrap(true);
    label->setBuddy(m_edit);
    m_edit->setText(title.isEmpty() ? chosen : title);
    m_edit->setPlaceholderText(chosen);
    m_edit->setClearButtonEnabled(true);
    m_edit->setMaxLength(int(ArticleTitle::maxLength));
    m_edit->selectAll();
    m_edit->setMinimumWidth(fontMetrics().averageCharWidth() * 60);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(buttons);
}

QString TitleDialog::title() const
{
    const QString title = m_edit->text().simplified();
    return title == m_chosen ? QString() : title; // the chosen title kept: it follows the text again
}

bool TitleDialog::edit(ArticleDocument *document, QWidget *parent)
{
    if (!document || document->isReadOnly())
        return false;
    TitleDialog dialog(document->title(), ArticleTitle::choose(document->text()), parent);
    if (dialog.exec() != QDialog::Accepted || dialog.title() == document->title())
        return false;
    return document->execute(new SetTitleCommand(document, dialog.title()));
}

} // namespace Hashiya
