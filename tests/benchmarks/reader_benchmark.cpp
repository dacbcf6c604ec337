// SPDX-License-Identifier: GPL-3.0-or-later
// The reader on long documents: open to first painted frame, scroll frames (line steps, page jumps and
// far jumps, with highlights), adding and deleting one entity with its repaint (median and worst of
// thirty), and memory. Each size
// runs in a fresh process. Run it with QT_QPA_PLATFORM=offscreen, and once on a real X display.
// --one-paragraph makes each article a single paragraph (all its entities in one layout), the worst
// case for painting highlights: `reader_benchmark --sizes 1:10000 --one-paragraph`.
//
//   reader_benchmark [--sizes 10:100000,50:1000000] [--one-paragraph] [--dir DIR]

#include "benchmarks/generatedarticle.h"
#include "session/documentsession.h"
#include "ui/mainwindow.h"
#include "ui/reader/readerview.h"
#include "ui/reader/tagger.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace Hashiya;

namespace {

double residentMegabytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toDouble() * 4096 / 1e6;
}

double peakMegabytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

struct Stats
{
    double median = 0, p95 = 0, max = 0;
};

Stats stats(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return {values[values.size() / 2], values[size_t(double(values.size() - 1) * 0.95)], values.back()};
}

// Scrolls `count` times by `step` pixels (wrapping at the end) and times each repaint.
std::vector<double> scrollFrames(ReaderView *reader, int step, int count)
{
    QScrollBar *bar = reader->verticalScrollBar();
    std::vector<double> frames;
    QElapsedTimer timer;
    for (int i = 0; i < count; ++i) {
        int value = bar->value() + step;
        if (value > bar->maximum())
            value = 0;
        timer.start();
        bar->setValue(value);
        reader->viewport()->repaint();
        frames.push_back(timer.nsecsElapsed() / 1e6);
    }
    return frames;
}

int runSize(const QString &article)
{
    MainWindow window;
    window.resize(1280, 820);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("the window did not show");
    const double before = residentMegabytes();

    QElapsedTimer timer;
    timer.start();
    window.openArticle(article);
    ReaderView *reader = window.reader();
    reader->viewport()->repaint();
    const double openMs = timer.nsecsElapsed() / 1e6;
    const double afterOpen = residentMegabytes();
    const qsizetype entityCount = window.document()->annotations()->entityCount();

    QScrollBar *bar = reader->verticalScrollBar();
    const Stats lines = stats(scrollFrames(reader, bar->singleStep(), 300));
    const Stats pages = stats(scrollFrames(reader, bar->pageStep(), 200));
    std::vector<double> jumps;
    QRandomGenerator random(3);
    for (int i = 0; i < 100; ++i) {
        timer.start();
        bar->setValue(random.bounded(std::max(1, bar->maximum())));
        reader->viewport()->repaint();
        jumps.push_back(timer.nsecsElapsed() / 1e6);
    }
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
    timer.start();
    window.document()->annotations()->entity(QStringLiteral("warm-up")); // the id look-up is ready by now
    const double firstLookupMs = timer.nsecsElapsed() / 1e6;
    // Thirty times: tag the word, then delete the entity, each with its repaint and all panels updated.
    std::vector<double> adds, deletes;
    for (int i = 0; i < 30; ++i) {
        reader->setSelection(at, end);
        timer.start();
        window.tagger()->tag(QStringLiteral("PERSON"));
        reader->viewport()->repaint();
        adds.push_back(timer.nsecsElapsed() / 1e6);
        timer.start();
        window.tagger()->removeSelected();
        reader->viewport()->repaint();
        deletes.push_back(timer.nsecsElapsed() / 1e6);
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

    QList<std::pair<int, int>> sizes = {{10, 100000}, {50, 1000000}};
    QString dir;
    bool oneParagraph = false;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == u"--sizes" && i + 1 < args.size()) {
            sizes.clear();
            for (const QString &size : args[++i].split(u',')) {
                const QStringList parts = size.split(u':');
                sizes.append({parts.value(0).toInt(), parts.value(1).toInt()});
            }
        } else if (args[i] == u"--dir" && i + 1 < args.size()) {
            dir = args[++i];
        } else if (args[i] == u"--one-paragraph") {
            oneParagraph = true;
        }
    }
    QTemporaryDir scratch;
    if (dir.isEmpty())
        dir = scratch.path();
    QDir().mkpath(dir);
    std::printf("Reader on %s%s: open = article + sidecar + first painted frame; frames in ms (median / p95 / max); "
                "add and delete in ms (median / worst)\n\n",
                qPrintable(QGuiApplication::platformName()), oneParagraph ? ", one paragraph per article" : "");
    std::printf("%6s %9s | %8s | %20s | %20s | %20s | %13s | %13s | %8s %8s\n", "MB", "entities", "open ms",
                "line steps", "page jumps", "far jumps", "add", "delete", "RSS MB", "peak MB");
    for (const auto &[megabytes, entities] : sizes) {
        const QString article = generateArticle(dir, megabytes, entities, 0, oneParagraph);
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--run"), article});
        process.waitForFinished(-1);
        const QStringList f = QString::fromUtf8(process.readAllStandardOutput()).split(u' ');
        if (process.exitCode() != 0 || f.size() < 19)
            qFatal("run failed for %d MB", megabytes);
        std::printf("%6d %9s | %8s | %6s %6s %6s | %6s %6s %6s | %6s %6s %6s | %6s %6s | %6s %6s | %8s %8s\n",
                    megabytes, qPrintable(f[1]), qPrintable(f[0]), qPrintable(f[2]), qPrintable(f[3]),
                    qPrintable(f[16]), qPrintable(f[4]), qPrintable(f[5]), qPrintable(f[17]), qPrintable(f[6]),
                    qPrintable(f[7]), qPrintable(f[18].trimmed()), qPrintable(f[8]), qPrintable(f[14]),
                    qPrintable(f[9]), qPrintable(f[15]), qPrintable(f[11]), qPrintable(f[12]));
        std::fflush(stdout);
    }
    return 0;
}
