// SPDX-License-Identifier: GPL-3.0-or-later
// Earlier versions of a sidecar are kept before Hashiya rewrites it by itself or replaces another
// program's version, and can be put back.

#include "io/documentfile.h"
#include "model/annotationset.h"
#include "session/sessionfixture.h"
#include "session/sidecarbackups.h"
#include "support/catchqt.h"
#include "support/plainsidecar.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace Hashiya;
using namespace Hashiya::Test;

namespace {

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

/// Another program puts a sentence before the article's text, keeping its BOM and line ends.
qsizetype prependOutside(const MixedArticle &article, const QString &sentence)
{
    QByteArray bytes = contentOf(article.path);
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    QByteArray added = sentence.toUtf8() + (article.crlf ? "\r\n\r\n" : "\n\n");
    bytes.insert(bom ? 3 : 0, added);
    QFile file(article.path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return sentence.toUcs4().size() + 2;
}

struct ForgetBackups
{
    QString sidecar;
    ~ForgetBackups() { QDir(SidecarBackups::folderFor(sidecar)).removeRecursively(); }
};

} // namespace

TEST_CASE("Moving annotations onto an edited article keeps the earlier sidecar, which can be restored",
          "[session][backups]")
{
    SessionFixture fixture(1, 11);
    const MixedArticle &article = fixture.articles[0];
    ForgetBackups forget {fixture.sidecarOf(0)};
    ArticleDocument *document = fixture.show(0);
    for (int word : {0, 3, 6})
        fixture.tag(document, article.words.at(word), QStringLiteral("ORG"));
    REQUIRE(fixture.session->saveNow(document));
    const QByteArray original = contentOf(fixture.sidecarOf(0));
    const PlainSidecar before = readPlainSidecar(fixture.sidecarOf(0));
    fixture.session = std::make_unique<DocumentSession>(); // closed

    const QByteArray originalArticle = contentOf(article.path);
    const qsizetype shift = prependOutside(article, QStringLiteral("Son dakika: İzmir'de ılık bir sabah."));
    document = fixture.show(0);
    REQUIRE(QTest::qWaitFor([&] { return !document->isModified(); }, 5000)); // rewritten by itself
    const PlainSidecar moved = readPlainSidecar(fixture.sidecarOf(0));
    REQUIRE(moved.entities.size() == 3);
    for (auto it = before.entities.cbegin(); it != before.entities.cend(); ++it) {
        const QStringList parts = it.value().split(u' ');
        CHECK(moved.entities.value(it.key())
              == entityKey(parts[0], parts[1].toLongLong() + shift, parts[2].toLongLong() + shift));
    }
    const QList<SidecarBackups::Backup> kept = SidecarBackups::list(fixture.sidecarOf(0));
    REQUIRE(kept.size() == 1);
    CHECK(kept.front().reason == SidecarBackups::Reason::Reanchored);
    CHECK(contentOf(kept.front().path) == original);

    SECTION("restored onto the article as it was, the old offsets come back exactly")
    {
        QFile file(article.path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(originalArticle);
        file.close();
        QString error;
        ArticleDocument *restored = fixture.session->restore(document, kept.front().path, &error);
        REQUIRE(restored);
        INFO(error.toStdString());
        CHECK(restored->annotations()->entityCount() == 3);
        CHECK(contentOf(fixture.sidecarOf(0)) == original);
        CHECK(readPlainSidecar(fixture.sidecarOf(0)).entities == before.entities);
        const QList<SidecarBackups::Backup> now = SidecarBackups::list(fixture.sidecarOf(0));
        REQUIRE(now.size() == 2);
        CHECK(now.front().reason == SidecarBackups::Reason::Restore); // what was replaced stays recoverable
    }
}

TEST_CASE("Only the last few copies of a sidecar are kept", "[session][backups]")
{
    QTemporaryDir folder;
    const QString sidecar = folder.filePath(QStringLiteral("a.txt.ann.json"));
    ForgetBackups forget {sidecar};
    for (int version = 0; version < SidecarBackups::keptPerArticle + 3; ++version) {
        QFile file(sidecar);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("{\"version\": " + QByteArray::number(version) + "}");
        file.close();
        QString error;
        REQUIRE(SidecarBackups::keep(sidecar, SidecarBackups::Reason::OutsideVersionReplaced, &error));
    }
    const QList<SidecarBackups::Backup> kept = SidecarBackups::list(sidecar);
    REQUIRE(kept.size() == SidecarBackups::keptPerArticle);
    CHECK(contentOf(kept.front().path).contains("\"version\": 7")); // newest first
    CHECK(contentOf(kept.back().path).contains("\"version\": 3"));
}

TEST_CASE("Keeping one's own version over another program's keeps theirs as a copy", "[session][backups]")
{
    SessionFixture fixture(1, 12);
    ForgetBackups forget {fixture.sidecarOf(0)};
    ArticleDocument *document = fixture.show(0);
    fixture.tag(document, fixture.articles[0].words.at(0), QStringLiteral("PERSON"));
    REQUIRE(fixture.session->saveNow(document));
    fixture.tag(document, fixture.articles[0].words.at(1), QStringLiteral("PERSON"));
    addEntityOutside(fixture.sidecarOf(0), QStringLiteral("theirs1"), fixture.articles[0].text,
                     fixture.articles[0].words.at(2));
    const QByteArray theirs = contentOf(fixture.sidecarOf(0));
    fixture.session->checkOutsideChange(document);
    REQUIRE(fixture.session->hasPendingOutsideChange(document));
    fixture.session->settleOutsideChange(document, DocumentSession::OutsideChoice::KeepMine);
    const QList<SidecarBackups::Backup> kept = SidecarBackups::list(fixture.sidecarOf(0));
    REQUIRE(kept.size() == 1);
    CHECK(kept.front().reason == SidecarBackups::Reason::OutsideVersionReplaced);
    CHECK(contentOf(kept.front().path) == theirs);
    const PlainSidecar mine = readPlainSidecar(fixture.sidecarOf(0));
    CHECK(mine.entities.size() == 2);
    CHECK_FALSE(mine.entities.contains(QStringLiteral("theirs1")));
}

TEST_CASE("A sidecar is not rewritten by itself when no copy of it can be kept", "[session][backups]")
{
    SessionFixture fixture(1, 13);
    const MixedArticle &article = fixture.articles[0];
    ArticleDocument *document = fixture.show(0);
    fixture.tag(document, article.words.at(1), QStringLiteral("GPE"));
    REQUIRE(fixture.session->saveNow(document));
    fixture.session = std::make_unique<DocumentSession>();
    const QByteArray original = contentOf(fixture.sidecarOf(0));
    prependOutside(article, QStringLiteral("Breaking news."));
    // A file where the copies' folder would go: the copy cannot be made.
    const QString backups = QFileInfo(SidecarBackups::folderFor(fixture.sidecarOf(0))).absolutePath();
    REQUIRE(QDir().mkpath(QFileInfo(backups).absolutePath()));
    const bool existed = QFileInfo::exists(backups);
    QDir(backups).removeRecursively();
    {
        QFile blocker(backups);
        REQUIRE(blocker.open(QIODevice::WriteOnly));
    }
    QStringList failures;
    QObject::connect(fixture.session.get(), &DocumentSession::saveFailed, fixture.session.get(),
                     [&failures](ArticleDocument *, const QString &message) { failures.append(message); });
    document = fixture.show(0);
    REQUIRE(QTest::qWaitFor([&] { return !failures.isEmpty(); }, 5000));
    QFile::remove(backups);
    if (existed)
        QDir().mkpath(backups);
    CHECK(failures.front().contains(fixture.sidecarOf(0)));
    CHECK(document->isModified());
    CHECK(contentOf(fixture.sidecarOf(0)) == original);
}
