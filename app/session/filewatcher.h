// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QSet>

class QFileSystemWatcher;
class QTimer;

namespace Hashiya {

/// Tells when watched files change on disk, however they were changed: written in place, or replaced
/// by renaming a new file over them (as editors, git and Hashiya itself do, which ends a plain watch on
/// the file). Watches each file and its folder, and reports a burst of changes once, after it settles.
class FileWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileWatcher)

public:
    static constexpr int settleMs = 150;

    /// What identifies one version of a file on disk: a file replaced by a rename has a new inode, one
    /// written in place a new modification time or size.
    struct Stamp
    {
        bool exists = false;
        quint64 inode = 0;
        qint64 size = 0;
        qint64 modifiedNs = 0;
        friend bool operator==(const Stamp &, const Stamp &) = default;
    };
    static Stamp stampOf(const QString &path);

    explicit FileWatcher(QObject *parent = nullptr);
    ~FileWatcher() override;

    void watch(const QString &path);
    void unwatch(const QString &path);

Q_SIGNALS:
    /// `path` was written, replaced, created or removed; it may be unchanged, so compare before acting.
    void changed(const QString &path);

private:
    void onFolderChanged(const QString &folder);
    void noteChange(const QString &path);
    void settle(const QString &path);
    void rewatch(const QString &path);

    QFileSystemWatcher *m_watcher;
    QSet<QString> m_files;
    QHash<QString, int> m_folderUsers; ///< folder → how many watched files it holds
    QHash<QString, QTimer *> m_pending; ///< path → timer that reports it once changes settle
};

} // namespace Hashiya
