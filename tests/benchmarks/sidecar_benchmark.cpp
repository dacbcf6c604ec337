// SPDX-License-Identifier: GPL-3.0-or-later
// Sidecar load and save for generated documents of 10^4, 10^5 and 10^6 entities (plus one relation per
// five entities), with peak memory, against Python's json.load of the same file; and the two halves of
// reading the sidecar alone: the file into memory, then parsing and checking it. Each measurement runs
// in a fresh process so peak memory belongs to that step alone.
//
//   sidecar_benchmark [--sizes 10000,100000,1000000] [--repeat 3] [--dir DIR]

#include "benchmarks/benchmarksupport.h"
#include "benchmarks/generatedarticle.h"
#include "io/articlereader.h"
#include "io/documentfile.h"
#include "io/jsonsource.h"
#include "io/jsonwriter.h"
#include "io/safesave.h"
#include "io/sidecarreader.h"
#include "io/sidecarwriter.h"
#include "model/annotationid.h"
#include "text/codepointindex.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Hashiya;
using namespace Hashiya::Benchmark;

namespace {

// Writes article N.txt and its sidecar with `count` entities (one per word) into `dir`.
void generate(const QString &dir, qsizetype count)
{
    QString text;
    text.reserve(count * 10);
    std::vector<Entity> entities;
    entities.reserve(size_t(count));
    const QStringList &words = mixedWords();
    const QStringList &types = entityTypes();
    QRandomGenerator random(42);
    qsizetype codePoints = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const QString &word = words[random.bounded(int(words.size()))];
        const qsizetype length = word.size() - word.count(QChar(0xD83D)); // the emoji is one code point
        Entity entity;
        entity.id = newAnnotationId();
        entity.type = types[i % types.size()];
        entity.spans.append(Span {codePoints, codePoints + length, {}});
        if (i % 10 == 0)
            entity.attributes.insert(QStringLiteral("confidence"), QStringLiteral("high"));
        entities.push_back(std::move(entity));
        text += word;
        text += (i % 17 == 16) ? u'\n' : u' ';
        codePoints += length + 1;
    }
    std::vector<Relation> relations;
    for (qsizetype i = 0; i + 1 < count; i += 5) {
        Relation relation;
        relation.id = newAnnotationId();
        relation.type = QStringLiteral("MEETS_WITH");
        relation.from = entities[size_t(i)].id;
        relation.to = entities[size_t(i + 1)].id;
        relations.push_back(std::move(relation));
    }
    std::sort(relations.begin(), relations.end(), relationLess);

    writeArticle(dir + QStringLiteral("/%1.txt").arg(count), text, std::move(entities), std::move(relations));
}

// One step in this process; prints "seconds peakMB".
int runStep(const QString &step, const QString &articlePath)
{
    if (step == u"load") {
        QElapsedTimer timer;
        timer.start();
        DocumentFile::Opened opened = DocumentFile::open(articlePath, nullptr);
        const double seconds = elapsedSeconds(timer);
        if (!opened.document || hasErrors(opened.problems))
            qFatal("load failed: %s", qPrintable(opened.problems.value(0).toString()));
        std::printf("%.3f %.0f %lld\n", seconds, peakMegabytes(),
                    qlonglong(opened.document->annotations()->entityCount()));
        return 0;
    }
    if (step == u"read") {
        // The sidecar alone, its article decoded beforehand: "seconds peakMB fileSeconds", where seconds
        // is the parse and check and fileSeconds the file read into memory.
        const ArticleReader::Result article = ArticleReader::read(articlePath);
        if (!article.article)
            qFatal("cannot read the article: %s", qPrintable(article.problem.toString()));
        const CodePointIndex codePoints(article.article->text);
        const QString sidecarPath = Article::sidecarPathFor(articlePath);
        QElapsedTimer timer;
        timer.start();
        QString message;
        const std::optional<JsonSource> source = JsonSource::open(sidecarPath, SidecarReader::maxFileSize, &message);
        const double fileSeconds = elapsedSeconds(timer);
        if (!source)
            qFatal("%s", qPrintable(message));
        timer.restart();
        Problems problems;
        const SidecarContent content =
            SidecarReader::read(*source, sidecarPath, *article.article, codePoints, nullptr, &problems);
        const double seconds = elapsedSeconds(timer);
        if (hasErrors(problems) || content.entities.size() == 0)
            qFatal("read failed: %s", qPrintable(problems.value(0).toString()));
        std::printf("%.4f %.0f %.4f\n", seconds, peakMegabytes(), fileSeconds);
        return 0;
    }
    if (step == u"save") {
        DocumentFile::Opened opened = DocumentFile::open(articlePath, nullptr);
        // An edit, so the save really encodes and stamps a changed document.
        ArticleDocument &document = *opened.document;
        const Entity first = document.annotations()->entityAt(0);
        Entity changed = first;
        changed.note = QStringLiteral("edited");
        document.annotations()->replaceEntity(changed);
        const double before = peakMegabytes();
        QElapsedTimer timer;
        timer.start();
        QString error;
        if (!DocumentFile::save(&document, QStringLiteral("benchmark"), &error))
            qFatal("%s", qPrintable(error));
        const double seconds = elapsedSeconds(timer);
        std::printf("%.3f %.0f %.0f\n", seconds, peakMegabytes(), before);
        return 0;
    }
    return 2;
}

