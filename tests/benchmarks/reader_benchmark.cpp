// SPDX-License-Identifier: GPL-3.0-or-later
// The reader on long documents: open to first painted frame, scroll frames (line steps, page jumps and
// far jumps, with highlights), adding and deleting one entity with its repaint (median and worst of
// thirty), and memory. Each size
// runs in a fresh process. Run it with QT_QPA_PLATFORM=offscreen, and once on a real X display.
// --one-paragraph makes each article a single paragraph (all its entities in one layout), the worst
// case for painting highlights: `reader_benchmark --sizes 1:10000 --one-paragraph`. --repeat N runs each
// size N times, each in a fresh process, and prints the run that opened fastest (on a shared machine
// the others measure its neighbours too).
//
//   reader_benchmark [--sizes 10:100000,50:1000000] [--one-paragraph] [--repeat N] [--dir DIR]

#include "benchmarks/benchmarksupport.h"
#include "benchmarks/benchmarkwindow.h"
#include "benchmarks/generatedarticle.h"
#include "session/documentsession.h"
#include "ui/mainwindow.h"
#include "ui/reader/readerview.h"
#include "ui/reader/tagger.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>

using namespace Hashiya;
using namespace Hashiya::Benchmark;

namespace {

int runSize(const QString &article)
{
    MainWindow window;
    showWindow(window);
    const double before = residentMegabytes();

    const double openMs = openToFirstFrame(window, article);
    ReaderView *reader = window.reader();
    const double afterOpen = residentMegabytes();
    const qsizetype entityCount = window.document()->annotations()->entityCount();

    QScrollBar *bar = reader->verticalScrollBar();
    const Stats lines = stats(scrollFrames(reader, bar->singleStep(), 300));
    const Stats pages = stats(scrollFrames(reader, bar->pageStep(), 200));
    std::vector<double> jumps;
    QRandomGenerator random(3);
    for (int i = 0; i < 100; ++i)
        jumps.push_back(scrollFrame(reader, random.bounded(std::max(1, bar->maximum()))));
    const Stats far = stats(jumps);

    // The analyst looks before tagging: give background work started by opening a second to finish.
    QTest::qWait(1000);

    // Add one entity in the middle of the document and delete it, each with its repaint. A word with
    // no entity yet: the one before a tagged word's neighbour.
    const QString &text = window.document()->text();
    qsizetype at = text.size() / 2;
    while (at < text.size() && !(text[at].isLetter() && reader->entitiesAt(at).isEmpty()))
        ++at;
    qsizetype end = at;
    while (end < text.size() && text[end].isLetter())
        ++end;
    reader->setSelection(at, end);
    reader->ensureVisible(at);
    reader->viewport()->repaint();
    QElapsedTimer timer;
    timer.start();
    window.document()->annotations()->entity(QStringLiteral("warm-up")); // the id look-up is ready by now
    const double firstLookupMs = elapsedMs(timer);
    // Thirty times: tag the word, then delete the entity, each with its repaint and all panels updated.
    std::vector<double> adds, deletes;
    for (int i = 0; i < 30; ++i) {
        reader->setSelection(at, end);
        timer.start();
        window.tagger()->tag(QStringLiteral("PERSON"));
        reader->viewport()->repaint();
        adds.push_back(elapsedMs(timer));
        timer.start();
        window.tagger()->removeSelected();
        reader->viewport()->repaint();
        deletes.push_back(elapsedMs(timer));
    }
    const Stats add = stats(adds), remove = stats(deletes);
    window.document()->undoStack()->setClean(); // the benchmark leaves its article as it was

    std::printf("%.0f %lld %.2f %.2f %.2f %.2f %.2f %.2f %.2f %.2f %.2f %.0f %.0f %.0f %.2f %.2f %.2f %.2f %.2f\n",
                openMs, qlonglong(entityCount), lines.median, lines.p95, pages.median, pages.p95, far.median, far.p95,
                add.median, remove.median, firstLookupMs, afterOpen, peakMegabytes(), before, add.max, remove.max,
                lines.max, pages.max, far.max);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    if (args.value(1) == u"--run")
        return runSize(args.value(2));

    QList<std::pair<int, int>> sizes;
    for (const QString &size : option(args, u"--sizes", QStringLiteral("10:100000,50:1000000")).split(u',')) {
        const QStringList parts = size.split(u':');
        sizes.append({parts.value(0).toInt(), parts.value(1).toInt()});
    }
    const bool oneParagraph = args.contains(QStringLiteral("--one-paragraph"));
    const int repeat = std::max(1, option(args, u"--repeat", QStringLiteral("1")).toInt());
    QTemporaryDir scratch;
    const QString dir = option(args, u"--dir", scratch.path());
    QDir().mkpath(dir);
    std::printf("Reader on %s%s: open = article + sidecar + first painted frame; frames in ms (median / p95 / max); "
                "add and delete in ms (median / worst)%s\n\n",
                qPrintable(QGuiApplication::platformName()), oneParagraph ? ", one paragraph per article" : "",
                repeat > 1 ? qPrintable(QStringLiteral("; the run that opened fastest of %1").arg(repeat)) : "");
    std::printf("%6s %9s | %8s | %20s | %20s | %20s | %13s | %13s | %8s %8s\n", "MB", "entities", "open ms",
                "line steps", "page jumps", "far jumps", "add", "delete", "RSS MB", "peak MB");
    for (const auto &[megabytes, entities] : sizes) {
        const QString article = generateArticle(dir, megabytes, entities, 0, oneParagraph);
        QStringList f;
        for (int run = 0; run < repeat; ++run) {
            const QStringList fields =
                runInFreshProcess(QCoreApplication::applicationFilePath(), {QStringLiteral("--run"), article}, 19);
            if (f.isEmpty() || fields[0].toDouble() < f[0].toDouble())
                f = fields;
        }
        std::printf("%6d %9s | %8s | %6s %6s %6s | %6s %6s %6s | %6s %6s %6s | %6s %6s | %6s %6s | %8s %8s\n",
                    megabytes, qPrintable(f[1]), qPrintable(f[0]), qPrintable(f[2]), qPrintable(f[3]),
                    qPrintable(f[16]), qPrintable(f[4]), qPrintable(f[5]), qPrintable(f[17]), qPrintable(f[6]),
                    qPrintable(f[7]), qPrintable(f[18].trimmed()), qPrintable(f[8]), qPrintable(f[14]),
                    qPrintable(f[9]), qPrintable(f[15]), qPrintable(f[11]), qPrintable(f[12]));
        std::fflush(stdout);
    }
    return 0;
}
