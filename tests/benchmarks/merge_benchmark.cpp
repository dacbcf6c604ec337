// SPDX-License-Identifier: GPL-3.0-or-later
// The merge driver on a long sidecar, as git runs it: 10⁵ entities and 2·10⁴ relations, two branches with
// 10⁴ changes each (types changed, entities added and deleted, relations added), a tenth of them on the
// same items as the other branch, so that conflicts are recorded too. Timed from start to exit of
// `hashiya merge-driver BASE OURS THEIRS 7 PATH`, with its peak memory.
//
//   merge_benchmark [--entities 100000] [--changes 10000] [--repeat 5] [--keep DIR]
//
// --keep DIR leaves the three sidecars there (base, ours, theirs), e.g. for a profiler.

#include "agreement/analystcopies.h"
#include "benchmarks/benchmarksupport.h"
#include "benchmarks/generatedarticle.h"
#include "benchmarks/timedprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace Hashiya;
using namespace Hashiya::Benchmark;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const int entities = int(numberOption(arguments, u"--entities", 100000));
    const int changes = int(numberOption(arguments, u"--changes", 10000));
    const int repeat = int(numberOption(arguments, u"--repeat", 5));
    QTemporaryDir dir;
    const QString article = generateArticle(dir.path(), 10, entities, entities / 5);
    Problems problems;
    const std::optional<AnalystCopies::Copy> base = AnalystCopies::readCopy(article, &problems);
    if (!base)
        qFatal("the generated article cannot be read");

    // One branch's changes; `shared` of them land on the items the other branch changes as well.
    auto branch = [&](const QString &name, quint32 seed, quint32 sharedSeed) -> QString {
        QRandomGenerator random(seed), shared(sharedSeed);
        std::vector<Entity> mine = base->entities;
        std::vector<Relation> relations = base->relations;
        QSet<QString> deleted;
        for (int k = 0; k < changes; ++k) {
            QRandomGenerator &pick = k % 10 == 0 ? shared : random;
            const size_t at = size_t(pick.bounded(int(mine.size())));
            switch (k % 4) {
            case 0:
            case 1:
                mine[at].type = mine[at].type == u"ORG"_s ? (seed % 2 ? u"GPE"_s : u"PERSON"_s) : u"ORG"_s;
                break;
            case 2: {
                Entity added = mine[at];
                added.id = u"%1%2"_s.arg(name.left(1)).arg(k, 11, 10, QChar(u'0'));
                added.type = u"EVENT"_s;
                mine.push_back(added);
                break;
            }
            default:
                deleted.insert(mine[at].id);
            }
        }
        std::erase_if(mine, [&](const Entity &e) { return deleted.contains(e.id); });
        std::sort(mine.begin(), mine.end(), entityLess); // as the sidecar writer wants them
        std::erase_if(relations, [&](const Relation &r) { return deleted.contains(r.from) || deleted.contains(r.to); });
        EntityList list;
        for (Entity &entity : mine)
            list.push_back(std::move(entity));
        const QString path = dir.filePath(name);
        writeArticle(path, base->text, list, relations);
        return path + u".ann.json"_s;
    };
    const QString ours = branch(u"ours"_s, 1, 99), theirs = branch(u"theirs"_s, 2, 99);
    const QString sidecar = article + u".ann.json"_s;
    std::printf("sidecar %.1f MB, %d entities; %d changes on each side\n", QFileInfo(sidecar).size() / 1e6, entities,
                changes);

    if (const qsizetype keep = arguments.indexOf(u"--keep"_s); keep >= 0 && keep + 1 < arguments.size()) {
        const QString folder = arguments[keep + 1];
        QDir().mkpath(folder);
        for (const auto &[from, name] : {std::pair {sidecar, u"base"_s}, {ours, u"ours"_s}, {theirs, u"theirs"_s}}) {
            QFile::remove(folder + u'/' + name);
            QFile::copy(from, folder + u'/' + name);
        }
    }
    std::vector<double> times;
    double peak = 0;
    for (int i = 0; i < repeat; ++i) {
        const QString result = dir.filePath(u"result.ann.json"_s);
        QFile::remove(result);
        QFile::copy(ours, result);
        const TimedProcess::Outcome run = TimedProcess::run(
            QStringLiteral(HASHIYA_BINARY), {u"merge-driver"_s, sidecar, result, theirs, u"7"_s, u"article.txt.ann.json"_s},
            QProcessEnvironment::systemEnvironment());
        if (run.exitCode < 0 || run.exitCode > 1)
            qFatal("the merge driver failed: %s", run.standardError.constData());
        times.push_back(run.seconds * 1000);
        peak = std::max(peak, run.peakMegabytes);
        std::printf("  %.0f ms, exit %d, %.0f MB, %s\n", times.back(), run.exitCode, run.peakMegabytes,
                    run.standardError.left(run.standardError.indexOf('\n')).constData());
    }
    const Stats timing = stats(times);
    std::printf("merge of two %d-entity sidecars with %d changes each: %.0f ms median, %.0f ms worst, %.0f MB peak "
                "(target 1000 ms)\n",
                entities, changes, timing.median, timing.max, peak);
    return 0;
}
