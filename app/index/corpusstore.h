// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/indexedarticle.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace Hashiya {

/// The corpus index: for every article of a corpus folder, its summary and search signature, kept in an
/// SQLite file so that reopening the corpus reads only the articles that changed since. The file is a
/// cache of derived data: a damaged, foreign or unreadable one is deleted and built again, never
/// trusted; each record carries a checksum; an article is read again when the size, modification or
/// change time, or inode of it or its sidecar differ from what was indexed.
///
/// The file lives in the user's cache folder, or in `.hashiya/` in the corpus when that folder exists
/// (`hashiya index rebuild --in-corpus` makes it, with a .gitignore). Several processes may use one
/// index at once (WAL). Without a file (Storage::Memory) the same refresh reads everything and writes
/// nothing: commands run with --no-index that way.
///
/// A store is used from one thread at a time.
class CorpusStore final
{
    Q_DECLARE_TR_FUNCTIONS(CorpusStore)

public:
    enum class Storage { File, Memory };
    explicit CorpusStore(const QString &folder, Storage storage = Storage::File);
    ~CorpusStore();
    CorpusStore(const CorpusStore &) = delete;
    CorpusStore &operator=(const CorpusStore &) = delete;

    /// The index file for the corpus `folder`: `.hashiya/index.sqlite` in it if `.hashiya/` exists, else
    /// one named after the folder's path under the cache folder.
    static QString fileFor(const QString &folder);
    /// The folder inside a corpus that keeps its index with it.
    static QString inCorpusFolder(const QString &folder);

    /// Opens the index file, making or rebuilding it as needed; false (with why) if no file can be had
    /// — the caller may go on in memory. Storage::Memory opens nothing and succeeds.
    bool open(QString *error);

    /// Called with how many articles are read; returning false cancels.
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;
    struct Refresh
    {
        bool grams = false; ///< make the search signatures of articles that have none yet
        /// work out the titles and profiles of articles that have none yet (what the corpus list shows)
        bool descriptions = true;
        /// read the sidecars of articles whose counts are not known yet; a search of the text alone
        /// needs none of them
        bool counts = true;
        /// Set where the store serves one search of a text with these pieces (GramSignature::ofPattern)
        /// and is then dropped, as on the command line: the articles the index holds keep only what a
        /// search looks at (IndexedArticle::Part::ForSearch), and their signatures are replaced by
        /// GramSignature's stand-ins, holding anything or nothing for this pattern. Nothing of the kind is
        /// written back; articles read meanwhile are whole.
        std::optional<std::vector<quint64>> onlyForPieces;
        Progress progress;
        /// Called on the refreshing thread with each article as soon as it is known: first every one the
        /// index still holds as it is, then each one read, in path order.
        std::function<void(const IndexedArticle &)> arrived;
    };
    /// Brings the index in line with the folder: lists it, reads (on the worker pool) the articles that
    /// are new or changed, forgets the ones gone. Afterwards articles() is the corpus as it is on disk.
    /// False if cancelled or if the file could not be written (the articles read are still there).
    bool refresh(const Refresh &how, QString *error);

    /// Every article, sorted by path, as of the last refresh.
    const std::vector<IndexedArticle> &articles() const { return m_articles; }
    QString folder() const { return m_folder; }
    /// The index file, empty in memory.
    QString file() const { return m_file; }
    /// How many articles the last refresh read (the others came from the index).
    qsizetype readLastTime() const { return m_read; }
    /// How many articles the index held that the last refresh found gone from the folder.
    qsizetype forgottenLastTime() const { return m_forgotten; }
    /// What was repaired on the way, for `hashiya index info` and the logs: "rebuilt: …", "re-read: …".
    QStringList repairs() const { return m_repairs; }
    /// The index file's size on disk, with its write-ahead log.
    qint64 sizeOnDisk() const;

    /// Deletes the index file of `folder` (and its log); true if there is none afterwards.
    static bool remove(const QString &folder, QString *error);

    /// Closes the index file; articles() stays as it is. A later refresh() works in memory.
    void close() { closeConnection(); }

private:
    /// Opens the file and checks it is an index of this version and folder; `madeTables`: the tables were
    /// just made (so that a file whose meta is still missing is not ours).
    bool openFile(QString *error, bool madeTables = false);
    /// openFile(), again while another connection holds the file for a moment.
    bool openWhenFree(QString *error);
    void closeConnection();
    bool createTables(QString *error);
    void dropFile(const QString &why);
    bool load(const Refresh &how, QString *error);
    /// Whether the index holds no article yet (false when that cannot be told).
    bool holdsNothing();
    /// The listing with each article that the index holds as it is, in m_articles, and which to read.
    void keepKnown(const std::vector<ArticleFiles> &files, const Refresh &how, std::vector<size_t> *toRead,
                   QStringList *gone);

    QString m_folder;
    Storage m_storage;
    QString m_file;
    QString m_connection;
    std::vector<IndexedArticle> m_articles;
    qsizetype m_read = 0;
    qsizetype m_forgotten = 0;
    QStringList m_repairs;
    bool m_busy = false; // the last failure was another connection holding the file
};

} // namespace Hashiya
