// SPDX-License-Identifier: GPL-3.0-or-later
#include "importfile.h"

#include <QFile>

namespace Hashiya {

std::optional<QByteArray> ImportFile::read(const QString &path, qint64 maxSize, ImportBatch *batch)
{
    auto skip = [&](const QString &message) {
        batch->problems.append({Problem::Severity::Error, path, 0, 0, message});
        ++batch->skipped;
        return std::nullopt;
    };
    // Read, not mapped: a file truncated by another program while mapped would crash the import.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return skip(file.errorString());
    if (file.size() > maxSize)
        return skip(tr("the file is larger than %1 MB; split it").arg(maxSize >> 20));
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return skip(file.errorString());
    return bytes;
}

} // namespace Hashiya
