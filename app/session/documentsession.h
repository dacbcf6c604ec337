// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/documentfile.h"
#include "io/filestamp.h"
#include "io/gitunmerged.h"
#include "model/problem.h"
#include "model/sidecarinfo.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <vector>

class QTimer;

namespace Hashiya {

class ArticleDocument;
class FileWatcher;
struct Schema;

/// Keeps the analyst's work safe. Each change is written to the sidecar a moment later (atomically):
/// when the analyst pauses, and at the latest maxSaveDelayMs after the first unsaved change, so steady
/// work never loses more than a second to a crash. Also at once on request, and before an article is left
/// or the window closes; a failed write is reported straight away and retried, never dropped. Recently
/// visited articles stay open, so their undo history survives switching back and forth; the article on
/// screen is never closed.
///
/// It also watches each open article's sidecar. When another program (a git pull, a second window)
/// changes it, a document without unsaved changes takes the new version quietly (one Undo brings the
/// old back); one with unsaved changes is not written until the analyst chooses to keep theirs, take
/// the file's, or merge the two. Every write replaces only the version this session last saw
/// (io/conditionalsave.h), so a write landing at the same moment is noticed, not overwritten. A sidecar
/// that can no longer be read is never written over, nor is one a git merge left unmerged: without its
/// merge driver, git leaves one side's version there with nothing in the file to tell.
class DocumentSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentSession)

public:
    static constexpr int saveDelayMs = 300; ///< a pause this long writes the changes
    static constexpr int maxSaveDelayMs = 600; ///< the longest a change waits while work goes on
    static constexpr int retryDelayMs = 5000;
    static constexpr int keptOpen = 8;

    explicit DocumentSession(QObject *parent = nullptr);
    ~DocumentSession() override;

    void setAnnotator(const QString &annotator) { m_annotator = annotator; }
    QString annotator() const { return m_annotator; }

    /// The article at `path`, opened now or kept from earlier. Null if it cannot be read; `problems`
    /// then says why (and otherwise lists what is wrong with its sidecar).
    ArticleDocument *open(const QString &path, const Schema *schema, Problems *problems);
    /// The article the window shows: it stays open however many others are opened.
    void setShown(ArticleDocument *document) { m_shown = document; }

    /// Writes the document's sidecar now if it has unsaved changes. False, with saveFailed emitted, if
    /// that did not work.
    bool saveNow(ArticleDocument *document);
    /// Saves every document with unsaved changes; false if any could not be saved.
    bool saveAll();
    bool hasUnsavedChanges() const;
    QList<ArticleDocument *> documents() const;

    /// How the analyst settles a sidecar changed outside while the document had unsaved changes.
    enum class OutsideChoice {
        KeepMine, ///< write the open document over the file
        TakeTheirs, ///< replace the open annotations with the file's (Undo brings them back)
        Merge, ///< both: what either side added or changed; conflicts keep the open document's version
        Later, ///< decide later: nothing is written meanwhile
    };
    /// Settles the pending outside change of `document`; returns the conflicts a merge listed.
    QStringList settleOutsideChange(ArticleDocument *document, OutsideChoice choice);
    bool hasPendingOutsideChange(ArticleDocument *document) const;
    /// Looks at the document's sidecar on disk now (the watcher does this by itself after changes).
    void checkOutsideChange(ArticleDocument *document);

    /// Puts an earlier version of the sidecar (session/sidecarbackups.h) back and opens the article
    /// again with it, keeping a copy of the current version first. Returns the document that replaces
    /// `document` (deleted soon), or null with the reason in `errorMessage`.
    ArticleDocument *restore(ArticleDocument *document, const QString &backupPath, QString *errorMessage);

Q_SIGNALS:
    void saved(ArticleDocument *document);
    void saveFailed(ArticleDocument *document, const QString &message);
    /// Unsaved changes appeared or were written: the window and the corpus list show it.
    void unsavedChanged(ArticleDocument *document, bool unsaved);

    /// Another program changed the sidecar and the document, which had no unsaved changes, took it.
    void reloadedFromOutside(ArticleDocument *document, const QString &summary);
    /// Another program changed the sidecar while the document had unsaved changes: call
    /// settleOutsideChange(). Until then the sidecar is not written.
    void outsideConflict(ArticleDocument *document, const QString &summary);
    /// Another program left the sidecar in a state that cannot be read; the document is read-only until
    /// the file is repaired, and its problems say why.
    void outsideChangeUnreadable(ArticleDocument *document, const Problems &problems);
    /// Another program replaced the sidecar the document could not read with one it can: the document
    /// can be edited again, and `problems` lists what is left (warnings at most). Sent before the
    /// annotations are taken (reloadedFromOutside), and also when there are none to take.
    void repairedOutside(ArticleDocument *document, const Problems &problems);
    /// Another program removed the sidecar; the open annotations were written again.
    void sidecarRestored(ArticleDocument *document);
    /// Another program changed the article's text, and the document was opened again on the new text,
    /// its spans re-anchored: `replaced` is deleted soon and `document` takes its place.
    void articleReloaded(ArticleDocument *replaced, ArticleDocument *document, const Problems &problems);
    /// The edited article could not be read; the open document stays on the earlier text.
    void articleReloadFailed(ArticleDocument *document, const QString &message);

private:
    struct Entry;
    Entry *entryFor(ArticleDocument *document) const;
    void scheduleSave(Entry &entry);
    void scheduleRetry(Entry &entry);
    void evictOldest();
    void close(std::vector<std::unique_ptr<Entry>>::iterator entry);
    bool write(Entry &entry);
    void remember(Entry &entry, const FileStamp &written);
    void onFileChanged(const QString &path);
    void checkSidecar(Entry &entry);
    void reloadArticle(Entry &entry);
    void track(Entry &entry);
    void checkUnmerged(Entry &entry);
    void adopt(Entry &entry, SidecarInfo info, const QString &undoText);
    void keepOutsideVersion(Entry &entry);
    void takeDisplacedVersion(Entry &entry, const QString &path);
    std::unique_ptr<ArticleDocument> replaceDocument(Entry &entry, DocumentFile::Opened opened,
                                                     const FileStamp &sidecar);

    QString m_annotator;
    FileWatcher *m_watcher;
    std::vector<std::unique_ptr<Entry>> m_entries; // most recently used last
    GitUnmerged m_unmerged;
    const ArticleDocument *m_shown = nullptr;
};

} // namespace Hashiya
