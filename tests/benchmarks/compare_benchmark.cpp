// SPDX-License-Identifier: GPL-3.0-or-later
// The compare view on a long article: 10⁴ entities and 2·10³ relations in each analyst's copy (the others'
// boundaries shifted, types changed, entities missed and relations reversed here and there), timed from
// Document → Compare with… until the view has painted its first frame: against one copy, then against
// two at once (all three copies). Run it with
// QT_QPA_PLATFORM=offscreen, or on a display.
//
//   compare_benchmark [--entities 10000] [--repeat 5]

#include "agreement/analystcopies.h"
#include "benchmarks/benchmarksupport.h"
#include "benchmarks/benchmarkwindow.h"
#include "benchmarks/generatedarticle.h"
#include "ui/compare/comparewindow.h"
#include "ui/mainwindow.h"
#include "ui/reader/readerview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Hashiya;
using namespace Hashiya::Benchmark;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // settings never touch the user's
    const QStringList arguments = QCoreApplication::arguments();
    const int entities = int(numberOption(arguments, u"--entities", 10000));
    const int repeat = int(numberOption(arguments, u"--repeat", 5));
    QTemporaryDir dir;
    const QString mine = dir.filePath(u"a"_s), theirs = dir.filePath(u"b"_s);
    QDir().mkpath(mine);
    const QString article = generateArticle(mine, 1, entities, entities / 5);
    const QString name = QFileInfo(article).fileName();

    // The other analysts' copies, each with its own changes.
    Problems problems;
    const std::optional<AnalystCopies::Copy> copy = AnalystCopies::readCopy(article, &problems);
    if (!copy)
        qFatal("the generated article cannot be read");
    auto writeOther = [&](const QString &folder, quint32 seed) {
        QDir().mkpath(folder);
        QRandomGenerator random(seed);
        EntityList other;
        QSet<QString> missed;
        for (Entity entity : copy->entities) {
            const int dice = random.bounded(100);
            if (dice < 3) {
                missed.insert(entity.id);
                continue;
            }
            if (dice < 8 && entity.spans.first().end - entity.spans.first().start > 1)
                entity.spans.first().end -= 1;
            else if (dice < 13)
                entity.type = entity.type == u"ORG"_s ? u"GPE"_s : u"ORG"_s;
            other.push_back(std::move(entity));
        }
        std::vector<Relation> otherRelations;
        for (Relation relation : copy->relations) {
            if (missed.contains(relation.from) || missed.contains(relation.to))
                continue;
            if (random.bounded(100) < 5)
                std::swap(relation.from, relation.to);
            otherRelations.push_back(std::move(relation));
        }
        writeArticle(folder + u'/' + name, copy->text, other, otherRelations);
    };
    const QString third = dir.filePath(u"c"_s);
    writeOther(theirs, 21);
    writeOther(third, 22);

    MainWindow window;
    showWindow(window);
    window.openFolder(mine);
    window.openArticle(article);
    if (!window.document())
        qFatal("the article did not open");
    // Two copies, then three at once (each item with who marked it).
    for (const QStringList &copies : {QStringList {theirs}, QStringList {theirs, third}}) {
        std::vector<double> times;
        for (int i = 0; i < repeat; ++i) {
            QElapsedTimer timer;
            timer.start();
            CompareWindow *compare = window.compareWithCopies(copies);
            const size_t items = compare ? (compare->showsAllCopies() ? compare->presenceItems().size() : compare->items().size()) : 0;
            if (items == 0)
                qFatal("nothing to compare");
            compare->reader()->repaint();
            QApplication::processEvents();
            times.push_back(elapsedMs(timer));
            std::printf("  %zu items, %.0f ms\n", items, times.back());
            compare->close();
            QApplication::processEvents();
        }
        const Stats timing = stats(times);
        std::printf("compare view of %d entities, %lld copies: %.0f ms median, %.0f ms worst (target 300)\n", entities,
                    qint64(copies.size()) + 1, timing.median, timing.max);
    }
    return 0;
}
