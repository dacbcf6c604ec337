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
        m_units.push_back({id, {}});
    return m_units.back();
}

bool BatchedWrites::stage(qsizetype unit, const QString &path, const QByteArray &bytes, QString *errorMessage)
{
    const QString temporary = temporaryPathFor(path);
    Staged staged {path, QFile::encodeName(temporary), QFile::encodeName(path)};
#ifdef Q_OS_UNIX
    const QString folder = QFileInfo(path).absolutePath();
    if (!m_knownFolders.contains(folder)) {
        // Opened before the first write under it, so that its syncfs() reports that write's errors.
        const int descriptor = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        struct stat info {};
        if (descriptor < 0 || ::fstat(descriptor, &info) != 0) {
            const int error = errno;
            if (descriptor >= 0)
                ::close(descriptor);
            *errorMessage = tr("cannot open the folder %1: %2").arg(folder, reasonOf(error));
            return false;
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
        *errorMessage = tr("cannot open %1 for writing: %2").arg(temporary, reasonOf(errno));
        return false;
    }
    // The name is known from here on: a failure below leaves the file for discard() to remove.
    unitFor(unit).files.push_back(std::move(staged));
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t written = ::write(descriptor, bytes.constData() + done, size_t(bytes.size() - done));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            const int error = written < 0 ? errno : EIO;
            ::close(descriptor);
            *errorMessage = tr("cannot write %1: %2").arg(path, reasonOf(error));
            return false;
        }
        done += written;
    }
    // A network file system may report only at close() that the data never arrived.
    if (::close(descriptor) != 0) {
        *errorMessage = tr("cannot write %1: %2").arg(path, reasonOf(errno));
        return false;
    }
    return true;
#else
    QFile file(temporary);
    unitFor(unit).files.push_back(std::move(staged));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size() || !file.flush()) {
        *errorMessage = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
#endif
}

void BatchedWrites::discard(qsizetype unit)
{
    const auto it = std::find_if(m_units.begin(), m_units.end(), [unit](const Unit &u) { return u.id == unit; });
    if (it == m_units.end())
        return;
    for (const Staged &file : it->files)
        QFile::remove(QFile::decodeName(file.temporary));
    m_units.erase(it);
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
    Result result;
    std::vector<Unit> units = std::move(m_units);
    m_units.clear();
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
