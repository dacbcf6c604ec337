// SPDX-License-Identifier: GPL-3.0-or-later
#include "safesave.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Hashiya {

namespace {

/// Runs `step` with errno cleared; on failure `*error` is the system's reason, or 0 if it gave none.
template<typename Step>
bool checked(Step &&step, int *error)
{
    errno = 0;
    const bool ok = step();
    *error = ok ? 0 : errno;
    return ok;
}

/// Makes what was written durable, and says if the device could not. A network file system or a full
/// quota may accept writes and report only here that the data never arrived.
bool syncToDevice(QSaveFile &file)
{
#ifdef Q_OS_UNIX
    int result;
    do {
        result = ::fdatasync(file.handle());
    } while (result != 0 && errno == EINTR);
    return result == 0;
#else
    Q_UNUSED(file);
    return true; // commit() syncs, and no platform but Unix is built
#endif
}

} // namespace

bool saveFileAtomically(const QString &path, const std::function<bool(QIODevice &)> &write, QString *errorMessage)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *errorMessage =
            QCoreApplication::translate("SafeSave", "cannot open %1 for writing: %2").arg(path, file.errorString());
        return false;
    }
    // QSaveFile remembers a failed write and refuses to commit, but Qt 6.4's commit() checks neither the
    // final flush of its buffer nor the sync after it: a small file that fails only there (a full disk),
    // or data the device reports lost at the sync (NFS, a quota), would still be renamed over the
    // original, empty or cut short. So everything is flushed and synced, and checked, before the commit.
    // A write that went through in part before failing leaves Qt without a reason ("Unknown error"), so
    // the reason is errno, taken right after each step.
    int error = 0;
    const bool written = checked([&] { return write(file) && file.error() == QFileDevice::NoError; }, &error)
        && checked([&] { return file.flush() && file.error() == QFileDevice::NoError; }, &error)
        && checked([&] { return syncToDevice(file); }, &error);
    if (!written) {
        const QString reason = error != 0 ? qt_error_string(error) : file.errorString();
        file.cancelWriting();
        *errorMessage = QCoreApplication::translate("SafeSave", "cannot write %1: %2").arg(path, reason);
        return false;
    }
    if (!file.commit()) {
        *errorMessage = QCoreApplication::translate("SafeSave", "cannot save %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Hashiya
