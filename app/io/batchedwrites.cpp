// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchedwrites.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Hashiya {

namespace {

QString reasonOf(int error)
{
    return qt_error_string(error);
}

} // namespace

QString BatchedWrites::temporarySuffix()
{
    return QStringLiteral(".hashiya-import");
}

QString BatchedWrites::temporaryPathFor(const QString &path)
{
    // Hidden, and ending in neither .txt nor .ann.json: a corpus listing never shows it as an article or
    // a sidecar. One name per target, so a run after a killed one replaces what that one left.
    const QFileInfo info(path);
    return info.path() + u"/." + info.fileName() + temporarySuffix();
}

BatchedWrites::~BatchedWrites()
{
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_queue.clear(); // what was not written yet never will be
            m_stopping = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    for (const Unit &unit : m_units) {
        for (const Staged &file : unit.files)
            QFile::remove(QFile::decodeName(file.temporary));
    }
#ifdef Q_OS_UNIX
    for (const Folder &folder : m_folders)
        ::close(folder.descriptor);
#endif
}

BatchedWrites::Unit &BatchedWrites::unitFor(qsizetype id)
{
    if (m_units.empty() || m_units.back().id != id)
        m_units.push_back({id, {}, std::nullopt});
    return m_units.back();
}

void BatchedWrites::stage(qsizetype unit, const QString &path, QByteArray bytes)
{
    // Creating files is most of an import's time (the kernel allocating inodes): done beside the reading
    // and parsing of the next documents, it costs little more than either.
    constexpr size_t waitingAtMost = 64;
    std::unique_lock lock(m_mutex);
    if (!m_thread.joinable())
        m_thread = std::thread([this] { work(); });
    m_changed.wait(lock, [this] { return m_queue.size() < waitingAtMost; });
    m_queue.push_back({unit, path, std::move(bytes)});
    lock.unlock();
    m_changed.notify_all();
}

void BatchedWrites::work()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_stopping)
            return;
        const Job job = std::move(m_queue.front());
        m_queue.pop_front();
        m_writing = true;
        lock.unlock();
        m_changed.notify_all();
        write(job);
        lock.lock();
        m_writing = false;
        m_changed.notify_all();
    }
}

void BatchedWrites::drain()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.empty() && !m_writing; });
}

void BatchedWrites::write(const Job &job)
{
    const QString temporary = temporaryPathFor(job.path);
    Staged staged {job.path, QFile::encodeName(temporary), QFile::encodeName(job.path)};
    QString message;
    {
        std::lock_guard lock(m_mutex);
        Unit &unit = unitFor(job.unit);
        if (unit.failure)
            return; // an earlier file of the unit failed: the rest is not written
    }
    auto fail = [&](const QString &reason) {
        std::lock_guard lock(m_mutex);
        unitFor(job.unit).failure = Failure {job.unit, job.path, reason};
    };
    auto remember = [&] {
        // The name is known from here on: a failure below leaves the file for the unit's clean-up.
        std::lock_guard lock(m_mutex);
        unitFor(job.unit).files.push_back(staged);
    };
#ifdef Q_OS_UNIX
    const QString folder = QFileInfo(job.path).absolutePath();
    if (!m_knownFolders.contains(folder)) {
        // Opened before the first write under it, so that its syncfs() reports that write's errors.
        const int descriptor = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        struct stat info {};
        if (descriptor < 0 || ::fstat(descriptor, &info) != 0) {
            const int error = errno;
            if (descriptor >= 0)
                ::close(descriptor);
            fail(tr("cannot open the folder %1: %2").arg(folder, reasonOf(error)));
            return;
        }
        const bool known = std::any_of(m_folders.begin(), m_folders.end(),
                                       [&](const Folder &f) { return f.device == quint64(info.st_dev); });
        if (known)
            ::close(descriptor);
        else
            m_folders.push_back({folder, descriptor, quint64(info.st_dev)});
        m_knownFolders.append(folder);
    }

    const int descriptor =
        ::open(staged.temporary.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (descriptor < 0) {
        fail(tr("cannot open %1 for writing: %2").arg(temporary, reasonOf(errno)));
        return;
    }
    remember();
    const QByteArray &bytes = job.bytes;
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t written = ::write(descriptor, bytes.constData() + done, size_t(bytes.size() - done));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            const int error = written < 0 ? errno : EIO;
            ::close(descriptor);
            fail(tr("cannot write %1: %2").arg(job.path, reasonOf(error)));
            return;
        }
        done += written;
    }
    // A network file system may report only at close() that the data never arrived.
    if (::close(descriptor) != 0)
        fail(tr("cannot write %1: %2").arg(job.path, reasonOf(errno)));
