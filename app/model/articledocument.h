// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotationset.h"
#include "model/article.h"
#include "model/orphan.h"
#include "model/problem.h"
#include "model/sidecarinfo.h"
#include "text/codepointindex.h"

#include <QObject>

class QUndoCommand;
class QUndoStack;

namespace Hashiya {

/// One open article: its canonical text, its annotations and their undo history. Edits go through
/// execute() as undo commands; a document whose sidecar could not be read safely is read-only, so
/// nothing can overwrite the file the analyst still has to repair.
class ArticleDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleDocument)

public:
    explicit ArticleDocument(Article article, QObject *parent = nullptr);
    /// `codePoints` must be the index of `article.text`, e.g. as ArticleReader found it.
    ArticleDocument(Article article, CodePointIndex codePoints, QObject *parent = nullptr);

    const Article &article() const { return m_article; }
    const QString &text() const { return m_article.text; }
    const CodePointIndex &codePoints() const { return m_codePoints; }
    AnnotationSet *annotations() { return m_annotations; }
    const AnnotationSet *annotations() const { return m_annotations; }
    QUndoStack *undoStack() const { return m_undoStack; }

    const SidecarInfo &sidecarInfo() const { return m_sidecarInfo; }
    void setSidecarInfo(const SidecarInfo &info);

    /// The analyst's progress on this article ("new", "in-progress", "done"); change it with SetStatusCommand.
    const QString &status() const { return m_sidecarInfo.status; }
    void setStatus(const QString &status);

    /// The title the analyst set; empty if none (change it with SetTitleCommand).
    const QString &title() const { return m_sidecarInfo.title; }
    void setTitle(const QString &title);
    /// The title the article is shown by: the analyst's, else the one chosen from the text (ArticleTitle).
    QString displayTitle() const;

    /// Entities that lost their text when the article was edited, waiting to be attached again.
    const QList<Orphan> &orphans() const { return m_orphans; }
    void setOrphans(const QList<Orphan> &orphans);

    /// What a git merge left for the analyst to decide, in file order; resolve one with
    /// ConflictResolution (model/conflictresolution.h). While any remain the article cannot be marked done.
    const QList<MergeConflict> &conflicts() const { return m_sidecarInfo.conflicts; }
    /// The conflict with `id`; null if there is none.
    const MergeConflict *conflict(const QByteArray &id) const;
    void setConflicts(const QList<MergeConflict> &conflicts);

    /// Problems found while loading; any error makes the document read-only.
    const Problems &loadProblems() const { return m_loadProblems; }
    void setLoadProblems(const Problems &problems);
    bool isReadOnly() const { return m_readOnly; }

    bool isModified() const;
    /// Pushes `command` onto the undo stack (running it), or deletes it and returns false if read-only.
    bool execute(QUndoCommand *command);
    /// Records a successful save: new file facts, and the current state becomes the clean one.
    void markSaved(const SidecarInfo &info);

    /// The text under `span` (code point offsets).
    QString textOf(const Span &span) const;
    /// The entity's text; the fragments of a discontinuous entity joined by one space.
    QString textOf(const Entity &entity) const;

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void readOnlyChanged(bool readOnly);
    void statusChanged(const QString &status);
    /// The analyst's title changed (empty: none set).
    void titleChanged(const QString &title);
    void orphansChanged();
    void conflictsChanged();

private:
    Article m_article;
    CodePointIndex m_codePoints;
    SidecarInfo m_sidecarInfo;
    QList<Orphan> m_orphans;
    Problems m_loadProblems;
    bool m_readOnly = false;
    AnnotationSet *m_annotations;
    QUndoStack *m_undoStack;
};

} // namespace Hashiya
