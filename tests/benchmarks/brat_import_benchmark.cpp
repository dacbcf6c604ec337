// SPDX-License-Identifier: GPL-3.0-or-later
// brat import speed: a generated DOC.txt (Turkish, Arabic, English words and an emoji, CRLF line ends) with
// DOC.ann of 10^6 T lines and 2·10^5 R lines. Times the parse alone (from memory and from disk), then the
// parse plus ImportWriter writing the article and its sidecar, and ids made one by one against in bulk.
//
//   brat_import_benchmark [--entities 1000000] [--relations 200000] [--repeat 3] [--parse-only]

#include "model/annotationid.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#include "formats/bratimporter.h"
#include "formats/importwriter.h"

using namespace Hashiya;

namespace {

const QStringList words = {
    QStringLiteral("Ankara'da"),  QStringLiteral("savunma"),   QStringLiteral("İstanbul"), QStringLiteral("ılımlı"),
    QStringLiteral("الدوحة"),     QStringLiteral("وزارةُ"),     QStringLiteral("الدفاع"),   QStringLiteral("Baykar"),
    QStringLiteral("delegation"), QStringLiteral("agreement"), QStringLiteral("2026"),     QStringLiteral("📰"),
};
const QList<QByteArray> types = {"PERSON", "ORG", "GPE", "DATE", "MONEY", "EQUIPMENT"};

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

/// DOC.txt and DOC.ann as brat would have them: offsets in code points, CRLF counted as two.
void generate(const QString &dir, qsizetype entities, qsizetype relations)
{
    QByteArray txt, ann;
    txt.reserve(entities * 14);
    ann.reserve(entities * 40 + relations * 32);
    QRandomGenerator random(7);
    qsizetype codePoints = 0;
    for (qsizetype i = 0; i < entities; ++i) {
        const QString &word = words[random.bounded(int(words.size()))];
        const QByteArray utf8 = word.toUtf8();
        const qsizetype length = word.toUcs4().size();
        ann += 'T' + QByteArray::number(i + 1) + '\t' + types[random.bounded(int(types.size()))] + ' '
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

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

} // namespace

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true); // the text cache and settings never touch the user's
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&args](const char *name, qsizetype fallback) {
        const qsizetype at = args.indexOf(QLatin1String(name));
        return at >= 0 && at + 1 < args.size() ? args[at + 1].toLongLong() : fallback;
    };
    const qsizetype entities = option("--entities", 1000000);
    const qsizetype relations = option("--relations", 200000);
    const int repeat = int(option("--repeat", 3));

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
        bestMemory = std::min(bestMemory, timer.nsecsElapsed() / 1e9);
        if (args.contains(QStringLiteral("--parse-only")))
            continue; // for profiling
        if (!parsed || parsed->entities.size() != size_t(entities) || parsed->relations.size() != size_t(relations)
            || !memoryBatch.problems.isEmpty())
            qFatal("the generated files did not import completely");

        timer.restart();
        ImportBatch batch;
        BratImporter::read(annPath, dir.path(), &batch);
        bestDisk = std::min(bestDisk, timer.nsecsElapsed() / 1e9);

        QTemporaryDir target;
        ImportWriter::Summary summary;
        timer.restart();
        ImportBatch written;
        BratImporter::read(annPath, dir.path(), &written);
        if (!ImportWriter::writeDocument(written.documents.front(), target.path(), false, &summary))
            qFatal("the import could not be written");
        bestWrite = std::min(bestWrite, timer.nsecsElapsed() / 1e9);
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
    const double single = timer.nsecsElapsed() / 1e9;
    timer.restart();
    total += newAnnotationIds(ids).size();
    const double bulk = timer.nsecsElapsed() / 1e9;
    std::printf("%lld ids: newAnnotationId() one by one %.3f s, newAnnotationIds() %.3f s (%lld)\n", qlonglong(ids),
                single, bulk, qlonglong(total));
    return 0;
}