#else
    QFile file(temporary);
    remember();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(job.bytes) != job.bytes.size()
        || !file.flush())
        fail(tr("cannot write %1: %2").arg(job.path, file.errorString()));
#endif
}

bool BatchedWrites::syncAll(QString *failedFolder, QString *errorMessage)
{
#ifdef Q_OS_UNIX
    // One syncfs() per file system writes back every staged file (and the folders' entries) at once; the
    // kernel reports through it any write-back error since the descriptor's last sync.
    for (const Folder &folder : m_folders) {
        int result;
        do {
            result = ::syncfs(folder.descriptor);
        } while (result != 0 && errno == EINTR);
        if (result != 0) {
            *failedFolder = folder.path;
            *errorMessage = reasonOf(errno);
            return false;
        }
    }
#else
    Q_UNUSED(failedFolder);
    Q_UNUSED(errorMessage);
#endif
    return true;
}

BatchedWrites::Result BatchedWrites::commit()
{
    drain();
    Result result;
    std::vector<Unit> units;
    {
        std::lock_guard lock(m_mutex);
        units = std::move(m_units);
        m_units.clear();
    }
    // A unit whose write failed is reported, and none of its files is put in place.
    units.erase(std::remove_if(units.begin(), units.end(),
                               [&result](const Unit &unit) {
                                   if (!unit.failure)
                                       return false;
                                   for (const Staged &file : unit.files)
                                       QFile::remove(QFile::decodeName(file.temporary));
                                   result.failed.push_back(*unit.failure);
                                   return true;
                               }),
                units.end());
    if (units.empty())
        return result;
    QString folder, reason;
    if (!syncAll(&folder, &reason)) {
        // The device may hold none of it: nothing is renamed into place.
        for (const Unit &unit : units) {
            for (const Staged &file : unit.files)
                QFile::remove(QFile::decodeName(file.temporary));
            result.failed.push_back(
                {unit.id, unit.files.empty() ? folder : unit.files.front().path,
                 tr("not written: the device reported an error when %1 was synced: %2").arg(folder, reason)});
        }
        return result;
    }
    QList<qsizetype> renamed;
    for (const Unit &unit : units) {
        bool ok = true;
        for (const Staged &file : unit.files) {
            if (!ok) {
                QFile::remove(QFile::decodeName(file.temporary));
                continue;
            }
            if (::rename(file.temporary.constData(), file.target.constData()) != 0) {
                const int error = errno;
                QFile::remove(QFile::decodeName(file.temporary));
                result.failed.push_back({unit.id, file.path, tr("cannot move %1 into place: %2")
                                                                  .arg(QFile::decodeName(file.temporary),
                                                                       reasonOf(error))});
                ok = false;
            }
        }
        if (ok)
            renamed.append(unit.id);
    }
    if (!syncAll(&folder, &reason)) {
        // The files are whole, but their names may not survive a power loss: not claimed as written.
        for (const Unit &unit : units) {
            if (renamed.contains(unit.id))
                result.failed.push_back(
                    {unit.id, unit.files.empty() ? folder : unit.files.front().path,
                     tr("written, but the device reported an error when %1 was synced: %2").arg(folder, reason)});
        }
        return result;
    }
    result.committed = renamed;
    return result;
}

} // namespace Hashiya
