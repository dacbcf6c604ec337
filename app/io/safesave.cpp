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
    if (!write(file)) { // QSaveFile also remembers a failed write and refuses to commit
        file.cancelWriting();
        *errorMessage = QCoreApplication::translate("SafeSave", "cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!file.commit()) {
        *errorMessage = QCoreApplication::translate("SafeSave", "cannot save %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Hashiya
