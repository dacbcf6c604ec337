// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentcommands.h"

#include "model/articledocument.h"

#include <QCoreApplication>

#include <algorithm>

namespace Hashiya {

SetStatusCommand::SetStatusCommand(ArticleDocument *document, const QString &status, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
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

SetTitleCommand::SetTitleCommand(ArticleDocument *document, const QString &title, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_before(document->title())
    , m_after(title.simplified()) // one line: the corpus list and the window title show it
{
    setText(m_after.isEmpty() ? QCoreApplication::translate("UndoCommands", "Clear the title")
                              : QCoreApplication::translate("UndoCommands", "Set the title to “%1”").arg(m_after));
    setObsolete(m_before == m_after);
}

void SetTitleCommand::redo()
{
    m_document->setTitle(m_after);
}

void SetTitleCommand::undo()
{
    m_document->setTitle(m_before);
}

ReattachOrphanCommand::ReattachOrphanCommand(ArticleDocument *document, const QString &orphanId, const Span &span)
    : m_document(document)
    , m_before(document->orphans())
    , m_after(document->orphans())
{
    const auto found = std::find_if(m_after.begin(), m_after.end(),
                                    [&](const Orphan &orphan) { return orphan.entity.id == orphanId; });
    if (found == m_after.end() || span.end <= span.start || document->annotations()->entity(orphanId)) {
        setObsolete(true);
        return;
    }
    const Orphan orphan = *found;
    m_after.erase(found);
    m_entity = orphan.entity;
    m_entity.spans = {span};
    const AnnotationSet *annotations = document->annotations();
    for (const Relation &relation : orphan.relations) {
        const QString other = relation.from == orphanId ? relation.to : relation.from;
        if (other == orphanId || annotations->entity(other)) {
            m_relations.append(relation);
            continue;
        }
        for (Orphan &waiting : m_after) {
            if (waiting.entity.id == other)
                waiting.relations.append(relation);
        }
    }
    setText(QCoreApplication::translate("UndoCommands", "Attach %1").arg(m_entity.type));
}

void ReattachOrphanCommand::redo()
{
    AnnotationSet *annotations = m_document->annotations();
    annotations->insertEntity(m_entity);
    for (const Relation &relation : std::as_const(m_relations))
        annotations->insertRelation(relation);
    m_document->setOrphans(m_after);
}

void ReattachOrphanCommand::undo()
{
    AnnotationSet *annotations = m_document->annotations();
    for (const Relation &relation : std::as_const(m_relations))
        annotations->takeRelation(relation.id);
    annotations->takeEntity(m_entity.id);
    m_document->setOrphans(m_before);
}

ResolveConflictCommand::ResolveConflictCommand(ArticleDocument *document, const QByteArray &conflictId,
                                               const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(document->conflicts())
    , m_after(document->conflicts())
{
    const qsizetype removed =
        m_after.removeIf([&conflictId](const MergeConflict &conflict) { return conflict.id == conflictId; });
    setObsolete(removed == 0);
}

void ResolveConflictCommand::redo()
{
    QUndoCommand::redo(); // the edit first: the conflict's row goes once its item shows the choice
    m_document->setConflicts(m_after);
}

void ResolveConflictCommand::undo()
{
    m_document->setConflicts(m_before);
    QUndoCommand::undo();
}

} // namespace Hashiya
