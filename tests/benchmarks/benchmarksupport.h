// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the benchmarks share: the memory of this process, timings and their statistics, command-line
// options, a step run in a fresh process, and the mixed Turkish, Arabic and English words their generated
// corpora are made of. Benchmarks stop with qFatal on anything unexpected, so nothing here returns errors.

#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace Hashiya::Benchmark {

/// The resident memory of this process now, in MB (0 where /proc/self/statm cannot be read).
double residentMegabytes();
/// The most resident memory this process has had, in MB.
double peakMegabytes();

inline double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

inline double elapsedSeconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

/// The median, the 95th percentile and the worst of some timings.
struct Stats
{
    double median = 0, p95 = 0, max = 0;
};
/// `values` must not be empty.
Stats stats(std::vector<double> values);

/// The fastest of `repeat` runs of `work`, in seconds.
template<typename Work>
double bestSeconds(int repeat, Work work)
{
    double best = 1e300;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, elapsedSeconds(timer));
    }
    return best;
}

/// The argument after `name` in `arguments`, or `fallback` if `name` is not there or has nothing after it.
QString option(const QStringList &arguments, QStringView name, const QString &fallback = {});
qint64 numberOption(const QStringList &arguments, QStringView name, qint64 fallback);

/// Runs `program` with `arguments` in a process of its own, so that its peak memory is its own, and returns
/// what it printed split at spaces. Stops the benchmark if it fails or prints fewer than `fields` fields.
QStringList runInFreshProcess(const QString &program, const QStringList &arguments, qsizetype fields);

/// The bytes of `path`, or the benchmark stops.
QByteArray readFile(const QString &path);
/// Writes `bytes` to `path`, or stops the benchmark.
void writeFile(const QString &path, const QByteArray &bytes);

/// Twelve words of the three languages: Turkish suffixes and dotless ı, Arabic with a damma, a number
/// and an emoji (two UTF-16 units, one code point).
const QStringList &mixedWords();
/// Four news sentences: Turkish, Arabic with a shadda, English, and Turkish with a number.
const QStringList &mixedSentences();
/// The entity types generated entities take in turn or at random.
const QStringList &entityTypes();

} // namespace Hashiya::Benchmark
