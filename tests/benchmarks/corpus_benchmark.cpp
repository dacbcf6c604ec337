// SPDX-License-Identifier: GPL-3.0-or-later
// How long the corpus browser takes to summarise a corpus: generated small articles (Turkish, Arabic and
// English in turn) with sidecars of 20 entities and 4 relations, read with ArticleSummary::read on one
// thread and on all cores, and with DocumentFile::open for comparison. The files are in the page cache
// after generation, so this measures the work, not the disk.
//
//   corpus_benchmark [--articles 5000] [--dir DIR]

#include "benchmarks/benchmarksupport.h"
#include "io/articlereader.h"
#include "io/articlesummary.h"
#include "io/documentfile.h"
#include "io/jsonwriter.h"
#include "io/sidecarwriter.h"
#include "model/annotationid.h"
#include "text/codepointindex.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <thread>

using namespace Hashiya;
using namespace Hashiya::Benchmark;

namespace {

const QStringList paragraphs = {
    QStringLiteral("Savunma Sanayii Başkanlığı, yerli insansız hava araçlarının ihracatında yeni bir dönemin "
                   "başladığını açıkladı. Ankara'daki toplantıya Azerbaycan ve Katar heyetleri katıldı."),
    QStringLiteral("أعلنت وزارة الدفاع القطرية توقيع اتفاقية جديدة مع شركة بايكار التركية لتطوير الطائرات "
                   "المسيّرة، وحضر المراسم في الدوحة عدد من المسؤولين."),
    QStringLiteral("The defence ministers of Azerbaijan and Türkiye met in Baku to review joint projects on "
                   "armoured vehicles and air-defence radars, and agreed to meet again in May."),
};

void generate(const QString &dir, int count)
{
    for (int n = 0; n < count; ++n) {
        const QString &paragraph = paragraphs[n % paragraphs.size()];
        const QString text = QStringLiteral("Article %1\n\n").arg(n) + paragraph + u'\n' + paragraph + u'\n';
        const QString path = dir + QStringLiteral("/%1.txt").arg(n, 5, 10, QLatin1Char('0'));
        writeFile(path, text.toUtf8());

        Article article = *ArticleReader::read(path).article;
        std::vector<Entity> entities;
        for (qsizetype i = 0; i < 20; ++i) {
            Entity entity;
            entity.id = newAnnotationId();
            entity.type = QStringLiteral("ORG");
            entity.spans.append(Span {12 + i * 5, 12 + i * 5 + 4, {}});
            entities.push_back(std::move(entity));
        }
        std::vector<Relation> relations;
        for (size_t i = 0; i < 4; ++i) {
            Relation relation;
            relation.id = newAnnotationId();
            relation.type = QStringLiteral("PART_OF");
            relation.from = entities[i].id;
            relation.to = entities[i + 1].id;
            relations.push_back(std::move(relation));
        }
        std::sort(relations.begin(), relations.end(), relationLess);
        JsonWriter out;
        SidecarWriter::write(out, article, CodePointIndex(article.text), SidecarInfo(), entities, relations);
        writeFile(article.sidecarPath(), out.toByteArray());
    }
}

template<typename Read>
double timeAll(const QStringList &paths, unsigned threads, Read read)
{
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> workers;
    for (unsigned t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            for (qsizetype i = t; i < paths.size(); i += threads)
                read(paths[i]);
        });
    }
    for (std::thread &worker : workers)
        worker.join();
    return elapsedSeconds(timer);
}

} // namespace

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true); // the text cache and settings never touch the user's
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const int count = int(numberOption(arguments, u"--articles", 5000));
    QTemporaryDir temporary;
    const QString dir = option(arguments, u"--dir", temporary.path());
    QDir().mkpath(dir);

    generate(dir, count);
    QStringList paths = QDir(dir).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (QString &path : paths)
        path = dir + u'/' + path;

    qsizetype entities = 0;
    const double oneThread = timeAll(paths, 1, [&](const QString &path) {
        const ArticleSummary summary = ArticleSummary::read(path);
        if (summary.entities != 20 || summary.sidecarHasErrors)
            qFatal("unexpected summary of %s: %s", qPrintable(path), qPrintable(summary.problem));
        entities += summary.entities;
    });
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const double allCores = timeAll(paths, cores, [](const QString &path) { ArticleSummary::read(path); });
    const double opening = timeAll(paths, 1, [](const QString &path) { DocumentFile::open(path, nullptr); });
    std::printf("%lld articles, %lld entities\n", qlonglong(paths.size()), qlonglong(entities));
    std::printf("ArticleSummary::read, 1 thread:  %.3f s (%.0f µs per article)\n", oneThread,
                oneThread * 1e6 / double(paths.size()));
    std::printf("ArticleSummary::read, %u threads: %.3f s\n", cores, allCores);
    std::printf("DocumentFile::open,   1 thread:  %.3f s\n", opening);
    return 0;
}
