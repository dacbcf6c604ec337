// SPDX-License-Identifier: GPL-3.0-or-later
// The cache of earlier article texts: only opening an article to work on it, or saving its sidecar, keeps
// a text; reading a corpus writes nothing.
#include "cli/statscommand.h"
#include "cli/validatecommand.h"
#include "io/articlesummary.h"
#include "io/documentfile.h"
#include "io/textcache.h"
#include "model/article.h"
#include "support/catchqt.h"
#include "support/commandrun.h"
#include "support/testfiles.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace Hashiya;
using namespace Hashiya::Test;
using namespace Qt::StringLiterals;

namespace {

/// Points the cache (QStandardPaths test mode: $HOME/.qttest/cache) at a folder of the test's own.
struct TemporaryCache
{
    QTemporaryDir home;
    QByteArray savedHome = qgetenv("HOME");

    TemporaryCache()
    {
        REQUIRE(home.isValid());
        qputenv("HOME", QFile::encodeName(home.path()));
        REQUIRE(TextCache::folder().startsWith(home.path() + u'/'));
    }
    ~TemporaryCache() { qputenv("HOME", savedHome); }
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
    SECTION("opening to work on an article keeps its text, to compare with when the article is edited later")
    {
        REQUIRE(DocumentFile::open(articles.front(), nullptr).document);
        CHECK(cache.texts().size() == 1);
        const Article first = articleFromBytes(readBytes(articles.front()), articles.front());
        CHECK(TextCache::find(first.sha256) == first.text);
    }
}
