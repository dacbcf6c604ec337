// SPDX-License-Identifier: GPL-3.0-or-later
// Relations in the reader: scroll frames with arcs (line steps and page jumps), and making one
// relation with its repaint and every panel following (median and worst of thirty), on a 1 MB article
// with 10⁴ relations. Run it with QT_QPA_PLATFORM=offscreen, and once on a real X display.
//
//   relation_benchmark [--megabytes 1] [--entities 20000] [--relations 10000]

#include "benchmarks/benchmarksupport.h"
#include "benchmarks/benchmarkwindow.h"
#include "benchmarks/generatedarticle.h"
#include "model/annotationcommands.h"
#include "model/annotationid.h"
#include "model/relationrules.h"
#include "ui/mainwindow.h"
#include "ui/reader/readerview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cstdio>

using namespace Hashiya;
using namespace Hashiya::Benchmark;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    const int megabytes = int(numberOption(args, u"--megabytes", 1));
    const int entities = int(numberOption(args, u"--entities", 20000));
    const int relations = int(numberOption(args, u"--relations", 10000));
    QTemporaryDir dir;
    const QString article = generateArticle(dir.path(), megabytes, entities, relations);

    MainWindow window;
    showWindow(window);
    const double openMs = openToFirstFrame(window, article);
    ReaderView *reader = window.reader();
    ArticleDocument *document = window.document();
    AnnotationSet *set = document->annotations();
    QTest::qWait(500); // panels fill in the background after opening

    QScrollBar *bar = reader->verticalScrollBar();
    bar->setValue(0);
    const Stats lines = stats(scrollFrames(reader, bar->singleStep(), 400));
    const Stats pages = stats(scrollFrames(reader, bar->pageStep(), 200));
    size_t arcsOnScreen = reader->visibleArcs().size();

    // Thirty times: link two neighbouring entities in the middle, with the repaint and the panels
    // following, then take the link away again.
    const qsizetype middle = set->entityCount() / 2;
    reader->ensureVisible(document->codePoints().toUtf16(set->entityAt(middle).start()));
    reader->viewport()->repaint();
    QCoreApplication::processEvents();
    std::vector<double> creates, removes, commands, repaints;
    QElapsedTimer timer;
    for (int i = 0; i < 30; ++i) {
        const Entity &from = set->entityAt(middle + i % 5);
        const Entity &to = set->entityAt(middle + i % 5 + 1);
        const QList<const RelationType *> allowed = allowedRelationTypes(window.schema(), from.type, to.type);
        Relation relation {newAnnotationId(),
                           allowed.isEmpty() ? QStringLiteral("ALIAS_OF") : allowed.front()->name,
                           from.id,
                           to.id,
                           {},
                           {},
                           {}};
        timer.start();
        document->execute(new AddRelationCommand(set, relation));
        reader->setSelectedRelation(relation.id);
        commands.push_back(elapsedMs(timer));
        reader->viewport()->repaint();
        repaints.push_back(elapsedMs(timer) - commands.back());
        QCoreApplication::processEvents();
        creates.push_back(elapsedMs(timer));
        timer.start();
        document->undoStack()->undo();
        reader->viewport()->repaint();
        QCoreApplication::processEvents();
        removes.push_back(elapsedMs(timer));
    }
    const Stats create = stats(creates), remove = stats(removes);
    document->undoStack()->setClean();

    std::printf("Relations on %s: %d MB, %lld entities, %lld relations, %zu arcs on the first screen\n",
                qPrintable(QGuiApplication::platformName()), megabytes, qlonglong(set->entityCount()),
                qlonglong(set->relationCount()), arcsOnScreen);
    std::printf("open with first frame  %8.1f ms\n", openMs);
    std::printf("line steps             median %6.2f ms   p95 %6.2f ms   worst %6.2f ms\n", lines.median, lines.p95,
                lines.max);
    std::printf("page jumps             median %6.2f ms   p95 %6.2f ms   worst %6.2f ms\n", pages.median, pages.p95,
                pages.max);
    std::printf("create one relation    median %6.2f ms   worst %6.2f ms\n", create.median, create.max);
    std::printf("  of which the command %6.2f ms, the reader's repaint %6.2f ms, the panels the rest (medians)\n",
                stats(commands).median, stats(repaints).median);
    std::printf("undo it                median %6.2f ms   worst %6.2f ms\n", remove.median, remove.max);
    return 0;
}
