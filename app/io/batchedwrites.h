// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace Hashiya {

/// Writes many new files durably with a few file-system syncs instead of one per file. Each file is
/// staged under a temporary name beside its target (hidden, ending in `.hashiya-import`, so never taken
/// for an article or a sidecar); commit() syncs every staged byte to the device at once, then renames the
/// files into place in the order they were staged, then syncs again so the renames are durable too. A
/// program killed at any moment thus leaves whole files or none at their names, and after a power loss
/// at most the files of the commit under way are missing. Files are staged in units (an article and
/// its sidecar, say): a unit whose sync or rename fails is reported as a whole, and its later files
/// are not renamed. A failed sync reports every unit it covered; nothing is claimed written that the
/// device may not hold. Unix only (syncfs); elsewhere commit() syncs nothing.
class BatchedWrites final
{
    Q_DECLARE_TR_FUNCTIONS(BatchedWrites)

public:
    /// The suffix of staged files, which a later run may find left by a killed one and replace.
    static QString temporarySuffix();
    /// The temporary name `path` is staged under.
    static QString temporaryPathFor(const QString &path);

    BatchedWrites() = default;
    ~BatchedWrites(); ///< removes what is staged and not committed
    BatchedWrites(const BatchedWrites &) = delete;
    BatchedWrites &operator=(const BatchedWrites &) = delete;

    /// Writes `bytes` to the temporary name of `path` (whose folder must exist) as part of `unit`, on a
    /// thread of its own while the caller prepares the next file; a few files wait at most, so memory
    /// stays bounded. A write that fails is reported by the next commit(), with the rest of its unit.
    void stage(qsizetype unit, const QString &path, QByteArray bytes);

    struct Failure
    {
        qsizetype unit;
        QString path; ///< the file that failed, or the folder whose sync failed
        QString message;
    };
    struct Result
    {
        QList<qsizetype> committed; ///< units whose files are all in place and durable, in staging order
        std::vector<Failure> failed; ///< one per unit not (or not durably) written
    };
    /// Makes every staged unit durable and renames its files into place (see the class comment).
    Result commit();

private:
    struct Staged
    {
        QString path;
        QByteArray temporary; ///< the staged file's name, encoded for the system calls
        QByteArray target;
    };
    struct Unit
    {
        qsizetype id;
        std::vector<Staged> files;
        std::optional<Failure> failure; ///< the write that failed, if one did
    };
    struct Job
    {
        qsizetype unit;
        QString path;
        QByteArray bytes;
    };
    void work();
    /// Writes one staged file; on the writing thread.
    void write(const Job &job);
    Unit &unitFor(qsizetype id);
    /// Waits until every staged file is written.
    void drain();
    /// Syncs every file system a staged file is on; false with the reason if one reported an error.
    bool syncAll(QString *failedFolder, QString *errorMessage);

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Job> m_queue; ///< guarded by m_mutex, as is everything the writing thread touches
    bool m_writing = false; ///< a job taken from the queue and not done
    bool m_stopping = false;
    std::thread m_thread;
    std::vector<Unit> m_units;
    /// Open descriptors of the folders written to, one per file system, opened before the first write to
    /// it: syncfs() reports the write-back errors seen since the descriptor was opened or last synced.
    struct Folder
    {
        QString path;
        int descriptor;
        quint64 device;
    };
    std::vector<Folder> m_folders;
    QList<QString> m_knownFolders; ///< folders already checked for their file system
};

} // namespace Hashiya
