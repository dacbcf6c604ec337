// SPDX-License-Identifier: GPL-3.0-or-later
// Read-only commands are read-only: run as users run them, over a corpus as analysts have one, they leave
// every file of the corpus and of the cache folder as it was, to the byte and to the modification time
// (of folders too, which a file written and removed again would change).

#include "model/article.h"
#include "support/catchqt.h"
#include "support/hashiyaprocess.h"
#include "support/mixedcorpus.h"
#include "support/testfiles.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Hashiya;
using namespace Hashiya::Test;
using namespace Qt::StringLiterals;

namespace {

/// Every file and folder under `folder`, hidden ones too, with its modification time and, for a file, the
/// SHA-256 of its bytes.
QMap<QString, QString> snapshot(const QString &folder)
{
    QMap<QString, QString> state;
    const QDir root(folder);
    state.insert(u"."_s, QString::number(QFileInfo(folder).lastModified().toMSecsSinceEpoch()));
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        QString facts = QString::number(info.lastModified().toMSecsSinceEpoch());
        if (info.isFile())
            facts += u' '
                + QString::fromLatin1(QCryptographicHash::hash(readBytes(info.filePath()), QCryptographicHash::Sha256)
                                          .toHex());
        state.insert(root.relativeFilePath(info.filePath()), facts);
    }
    return state;
}

/// A sidecar for `article`, tagging the first word after `after` (or the first word) and the last.
QByteArray sidecarFor(const Article &article, const QString &after = {})
{
    const QString &text = article.text;
    const QList<std::pair<qsizetype, qsizetype>> words = wordsOf(text);
    qsizetype from = 0;
    if (!after.isEmpty()) {
        const qsizetype at = text.indexOf(after);
        if (at >= 0)
            from = QStringView(text).left(at + after.size()).toUcs4().size();
    }
    std::pair<qsizetype, qsizetype> word = words.front();
    for (const auto &candidate : words) {
        if (candidate.first >= from) {
            word = candidate;
            break;
        }
    }
    EntityList entities;
    entities.push_back(entity(u"e1"_s, u"ORG"_s, word.first, word.second));
    entities.push_back(entity(u"e2"_s, u"GPE"_s, words.back().first, words.back().second));
    return writeSidecar(article, entities, {relation(u"r1"_s, u"LOCATED_IN"_s, u"e1"_s, u"e2"_s)});
}

struct ReadOnlyFixture
{
    QTemporaryDir work;
    QString corpus, cache, home, exported;

    ReadOnlyFixture()
    {
        REQUIRE(work.isValid());
        corpus = work.filePath(u"corpus"_s);
        cache = work.filePath(u"cache"_s);
        home = work.filePath(u"home"_s);
        exported = work.filePath(u"exported"_s);
        for (const QString &folder : {corpus, cache, home, QString(corpus + u"/2026/05"_s)})
            REQUIRE(QDir().mkpath(folder));

        // Turkish, Arabic with marks, an emoji before an entity; some with a BOM, some with CRLF.
        QList<MixedArticle> articles = writeMixedCorpus(corpus, 30, 19);
        articles += writeMixedCorpus(corpus + u"/2026/05"_s, 6, 20);
        for (const MixedArticle &article : std::as_const(articles)) {
            writeBytes(Article::sidecarPathFor(article.path),
                       sidecarFor(articleFromBytes(readBytes(article.path), article.path), u"🚀"_s));
        }

        // A sidecar saved against an earlier text, whose copy the cache holds: opening re-anchors it, and a
        // read-only command must neither save the result nor touch the copy.
        const MixedArticle &edited = articles.at(3);
        const Article earlier = articleFromBytes(readBytes(edited.path), edited.path);
        writeBytes(cache + u"/hashiya/texts/"_s + QString::fromLatin1(earlier.sha256) + u".txt"_s,
                   earlier.text.toUtf8());
        writeBytes(edited.path, (u"Son dakika: "_s + edited.text).toUtf8());

        // A sidecar that is not JSON, an article without a sidecar, a sidecar without its article.
        writeBytes(Article::sidecarPathFor(articles.at(5).path), "{\"format\": \"hashiya-sidecar\", \"entities\": [");
        QFile::remove(Article::sidecarPathFor(articles.at(7).path));
        writeBytes(corpus + u"/gone.txt.ann.json"_s, sidecarFor(articleFromText(articles.at(8).text, corpus + u"/gone.txt"_s)));

        // What else the cache folder holds: a backup of a sidecar, kept for the analyst.
        writeBytes(cache + u"/hashiya/backups/article-001.txt.ann.json.1.bak"_s, "{}");
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"HOME"_s, home);
        environment.insert(u"XDG_CACHE_HOME"_s, cache);
        environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
        environment.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
        environment.insert(u"XDG_STATE_HOME"_s, home + u"/.local/state"_s);
        return environment;
    }
};

} // namespace

TEST_CASE("Read-only commands leave the corpus and the cache folder byte-identical", "[cli][readonly]")
{
    ReadOnlyFixture fixture;
    const QMap<QString, QString> corpusBefore = snapshot(fixture.corpus);
    const QMap<QString, QString> cacheBefore = snapshot(fixture.cache);
    REQUIRE(corpusBefore.size() > 70);
    REQUIRE(cacheBefore.size() == 6); // itself, two folders and two files under hashiya/

    // One line per command. `stats` and `search` run with --no-index: their corpus index is the one thing
    // they may write, into the cache folder, and the option keeps them fully read-only.
    // Paths are relative to the working folder, so that the sections keep their names from run to run.
    const QList<QStringList> commands {
        {u"validate"_s, u"corpus"_s},
        {u"export"_s, u"--format"_s, u"jsonl"_s, u"--out"_s, u"exported"_s, u"corpus"_s},
        {u"stats"_s, u"--json"_s, u"--no-index"_s, u"corpus"_s},
        {u"search"_s, u"--no-index"_s, u"Görgün"_s, u"corpus"_s},
    };
    for (const QStringList &command : commands) {
        DYNAMIC_SECTION("hashiya " << command.join(u' ').toStdString())
        {
            const ProcessRun run = runHashiya(command, fixture.environment(), fixture.work.path());
            INFO(run.out.toStdString() << run.err.toStdString());
            CHECK((run.exitCode == 0 || run.exitCode == 1)); // 1: problems found, e.g. the broken sidecar
            CHECK(run.out.size() + run.err.size() > 0);
            CHECK(snapshot(fixture.corpus) == corpusBefore);
            CHECK(snapshot(fixture.cache) == cacheBefore);
        }
    }
}

TEST_CASE("validate reads the sidecar saved against an earlier text without writing its re-anchored spans",
          "[cli][readonly]")
{
    ReadOnlyFixture fixture;
    const ProcessRun run = runHashiya({u"validate"_s, fixture.corpus}, fixture.environment(), fixture.work.path());
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"Checked 36 articles"_s));
    CHECK(run.out.contains(u"article-003.txt.ann.json"_s));
    CHECK(run.out.contains(u"article-005.txt.ann.json:"_s)); // the broken one
    CHECK(run.out.contains(u"gone.txt.ann.json: error: the article this sidecar annotates is missing"_s));
}
