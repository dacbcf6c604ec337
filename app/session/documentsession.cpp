// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentsession.h"

#include "io/conditionalsave.h"
#include "io/documentfile.h"
#include "model/annotationcommands.h"
#include "model/annotationmerge.h"
#include "model/articledocument.h"
#include "model/documentcommands.h"
#include "session/filewatcher.h"
#include "session/sidecarbackups.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <optional>

namespace Hashiya {

namespace {

QString sidecarName(const ArticleDocument &document)
{
    return QFileInfo(document.article().sidecarPath()).fileName();
}

} // namespace

struct DocumentSession::Entry
{
    std::unique_ptr<ArticleDocument> document;
    const Schema *schema = nullptr;
    QTimer timer;
    QElapsedTimer unsavedSince; ///< started by the first change the sidecar does not hold yet
    Problems problems;
    /// The sidecar as this session last read or wrote it: a different stamp on disk means another
    /// program wrote it, and `base` is what both sides started from when merging.
    FileStamp stamp;
    FileStamp articleStamp; ///< the article's text as it was read
    AnnotationSnapshot base;
    QString baseStatus; ///< the analyst's progress as the sidecar last read or written had it
    std::optional<SidecarContent> theirs; ///< an outside version waiting for the analyst's choice
    bool unreadableOutside = false; ///< read-only because another program left a sidecar it cannot read
    /// The next write rewrites the sidecar without the analyst having changed anything: keep a copy first.
    std::optional<SidecarBackups::Reason> backupFirst;
    /// Receives every signal of the document, its undo stack and the timer. Declared last, so it goes first
    /// when the entry is destroyed: a document's undo stack announces its clearing as it dies, and nothing
    /// may answer then.
    std::unique_ptr<QObject> context;
};

DocumentSession::DocumentSession(QObject *parent)
    : QObject(parent)
    , m_annotator(DocumentFile::defaultAnnotator())
    , m_watcher(new FileWatcher(this))
{
    connect(m_watcher, &FileWatcher::changed, this, &DocumentSession::onFileChanged);
}

DocumentSession::~DocumentSession()
{
    // The window that listens may be half destroyed by now; the files matter, the messages cannot be shown.
    blockSignals(true);
    saveAll();
    while (!m_entries.empty())
        close(m_entries.end() - 1);
}

DocumentSession::Entry *DocumentSession::entryFor(ArticleDocument *document) const
{
    for (const auto &entry : m_entries) {
        if (entry->document.get() == document)
            return entry.get();
    }
    return nullptr;
}

ArticleDocument *DocumentSession::open(const QString &path, const Schema *schema, Problems *problems)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if ((*it)->document->article().path == absolute) {
            checkUnmerged(**it); // a merge may have stopped on it, or been finished, since it was opened
            *problems = (*it)->problems;
            std::rotate(it, it + 1, m_entries.end()); // most recently used goes last
            return m_entries.back()->document.get();
        }
    }
    const FileStamp stamp = FileStamp::of(Article::sidecarPathFor(absolute));
    const FileStamp articleStamp = FileStamp::of(absolute);
    DocumentFile::Opened opened = DocumentFile::open(absolute, schema);
    *problems = opened.problems;
    if (!opened.document)
        return nullptr;
    auto entry = std::make_unique<Entry>();
    entry->document = std::move(opened.document);
    entry->schema = schema;
    entry->problems = opened.problems;
    checkUnmerged(*entry);
    *problems = entry->problems;
    entry->stamp = stamp;
    entry->articleStamp = articleStamp;
    track(*entry);
    ArticleDocument *document = entry->document.get();
    m_watcher->watch(document->article().path);
    m_watcher->watch(document->article().sidecarPath());
    if (opened.reanchored) {
        // The spans moved onto the edited text: the sidecar should record where they are now.
        entry->backupFirst = SidecarBackups::Reason::Reanchored;
        document->undoStack()->resetClean();
        scheduleSave(*entry);
    }
    m_entries.push_back(std::move(entry));
    evictOldest();
    // The sidecar may have changed between its stamp and its reading: look once more.
    if (Entry *opened = entryFor(document); opened && FileStamp::of(document->article().sidecarPath()) != stamp)
        checkSidecar(*opened);
    return document;
}

