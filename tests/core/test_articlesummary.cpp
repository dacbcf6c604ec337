// SPDX-License-Identifier: GPL-3.0-or-later
// The quick per-article summary the corpus browser lists: title, language, counts and status.
#include "io/articlesummary.h"
#include "support/catchqt.h"
#include "support/testfiles.h"

#include <QJsonDocument>
#include <QTemporaryDir>

using namespace Hashiya;
using namespace Hashiya::Test;

namespace {

const QString articleText = QStringLiteral("\n  Ankara'da savunma toplantısı  \n\nTürkiye ile Azerbaycan heyetleri "
                                           "14 Mart 2026 tarihinde Ankara'da bir araya geldi. Toplantıya SSB "
                                           "adına Selin Aydın katıldı.\n");

/// An article on disk with a sidecar of three entities and two relations, as Hashiya writes it.
struct AnnotatedArticle
{
    QString path;
    QByteArray sidecar;
};

Entity mention(const QString &id, const QString &type, const QString &text)
{
    const qsizetype start = articleText.indexOf(text); // the text has no surrogates: UTF-16 = code points
    REQUIRE(start >= 0);
    return entity(id, type, start, start + text.size());
}

AnnotatedArticle writeArticle(const QTemporaryDir &dir, const QString &status = QStringLiteral("new"))
{
    AnnotatedArticle result;
    result.path = dir.filePath(QStringLiteral("haber.txt"));
    writeBytes(result.path, articleText.toUtf8());
    const Article article = articleFromText(articleText, result.path);
    SidecarInfo info;
    info.status = status;
    result.sidecar = writeSidecar(
        article,
        {mention(QStringLiteral("e1"), QStringLiteral("GPE"), QStringLiteral("Türkiye")),
         mention(QStringLiteral("e2"), QStringLiteral("GPE"), QStringLiteral("Azerbaycan")),
         mention(QStringLiteral("e3"), QStringLiteral("PERSON"), QStringLiteral("Selin Aydın"))},
        {relation(QStringLiteral("r1"), QStringLiteral("MEETS"), QStringLiteral("e1"), QStringLiteral("e2")),
         relation(QStringLiteral("r2"), QStringLiteral("LOCATED_IN"), QStringLiteral("e3"), QStringLiteral("e1"))},
        info);
    writeBytes(Article::sidecarPathFor(result.path), result.sidecar);
    return result;
}

} // namespace

TEST_CASE("A sidecar as Hashiya writes it and the same sidecar pretty-printed give the same summary", "[summary]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const AnnotatedArticle article = writeArticle(dir, QStringLiteral("in-progress"));
    REQUIRE(article.sidecar.contains("  \"entities\": [\n    {\"id\":"));

    const ArticleSummary canonical = ArticleSummary::read(article.path);
    CHECK(canonical.path == article.path);
    CHECK(canonical.entities == 3);
    CHECK(canonical.relations == 2);
    CHECK(canonical.status == QStringLiteral("in-progress"));
    CHECK(canonical.readable);
    CHECK_FALSE(canonical.sidecarHasErrors);
    CHECK(canonical.problem.isEmpty());

    // Another tool's layout: keys sorted, every value on its own line.
    const QByteArray pretty = QJsonDocument::fromJson(article.sidecar).toJson(QJsonDocument::Indented);
    REQUIRE_FALSE(pretty.contains("    {\"id\":"));
    writeBytes(Article::sidecarPathFor(article.path), pretty);
    const ArticleSummary reformatted = ArticleSummary::read(article.path);
    INFO(reformatted.problem.toStdString());
    CHECK(reformatted == canonical);
}

TEST_CASE("Empty annotation lists and a missing status count as nothing done yet", "[summary]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bos.txt"));
    writeBytes(path, articleText.toUtf8());
    const QByteArray sidecar = writeSidecar(articleFromText(articleText, path), {});
    REQUIRE(sidecar.contains("\"entities\": [],"));
    REQUIRE_FALSE(sidecar.contains("\"status\""));
    writeBytes(Article::sidecarPathFor(path), sidecar);

    const ArticleSummary summary = ArticleSummary::read(path);
    CHECK(summary.entities == 0);
    CHECK(summary.relations == 0);
    CHECK(summary.status == QStringLiteral("new"));
    CHECK_FALSE(summary.sidecarHasErrors);
}

TEST_CASE("The status is read from the sidecar's header", "[summary]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString status = GENERATE(QStringLiteral("new"), QStringLiteral("in-progress"), QStringLiteral("done"));
    const AnnotatedArticle article = writeArticle(dir, status);
    CHECK(ArticleSummary::read(article.path).status == status);
}

TEST_CASE("An article without a sidecar has no annotations and is new", "[summary]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("yeni.txt"));
    writeBytes(path, articleText.toUtf8());

    const ArticleSummary summary = ArticleSummary::read(path);
    CHECK(summary.entities == 0);
    CHECK(summary.relations == 0);
    CHECK(summary.status == QStringLiteral("new"));
    CHECK_FALSE(summary.sidecarHasErrors);
    CHECK(summary.readable);
    CHECK(summary.title == QStringLiteral("Ankara'da savunma toplantısı"));
    CHECK(summary.profile == TextProfile {QStringLiteral("Latin"), QStringLiteral("tr")});
}

