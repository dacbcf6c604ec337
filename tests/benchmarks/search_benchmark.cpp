// SPDX-License-Identifier: GPL-3.0-or-later
// Corpus search speed: the sample corpus copied into a 5,000-article corpus (articles with sidecars),
// read once into a CorpusIndex, then searched for a Turkish name with suffixes, an Arabic name with
// proclitics and an entity type: the first search with new options folds every text, later ones scan.
//
//   search_benchmark [--articles 5000]

#include "benchmarks/benchmarksupport.h"
#include "search/corpusindex.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace Hashiya;
using namespace Hashiya::Benchmark;

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true); // the text cache and settings never touch the user's
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = int(numberOption(args, u"--articles", 5000));

    const QDir samples(QStringLiteral(HASHIYA_SAMPLES));
    const QStringList names = samples.entryList({QStringLiteral("*.txt")}, QDir::Files);
    QTemporaryDir dir;
    QStringList paths;
    for (int i = 0; paths.size() < count; ++i) {
        for (const QString &name : names) {
            if (paths.size() >= count)
                break;
            const QString path = dir.filePath(QStringLiteral("%1-%2").arg(i, 5, 10, QLatin1Char('0')).arg(name));
            QFile::copy(samples.filePath(name), path);
            QFile::copy(samples.filePath(name + QStringLiteral(".ann.json")), path + QStringLiteral(".ann.json"));
            paths.append(path);
        }
    }

    QElapsedTimer timer;
    timer.start();
    const CorpusIndex index = CorpusIndex::build(paths);
    std::printf("%lld articles read into the index in %.0f ms\n", qlonglong(index.articleCount()), elapsedMs(timer));

    auto run = [&](const char *what, const CorpusQuery &query) {
        for (const char *round : {"first", "again"}) {
            timer.restart();
            const std::vector<CorpusHit> hits = index.search(query);
            std::printf("  %-34s %-6s %7.1f ms  %zu hits\n", what, round, elapsedMs(timer), hits.size());
        }
    };
    CorpusQuery turkish;
    turkish.pattern = QStringLiteral("Ankara");
    run("\"Ankara\" (Turkish suffixes)", turkish);
    CorpusQuery arabic;
    arabic.pattern = QStringLiteral("الدوحة");
    run("\"الدوحة\" (proclitics)", arabic);
    CorpusQuery diacritics;
    diacritics.pattern = QStringLiteral("Gorgun");
    diacritics.options.ignoreLatinDiacritics = true; // new options: every text folded again
    run("\"Gorgun\", ignoring diacritics", diacritics);
    CorpusQuery type;
    type.entityType = QStringLiteral("PERSON");
    run("every PERSON", type);
    return 0;
}