void DocumentSession::track(Entry &entry)
{
    ArticleDocument *document = entry.document.get();
    entry.base = AnnotationSnapshot::of(*document->annotations());
    entry.baseStatus = document->status();
    entry.timer.setSingleShot(true);
    entry.context = std::make_unique<QObject>(); // a document tracked earlier loses its connections
    QObject *context = entry.context.get();
    connect(&entry.timer, &QTimer::timeout, context, [this, document] { saveNow(document); });
    connect(document->undoStack(), &QUndoStack::indexChanged, context, [this, document] {
        if (Entry *found = entryFor(document))
            scheduleSave(*found);
    });
    connect(document, &ArticleDocument::modifiedChanged, context,
            [this, document](bool modified) { Q_EMIT unsavedChanged(document, modified); });
}

void DocumentSession::scheduleSave(Entry &entry)
{
    if (!entry.document->isModified()) {
        entry.unsavedSince.invalidate(); // undone back to what the sidecar holds
        return;
    }
    // Restarting the timer on each change writes once when the analyst pauses, not on every key; the
    // deadline from the first unsaved change keeps a steady stream of edits from postponing it forever.
    if (!entry.unsavedSince.isValid())
        entry.unsavedSince.start();
    const qint64 untilDeadline = maxSaveDelayMs - entry.unsavedSince.elapsed();
    entry.timer.start(int(std::clamp<qint64>(untilDeadline, 0, saveDelayMs)));
}

void DocumentSession::scheduleRetry(Entry &entry)
{
    entry.timer.start(retryDelayMs);
}

bool DocumentSession::saveNow(ArticleDocument *document)
{
    Entry *entry = entryFor(document);
    if (!entry || !document->isModified())
        return true;
    entry->timer.stop();
    // Never write over a version another program left there before the analyst has seen it.
    if (!entry->theirs && FileStamp::of(document->article().sidecarPath()) != entry->stamp)
        checkSidecar(*entry);
    if (entry->theirs) {
        Q_EMIT saveFailed(document,
                          tr("%1 was not saved: another program changed it, and Hashiya waits for your "
                             "choice between its version and yours")
                              .arg(document->article().sidecarPath()));
        return false;
    }
    return !document->isModified() || write(*entry);
}

bool DocumentSession::write(Entry &entry)
{
    ArticleDocument *document = entry.document.get();
    QString error;
    if (entry.backupFirst && !SidecarBackups::keep(document->article().sidecarPath(), *entry.backupFirst, &error)) {
        scheduleRetry(entry);
        Q_EMIT saveFailed(document, tr("%1 was not rewritten, because no copy of it could be kept first: %2")
                                        .arg(document->article().sidecarPath(), error));
        return false;
    }
    entry.backupFirst.reset();
    FileStamp written;
    QString displaced;
    switch (DocumentFile::saveIfUnchanged(document, m_annotator, entry.stamp, &written, &error, &displaced)) {
    case ReplaceOutcome::Replaced:
        break;
    case ReplaceOutcome::ChangedOutside:
        if (!displaced.isEmpty())
            takeDisplacedVersion(entry, displaced);
        // Another program wrote it at this very moment: settle that as any outside change, then save.
        if (FileStamp::of(document->article().sidecarPath()) == entry.stamp)
            entry.stamp = {}; // swapped back and forth meanwhile: look at it afresh
        checkSidecar(entry);
        return !document->isModified();
    case ReplaceOutcome::Failed:
        scheduleRetry(entry);
        Q_EMIT saveFailed(document, error);
        return false;
    }
    remember(entry, written);
    entry.unsavedSince.invalidate();
    Q_EMIT saved(document);
    return true;
}

void DocumentSession::remember(Entry &entry, const FileStamp &written)
{
    entry.stamp = written;
    m_watcher->noteWritten(entry.document->article().sidecarPath(), written);
    entry.base = AnnotationSnapshot::of(*entry.document->annotations());
    entry.baseStatus = entry.document->status();
}

bool DocumentSession::saveAll()
{
    bool allSaved = true;
    for (const auto &entry : m_entries)
        allSaved = saveNow(entry->document.get()) && allSaved;
    return allSaved;
}

bool DocumentSession::hasUnsavedChanges() const
{
    return std::any_of(m_entries.begin(), m_entries.end(),
                       [](const auto &entry) { return entry->document->isModified(); });
}