struct Measure
{
    double seconds = 0;
    double peakMb = 0;
    double third = 0; ///< the median of a third number the step printed, if any
};

Measure measure(const QStringList &command, int repeat)
{
    std::vector<double> times, thirds;
    double peak = 0;
    for (int i = 0; i < repeat; ++i) {
        const QStringList fields = runInFreshProcess(command.first(), command.mid(1), 2);
        times.push_back(fields[0].toDouble());
        peak = std::max(peak, fields[1].toDouble());
        thirds.push_back(fields.value(2).toDouble());
    }
    return {stats(times).median, peak, stats(thirds).median};
}

} // namespace

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true); // the text cache and settings never touch the user's
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == u"--step")
        return runStep(args.value(2), args.value(3));

    QList<qsizetype> sizes;
    for (const QString &n : option(args, u"--sizes", QStringLiteral("10000,100000,1000000")).split(u','))
        sizes.append(n.toLongLong());
    const int repeat = int(numberOption(args, u"--repeat", 3));
    QTemporaryDir scratch;
    const QString dir = option(args, u"--dir", scratch.path());
    QDir().mkpath(dir);
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    const QString pythonLoad =
        QStringLiteral("import json,sys,time,resource\n"
                       "t=time.perf_counter()\n"
                       "with open(sys.argv[1],encoding='utf-8') as f: d=json.load(f)\n"
                       "s=time.perf_counter()-t\n"
                       "print('%.3f %.0f'%(s,resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024))\n");

    std::printf("Sidecar load/save, median of %d runs, each in a fresh process (peak RSS of that process)\n\n", repeat);
    std::printf("%10s %9s | %8s %8s | %8s %8s | %9s %8s | %11s | %8s %8s\n", "entities", "file MB", "load s", "peak MB",
                "save s", "peak MB", "python s", "peak MB", "python/load", "file ms", "parse s");
    for (qsizetype count : sizes) {
        generate(dir, count);
        const QString article = dir + QStringLiteral("/%1.txt").arg(count);
        const QString sidecar = article + QStringLiteral(".ann.json");
        const double fileMb = QFileInfo(sidecar).size() / 1e6;
        const QString self = QCoreApplication::applicationFilePath();
        const Measure load = measure({self, QStringLiteral("--step"), QStringLiteral("load"), article}, repeat);
        const Measure save = measure({self, QStringLiteral("--step"), QStringLiteral("save"), article}, repeat);
        const Measure read = measure({self, QStringLiteral("--step"), QStringLiteral("read"), article}, repeat);
        Measure py;
        if (!python.isEmpty())
            py = measure({python, QStringLiteral("-c"), pythonLoad, sidecar}, repeat);
        std::printf("%10lld %9.1f | %8.3f %8.0f | %8.3f %8.0f | %9.3f %8.0f | %10.2fx | %8.2f %8.4f\n",
                    qlonglong(count), fileMb, load.seconds, load.peakMb, save.seconds, save.peakMb, py.seconds,
                    py.peakMb, load.seconds > 0 ? py.seconds / load.seconds : 0.0, read.third * 1000, read.seconds);
        std::fflush(stdout);
    }
    std::printf("\nload = article + sidecar read, every span checked against the text, model built;\n"
                "save = encode + atomic write (QSaveFile) of a changed document; python = json.load only;\n"
                "file = the sidecar read into memory (JsonSource::open); parse = SidecarReader::read of it.\n");
    return 0;
}
