// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;

namespace Hashiya {

class ArticleDocument;

/// Asks for an article's title. Offers the title shown now, with the one chosen from the text as the
/// empty field's placeholder: emptying the field, or keeping the chosen title, leaves the choice to the
/// text again.
class TitleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TitleDialog)

public:
    /// `title` is the analyst's title (empty if none), `chosen` the one chosen from the text.
    TitleDialog(const QString &title, const QString &chosen, QWidget *parent = nullptr);

    /// The title to store: empty to use the chosen one.
    QString title() const;

    /// Asks, and sets the answer on `document` as one undo step. False if cancelled, unchanged, or the
    /// document is read-only.
    static bool edit(ArticleDocument *document, QWidget *parent);

private:
    QLineEdit *m_edit;
    QString m_chosen;
};

} // namespace Hashiya