QList<ArticleDocument *> DocumentSession::documents() const
{
    QList<ArticleDocument *> list;
    for (const auto &entry : m_entries)
        list.append(entry->document.get());
    return list;
}

void DocumentSession::evictOldest()
{
    // Keep the last few; an article that cannot be saved stays open, so its changes are not lost, and so
    // does the one on screen.
    for (size_t i = 0; m_entries.size() > size_t(keptOpen) && i + 1 < m_entries.size();) {
        ArticleDocument *document = m_entries[i]->document.get();
        // Saving may settle an outside change, which may end in anything: find the entry again after it.
        if (document != m_shown && saveNow(document) && i < m_entries.size() && m_entries[i]->document.get() == document)
            close(m_entries.begin() + qsizetype(i));
        else
            ++i;
    }
}

void DocumentSession::close(std::vector<std::unique_ptr<Entry>>::iterator entry)
{
    // Out of the list first, then destroyed: whatever its destruction announces finds the list whole.
    std::unique_ptr<Entry> closing = std::move(*entry);
    m_entries.erase(entry);
    m_watcher->unwatch(closing->document->article().path);
    m_watcher->unwatch(closing->document->article().sidecarPath());
    if (m_shown == closing->document.get())
        m_shown = nullptr;
    closing.reset();
}

void DocumentSession::onFileChanged(const QString &path)
{
    for (const auto &entry : m_entries) {
        ArticleDocument *document = entry->document.get();
        if (path == document->article().sidecarPath()) {
            checkSidecar(*entry);
            return;
        }
        if (path == document->article().path) {
            reloadArticle(*entry);
            return;
        }
    }
}

void DocumentSession::reloadArticle(Entry &entry)
{
    ArticleDocument *document = entry.document.get();
    const Article &article = document->article();
    const FileStamp now = FileStamp::of(article.path);
    if (!now.exists)
        return; // removed, or being replaced: the next change brings it back
    if (now == entry.articleStamp)
        return; // the same file: nothing to read
    // The sidecar first records everything done on the earlier text, which the re-anchoring compares with.
    if (document->isModified() && !saveNow(document))
        return;
    entry.articleStamp = now;
    const FileStamp sidecar = FileStamp::of(article.sidecarPath());
    DocumentFile::Opened opened = DocumentFile::open(article.path, entry.schema, QString(), article.text);
    if (!opened.document) {
        Q_EMIT articleReloadFailed(document, opened.problems.isEmpty() ? QString() : opened.problems.front().message);
        return;
    }
    if (opened.document->article().sha256 == article.sha256)
        return; // the same text: touched, or only its line ends changed
    std::unique_ptr<ArticleDocument> replaced = replaceDocument(entry, std::move(opened), sidecar);
    Q_EMIT articleReloaded(replaced.get(), entry.document.get(), entry.problems);
    replaced.release()->deleteLater(); // listeners let go of it first
}

std::unique_ptr<ArticleDocument> DocumentSession::replaceDocument(Entry &entry, DocumentFile::Opened opened,
                                                                  const FileStamp &sidecar)
{
    entry.timer.stop();
    std::unique_ptr<ArticleDocument> replaced = std::move(entry.document);
    entry.document = std::move(opened.document);
    entry.problems = opened.problems;
    checkUnmerged(entry);
    entry.stamp = sidecar; // as read: a write since then is looked at when the watcher reports it
    entry.articleStamp = FileStamp::of(entry.document->article().path);
    entry.theirs.reset();
    entry.unreadableOutside = false;
    entry.unsavedSince.invalidate();
    entry.backupFirst.reset();
    track(entry);
    if (opened.reanchored) {
        entry.backupFirst = SidecarBackups::Reason::Reanchored;
        entry.document->undoStack()->resetClean();
        scheduleSave(entry);
    }
    if (m_shown == replaced.get())
        m_shown = entry.document.get();
    return replaced;
}

