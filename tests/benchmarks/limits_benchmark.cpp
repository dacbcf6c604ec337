// SPDX-License-Identifier: GPL-3.0-or-later
// Inputs beyond what an analyst should ever have: each must either work (time and memory printed) or be
// refused with a clear message, never crash. A 1 GB article, a sidecar of 10⁷ entities, a schema of 10⁴
// entity types, and an article that is one 10 MB line, opened in the reader window. Each case runs in a
// fresh process, so the memory printed is its own.
//
//   limits_benchmark [--dir DIR] [CASE]        CASE: article sidecar schema line (default all)

#include "benchmarks/benchmarksupport.h"
#include "benchmarks/benchmarkwindow.h"
#include "io/articlereader.h"
#include "io/documentfile.h"
#include "io/schemareader.h"
#include "model/articledocument.h"
#include "ui/mainwindow.h"
#include "ui/reader/readerview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace Hashiya;
using namespace Hashiya::Benchmark;

namespace {

void writeRepeated(const QString &path, const QByteArray &head, const QByteArray &unit, qint64 count,
                   const QByteArray &tail = {})
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(head);
    QByteArray block;
    const qint64 perBlock = std::max<qint64>(1, (1 << 20) / unit.size());
    for (qint64 i = 0; i < perBlock; ++i)
        block += unit;
    for (qint64 written = 0; written < count; written += perBlock)
        file.write(count - written >= perBlock ? block : unit.repeated(count - written));
    file.write(tail);
}

void report(const char *name, const QElapsedTimer &timer, const QString &outcome)
{
    std::printf("%-8s %8.2f s %8.0f MB peak  %s\n", name, double(timer.elapsed()) / 1000, peakMegabytes(),
                qPrintable(outcome));
}

QString firstProblem(const Problems &problems)
{
    return problems.isEmpty() ? QStringLiteral("works") : u"refused: " + problems.front().message;
}

void hugeArticle(const QDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("huge.txt"));
    writeRepeated(path, {}, "Savunma Sanayii Başkanı Ankara'da açıklama yaptı. وقّع الوزير الاتفاقية.\n",
                  qint64(1) << 30 >> 6);
    QElapsedTimer timer;
    timer.start();
    const DocumentFile::Opened opened = DocumentFile::open(path, nullptr);
    report("article", timer, opened.document ? QStringLiteral("works") : firstProblem(opened.problems));
    QFile::remove(path);
}

void manyEntities(const QDir &dir)
{
    // 10⁷ one-word entities over a text of 10⁷ words: the sidecar is about 1.3 GB.
    const QString article = dir.filePath(QStringLiteral("many.txt"));
    writeRepeated(article, {}, "kelime ", 10'000'000);
    const QByteArray head = "{\n  \"format\": \"hashiya-sidecar\",\n  \"version\": \"1.0\",\n  \"article\": "
                            "{\"file\":\"many.txt\",\"length\":70000000},\n  \"entities\": [\n";
    QFile sidecar(article + QStringLiteral(".ann.json"));
    if (!sidecar.open(QIODevice::WriteOnly))
        qFatal("cannot write the sidecar");
    sidecar.write(head);
    for (qint64 i = 0; i < 10'000'000; ++i) {
        sidecar.write(QStringLiteral("    {\"id\":\"e%1\",\"type\":\"ORG\",\"spans\":[[%2,%3,\"kelime\"]]}%4\n")
                          .arg(i)
                          .arg(i * 7)
                          .arg(i * 7 + 6)
                          .arg(i + 1 < 10'000'000 ? u"," : u"")
                          .toUtf8());
    }
    sidecar.write("  ],\n  \"relations\": []\n}\n");
    sidecar.close();
    QElapsedTimer timer;
    timer.start();
    const DocumentFile::Opened opened = DocumentFile::open(article, nullptr);
    report("sidecar", timer,
           opened.document && !opened.document->isReadOnly()
               ? QStringLiteral("works: %1 entities").arg(opened.document->annotations()->entityCount())
               : firstProblem(opened.problems));
    QFile::remove(article);
    QFile::remove(article + QStringLiteral(".ann.json"));
}

void manyTypes(const QDir &dir)
{
    QByteArray schema = "{\"format\": \"hashiya-schema\", \"version\": \"1.0\", \"name\": \"many\", \"entityTypes\": [";
    for (int i = 0; i < 10'000; ++i)
        schema +=
            (i ? ",\n" : "\n") + QStringLiteral("{\"name\": \"TYPE_%1\", \"label\": \"Type %1\"}").arg(i).toUtf8();
    schema += "], \"relationTypes\": [], \"attributes\": []}\n";
    const QString path = dir.filePath(QStringLiteral("hashiya-schema.json"));
    writeFile(path, schema);
    QElapsedTimer timer;
    timer.start();
    Problems problems;
    const std::optional<Schema> read = SchemaReader::readFile(path, &problems);
    report("schema", timer,
           read ? QStringLiteral("works: %1 entity types").arg(read->entityTypes.size()) : firstProblem(problems));
}

void longLine(const QDir &dir)
{
    // One paragraph of 10 MB, opened in the window, then scrolled to its end.
    const QString path = dir.filePath(QStringLiteral("line.txt"));
    writeRepeated(path, {}, "Baykar Akıncı İHA'larını Katar'a teslim etti ve ", 10'000'000 / 50, "\n");
    QElapsedTimer timer;
    timer.start();
    MainWindow window;
    showWindow(window, {1200, 800});
    window.openArticle(path);
    QCoreApplication::processEvents();
    const double opened = double(timer.elapsed()) / 1000;
    QScrollBar *bar = window.reader()->verticalScrollBar();
    QElapsedTimer scroll;
    scroll.start();
    bar->setValue(bar->maximum());
    window.reader()->repaint();
    report("line", timer,
           window.document() ? QStringLiteral("works: opened in %1 s, scrolled to its end in %2 s")
                                   .arg(opened, 0, 'f', 2)
                                   .arg(double(scroll.elapsed()) / 1000, 0, 'f', 2)
                             : QStringLiteral("refused"));
}

} // namespace

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QString dirPath;
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--dir")); at >= 0 && at + 1 < arguments.size()) {
        dirPath = arguments.at(at + 1);
        arguments.remove(at, 2);
    }
    QTemporaryDir temporary;
    const QDir dir(dirPath.isEmpty() ? temporary.path() : dirPath);
    if (arguments.size() == 1) {
        const QString which = arguments.front();
        if (which == u"article")
            hugeArticle(dir);
        else if (which == u"sidecar")
            manyEntities(dir);
        else if (which == u"schema")
            manyTypes(dir);
        else if (which == u"line")
            longLine(dir);
        else
            return 2;
        return 0;
    }
    std::printf("case       time      memory      outcome\n");
    std::fflush(stdout);
    for (const char *which : {"article", "sidecar", "schema", "line"}) {
        QProcess::execute(QCoreApplication::applicationFilePath(),
                          {QStringLiteral("--dir"), dir.path(), QString::fromLatin1(which)});
    }
    return 0;
}
