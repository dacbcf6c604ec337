// SPDX-License-Identifier: GPL-3.0-or-later
// Two programs with a DocumentSession each (two Hashiya windows on one corpus) annotating the same article
// at once and saving after every entity: at the end the sidecar parses and holds every entity of both.

#include "support/catchqt.h"
#include "support/mixedcorpus.h"
#include "support/plainsidecar.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <array>
#include <memory>

using namespace Hashiya;
using namespace Hashiya::Test;

TEST_CASE("Two programs tagging and saving one article at once lose no entity of either", "[session][race][twowriters]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QList<MixedArticle> articles = writeMixedCorpus(folder.path(), 1, 7);
    const MixedArticle &article = articles.first();
    constexpr int writers = 2;
    constexpr int perWriter = 150;
    REQUIRE(article.words.size() >= writers);

    QElapsedTimer clock;
    clock.start();
    std::array<std::unique_ptr<QProcess>, writers> processes;
    // Both begin at the same moment, once both have started and opened the article.
    const qint64 start = QDateTime::currentMSecsSinceEpoch() + 1000;
    for (int writer = 0; writer < writers; ++writer) {
        processes[writer] = std::make_unique<QProcess>();
        processes[writer]->start(QStringLiteral(HASHIYA_SESSION_WRITER),
                                 {article.path, QString::number(writer), QString::number(writers),
                                  QString::number(perWriter), QString::number(start)});
    }
    QStringList ids;
    for (int writer = 0; writer < writers; ++writer) {
        QProcess &process = *processes[writer];
        REQUIRE(process.waitForFinished(90000));
        const QString err = QString::fromLocal8Bit(process.readAllStandardError());
        CAPTURE(writer, err);
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        REQUIRE(process.exitCode() == 0);
        QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        REQUIRE(lines.size() == perWriter + 1);
        REQUIRE(lines.takeLast() == u"done");
        ids += lines;
        WARN(err.trimmed().toStdString());
    }
    WARN("two writers, " << perWriter << " entities each, took " << clock.elapsed() << " ms");

    const PlainSidecar onDisk = readPlainSidecar(article.path + QStringLiteral(".ann.json"));
    INFO(onDisk.error.toStdString());
    REQUIRE(onDisk.valid);
    int missing = 0;
    for (const QString &id : std::as_const(ids)) {
        if (!onDisk.entities.contains(id))
            ++missing;
    }
    CHECK(missing == 0);
    CHECK(onDisk.entities.size() == writers * perWriter);
    // Nothing is left beside the sidecar in the analyst's folder: no temporary file, no lock.
    const QStringList beside = QDir(folder.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    const QString name = QFileInfo(article.path).fileName();
    const QStringList expected {name, name + QStringLiteral(".ann.json")};
    CHECK(beside == expected);
}
