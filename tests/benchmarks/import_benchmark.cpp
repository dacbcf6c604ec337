// SPDX-License-Identifier: GPL-3.0-or-later
// `hashiya import --from brat` of a generated corpus of news-sized documents (about 3 KB of Turkish, Arabic
// and English text, 8 entities and 2 relations each, in folders of 1,000), beside import_benchmark.py, a
// plain Python script that reads each .txt/.ann pair and writes one JSON file per document. Both run as
// programs of their own, in the same run, on the same input (in the page cache after generation), each
// into an empty folder; the times are wall clock, the memory each program's peak resident set.
//
//   import_benchmark [--documents 100000] [--repeat 3] [--hashiya build/bin/hashiya]

#include "benchmarks/benchmarksupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

using namespace Hashiya;
using namespace Hashiya::Benchmark;

namespace {

/// DOC.txt and DOC.ann pairs as brat keeps them; offsets in code points.
void generate(const QString &dir, qsizetype documents)
{
    QRandomGenerator random(19);
    const QStringList &sentences = mixedSentences();
    const QStringList &types = entityTypes();
    qsizetype bytes = 0;
    for (qsizetype n = 0; n < documents; ++n) {
        const QString folder = dir + QStringLiteral("/%1").arg(n / 1000, 3, 10, QLatin1Char('0'));
        if (n % 1000 == 0 && !QDir().mkpath(folder))
            qFatal("cannot create %s", qPrintable(folder));
        QString text;
        while (text.size() < 2300) {
            text += sentences[random.bounded(int(sentences.size()))];
            if (random.bounded(4) == 0)
                text += u'\n';
        }
        // Eight words spread over the text, found in code points: letters and their marks.
        const QList<uint> codePoints = text.toUcs4();
        auto inWord = [](uint c) { return QChar::isLetterOrNumber(char32_t(c)) || QChar::isMark(char32_t(c)); };
        std::vector<std::pair<qsizetype, qsizetype>> words;
        for (qsizetype i = 0; i < codePoints.size();) {
            while (i < codePoints.size() && !inWord(codePoints[i]))
                ++i;
            const qsizetype start = i;
            while (i < codePoints.size() && inWord(codePoints[i]))
                ++i;
            if (i > start)
                words.emplace_back(start, i);
        }
        QByteArray ann;
        const qsizetype step = std::max<qsizetype>(1, qsizetype(words.size()) / 8);
        int t = 0;
        for (qsizetype w = 0; w < qsizetype(words.size()) && t < 8; w += step) {
            const auto [start, end] = words[size_t(w)];
            ann += 'T' + QByteArray::number(++t) + '\t' + types[random.bounded(int(types.size()))].toLatin1() + ' '
                + QByteArray::number(start) + ' ' + QByteArray::number(end) + '\t'
                + QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData() + start), end - start)
                      .toUtf8()
                + '\n';
        }
        for (int r = 1; r <= 2 && r < t; ++r)
            ann += "R" + QByteArray::number(r) + "\tMEETS_WITH Arg1:T" + QByteArray::number(r) + " Arg2:T"
                + QByteArray::number(r + 1) + "\t\n";
        const QString base = folder + QStringLiteral("/doc%1").arg(n, 6, 10, QLatin1Char('0'));
        const QByteArray txt = text.toUtf8();
        writeFile(base + QStringLiteral(".txt"), txt);
        writeFile(base + QStringLiteral(".ann"), ann);
        bytes += txt.size() + ann.size();
    }
    std::printf("generated %lld brat documents, %.1f MB of .txt and .ann\n", qlonglong(documents), double(bytes) / 1e6);
}

struct Measure
{
    double seconds = 0;
    double peakMegabytes = 0;
};

/// Runs `program` to the end, quietly, and measures it alone (wait4 gives this child's own peak memory).
Measure run(const QString &program, const QStringList &arguments, const QString &log)
{
    const QByteArray logName = log.toLocal8Bit();
    std::vector<QByteArray> bytes {program.toLocal8Bit()};
    for (const QString &argument : arguments)
        bytes.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, logName.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0)
        qFatal("cannot start %s", argv[0]);
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid)
        qFatal("lost %s", argv[0]);
    const double seconds = elapsedSeconds(timer);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        qFatal("%s %s failed (status %d), see %s", argv[0], qPrintable(arguments.join(u' ')), status,
               logName.constData());
    return {seconds, double(usage.ru_maxrss) / 1024.0};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const qsizetype documents = numberOption(arguments, u"--documents", 100000);
    const int repeat = std::max(1, int(numberOption(arguments, u"--repeat", 3)));
    const QString hashiya =
        option(arguments, u"--hashiya", QCoreApplication::applicationDirPath() + QStringLiteral("/hashiya"));
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        qFatal("python3 not found: the benchmark needs its side-by-side number");

    QTemporaryDir work;
    const QString input = work.filePath(QStringLiteral("brat"));
    generate(input, documents);

    // The imports run with a private home, so that the settings and caches of the analyst are never touched.
    qputenv("HOME", work.filePath(QStringLiteral("home")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", work.filePath(QStringLiteral("home/.cache")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", work.filePath(QStringLiteral("home/.config")).toLocal8Bit());

    // The outputs stay until the end: ext4 allocates new inodes slowly for half a minute after many files
    // were deleted (it skips recently freed ones), which would weigh on whichever run came next.
    Measure bestHashiya {1e300, 0}, bestPython {1e300, 0};
    for (int i = 0; i < repeat; ++i) {
        // Alternated, so that a busy moment of the machine falls on both.
        const QString outHashiya = work.filePath(QStringLiteral("hashiya-%1").arg(i));
        const Measure h = run(hashiya, {QStringLiteral("import"), QStringLiteral("--from"), QStringLiteral("brat"),
                                        QStringLiteral("--out"), outHashiya, input},
                              work.filePath(QStringLiteral("hashiya.log")));
        const QString outPython = work.filePath(QStringLiteral("python-%1").arg(i));
        const Measure p =
            run(python, {QStringLiteral(HASHIYA_BENCHMARK_SOURCE "/import_benchmark.py"), input, outPython},
                work.filePath(QStringLiteral("python.log")));
        std::printf("  run %d: hashiya import %7.2f s %6.1f MB   python %7.2f s %6.1f MB\n", i + 1, h.seconds,
                    h.peakMegabytes, p.seconds, p.peakMegabytes);
        std::fflush(stdout);
        if (h.seconds < bestHashiya.seconds)
            bestHashiya = h;
        if (p.seconds < bestPython.seconds)
            bestPython = p;
    }
    std::printf("%lld documents, best of %d:\n", qlonglong(documents), repeat);
    std::printf("  hashiya import --from brat  %7.2f s  %8.0f documents/s  peak %6.1f MB\n", bestHashiya.seconds,
                double(documents) / bestHashiya.seconds, bestHashiya.peakMegabytes);
    std::printf("  plain Python, one JSON each %7.2f s  %8.0f documents/s  peak %6.1f MB\n", bestPython.seconds,
                double(documents) / bestPython.seconds, bestPython.peakMegabytes);
    std::printf("  hashiya / Python            %7.2f\n", bestHashiya.seconds / bestPython.seconds);
    return 0;
}
