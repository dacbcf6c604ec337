// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a large corpus: from File → Open folder until the corpus list holds every article with its
// summary and the first article is on screen, without an index (the first opening) and with it (every
// later one), each in a process of its own; then how long the window answers a key press while a cold
// opening fills the list, and each process's peak memory. Uses the corpus corpus_scale_benchmark generates.
// Run it with QT_QPA_PLATFORM=offscreen, and on a real display.
//
//   corpus_window_benchmark [--articles 100000] [--dir DIR]

#include "benchmarks/benchmarksupport.h"
#include "benchmarks/benchmarkwindow.h"
#include "benchmarks/generatedcorpus.h"
#include "index/corpusstore.h"
#include "ui/corpus/corpuspanel.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Hashiya;
using namespace Hashiya::Benchmark;
using namespace Qt::StringLiterals;

namespace {

struct Opening
{
    double firstArticleMs = 0; ///< the first article's document is open in the reader
    double listedMs = 0; ///< every row has its summary
    double slowestEventMs = 0; ///< the longest the window did not answer, while filling the list
};

Opening open(const QString &dir, qsizetype count)
{
    MainWindow window;
    showWindow(window);
    Opening opening;
    QElapsedTimer timer;
    timer.start();
    window.openFolder(dir);
    QApplication::processEvents();
    opening.firstArticleMs = elapsedMs(timer);
    if (!window.document())
        qFatal("no article open");
    // The window stays responsive: a timer every 10 ms measures how late the event loop serves it.
    QElapsedTimer sinceTick;
    sinceTick.start();
    while (window.corpusPanel()->isReading()) {
        QTest::qWait(10);
        opening.slowestEventMs = std::max(opening.slowestEventMs, elapsedMs(sinceTick) - 10);
        sinceTick.restart();
        if (timer.elapsed() > 600000)
            qFatal("the corpus list did not fill in ten minutes");
    }
    opening.listedMs = elapsedMs(timer);
    if (window.corpusPanel()->articleCount() != count)
        qFatal("listed %lld articles of %lld", qlonglong(window.corpusPanel()->articleCount()), qlonglong(count));
    return opening;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype count = numberOption(arguments, u"--articles", 100000);
    QTemporaryDir temporary;
    const QString dir = QDir(option(arguments, u"--dir", temporary.path())).absolutePath();
    const QString opening = option(arguments, u"--opening", QString());
    if (opening.isEmpty()) {
        // Each opening in a process of its own, as an analyst starts the window: the memory a closed
        // window leaves to the allocator does not count against the next one.
        GeneratedCorpus::ensure(dir, count);
        // Test mode puts settings and the index under ~/.qttest, never the analyst's; the first opening
        // makes the index, the second reads it, and it is gone afterwards.
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        CorpusStore::remove(dir, &error);
        const auto dropIndex = qScopeGuard([&] { CorpusStore::remove(dir, &error); });
        std::printf("%lld articles\n", qlonglong(count));
        std::fflush(stdout);
        for (const QString &which : {u"cold"_s, u"warm"_s}) {
            QProcess run;
            run.setProcessChannelMode(QProcess::ForwardedOutputChannel);
            run.start(QCoreApplication::applicationFilePath(),
                      {u"--articles"_s, QString::number(count), u"--dir"_s, dir, u"--opening"_s, which});
            if (!run.waitForFinished(-1) || run.exitCode() != 0)
                qFatal("the %s opening failed", qPrintable(which));
        }
        return 0;
    }

    QStandardPaths::setTestModeEnabled(true); // settings never touch the user's
    const Opening measured = open(dir, count);
    if (opening == u"cold")
        std::printf("no index:   first article %7.0f ms, every summary listed %7.0f ms, window busy at most %5.0f ms, "
                    "peak %4.0f MB\n",
                    measured.firstArticleMs, measured.listedMs, measured.slowestEventMs, peakMegabytes());
    else
        std::printf("with index: first article %7.0f ms, every summary listed %7.0f ms (target 1000), busy at most "
                    "%5.0f ms, peak %4.0f MB\n",
                    measured.firstArticleMs, measured.listedMs, measured.slowestEventMs, peakMegabytes());
    return 0;
}
