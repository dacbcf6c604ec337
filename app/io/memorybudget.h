// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Hashiya {

/// Refuses, with a clear message, to open an article whose text and annotations would not fit in the
/// memory that is free: running out part-way would end the program (Linux kills it) and lose the
/// analyst's unsaved work in other articles.
class MemoryBudget final
{
    Q_DECLARE_TR_FUNCTIONS(MemoryBudget)

public:
    /// Measured with tests/benchmarks: the open document takes about this many bytes per byte of file.
    static constexpr qint64 bytesPerArticleByte = 8;
    static constexpr qint64 bytesPerSidecarByte = 10;

    /// Bytes of memory free for new allocations now (MemAvailable), or -1 if unknown.
    static qint64 available();
    /// available(), read again only when it could change the answer: a reading less than a second old
    /// serves while `neededBytes` is under a quarter of it. A walk over a corpus asks for every article,
    /// and reading /proc/meminfo took eight system calls each time.
    static qint64 availableFor(qint64 neededBytes);
    /// About how much memory an open document of these file sizes takes.
    static qint64 needed(qint64 articleBytes, qint64 sidecarBytes)
    {
        return articleBytes * bytesPerArticleByte + sidecarBytes * bytesPerSidecarByte;
    }
    /// Why a document of these file sizes cannot be opened with `availableBytes` free, or nothing if it
    /// can (or if the free memory is unknown).
    static std::optional<QString> refusal(qint64 articleBytes, qint64 sidecarBytes, qint64 availableBytes);
};

} // namespace Hashiya
