// SPDX-License-Identifier: GPL-3.0-or-later
// CoNLL export speed on a generated article of mixed Turkish, Arabic and English paragraphs with one-word
// entities (many inside words: Ankara in Ankara'da), in MB of UTF-8 text per second: the tokenizer alone
// (fast path, and boundary finder only), and the whole export (tokens, entity splits, tags, both files).
// With python3 on the PATH, also a regex-tokenizer IOB2 tagger in Python on the same text and entities.
//
//   conll_export_benchmark [--megabytes 20] [--entities-per-mb 20000] [--repeat 3] [--dir DIR]

#include "benchmarks/benchmarksupport.h"
#include "benchmarks/generatedarticle.h"
#include "formats/conllexporter.h"
#include "formats/conlltokenizer.h"
#include "formats/exchangefiles.h"
#include "formats/outputsink.h"
#include "io/schemareader.h"
#include "model/schema.h"
#include "text/codepointindex.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace Hashiya;
using namespace Hashiya::Benchmark;

namespace {

// The text and its entities as one JSON line, for the Python baseline (offsets in code points).
void writeJsonl(const ExchangeDocument &document, const QString &path)
{
    QJsonArray entities;
    for (const Entity &entity : document.entities)
        entities.append(QJsonArray {qint64(entity.start()), qint64(entity.end()), entity.type});
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(
        QJsonDocument(QJsonObject {{QStringLiteral("text"), document.text}, {QStringLiteral("entities"), entities}})
            .toJson(QJsonDocument::Compact));
    file.write("\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true); // the text cache and settings never touch the user's
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int megabytes = int(numberOption(args, u"--megabytes", 20));
    const int entitiesPerMb = int(numberOption(args, u"--entities-per-mb", 20000));
    const int repeat = int(numberOption(args, u"--repeat", 3));
    QTemporaryDir temporary;
    const QString dir = option(args, u"--dir", temporary.path());
    QDir().mkpath(dir);

    std::printf("generating %d MB with %d entities...\n", megabytes, megabytes * entitiesPerMb);
    const QString path = generateArticle(dir, megabytes, megabytes * entitiesPerMb);
    const Schema schema = SchemaReader::defaultSchema();
    Problems problems;
    const std::optional<ExchangeDocument> document = ExchangeFiles::load(path, dir, &schema, &problems);
    if (!document)
        qFatal("could not load the generated article");
    const double mb = double(document->text.toUtf8().size()) / 1e6;
    std::printf("text: %.1f MB UTF-8, %zu entities\n", mb, document->entities.size());

    size_t tokens = 0;
    const double fast = bestSeconds(repeat, [&] { tokens = ConllTokenizer::tokenize(document->text).size(); });
    std::printf("tokenizer, fast path:            %7.1f MB/s (%zu tokens)\n", mb / fast, tokens);
    const double finder = bestSeconds(
        1, [&] { tokens = ConllTokenizer::tokenize(document->text, ConllTokenizer::Mode::BoundaryFinderOnly).size(); });
    std::printf("tokenizer, boundary finder only: %7.1f MB/s (%zu tokens)\n", mb / finder, tokens);

    qint64 written = 0;
    size_t reported = 0;
    const double exportSeconds = bestSeconds(repeat, [&] {
        ConllExporter exporter;
        MemoryOutput out;
        Problems exportProblems;
        exporter.add(*document, out, &exportProblems);
        exporter.finish(out, &exportProblems);
        written = out.files().value(ConllExporter::conllFileName()).size()
            + out.files().value(ConllExporter::iobFileName()).size();
        reported = size_t(exportProblems.size());
    });
    std::printf("CoNLL export (both files):       %7.1f MB/s (%.1f MB written, %zu problems)\n", mb / exportSeconds,
                double(written) / 1e6, reported);

    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    const QString script = QStringLiteral(HASHIYA_BENCHMARK_DIR "/conll_baseline.py");
    if (python.isEmpty() || !QFileInfo::exists(script)) {
        std::printf("python3 baseline: skipped (no python3)\n");
        return 0;
    }
    const QString jsonl = dir + QStringLiteral("/conll-baseline.jsonl");
    writeJsonl(*document, jsonl);
    QProcess process;
    process.start(python, {script, jsonl, dir + QStringLiteral("/conll-baseline.txt")});
    process.waitForFinished(-1);
    std::printf("python3 regex IOB2 baseline:     %s", process.readAllStandardOutput().constData());
    return 0;
}
