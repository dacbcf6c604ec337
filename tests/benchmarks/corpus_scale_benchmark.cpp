// SPDX-License-Identifier: GPL-3.0-or-later
// A year of news: the corpus commands over generated articles (about 3 KB of Turkish, Arabic or English
// text each, 8 entities and 2 relations, in folders of 1,000), each command a fresh `hashiya` process
// timed from start to exit, with its peak memory. "Cold" runs start without a corpus index; the files
// are in the page cache after generation (or after the first command), so this measures the work, not
// the disk. Later searches are timed in this process against the index, as the window runs them.
//
//   corpus_scale_benchmark [--articles 100000] [--dir DIR] [--repeat 3] [--generate-only] [--parts]
//                          [--later-searches-only [--index-cache DIR]] [--each-name]
//
// DIR keeps the corpus between runs: it is generated only when DIR holds no corpus of that size.
// --index-cache keeps the later searches' index between runs (they then start warm); --each-name prints
// every name's time and hits.

#include "benchmarks/benchmarksupport.h"
#include "benchmarks/generatedcorpus.h"
#include "benchmarks/timedprocess.h"
#include "io/corpusfiles.h"
#include "index/corpusstore.h"
#include "search/corpussearch.h"
#include "index/gramsignature.h"
#include "index/indexedarticle.h"
#include "io/articlereader.h"
#include "io/documentfile.h"
#include "io/jsonsource.h"
#include "io/sidecarreader.h"
#include "io/workerpool.h"
#include "text/articletitle.h"
#include "text/foldedtext.h"
#include "text/languageguess.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace Hashiya;
using namespace Hashiya::Benchmark;

namespace {

const QString hashiya = QStringLiteral(HASHIYA_BINARY);

struct Figure
{
    double seconds = 1e300;
    double peakMegabytes = 0;
};

/// The best of `repeat` runs of `hashiya arguments`, each after `before` (e.g. deleting the index); exit
/// codes above `worstExit` stop the benchmark (search exits 1 when it finds nothing).
template<typename Before>
Figure best(int repeat, const QStringList &arguments, const QProcessEnvironment &environment, Before before,
            int worstExit = 0)
{
    Figure figure;
    for (int i = 0; i < repeat; ++i) {
        before();
        const TimedProcess::Outcome outcome = TimedProcess::run(hashiya, arguments, environment);
        if (outcome.exitCode < 0 || outcome.exitCode > worstExit)
            qFatal("hashiya %s exited with %d:\n%s", qPrintable(arguments.join(u' ')), outcome.exitCode,
                   outcome.standardError.constData());
        if (outcome.seconds < figure.seconds)
            figure = {outcome.seconds, outcome.peakMegabytes};
    }
    return figure;
}

void print(const char *what, const Figure &figure, double limit)
{
    std::printf("%-44s %7.3f s  %6.0f MB  %s\n", what, figure.seconds, figure.peakMegabytes,
                figure.seconds <= limit && figure.peakMegabytes <= 500 ? "ok" : "OVER");
}

/// What reading one article costs, part by part, on one thread: where the cold commands' time goes.
void printParts(const QString &dir)
{
    // The listing every command starts with, on the worker pool: CPU of the whole process.
    auto processCpuMs = [] {
        timespec now;
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
        return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
    };
    for (const auto &[what, facts] : {std::pair {"CorpusFiles::list", CorpusFiles::Facts::Read},
                                      std::pair {"CorpusFiles::list (names only)", CorpusFiles::Facts::Skip}}) {
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer wall;
            wall.start();
            const double cpu = processCpuMs();
            const qsizetype listed = qsizetype(CorpusFiles::list(dir, facts).size());
            std::printf("%-36s %7.1f ms, %.1f ms CPU, %lld articles\n", what, elapsedMs(wall), processCpuMs() - cpu,
                        qlonglong(listed));
        }
    }
    QStringList paths;
    for (const ArticleFiles &files : CorpusFiles::list(dir)) {
        paths.append(dir + u'/' + files.path);
        if (paths.size() == 5000)
            break;
    }
    std::vector<QString> texts;
    // CPU time of this thread, so that other work on the machine does not count.
    auto cpuNs = [] {
        timespec now;
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return double(now.tv_sec) * 1e9 + double(now.tv_nsec);
    };
    auto perArticle = [&](const char *what, auto work) {
        const double start = cpuNs();
        for (const QString &path : paths)
            work(path);
        std::printf("%-36s %7.1f µs CPU per article\n", what, (cpuNs() - start) / 1e3 / double(paths.size()));
    };
    perArticle("ArticleReader::read", [&](const QString &path) { texts.push_back(ArticleReader::read(path).article->text); });
    qsizetype i = 0;
    perArticle("ArticleTitle::choose", [&](const QString &) { ArticleTitle::choose(texts[size_t(i++)]); });
    i = 0;
    perArticle("profileOf", [&](const QString &) { profileOf(texts[size_t(i++)]); });
    i = 0;
    perArticle("GramSignature::ofText", [&](const QString &) { GramSignature::ofText(texts[size_t(i++)]); });
    i = 0;
    perArticle("FoldedText (default options)", [&](const QString &) { FoldedText(texts[size_t(i++)], MatchOptions()); });
    // The strict sidecar reader alone, on files already read, by each of its routes.
    std::vector<ArticleReader::Result> articles;
    std::vector<JsonSource> sidecars;
    for (const QString &path : paths) {
        QString error;
        articles.push_back(ArticleReader::read(path));
        sidecars.push_back(*JsonSource::open(Article::sidecarPathFor(path), SidecarReader::maxFileSize, &error));
    }
    for (const auto &[what, route] : {std::pair {"SidecarReader::read (line by line)", SidecarReader::Route::LineByLineIfLaidOut},
                                      std::pair {"SidecarReader::read (whole document)", SidecarReader::Route::WholeDocument}}) {
        i = 0;
        perArticle(what, [&](const QString &path) {
            Problems problems;
            const size_t k = size_t(i++);
            SidecarReader::read(sidecars[k], path, *articles[k].article, articles[k].codePoints, nullptr, &problems, route);
        });
    }
    perArticle("ArticleSummary::read", [&](const QString &path) { ArticleSummary::read(path); });
    perArticle("DocumentFile::open (read only)", [&](const QString &path) {
        DocumentFile::open(path, nullptr, {}, std::nullopt, DocumentFile::Intent::Read);
    });
    perArticle("IndexedArticle::read (counts: stats)", [&](const QString &path) {
        IndexedArticle::read(dir, {path.mid(dir.size() + 1), {}, {}}, {false, false});
    });
    perArticle("IndexedArticle::read (+ signature: search)", [&](const QString &path) {
        IndexedArticle::read(dir, {path.mid(dir.size() + 1), {}, {}}, {false, true});
    });
    perArticle("IndexedArticle::read (everything: window)", [&](const QString &path) {
        IndexedArticle::read(dir, {path.mid(dir.size() + 1), {}, {}}, {true, true});
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype count = numberOption(arguments, u"--articles", 100000);
    const int repeat = int(numberOption(arguments, u"--repeat", 3));
    QTemporaryDir temporary;
    const QString dir = QDir(option(arguments, u"--dir", temporary.path())).absolutePath();
    QElapsedTimer generation;
    generation.start();
    if (GeneratedCorpus::ensure(dir, count))
        std::printf("generated %lld articles in %s in %.1f s\n", qlonglong(count), qPrintable(dir),
                    elapsedSeconds(generation));
    if (arguments.contains(QStringLiteral("--generate-only")))
        return 0;
    if (arguments.contains(QStringLiteral("--parts"))) {
        printParts(dir);
        return 0;
    }

    // The commands' cache (and so the index) in a folder of its own, emptied for each cold run.
    QTemporaryDir cache;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), cache.path());
    auto dropIndex = [&] { QDir(cache.path()).removeRecursively(), QDir().mkpath(cache.path()); };
    auto keepIndex = [] {};
    const QString name = GeneratedCorpus::rareName();

