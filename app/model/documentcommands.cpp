// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentcommands.h"

#include "model/articledocument.h"

#include <QCoreApplication>

namespace Hashiya {

SetStatusCommand::SetStatusCommand(ArticleDocument *document, const QString &status)
    : m_document(document)
    , m_before(document->status())
    , m_after(status)
{
    setText(QCoreApplication::translate("UndoCommands", "Mark as %1").arg(status));
    setObsolete(m_before == m_after);
}

void SetStatusCommand::redo()
{
    m_document->setStatus(m_after);
}

void SetStatusCommand::undo()
{
    m_document->setStatus(m_before);
}

} // namespace Hashiya
