// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a large corpus: from File → Open folder until the corpus list holds every article with its
// summary and the first article is on screen, without an index (the first opening) and with it (every
// later one), each in a process of its own; then how long the window answers a key press while a cold
// opening fills the list, and each process's peak memory. With the index, it then searches the corpus in
// the search panel for rare and common names: how soon the first hits are listed, and when the last are.
// Uses the corpus corpus_scale_benchmark generates.
// Run it with QT_QPA_PLATFORM=offscreen, and on a real display.
//
//   corpus_window_benchmark [--articles 100000] [--dir DIR]

#include "benchmarks/benchmarksupport.h"
#include "benchmarks/benchmarkwindow.h"
#include "benchmarks/generatedcorpus.h"
#include "index/corpusstore.h"
#include "ui/corpus/corpusindexer.h"
#include "ui/corpus/corpuspanel.h"
#include "ui/corpus/corpussearchpanel.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QLineEdit>
#include <QTreeWidget>

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

struct PanelSearch
{
    double firstHitsMs = 0; ///< the first article's hits are in the list
    double allHitsMs = 0; ///< the search has finished and every hit is listed
    double slowestEventMs = 0;
    int hits = 0;
};

/// Searches for `name` in the window's search panel, as an analyst types it and presses Enter.
PanelSearch searchInPanel(MainWindow &window, const QString &name)
{
    CorpusSearchPanel *panel = window.corpusSearch();
    panel->setPattern(name);
    PanelSearch measured;
    QElapsedTimer timer, sinceTick;
    timer.start();
    sinceTick.start();
    QTest::keyClick(panel->patternEdit(), Qt::Key_Return);
    while (panel->isSearching() || panel->results()->topLevelItemCount() == 0) {
        QTest::qWait(1);
        measured.slowestEventMs = std::max(measured.slowestEventMs, elapsedMs(sinceTick) - 1);
        sinceTick.restart();
        if (measured.firstHitsMs == 0 && panel->results()->topLevelItemCount() > 0)
            measured.firstHitsMs = elapsedMs(timer);
        if (timer.elapsed() > 600000)
            qFatal("the search did not finish in ten minutes");
    }
    measured.allHitsMs = elapsedMs(timer);
    for (int i = 0; i < panel->results()->topLevelItemCount(); ++i)
        measured.hits += panel->results()->topLevelItem(i)->childCount();
    return measured;
}

void searchesInPanel(MainWindow &window)
{
    while (window.corpusPanel()->indexer()->isRunning()) // the signatures, after the summaries
        QTest::qWait(10);
    for (const auto &[group, names] : {std::pair {"rare names", GeneratedCorpus::rareNames(5)},
                                       std::pair {"common names", GeneratedCorpus::someNames(10)}}) {
        for (const QString &name : names) {
            const PanelSearch measured = searchInPanel(window, name);
            std::printf("search panel, %-12s %-18s first hits %6.0f ms, all %6d hits %6.0f ms, busy at most %4.0f ms\n",
                        group, qPrintable(name), measured.firstHitsMs, measured.hits, measured.allHitsMs,
                        measured.slowestEventMs);
        }
    }
}

Opening open(const QString &dir, qsizetype count, bool searches)
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
    if (searches)
        searchesInPanel(window);
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
    const Opening measured = open(dir, count, opening == u"warm");
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
