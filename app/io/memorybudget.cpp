// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorybudget.h"

#include <QFile>

#include <chrono>
#include <mutex>

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

qint64 MemoryBudget::availableFor(qint64 neededBytes)
{
    using Clock = std::chrono::steady_clock;
    static std::mutex mutex;
    static qint64 lastReading = -1;
    static Clock::time_point readAt;
    const Clock::time_point now = Clock::now();
    {
        const std::lock_guard lock(mutex);
        if (lastReading >= 0 && now - readAt < std::chrono::seconds(1) && neededBytes < lastReading / 4)
            return lastReading;
    }
    const qint64 reading = available();
    const std::lock_guard lock(mutex);
    lastReading = reading;
    readAt = now;
    return reading;
}

std::optional<QString> MemoryBudget::refusal(qint64 articleBytes, qint64 sidecarBytes, qint64 availableBytes)
{
    if (availableBytes < 0)
        return std::nullopt;
    const qint64 bytes = needed(articleBytes, sidecarBytes);
    if (bytes <= availableBytes)
        return std::nullopt;
    const auto gigabytes = [](qint64 bytes) {
        return QString::number(double(bytes) / 1e9, 'f', 1);
    };
    return tr("opening it needs about %1 GB of memory, and only %2 GB are free; close other programs or "
              "split the article")
        .arg(gigabytes(bytes), gigabytes(availableBytes));
}

} // namespace Hashiya
