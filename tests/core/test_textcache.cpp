// SPDX-License-Identifier: GPL-3.0-or-later
// The cache of earlier article texts: only saving a sidecar keeps a text (the one it was saved against);
// opening or reading a corpus writes nothing; and the folder stays within its limits, oldest first out.
#include "cli/statscommand.h"
#include "cli/validatecommand.h"
#include "io/articlesummary.h"
#include "io/documentfile.h"
#include "io/textcache.h"
#include "model/article.h"
#include "support/catchqt.h"
#include "support/commandrun.h"
#include "support/testfiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QThreadPool>

using namespace Hashiya;
using namespace Hashiya::Test;
using namespace Qt::StringLiterals;

namespace {

/// keep() prunes on the global thread pool.
void waitForPruning()
{
    REQUIRE(QThreadPool::globalInstance()->waitForDone(30000));
}

/// Points the cache (QStandardPaths test mode: $HOME/.qttest/cache) at a folder of the test's own, and
/// restores the limits tests may change.
struct TemporaryCache
{
    QTemporaryDir home;
    QByteArray savedHome = qgetenv("HOME");
    TextCache::Limits savedLimits = TextCache::limits();

    TemporaryCache()
    {
        REQUIRE(home.isValid());
        qputenv("HOME", QFile::encodeName(home.path()));
        REQUIRE(TextCache::folder().startsWith(home.path() + u'/'));
    }
    ~TemporaryCache()
    {
        waitForPruning(); // in this folder
        TextCache::setLimits(savedLimits);
        qputenv("HOME", savedHome);
    }
    QStringList texts() const { return QDir(TextCache::folder()).entryList(QDir::Files | QDir::Hidden); }
};

/// A corpus of `count` articles in three languages, each with a sidecar saved against its text, written
/// without passing through the cache.
QStringList writeCorpus(const QString &folder, int count)
{
    const QStringList bodies {u"Ankara'da savunma toplantısı yapıldı; Selin Aydın katıldı."_s,
                              u"وصل الوفد القطري إلى أنقرة لبحث التعاون الدفاعي."_s,
                              u"The delegation met in Baku to discuss joint projects."_s};
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        const QString text = u"Article %1\n\n%2\n"_s.arg(i).arg(bodies.at(i % bodies.size()));
        const QString path = folder + u"/article-%1.txt"_s.arg(i, 2, 10, QChar(u'0'));
        writeBytes(path, text.toUtf8());
        const Article article = articleFromText(text, path);
        const qsizetype start = text.indexOf(u'\n') + 2;
        QByteArray sidecar = writeSidecar(article, {entity(u"e%1"_s.arg(i), u"EVENT"_s, start, start + 4)});
        if (i % 3 == 0) // another tool's layout: summaries read these with the full reader
            sidecar = QJsonDocument::fromJson(sidecar).toJson(QJsonDocument::Compact);
        writeBytes(Article::sidecarPathFor(path), sidecar);
        paths.append(path);
    }
    return paths;
}

Article numbered(int i)
{
    return articleFromText(u"Text number %1 of the cache test, long enough to count.\n"_s.arg(i),
                           u"/corpus/cached-%1.txt"_s.arg(i));
}

QString cachedPath(const Article &article)
{
    return TextCache::folder() + u'/' + QString::fromLatin1(article.sha256) + u".txt"_s;
}

void setModified(const QString &path, const QDateTime &time)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    REQUIRE(file.setFileTime(time, QFileDevice::FileModificationTime));
}

} // namespace

