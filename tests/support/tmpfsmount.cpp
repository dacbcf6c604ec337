// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/tmpfsmount.h"

#include "support/catchqt.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>
#include <vector>

namespace Hashiya::Test {

TmpfsMount::TmpfsMount(qint64 size)
{
    if (!m_dir.isValid()) {
        m_reason = QStringLiteral("no temporary folder to mount on: %1").arg(m_dir.errorString());
        return;
    }
    const QByteArray options = "size=" + QByteArray::number(size) + ",mode=0700";
    if (::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC,
                options.constData())
        != 0) {
        const int error = errno;
        m_reason = QStringLiteral("cannot mount a tmpfs to fill up (it needs root with CAP_SYS_ADMIN): %1")
                       .arg(QString::fromLocal8Bit(std::strerror(error)));
        return;
    }
    m_mounted = true;
}

TmpfsMount::~TmpfsMount()
{
    if (!m_mounted)
        return;
    const QByteArray path = QFile::encodeName(m_dir.path());
    // A file still open in it keeps it busy; detaching still takes it away from the folder at once.
    if (::umount2(path.constData(), 0) != 0)
        ::umount2(path.constData(), MNT_DETACH);
}

qint64 TmpfsMount::pageSize()
{
    return sysconf(_SC_PAGESIZE);
}

qint64 TmpfsMount::freeBytes() const
{
    struct statvfs info = {};
    REQUIRE(::statvfs(QFile::encodeName(m_dir.path()).constData(), &info) == 0);
    return qint64(info.f_bavail) * qint64(info.f_frsize);
}

void TmpfsMount::fill(int pagesFree)
{
    REQUIRE(m_mounted);
    const int fd = ::open(QFile::encodeName(path(fillerName())).constData(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    REQUIRE(fd >= 0);
    const std::vector<char> block(size_t(pageSize()), 'f');
    qint64 size = 0;
    int error = 0;
    for (;;) {
        const ssize_t written = ::write(fd, block.data(), block.size());
        if (written <= 0) {
            error = written < 0 ? errno : 0;
            break;
        }
        size += written;
    }
    INFO("filling " << path().toStdString() << " stopped with: " << std::strerror(error));
    REQUIRE(error == ENOSPC);
    REQUIRE(::ftruncate(fd, size - pagesFree * pageSize()) == 0);
    REQUIRE(::close(fd) == 0);
    REQUIRE(freeBytes() == pagesFree * pageSize());
}

void TmpfsMount::release()
{
    REQUIRE(QFile::remove(path(fillerName())));
    REQUIRE(freeBytes() > 64 * 1024);
}

} // namespace Hashiya::Test
