// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/filestamp.h"

#include <QHash>
#include <QObject>

class QFileSystemWatcher;
class QTimer;

namespace Hashiya {

/// Tells when watched files change on disk, however they were changed: written in place, or replaced
/// by renaming a new file over them (as editors, git and Hashiya itself do, which ends a plain watch on
/// the file). Watches each file and its folder, and reports a burst of changes once, after it settles,
/// and only for a file whose stamp differs from the one last seen: a folder event concerns every file in
/// the folder, but only a changed one is reported, and a write announced with noteWritten() is not.
class FileWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileWatcher)

public:
    static constexpr int settleMs = 150;

    explicit FileWatcher(QObject *parent = nullptr);
    ~FileWatcher() override;

    /// Starts watching `path` as it is now.
    void watch(const QString &path);
    void unwatch(const QString &path);
    /// `path` now has the version `stamp`, written by the caller: no change to report.
    void noteWritten(const QString &path, const FileStamp &stamp);

Q_SIGNALS:
    /// `path` was written, replaced, created or removed since it was last seen.
    void changed(const QString &path);

private:
    void onFolderChanged(const QString &folder);
    void noteChange(const QString &path);
    void settle(const QString &path);
    void rewatch(const QString &path);

    QFileSystemWatcher *m_watcher;
    QHash<QString, FileStamp> m_files; ///< watched file → its version last seen
    QHash<QString, int> m_folderUsers; ///< folder → how many watched files it holds
    QHash<QString, QTimer *> m_pending; ///< path → timer that reports it once changes settle
};

} // namespace Hashiya
