// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/mergeconflict.h"
#include "model/orphan.h"

#include <QUndoCommand>

namespace Hashiya {

class ArticleDocument;

/// Sets the analyst's progress on the article (new, in progress, done), undoably, like any other edit.
class SetStatusCommand final : public QUndoCommand
{
public:
    SetStatusCommand(ArticleDocument *document, const QString &status, QUndoCommand *parent = nullptr);
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
    SetTitleCommand(ArticleDocument *document, const QString &title, QUndoCommand *parent = nullptr);
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

/// Resolves one merge conflict as one step: the edit the analyst's choice makes, as child commands
/// (model/conflictresolution.h builds them), and the conflict leaves the document's list. Undo brings
/// back both.
class ResolveConflictCommand final : public QUndoCommand
{
public:
    /// Obsolete if the document holds no conflict with this id.
    ResolveConflictCommand(ArticleDocument *document, const QByteArray &conflictId, const QString &text);
    void redo() override;
    void undo() override;

private:
    ArticleDocument *m_document;
    QList<MergeConflict> m_before;
    QList<MergeConflict> m_after;
};

} // namespace Hashiya