    std::printf("%lld articles, %d cores; best of %d\n", qlonglong(count), WorkerPool::threadCount(), repeat);
    const bool searchesOnly = arguments.contains(QStringLiteral("--later-searches-only"));
    const bool eachName = arguments.contains(QStringLiteral("--each-name"));
    if (!searchesOnly) {
        print("stats, cold", best(repeat, {QStringLiteral("stats"), dir}, environment, dropIndex), 2.0);
        print("stats, with the index", best(repeat, {QStringLiteral("stats"), dir}, environment, keepIndex), 0.5);
        print("stats --no-index", best(1, {QStringLiteral("stats"), QStringLiteral("--no-index"), dir}, environment, keepIndex), 1e9);
        print("validate, cold", best(repeat, {QStringLiteral("validate"), dir}, environment, dropIndex), 5.0);
        print("search NAME, cold", best(repeat, {QStringLiteral("search"), name, dir}, environment, dropIndex, 1), 3.0);
        print("search NAME, with the index", best(repeat, {QStringLiteral("search"), name, dir}, environment, keepIndex, 1), 0.3);
    }

    // Later queries, as the window runs them: the store open, one name after another.
    {
        const QString keptCache = option(arguments, u"--index-cache");
        qputenv("XDG_CACHE_HOME", (keptCache.isEmpty() ? cache.path() : keptCache).toUtf8());
        QStandardPaths::setTestModeEnabled(false);
        CorpusStore store(dir);
        QString error;
        CorpusStore::Refresh how;
        how.grams = true;
        if (!store.open(&error) || !store.refresh(how, &error))
            qFatal("the index cannot be opened: %s", qPrintable(error));
        // Made once, as the window's indexer makes them when the index is up to date.
        const std::vector<CorpusSearch::Candidate> candidates = CorpusSearch::candidatesOf(store);
        // Names as an analyst looks them up: rare ones (a few articles each) and the corpus's most common
        // people (each in about 3 % of the articles: thousands of hits at 10⁵).
        for (const auto &[group, names] : {std::pair {"rare names", GeneratedCorpus::rareNames(10)},
                                           std::pair {"common names", GeneratedCorpus::someNames(10)}}) {
            std::vector<double> times;
            qsizetype hitCount = 0, read = 0;
            for (const QString &query : names) {
                QElapsedTimer timer;
                timer.start();
                CorpusQuery corpusQuery;
                corpusQuery.pattern = query;
                const std::vector<CorpusHit> hits =
                    CorpusSearch::search(candidates, corpusQuery);
                times.push_back(elapsedMs(timer));
                hitCount += qsizetype(hits.size());
                read += CorpusSearch::readLastTime();
                if (eachName)
                    std::printf("  %s: %.1f ms, %lld hits, %lld read\n", qPrintable(query), times.back(), qlonglong(hits.size()), qlonglong(CorpusSearch::readLastTime()));
            }
            const Stats timing = stats(times);
            std::printf("later searches, %-28s %7.1f ms median, %.1f ms worst  %s (%lld hits, %lld articles read)\n",
                        group, timing.median, timing.max, timing.max <= 100 ? "ok" : "OVER", qlonglong(hitCount),
                        qlonglong(read));
        }
    }
    return 0;
}