ArticleDocument *DocumentSession::restore(ArticleDocument *document, const QString &backupPath, QString *errorMessage)
{
    Entry *entry = entryFor(document);
    if (!entry)
        return nullptr;
    const QString sidecarPath = document->article().sidecarPath();
    QFile backup(backupPath);
    if (!backup.open(QIODevice::ReadOnly)) {
        *errorMessage = tr("cannot read %1: %2").arg(backupPath, backup.errorString());
        return nullptr;
    }
    const QByteArray bytes = backup.readAll();
    // What is there now stays recoverable the same way.
    if (!SidecarBackups::keep(sidecarPath, SidecarBackups::Reason::Restore, errorMessage))
        return nullptr;
    entry->timer.stop();
    FileStamp written;
    const ReplaceOutcome outcome = replaceFileIfUnchanged(
        sidecarPath, entry->stamp, [&](QIODevice &file) { return file.write(bytes) == bytes.size(); }, &written,
        errorMessage);
    if (outcome == ReplaceOutcome::ChangedOutside) {
        *errorMessage = tr("another program changed %1 just now; look at its version first").arg(sidecarPath);
        checkSidecar(*entry);
        return nullptr;
    }
    if (outcome == ReplaceOutcome::Failed)
        return nullptr;
    m_watcher->noteWritten(sidecarPath, written);
    // Opened again as if for the first time: moved onto the article's text if it was saved against another.
    DocumentFile::Opened opened = DocumentFile::open(document->article().path, entry->schema);
    if (!opened.document) {
        *errorMessage = opened.problems.isEmpty() ? document->article().path : opened.problems.front().toString();
        return nullptr;
    }
    std::unique_ptr<ArticleDocument> replaced = replaceDocument(*entry, std::move(opened), written);
    replaced.release()->deleteLater(); // the caller shows the new document first
    return entry->document.get();
}

void DocumentSession::checkUnmerged(Entry &entry)
{
    // An error makes the document read-only: editing and saving "ours" would let the next `git add`
    // settle the merge for one side.
    ArticleDocument *document = entry.document.get();
    Problems problems = entry.problems;
    for (const QString &path : {document->article().sidecarPath(), document->article().path}) {
        const Problem unmerged = GitUnmerged::problem(path);
        problems.removeAll(unmerged);
        if (m_unmerged.contains(path))
            problems.prepend(unmerged);
    }
    if (problems == entry.problems)
        return;
    entry.problems = problems;
    document->setLoadProblems(problems);
}

void DocumentSession::checkOutsideChange(ArticleDocument *document)
{
    if (Entry *entry = entryFor(document))
        checkSidecar(*entry);
}

void DocumentSession::checkSidecar(Entry &entry)
{
    ArticleDocument *document = entry.document.get();
    const FileStamp now = FileStamp::of(document->article().sidecarPath());
    if (now == entry.stamp)
        return; // what this session wrote or read last
    entry.stamp = now;
    if (!now.exists) {
        // Removed (a checkout, a clean-up): the analyst's annotations are still here, so write them again.
        if (entry.unreadableOutside) {
            entry.unreadableOutside = false; // the file it protected is gone
            entry.problems.clear();
            document->setLoadProblems({});
        }
        if (document->isReadOnly() || entry.theirs)
            return;
        entry.base = {};
        document->undoStack()->resetClean(); // unsaved now, whatever the stack says
        if (write(entry))
            Q_EMIT sidecarRestored(document);
        return;
    }
    Problems problems;
    std::optional<SidecarContent> theirs = DocumentFile::readSidecar(*document, entry.schema, &problems);
    if (!theirs || hasErrors(problems)) {
        // Never write over what cannot be read: it may be someone's work with a conflict marker in it.
        entry.timer.stop();
        entry.unreadableOutside = true;
        entry.problems = problems;
        document->setLoadProblems(problems);
        Q_EMIT outsideChangeUnreadable(document, problems);
        return;
    }
    if (document->isReadOnly()) {
        // Repaired outside: take it as if opened now.
        entry.unreadableOutside = false;
        entry.problems = problems;
        document->setLoadProblems(problems);
        Q_EMIT repairedOutside(document, problems);
    }
    const AnnotationSnapshot theirSnapshot {theirs->entities, theirs->relations};
    const bool sameAnnotations = theirSnapshot.entities.toVector() == entry.base.entities.toVector()
        && theirSnapshot.relations == entry.base.relations;
    if (sameAnnotations && theirs->info.status == document->status()) {
        document->setSidecarInfo(theirs->info);
        if (!document->isModified())
            document->undoStack()->setClean();
        return; // touched or rewritten with the same annotations
    }
    const QString summary =
        tr("%1 was changed by another program: it now has %n entity(ies)", nullptr, qsizetype(theirs->entities.size()))
            .arg(sidecarName(*document));
    entry.theirs = std::move(theirs);
    if (!document->isModified()) {
        adopt(entry, entry.theirs->info, tr("Take the sidecar changed outside"));
        Q_EMIT reloadedFromOutside(document, summary);
        return;
    }
    entry.timer.stop();
    Q_EMIT outsideConflict(document, summary);
}