TEST_CASE("A sidecar with a syntax error is flagged, with its line, and counts nothing", "[summary]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const AnnotatedArticle article = writeArticle(dir, QStringLiteral("done"));
    QByteArray broken = article.sidecar;
    // The second entity line loses the colon after "type": the layout still looks like Hashiya's.
    const qsizetype second = broken.indexOf("{\"id\":\"e2\",\"type\":");
    REQUIRE(second > 0);
    broken.replace(second, 18, "{\"id\":\"e2\",\"type\" ");
    writeBytes(Article::sidecarPathFor(article.path), broken);
    const qsizetype line = broken.left(second).count('\n') + 1;

    const ArticleSummary summary = ArticleSummary::read(article.path);
    CHECK(summary.sidecarHasErrors);
    CHECK(summary.entities == -1);
    CHECK(summary.relations == -1);
    CHECK(summary.readable); // the article itself is fine
    CHECK(summary.title == QStringLiteral("Ankara'da savunma toplantısı"));
    CHECK(summary.problem.contains(QStringLiteral("line %1").arg(line)));
}

TEST_CASE("A truncated sidecar and one from a newer version are flagged", "[summary]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const AnnotatedArticle article = writeArticle(dir);
    const QByteArray bad =
        GENERATE_REF(as<QByteArray> {}, article.sidecar.left(article.sidecar.size() / 2),
                     QByteArray(article.sidecar).replace("\"version\": \"1.0\"", "\"version\": \"3.0\""));
    REQUIRE(bad != article.sidecar);
    writeBytes(Article::sidecarPathFor(article.path), bad);

    const ArticleSummary summary = ArticleSummary::read(article.path);
    CHECK(summary.sidecarHasErrors);
    CHECK(summary.entities == -1);
    CHECK_FALSE(summary.problem.isEmpty());
}

TEST_CASE("An article that cannot be decoded is flagged and keeps its sidecar's counts", "[summary]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const AnnotatedArticle article = writeArticle(dir);
    writeBytes(article.path, QByteArrayLiteral("Ankara \xC3\x28 toplant\xC4\xB1"));

    const ArticleSummary summary = ArticleSummary::read(article.path);
    CHECK_FALSE(summary.readable);
    CHECK(summary.title.isEmpty());
    CHECK(summary.profile == TextProfile {});
    CHECK(summary.problem.contains(QStringLiteral("article")));
    CHECK(summary.entities == 3); // counting needs only the sidecar
    CHECK_FALSE(summary.sidecarHasErrors);
}

TEST_CASE("The title is the first non-empty line, trimmed and shortened", "[summary]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("uzun.txt"));

    writeBytes(path, QByteArrayLiteral("\xEF\xBB\xBF \r\n\t\r\n  Ba\xC5\x9Fl\xC4\xB1k  \r\nG\xC3\xB6vde\r\n"));
    CHECK(ArticleSummary::read(path).title == QStringLiteral("Başlık"));

    // 198 letters, then an emoji whose two UTF-16 units would straddle the cut.
    const QString line = QString(198, u'a') + QStringLiteral("📰") + QString(50, u'b');
    writeBytes(path, (line + QStringLiteral("\nbody")).toUtf8());
    const QString title = ArticleSummary::read(path).title;
    CHECK(title.size() <= ArticleSummary::maxTitleLength);
    CHECK(title == QString(198, u'a') + QChar(0x2026));

    writeBytes(path, QByteArray());
    CHECK(ArticleSummary::read(path).title.isEmpty());
}

TEST_CASE("The sample articles are summarised with their counts and languages", "[summary][samples]")
{
    struct Expected
    {
        QString file;
        qsizetype entities;
        qsizetype relations;
        TextProfile profile;
        QString titleStart;
    };
    const Expected expected = GENERATE(Expected {QStringLiteral("baku-meeting-en.txt"),
                                                 19,
                                                 6,
                                                 {QStringLiteral("Latin"), QStringLiteral("en")},
                                                 QStringLiteral("Azerbaijan and Türkiye")},
                                       Expected {QStringLiteral("mixed-briefing.txt"),
                                                 15,
                                                 5,
                                                 {QStringLiteral("Mixed"), QString()},
                                                 QStringLiteral("📰 Briefing")},
                                       Expected {QStringLiteral("qatar-turkiye-ar.txt"),
                                                 18,
                                                 6,
                                                 {QStringLiteral("Arabic"), QStringLiteral("ar")},
                                                 QStringLiteral("قطر وتركيا")},
                                       Expected {QStringLiteral("savunma-toplantisi-tr.txt"),
                                                 18,
                                                 6,
                                                 {QStringLiteral("Latin"), QStringLiteral("tr")},
                                                 QStringLiteral("Ankara'da savunma")});
    INFO(expected.file.toStdString());
    const ArticleSummary summary = ArticleSummary::read(samplePath(expected.file));
    CHECK(summary.entities == expected.entities);
    CHECK(summary.relations == expected.relations);
    CHECK(summary.profile == expected.profile);
    CHECK(summary.title.startsWith(expected.titleStart));
    CHECK(summary.status == QStringLiteral("new"));
    CHECK(summary.readable);
    CHECK_FALSE(summary.sidecarHasErrors);
}
