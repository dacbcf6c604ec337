// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

namespace Hashiya {

class ArticleDocument;

/// Sets the analyst's progress on the article (new, in progress, done), undoably, like any other edit.
class SetStatusCommand final : public QUndoCommand
{
public:
    SetStatusCommand(ArticleDocument *document, const QString &status);
    void redo() override;
    void undo() override;

private:
    ArticleDocument *m_document;
    QString m_before;
    QString m_after;
};

} // namespace Hashiya
