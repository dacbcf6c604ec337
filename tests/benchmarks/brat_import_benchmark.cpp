// SPDX-License-Identifier: GPL-3.0-or-later
// brat import speed: a generated DOC.txt (Turkish, Arabic, English words and an emoji, CRLF line ends) with
// DOC.ann of 10^6 T lines and 2·10^5 R lines. Times the parse alone (from memory and from disk), then the
// parse plus ImportWriter writing the article and its sidecar, and ids made one by one against in bulk.
//
//   brat_import_benchmark [--entities 1000000] [--relations 200000] [--repeat 3] [--parse-only]

#include "benchmarks/benchmarksupport.h"
#include "formats/bratimporter.h"
#include "formats/importwriter.h"
#include "model/annotationid.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Hashiya;
using namespace Hashiya::Benchmark;

namespace {

/// DOC.txt and DOC.ann as brat would have them: offsets in code points, CRLF counted as two.
void generate(const QString &dir, qsizetype entities, qsizetype relations)
{
    QByteArray txt, ann;
    txt.reserve(entities * 14);
    ann.reserve(entities * 40 + relations * 32);
    const QStringList &words = mixedWords();
    const QStringList &types = entityTypes();
    QRandomGenerator random(7);
    qsizetype codePoints = 0;
    for (qsizetype i = 0; i < entities; ++i) {
        const QString &word = words[random.bounded(int(words.size()))];
        const QByteArray utf8 = word.toUtf8();
        const qsizetype length = word.toUcs4().size();
        ann += 'T' + QByteArray::number(i + 1) + '\t' + types[random.bounded(int(types.size()))].toLatin1() + ' '
            + QByteArray::number(codePoints) + ' ' + QByteArray::number(codePoints + length) + '\t' + utf8 + '\n';
        txt += utf8;
        codePoints += length;
        if (i % 20 == 19) {
            txt += "\r\n";
            codePoints += 2;
        } else {
            txt += ' ';
            ++codePoints;
        }
    }
    for (qsizetype r = 0; r < relations; ++r) {
        const qsizetype from = r * (entities / std::max<qsizetype>(relations, 1)) + 1;
        ann += 'R' + QByteArray::number(r + 1) + "\tLINKED Arg1:T" + QByteArray::number(from) + " Arg2:T"
            + QByteArray::number(std::min(from + 1, entities)) + "\t\n";
    }
    writeFile(dir + QStringLiteral("/DOC.txt"), txt);
    writeFile(dir + QStringLiteral("/DOC.ann"), ann);
    std::printf("generated DOC.ann %.1f MB, DOC.txt %.1f MB\n", double(ann.size()) / 1e6, double(txt.size()) / 1e6);
}

} // namespace

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true); // the text cache and settings never touch the user's
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype entities = numberOption(args, u"--entities", 1000000);
    const qsizetype relations = numberOption(args, u"--relations", 200000);
    const int repeat = int(numberOption(args, u"--repeat", 3));

    QTemporaryDir dir;
    generate(dir.path(), entities, relations);
    const QString annPath = dir.filePath(QStringLiteral("DOC.ann"));

    double bestMemory = 1e9, bestDisk = 1e9, bestWrite = 1e9;
    for (int run = 0; run < repeat; ++run) {
        const QByteArray ann = readFile(annPath);
        const QByteArray txt = readFile(dir.filePath(QStringLiteral("DOC.txt")));
        QElapsedTimer timer;
        timer.start();
        ImportBatch memoryBatch;
        const auto parsed = BratImporter::parse(ann, txt, QStringLiteral("DOC.txt"), annPath, &memoryBatch);
        bestMemory = std::min(bestMemory, elapsedSeconds(timer));
        if (args.contains(QStringLiteral("--parse-only")))
            continue; // for profiling
        if (!parsed || parsed->entities.size() != size_t(entities) || parsed->relations.size() != size_t(relations)
            || !memoryBatch.problems.isEmpty())
            qFatal("the generated files did not import completely");

        timer.restart();
        ImportBatch batch;
        BratImporter::read(annPath, dir.path(), &batch);
        bestDisk = std::min(bestDisk, elapsedSeconds(timer));

        QTemporaryDir target;
        ImportWriter::Summary summary;
        timer.restart();
        ImportBatch written;
        BratImporter::read(annPath, dir.path(), &written);
        if (!ImportWriter::writeDocument(written.documents.front(), target.path(), false, &summary))
            qFatal("the import could not be written");
        bestWrite = std::min(bestWrite, elapsedSeconds(timer));
    }
    std::printf("%lld T lines + %lld R lines, best of %d:\n", qlonglong(entities), qlonglong(relations), repeat);
    std::printf("  parse from memory              %7.3f s\n", bestMemory);
    std::printf("  read files + parse             %7.3f s\n", bestDisk);
    std::printf("  read + parse + ImportWriter    %7.3f s\n", bestWrite);

    const qsizetype ids = entities + relations;
    QElapsedTimer timer;
    timer.start();
    qsizetype total = 0;
    for (qsizetype i = 0; i < ids; ++i)
        total += newAnnotationId().size();
    const double single = elapsedSeconds(timer);
    timer.restart();
    total += newAnnotationIds(ids).size();
    const double bulk = elapsedSeconds(timer);
    std::printf("%lld ids: newAnnotationId() one by one %.3f s, newAnnotationIds() %.3f s (%lld)\n", qlonglong(ids),
                single, bulk, qlonglong(total));
    return 0;
}
