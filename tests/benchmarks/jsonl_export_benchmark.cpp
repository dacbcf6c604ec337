// SPDX-License-Identifier: GPL-3.0-or-later
// spaCy JSONL and doccano JSONL export of a generated corpus of news-sized articles (2–4 KB, ~20 entities and
// ~5 relations each): from documents in memory, and from articles with sidecars on disk through ExportJob
// (list, load, export), as `hashiya export` runs it.
// If python3 is found, the same documents go through jsonl_export_benchmark.py, a plain json.dumps loop,
// for the side-by-side number.
//
//   jsonl_export_benchmark [--articles 5000] [--repeat 3]

#include "benchmarks/benchmarksupport.h"
#include "formats/doccanoexporter.h"
#include "formats/exchangefiles.h"
#include "formats/exportjob.h"
#include "formats/importwriter.h"
#include "formats/spacyjsonlexporter.h"
#include "io/schemareader.h"
#include "model/annotationid.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Hashiya;
using namespace Hashiya::Benchmark;

namespace {

// The sentences of the generated articles, and one with emoji: flags of two code points each.
const QStringList sentences = mixedSentences()
    + QStringList {
        QStringLiteral("Officials said the 🇹🇷 delegation would return in May 😀 to sign the final contract. ")};

std::vector<ExchangeDocument> generateDocuments(int count)
{
    QRandomGenerator random(2024);
    std::vector<ExchangeDocument> documents;
    documents.reserve(size_t(count));
    for (int n = 0; n < count; ++n) {
        ExchangeDocument document;
        document.name = QStringLiteral("news/%1.txt").arg(n + 1, 5, 10, QLatin1Char('0'));
        document.status = QStringLiteral("done");
        const qsizetype targetBytes = 2000 + random.bounded(2000);
        qsizetype bytes = 0;
        while (bytes < targetBytes) {
            const QString &sentence = sentences[random.bounded(int(sentences.size()))];
            document.text += sentence;
            bytes += sentence.toUtf8().size();
            if (random.bounded(4) == 0) {
                document.text += u'\n';
                ++bytes;
            }
        }
        // Words in code points: letters with their marks (the shadda of المسيّرة), so no entity splits a character.
        const QList<uint> codePoints = document.text.toUcs4();
        auto inWord = [](uint c) {
            return QChar::isLetterOrNumber(char32_t(c)) || QChar::isMark(char32_t(c));
        };
        std::vector<std::pair<qsizetype, qsizetype>> words;
        for (qsizetype i = 0; i < codePoints.size();) {
            while (i < codePoints.size() && !inWord(codePoints[i]))
                ++i;
            const qsizetype start = i;
            while (i < codePoints.size() && inWord(codePoints[i]))
                ++i;
            if (i > start)
                words.emplace_back(start, i);
        }
        std::vector<Entity> entities;
        const int wanted = 16 + random.bounded(9);
        const qsizetype step = std::max<qsizetype>(1, qsizetype(words.size()) / wanted);
        for (qsizetype w = 0; w < qsizetype(words.size()) && int(entities.size()) < wanted; w += step) {
            Entity entity;
            entity.id = newAnnotationId();
            entity.type = entityTypes()[random.bounded(int(entityTypes().size()))];
            entity.spans.append({words[size_t(w)].first, words[size_t(w)].second, {}});
            if (random.bounded(5) == 0)
                entity.attributes.insert(QStringLiteral("confidence"), QStringLiteral("high"));
            if (random.bounded(10) == 0)
                entity.note = QStringLiteral("checked against the agency wire");
            entities.push_back(std::move(entity));
        }
        std::sort(entities.begin(), entities.end(), entityLess);
        // MEETS_WITH between neighbouring people, organisations and places, which the bundled schema allows.
        std::vector<size_t> parties;
        for (size_t i = 0; i < entities.size(); ++i) {
            if (entities[i].type == u"PERSON" || entities[i].type == u"ORG" || entities[i].type == u"GPE")
                parties.push_back(i);
        }
        for (size_t r = 0; r < 5 && r + 1 < parties.size(); ++r) {
            Relation relation;
            relation.id = newAnnotationId();
            relation.type = QStringLiteral("MEETS_WITH");
            relation.from = entities[parties[r]].id;
            relation.to = entities[parties[r + 1]].id;
            document.relations.push_back(std::move(relation));
        }
        std::sort(document.relations.begin(), document.relations.end(), relationLess);
        document.entities.assign(std::move(entities));
        documents.push_back(std::move(document));
    }
    return documents;
}

struct Timing
{
    double seconds = 0;
    qsizetype bytes = 0;
};

template<typename Create>
Timing exportFromMemory(const std::vector<ExchangeDocument> &documents, Create create, int repeat)
{
    const Schema schema = SchemaReader::defaultSchema();
    qsizetype bytes = 0;
    const double seconds = bestSeconds(repeat, [&] {
        std::unique_ptr<Exporter> exporter = create(schema);
        MemoryOutput out;
        Problems problems;
        for (const ExchangeDocument &document : documents)
            exporter->add(document, out, &problems);
        exporter->finish(out, &problems);
        bytes = out.files().first().size();
    });
    return {seconds, bytes};
}

/// The whole export as `hashiya export` runs it: the folder listed, the schema found, articles and sidecars
/// loaded (ahead, on every core) and written in order.
Timing exportFromDisk(const QString &folder, const QString &format, int repeat)
{
    qsizetype bytes = 0;
    const double seconds = bestSeconds(repeat, [&] {
        MemoryOutput out;
        const ExportJob::Summary summary = ExportJob::run({format, {folder}, {}, {}, {}}, out);
        if (!summary.ok() && !summary.problems.isEmpty())
            std::fprintf(stderr, "%s\n", qPrintable(summary.problems.first().toString()));
        bytes = out.files().first().size();
    });
    return {seconds, bytes};
}

void print(const char *what, const Timing &timing, int count)
{
    std::printf("  %-38s %8.1f ms  %9.0f articles/s  %6.1f MB\n", what, timing.seconds * 1000, count / timing.seconds,
                double(timing.bytes) / 1e6);
}

} // namespace

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true); // the text cache and settings never touch the user's
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int count = int(numberOption(arguments, u"--articles", 5000));
    const int repeat = std::max(1, int(numberOption(arguments, u"--repeat", 3)));

    const std::vector<ExchangeDocument> documents = generateDocuments(count);
    qsizetype textBytes = 0, entities = 0, relations = 0;
    for (const ExchangeDocument &document : documents) {
        textBytes += document.text.toUtf8().size();
        entities += qsizetype(document.entities.size());
        relations += qsizetype(document.relations.size());
    }
    std::printf("%d articles, %.1f KB of text each, %.1f entities and %.1f relations each on average\n", count,
                double(textBytes) / count / 1000, double(entities) / count, double(relations) / count);

    std::printf("From documents in memory (best of %d):\n", repeat);
    const Timing spacy = exportFromMemory(documents, &SpacyJsonlExporter::create, repeat);
    print("spaCy JSONL", spacy, count);
    const Timing doccano = exportFromMemory(documents, &DoccanoExporter::create, repeat);
    print("doccano JSONL", doccano, count);

    QTemporaryDir folder;
    ImportWriter::Summary summary;
    for (const ExchangeDocument &document : documents)
        ImportWriter::writeDocument(document, folder.path(), false, &summary);
    std::printf("From articles with sidecars on disk, load + export (best of %d):\n", repeat);
    print("spaCy JSONL", exportFromDisk(folder.path(), QStringLiteral("jsonl"), repeat), count);
    print("doccano JSONL", exportFromDisk(folder.path(), QStringLiteral("doccano"), repeat), count);
    {
        // Loading alone on one thread, to show what the exporters and the second core change.
        const Schema schema = SchemaReader::defaultSchema();
        QElapsedTimer timer;
        timer.start();
        Problems problems;
        for (const QString &article : std::as_const(summary.written))
            ExchangeFiles::load(folder.filePath(article), folder.path(), &schema, &problems);
        print("(loading alone)", {elapsedSeconds(timer), 0}, count);
    }
    std::fflush(stdout);

    // The same documents for Python: text, entity spans in code points, relations as entity indexes.
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        std::printf("python3 not found: no side-by-side number\n");
        return 0;
    }
    QFile input(folder.filePath(QStringLiteral("documents.jsonl")));
    if (!input.open(QIODevice::WriteOnly))
        return 1;
    {
        std::unique_ptr<Exporter> exporter = SpacyJsonlExporter::create(SchemaReader::defaultSchema());
        MemoryOutput out;
        Problems problems;
        for (const ExchangeDocument &document : documents)
            exporter->add(document, out, &problems);
        exporter->finish(out, &problems);
        input.write(out.files().first());
        input.close();
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(python,
                  {QStringLiteral(HASHIYA_BENCHMARK_SOURCE "/jsonl_export_benchmark.py"), input.fileName(),
                   QString::number(repeat)});
    process.waitForFinished(-1);
    return process.exitCode();
}