void DocumentSession::adopt(Entry &entry, SidecarInfo info, const QString &undoText)
{
    // Their version becomes the document's and the new clean state; Undo brings back what was open.
    ArticleDocument *document = entry.document.get();
    SidecarContent theirs = std::move(*entry.theirs);
    entry.theirs.reset();
    AnnotationSnapshot snapshot {std::move(theirs.entities), std::move(theirs.relations)};
    entry.base = snapshot;
    entry.baseStatus = info.status;
    document->execute(new ReplaceAnnotationsCommand(document->annotations(), std::move(snapshot), undoText));
    document->markSaved(info);
    entry.unsavedSince.invalidate();
}

bool DocumentSession::hasPendingOutsideChange(ArticleDocument *document) const
{
    const Entry *entry = entryFor(document);
    return entry && entry->theirs;
}

QStringList DocumentSession::settleOutsideChange(ArticleDocument *document, OutsideChoice choice)
{
    Entry *entry = entryFor(document);
    if (!entry || !entry->theirs)
        return {};
    switch (choice) {
    case OutsideChoice::Later:
        return {};
    case OutsideChoice::KeepMine:
        entry->theirs.reset();
        keepOutsideVersion(*entry);
        write(*entry);
        return {};
    case OutsideChoice::TakeTheirs:
        adopt(*entry, entry->theirs->info, tr("Take the sidecar changed outside"));
        return {};
    case OutsideChoice::Merge:
        break;
    }
    const AnnotationSnapshot theirs {entry->theirs->entities, entry->theirs->relations};
    MergeOutcome outcome =
        AnnotationMerge::merge(entry->base, AnnotationSnapshot::of(*document->annotations()), theirs);
    // The file's version is the new common base; the merge is an edit on top of it, saved as usual.
    const QString theirStatus = entry->theirs->info.status;
    const bool takeTheirStatus = theirStatus != entry->baseStatus && document->status() == entry->baseStatus;
    entry->base = theirs;
    entry->baseStatus = theirStatus;
    entry->theirs.reset();
    document->execute(new ReplaceAnnotationsCommand(document->annotations(), std::move(outcome.merged),
                                                    tr("Merge the sidecar changed outside")));
    if (takeTheirStatus) // progress marked only on the other side
        document->execute(new SetStatusCommand(document, theirStatus));
    keepOutsideVersion(*entry);
    write(*entry);
    return outcome.conflicts;
}

void DocumentSession::takeDisplacedVersion(Entry &entry, const QString &path)
{
    // Another program wrote while this session's version was in place for an instant, maybe building on
    // it, and its version stayed; the one it would have replaced is merged in here as well, so that
    // neither is lost. A copy stays among the earlier versions.
    ArticleDocument *document = entry.document.get();
    QString error;
    if (!SidecarBackups::keep(document->article().sidecarPath(), SidecarBackups::Reason::OutsideVersionReplaced,
                              &error, path))
        Q_EMIT saveFailed(document, error);
    Problems problems;
    const std::optional<SidecarContent> version = DocumentFile::readSidecar(*document, path, entry.schema, &problems);
    if (version && !hasErrors(problems) && !document->isReadOnly()) {
        MergeOutcome outcome = AnnotationMerge::merge(entry.base, AnnotationSnapshot::of(*document->annotations()),
                                                      {version->entities, version->relations});
        if (outcome.fromTheirs > 0)
            document->execute(new ReplaceAnnotationsCommand(document->annotations(), std::move(outcome.merged),
                                                            tr("Merge a version another program wrote meanwhile")));
    }
    QFile::remove(path);
}

void DocumentSession::keepOutsideVersion(Entry &entry)
{
    // The analyst chose, so a copy that cannot be kept does not stop the write; it is said, though.
    QString error;
    if (!SidecarBackups::keep(entry.document->article().sidecarPath(), SidecarBackups::Reason::OutsideVersionReplaced,
                              &error))
        Q_EMIT saveFailed(entry.document.get(), error);
}

} // namespace Hashiya
