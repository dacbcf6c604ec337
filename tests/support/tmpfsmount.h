// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace Hashiya::Test {

/// A small tmpfs mounted on a temporary folder while it lives: a real file system that can be filled
/// up, so that writes fail with ENOSPC as on a full disk. Mounting needs root with CAP_SYS_ADMIN; where
/// that is missing, isMounted() is false and unavailableReason() says why. Unmounted on destruction,
/// also when the test failed.
class TmpfsMount final
{
public:
    explicit TmpfsMount(qint64 size = 512 * 1024);
    ~TmpfsMount();
    TmpfsMount(const TmpfsMount &) = delete;
    TmpfsMount &operator=(const TmpfsMount &) = delete;

    bool isMounted() const { return m_mounted; }
    QString unavailableReason() const { return m_reason; }
    QString path() const { return m_dir.path(); }
    QString path(const QString &relative) const { return m_dir.filePath(relative); }

    /// Fills the file system with a file named fillerName() until a write fails with ENOSPC, then
    /// frees `pagesFree` whole pages of it (tmpfs hands out space by the page). Requires that it worked.
    void fill(int pagesFree = 0);
    /// Deletes the filler: there is room again.
    void release();
    qint64 freeBytes() const;
    static qint64 pageSize();
    static QString fillerName() { return QStringLiteral("filler"); }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_reason;
};

} // namespace Hashiya::Test
