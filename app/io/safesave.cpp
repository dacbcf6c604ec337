// SPDX-License-Identifier: GPL-3.0-or-later
#include "safesave.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace Hashiya {

bool saveFileAtomically(const QString &path, const std::function<bool(QIODevice &)> &write, QString *errorMessage)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *errorMessage =
            QCoreApplication::translate("SafeSave", "cannot open %1 for writing: %2").arg(path, file.errorString());
        return false;
    }
    // QSaveFile remembers a failed write and refuses to commit, but Qt 6.4's commit() does not check the
    // final flush of its buffer: a small file that fails only there (a full disk) would still be renamed
    // over the original, empty. So everything is flushed, and checked, before the commit.
    const bool written = write(file) && file.error() == QFileDevice::NoError;
    if (!written || !file.flush() || file.error() != QFileDevice::NoError) {
        const QString reason = file.errorString();
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
