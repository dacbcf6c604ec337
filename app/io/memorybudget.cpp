// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorybudget.h"

#include <QFile>

namespace Hashiya {

qint64 MemoryBudget::available()
{
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (!meminfo.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : meminfo.readAll().split('\n')) {
        if (line.startsWith("MemAvailable:")) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            bool ok = false;
            const qint64 kilobytes = fields.value(1).toLongLong(&ok);
            return ok ? kilobytes * 1024 : -1;
        }
    }
    return -1;
}

std::optional<QString> MemoryBudget::refusal(qint64 articleBytes, qint64 sidecarBytes, qint64 availableBytes)
{
    if (availableBytes < 0)
        return std::nullopt;
    const qint64 needed = articleBytes * bytesPerArticleByte + sidecarBytes * bytesPerSidecarByte;
    if (needed <= availableBytes)
        return std::nullopt;
    const auto gigabytes = [](qint64 bytes) {
        return QString::number(double(bytes) / 1e9, 'f', 1);
    };
    return tr("opening it needs about %1 GB of memory, and only %2 GB are free; close other programs or "
              "split the article")
        .arg(gigabytes(needed), gigabytes(availableBytes));
}

} // namespace Hashiya
