// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace Hashiya::Test {

/// Makes the writes to the files under a folder fail, in this process and in the programs it starts,
/// through the failing-writes library (tests/support/failingwrites.cpp) preloaded into the process.
/// Failures are off again when it goes out of scope.
class WriteFaults final
{
public:
    /// Where the device reports the failure: at a write, or only at fsync() or close() afterwards.
    enum class At { Write = 0, Sync = 1, Close = 2 };

    /// Starts this program again with the library preloaded, unless it already is, or this build cannot
    /// preload it (sanitizers). Call first thing in main(); on success it does not return.
    static void preloadIntoThisProcess(char *argv[]);
    /// Why failures cannot be injected here, or empty if they can.
    static QString unavailableReason();

    WriteFaults();
    ~WriteFaults();
    WriteFaults(const WriteFaults &) = delete;
    WriteFaults &operator=(const WriteFaults &) = delete;

    /// Writes under `folder` succeed for `allowedBytes` in all, then fail with `error`; with At::Sync or
    /// At::Close every write succeeds and the sync or close after them fails, losing the unsynced bytes.
    void failAfter(const QString &folder, qint64 allowedBytes, int error, At at = At::Write);
    void off();
    /// How many calls failed since failAfter().
    qint64 failures() const;

    /// The environment of a child program whose writes fail the same way.
    static QProcessEnvironment environment(const QString &folder, qint64 allowedBytes, int error, At at = At::Write);

private:
    using Set = void (*)(const char *, long long, int, int);
    using Failures = long long (*)();
    Set m_set = nullptr;
    Failures m_failures = nullptr;
};

} // namespace Hashiya::Test
