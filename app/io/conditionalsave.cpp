// SPDX-License-Identifier: GPL-3.0-or-later
#include "conditionalsave.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Hashiya {

namespace {

std::function<void(const QString &)> &beforeReplaceHook()
{
    static std::function<void(const QString &)> hook;
    return hook;
}

std::function<void(const QString &)> &afterExchangeHook()
{
    static std::function<void(const QString &)> hook;
    return hook;
}

void runHook(const std::function<void(const QString &)> &hook, const QString &path)
{
    if (const auto copy = hook) // a copy: the hook may replace itself
        copy(path);
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

/// The new version, written beside the target under a hidden name, removed again unless it was swapped in.
class TemporaryFile final
{
public:
    ~TemporaryFile()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        if (!m_path.isEmpty())
            ::unlink(m_path.constData());
    }
    bool create(const QString &target, QString *error)
    {
        const QFileInfo info(target);
        for (int attempt = 0; attempt < 100; ++attempt) {
            const QString name = u'.' + info.fileName() + u".new-"
                + QString::number(QRandomGenerator::global()->generate64() & 0xffffffffffff, 36);
            const QByteArray path = QFile::encodeName(info.absolutePath() + u'/' + name);
            // 0666 less the umask, as any new file; a replaced file keeps its own permissions below.
            m_fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
            if (m_fd >= 0) {
                m_path = path;
                return true;
            }
            if (errno != EEXIST)
                break;
        }
        *error = systemError(errno);
        return false;
    }
    int fd() const { return m_fd; }
    const QByteArray &path() const { return m_path; }
    bool close()
    {
        const int fd = std::exchange(m_fd, -1);
        return ::close(fd) == 0;
    }
    void forget() { m_path.clear(); } ///< it became the target

private:
    int m_fd = -1;
    QByteArray m_path;
};

bool syncFolderOf(const QByteArray &path)
{
    const QByteArray folder = QFile::encodeName(QFileInfo(QFile::decodeName(path)).absolutePath());
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

bool sameVersion(const FileStamp &found, const FileStamp &expected)
{
    return found.exists && expected.exists && found == expected;
}

} // namespace

void setBeforeReplaceHook(std::function<void(const QString &path)> hook)
{
    beforeReplaceHook() = std::move(hook);
}

void setAfterExchangeHook(std::function<void(const QString &path)> hook)
{
    afterExchangeHook() = std::move(hook);
}

ReplaceOutcome replaceFileIfUnchanged(const QString &path, const FileStamp &expected,
                                      const std::function<bool(QIODevice &)> &write, FileStamp *written,
                                      QString *errorMessage, QString *displaced)
{
    auto failed = [&](const QString &reason) {
        *errorMessage = QCoreApplication::translate("SafeSave", "cannot save %1: %2").arg(path, reason);
        return ReplaceOutcome::Failed;
    };
    const QByteArray target = QFile::encodeName(path);
    TemporaryFile temporary;
    QString reason;
    if (!temporary.create(path, &reason))
        return failed(reason);
    if (struct stat facts; expected.exists && ::stat(target.constData(), &facts) == 0)
        ::fchmod(temporary.fd(), facts.st_mode & 07777);
    {
        QFile file;
        if (!file.open(temporary.fd(), QIODevice::WriteOnly, QFileDevice::DontCloseHandle))
            return failed(file.errorString());
        // Every byte reaches the file, and the disk, before anything is renamed. A write that went through
        // in part before failing leaves Qt without a reason, so the reason is errno, taken right after.
        errno = 0;
        const bool complete = write(file) && file.error() == QFileDevice::NoError && file.flush()
            && file.error() == QFileDevice::NoError;
        if (!complete)
            return failed(errno != 0 ? systemError(errno) : file.errorString());
    }
    int synced;
    do {
        synced = ::fsync(temporary.fd());
    } while (synced != 0 && errno == EINTR);
    if (synced != 0)
        return failed(systemError(errno));
    *written = FileStamp::ofDescriptor(temporary.fd());
    if (!temporary.close())
        return failed(systemError(errno));
    // A change seen now is settled without ever putting the new version in place, where a reader could
    // see it before it is known to be right.
    const FileStamp now = FileStamp::of(path);
    if (expected.exists ? !sameVersion(now, expected) : now.exists)
        return ReplaceOutcome::ChangedOutside;
    runHook(beforeReplaceHook(), path);
    const QByteArray fresh = temporary.path();
    // Ours is in place under the target's name: the temporary name is no longer ours to remove.
    const auto inPlace = [&] {
        temporary.forget();
        syncFolderOf(target);
        return ReplaceOutcome::Replaced;
    };
    if (!expected.exists) {
        // Nothing to replace: succeed only if nobody created the file meanwhile.
        if (::renameat2(AT_FDCWD, fresh.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE) != 0) {
            if (errno == EEXIST)
                return ReplaceOutcome::ChangedOutside;
            if (errno != EINVAL)
                return failed(systemError(errno));
            // A filesystem without RENAME_NOREPLACE: look, then rename (a narrow window remains).
            if (FileStamp::of(path).exists)
                return ReplaceOutcome::ChangedOutside;
            if (::rename(fresh.constData(), target.constData()) != 0)
                return failed(systemError(errno));
        }
        return inPlace();
    }
    // Swap the two files in one step; the old version, now under the temporary name, says whether it was
    // the one expected.
    if (::renameat2(AT_FDCWD, fresh.constData(), AT_FDCWD, target.constData(), RENAME_EXCHANGE) != 0) {
        if (errno == ENOENT)
            return ReplaceOutcome::ChangedOutside; // removed meanwhile
        if (errno != EINVAL)
            return failed(systemError(errno));
        // A filesystem without RENAME_EXCHANGE: look, then rename (a narrow window remains).
        if (!sameVersion(FileStamp::of(path), expected))
            return ReplaceOutcome::ChangedOutside;
        if (::rename(fresh.constData(), target.constData()) != 0)
            return failed(systemError(errno));
        return inPlace();
    }
    runHook(afterExchangeHook(), path);
    if (!sameVersion(FileStamp::of(QFile::decodeName(fresh)), expected)) {
        // Another program's version was swapped out: put it back, and ours goes with the temporary name.
        if (::renameat2(AT_FDCWD, fresh.constData(), AT_FDCWD, target.constData(), RENAME_EXCHANGE) != 0) {
            // Theirs stays safe under the temporary name; never delete it.
            const QString kept = QFile::decodeName(fresh);
            temporary.forget();
            return failed(QCoreApplication::translate("SafeSave",
                                                      "another program changed it while it was being saved, and "
                                                      "its version could not be put back (%1); it is kept as %2")
                              .arg(systemError(errno), kept));
        }
        if (FileStamp::of(QFile::decodeName(fresh)) != *written) {
            // A third version came between the two swaps, written over ours: it is the newest, so it goes
            // back in place, and the one it would have replaced is left to the caller. Nothing is deleted.
            ::renameat2(AT_FDCWD, fresh.constData(), AT_FDCWD, target.constData(), RENAME_EXCHANGE);
            if (displaced)
                *displaced = QFile::decodeName(fresh);
            temporary.forget();
        }
        return ReplaceOutcome::ChangedOutside;
    }
    syncFolderOf(target); // the old version, under the temporary name, is removed as the temporary file
    return ReplaceOutcome::Replaced;
}

} // namespace Hashiya
