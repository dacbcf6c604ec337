// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/orphan.h"

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

/// Sets the title the analyst chose for the article, or clears it (an empty title) so that the one chosen
/// from the text shows again; undoable in one step.
class SetTitleCommand final : public QUndoCommand
{
public:
    SetTitleCommand(ArticleDocument *document, const QString &title);
    void redo() override;
    void undo() override;

private:
    ArticleDocument *m_document;
    QString m_before;
    QString m_after;
};

/// Attaches an orphan to a passage of the current text: it becomes an entity again, with its id, type,
/// attributes and note, and its relations return where their other end exists (a relation to another
/// orphan waits with that one).
class ReattachOrphanCommand final : public QUndoCommand
{
public:
    ReattachOrphanCommand(ArticleDocument *document, const QString &orphanId, const Span &span);
    void redo() override;
    void undo() override;

private:
    ArticleDocument *m_document;
    QList<Orphan> m_before;
    QList<Orphan> m_after;
    Entity m_entity;
    QList<Relation> m_relations; ///< the relations that return with it
};

} // namespace Hashiya
