// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

namespace Hashiya::Benchmark {

/// Runs a program as a user would, from start to exit, and measures it: wall-clock time and the peak
/// memory of that one process (from wait4, which QProcess does not give).
class TimedProcess final
{
public:
    struct Outcome
    {
        int exitCode = -1; ///< -1 if it did not exit normally
        double seconds = 0;
        double peakMegabytes = 0;
        QByteArray standardError; ///< the first 64 KB; what it printed on stdout is discarded
    };
    static Outcome run(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment);
};

} // namespace Hashiya::Benchmark