TEST_CASE("validate, stats and the corpus summaries write nothing to the text cache", "[textcache][cli]")
{
    TemporaryCache cache;
    QTemporaryDir corpus;
    REQUIRE(corpus.isValid());
    const QStringList articles = writeCorpus(corpus.path(), 36);
    REQUIRE(cache.texts().isEmpty());

    SECTION("validate")
    {
        const CommandRun validated = runCommand(&ValidateCommand::run, {corpus.path()});
        INFO(QString(validated.out + validated.err).toStdString());
        CHECK(validated.status == 0);
        CHECK(validated.err.contains(u"Checked 36 article(s)"_s));
        CHECK(cache.texts().isEmpty());
    }
    SECTION("stats")
    {
        const CommandRun counted = runCommand(&StatsCommand::run, {u"--json"_s, corpus.path()});
        INFO(QString(counted.out + counted.err).toStdString());
        CHECK(counted.status == 0);
        CHECK(counted.out.contains(u"\"entities\": 36"_s));
        CHECK(cache.texts().isEmpty());
    }
    SECTION("summaries, a third of them read by the full reader")
    {
        for (const QString &article : articles)
            CHECK(ArticleSummary::read(article).entities == 1);
        CHECK(cache.texts().isEmpty());
    }
    SECTION("opening an article, even to work on it, keeps nothing; saving its sidecar keeps its text")
    {
        const DocumentFile::Opened opened = DocumentFile::open(articles.front(), nullptr);
        REQUIRE(opened.document);
        CHECK(cache.texts().isEmpty());
        QString error;
        REQUIRE(DocumentFile::save(opened.document.get(), u"tester"_s, &error));
        CHECK(cache.texts().size() == 1);
        const Article first = articleFromBytes(readBytes(articles.front()), articles.front());
        CHECK(TextCache::find(first.sha256) == first.text);
    }
    SECTION("an article edited after its sidecar was saved re-anchors against the text the save kept")
    {
        const QString path = articles.at(1); // Arabic
        {
            const DocumentFile::Opened opened = DocumentFile::open(path, nullptr);
            REQUIRE(opened.document);
            QString error;
            REQUIRE(DocumentFile::save(opened.document.get(), u"tester"_s, &error));
        }
        const QString before = QString::fromUtf8(readBytes(path));
        const qsizetype body = before.indexOf(u'\n') + 2;
        const QString kept = before.mid(body, 4);
        writeBytes(path, (before.left(body) + u"عاجل: "_s + before.mid(body)).toUtf8());

        const DocumentFile::Opened reopened = DocumentFile::open(path, nullptr);
        REQUIRE(reopened.document);
        CHECK(reopened.reanchored);
        const Entity *entity = reopened.document->annotations()->entity(u"e1"_s);
        REQUIRE(entity);
        CHECK(reopened.document->textOf(*entity) == kept);
        CHECK(cache.texts().size() == 1); // reopening kept nothing more
    }
}

TEST_CASE("The text cache holds at most its limits, the least recently kept going first", "[textcache]")
{
    TemporaryCache cache;

    SECTION("by number")
    {
        TextCache::setLimits({10, qint64(1) << 30});
        std::vector<Article> articles;
        for (int i = 0; i < 13; ++i)
            articles.push_back(numbered(i));
        for (int i = 0; i < 10; ++i)
            TextCache::keep(articles[size_t(i)]);
        waitForPruning();
        REQUIRE(cache.texts().size() == 10);
        // Kept an hour ago, a minute apart, 0 first.
        const QDateTime hourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
        for (int i = 0; i < 10; ++i)
            setModified(cachedPath(articles[size_t(i)]), hourAgo.addSecs(60 * i));

        TextCache::keep(articles[3]); // used again: now the most recent
        for (int i = 10; i < 13; ++i)
            TextCache::keep(articles[size_t(i)]);
        waitForPruning();

        CHECK(cache.texts().size() == 10);
        for (int i = 0; i < 13; ++i) {
            INFO("text " << i);
            CHECK(QFile::exists(cachedPath(articles[size_t(i)])) == (i > 2));
        }
        CHECK_FALSE(TextCache::find(articles[0].sha256));
        CHECK(TextCache::find(articles[3].sha256) == articles[3].text);
    }

    SECTION("by size")
    {
        std::vector<Article> articles;
        for (int i = 0; i < 6; ++i)
            articles.push_back(numbered(i));
        const qint64 size = articles[0].text.toUtf8().size();
        TextCache::setLimits({1000, size * 3 + size / 2});
        const QDateTime hourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
        for (int i = 0; i < 6; ++i) {
            TextCache::keep(articles[size_t(i)]);
            waitForPruning();
            setModified(cachedPath(articles[size_t(i)]), hourAgo.addSecs(60 * i));
        }
        CHECK(cache.texts().size() == 3);
        for (int i = 0; i < 6; ++i) {
            INFO("text " << i);
            CHECK(QFile::exists(cachedPath(articles[size_t(i)])) == (i >= 3));
        }
    }
}
