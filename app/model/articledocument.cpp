// SPDX-License-Identifier: GPL-3.0-or-later
#include "articledocument.h"

#include "text/articletitle.h"

#include <QUndoStack>

#include <algorithm>

namespace Hashiya {

ArticleDocument::ArticleDocument(Article article, QObject *parent)
    : ArticleDocument(std::move(article), CodePointIndex(), parent)
{
}

ArticleDocument::ArticleDocument(Article article, CodePointIndex codePoints, QObject *parent)
    : QObject(parent)
    , m_article(std::move(article))
    , m_codePoints(std::move(codePoints))
    , m_annotations(new AnnotationSet(this))
    , m_undoStack(new QUndoStack(this))
{
    if (m_codePoints.utf16Length() != m_article.text.size()) // none given, or not this text's
        m_codePoints = CodePointIndex(m_article.text);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

void ArticleDocument::setSidecarInfo(const SidecarInfo &info)
{
    const bool statusChanges = info.status != m_sidecarInfo.status;
    const bool titleChanges = info.title != m_sidecarInfo.title;
    const bool conflictsChange = info.conflicts != m_sidecarInfo.conflicts;
    m_sidecarInfo = info;
    if (statusChanges)
        Q_EMIT statusChanged(info.status);
    if (titleChanges)
        Q_EMIT titleChanged(info.title);
    if (conflictsChange)
        Q_EMIT conflictsChanged();
}

const MergeConflict *ArticleDocument::conflict(const QByteArray &id) const
{
    for (const MergeConflict &conflict : m_sidecarInfo.conflicts) {
        if (conflict.id == id)
            return &conflict;
    }
    return nullptr;
}

void ArticleDocument::setConflicts(const QList<MergeConflict> &conflicts)
{
    if (conflicts == m_sidecarInfo.conflicts)
        return;
    m_sidecarInfo.conflicts = conflicts;
    Q_EMIT conflictsChanged();
}

void ArticleDocument::setTitle(const QString &title)
{
    if (title == m_sidecarInfo.title)
        return;
    m_sidecarInfo.title = title;
    Q_EMIT titleChanged(title);
}

QString ArticleDocument::displayTitle() const
{
    return m_sidecarInfo.title.isEmpty() ? ArticleTitle::choose(m_article.text) : m_sidecarInfo.title;
}

void ArticleDocument::setOrphans(const QList<Orphan> &orphans)
{
    if (orphans == m_orphans)
        return;
    m_orphans = orphans;
    Q_EMIT orphansChanged();
}

void ArticleDocument::setStatus(const QString &status)
{
    if (status == m_sidecarInfo.status)
        return;
    m_sidecarInfo.status = status;
    Q_EMIT statusChanged(status);
}

void ArticleDocument::setLoadProblems(const Problems &problems)
{
    m_loadProblems = problems;
    const bool readOnly = hasErrors(problems);
    if (readOnly != m_readOnly) {
        m_readOnly = readOnly;
        Q_EMIT readOnlyChanged(readOnly);
    }
}

bool ArticleDocument::isModified() const
{
    return !m_undoStack->isClean();
}

bool ArticleDocument::execute(QUndoCommand *command)
{
    // An edit that changes nothing (retyping to the same type) must not reach the stack: pushing it,
    // even obsolete, would throw away the redo history.
    if (m_readOnly || command->isObsolete()) {
        delete command;
        return false;
    }
    m_undoStack->push(command);
    return true;
}

void ArticleDocument::markSaved(const SidecarInfo &info)
{
    setSidecarInfo(info);
    m_undoStack->setClean();
}

QString ArticleDocument::textOf(const Span &span) const
{
    // Clamped: a read-only document may hold spans its damaged sidecar placed outside the text.
    const qsizetype count = m_codePoints.codePointCount();
    const qsizetype from = m_codePoints.toUtf16(std::clamp<qsizetype>(span.start, 0, count));
    const qsizetype to = std::max(from, m_codePoints.toUtf16(std::clamp<qsizetype>(span.end, 0, count)));
    return m_article.text.sliced(from, to - from);
}

QString ArticleDocument::textOf(const Entity &entity) const
{
    QString joined;
    for (const Span &span : entity.spans) {
        if (!joined.isEmpty())
            joined += u' ';
        joined += textOf(span);
    }
    return joined;
}

} // namespace Hashiya
