// SPDX-License-Identifier: GPL-3.0-or-later
// The corpus index survives: deleted, damaged, of another version, articles and sidecars changed behind
// its back (an older sidecar copied back with its old modification time too); and it gives what reading
// every article gives.
#include "index/corpusstore.h"
#include "io/articlereader.h"
#include "support/catchqt.h"
#include "support/mixedcorpus.h"
#include "support/testfiles.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <fcntl.h>
#include <sys/stat.h>

using namespace Hashiya;
using namespace Hashiya::Test;
using namespace Qt::StringLiterals;

namespace {

/// A corpus of mixed articles, each with a sidecar of one PERSON per third word and one ORG per fifth.
struct IndexedFixture
{
    QTemporaryDir dir;
    QList<MixedArticle> articles;

    explicit IndexedFixture(int count = 24)
    {
        REQUIRE(dir.isValid());
        articles = writeMixedCorpus(dir.path(), count, 19);
        for (const MixedArticle &article : articles)
            annotate(article, 3);
    }
    /// Writes the article's sidecar with an entity on every `every`-th word.
    static void annotate(const MixedArticle &mixed, int every)
    {
        const Article article = *ArticleReader::read(mixed.path).article;
        EntityList entities;
        for (qsizetype w = 0; w < mixed.words.size(); w += every) {
            const auto [start, end] = mixed.words[w];
            entities.push_back(entity(u"e%1-%2"_s.arg(every).arg(w), w % 5 == 0 ? u"ORG"_s : u"PERSON"_s, start, end));
        }
        writeBytes(article.sidecarPath(), writeSidecar(article, entities));
    }
    QString folder() const { return dir.path(); }
};

/// What a test compares: every article's path, counts per type and status, as the index gives them.
QStringList described(const CorpusStore &store)
{
    QStringList lines;
    for (const IndexedArticle &article : store.articles()) {
        QStringList types;
        for (auto it = article.summary.entityTypes.cbegin(); it != article.summary.entityTypes.cend(); ++it)
            types.append(u"%1=%2"_s.arg(it.key()).arg(it.value()));
        lines.append(u"%1 %2 %3 %4 %5 %6"_s.arg(article.files.path, article.summary.title)
                         .arg(article.summary.entities)
                         .arg(types.join(u','), article.summary.status)
                         .arg(article.summary.sidecarHasErrors));
    }
    return lines;
}

QStringList refreshed(const QString &folder, qsizetype *read = nullptr, QStringList *repairs = nullptr,
                      CorpusStore::Storage storage = CorpusStore::Storage::File, qsizetype *forgotten = nullptr)
{
    CorpusStore store(folder, storage);
    QString error;
    REQUIRE(store.open(&error));
    CorpusStore::Refresh how;
    how.grams = true;
    INFO(error.toStdString());
    REQUIRE(store.refresh(how, &error));
    if (read)
        *read = store.readLastTime();
    if (forgotten)
        *forgotten = store.forgottenLastTime();
    if (repairs)
        *repairs = store.repairs();
    return described(store);
}

/// Sets the modification time of `path` back to `seconds`.
void setModified(const QString &path, qint64 seconds)
{
    const struct timespec times[2] = {{seconds, 0}, {seconds, 0}};
    REQUIRE(utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0);
}

qint64 modifiedSeconds(const QString &path)
{
    struct stat facts;
    REQUIRE(stat(QFile::encodeName(path).constData(), &facts) == 0);
    return facts.st_mtim.tv_sec;
}

} // namespace

TEST_CASE("The index gives what reading every article gives, and reads nothing the second time", "[index]")
{
    IndexedFixture corpus;
    const QStringList everything = refreshed(corpus.folder(), nullptr, nullptr, CorpusStore::Storage::Memory);
    REQUIRE(everything.size() == corpus.articles.size());
    qsizetype read = -1;
    CHECK(refreshed(corpus.folder(), &read) == everything);
    CHECK(read == corpus.articles.size());
    qsizetype forgotten = -1;
    CHECK(refreshed(corpus.folder(), &read, nullptr, CorpusStore::Storage::File, &forgotten) == everything);
    CHECK(read == 0);
    CHECK(forgotten == 0); // a record kept as it is was once also counted as gone, and deleted again
    CHECK(QFileInfo(CorpusStore::fileFor(corpus.folder())).size() > 0);

    // Articles gone from the folder are forgotten, and only they.
    REQUIRE(QFile::remove(corpus.articles[3].path));
    REQUIRE(QFile::remove(corpus.articles[17].path));
    const QStringList fewer = refreshed(corpus.folder(), &read, nullptr, CorpusStore::Storage::File, &forgotten);
    CHECK(fewer.size() == everything.size() - 2);
    CHECK(read == 0);
    CHECK(forgotten == 2);
    CHECK(fewer == refreshed(corpus.folder(), nullptr, nullptr, CorpusStore::Storage::Memory));
}

TEST_CASE("An article or sidecar changed behind the index's back is read again", "[index]")
{
    IndexedFixture corpus;
    qsizetype read = -1;
    refreshed(corpus.folder());
    const MixedArticle &changed = corpus.articles[5];

    SECTION("a sidecar replaced by an older copy with the same modification time")
    {
        const QString sidecar = Article::sidecarPathFor(changed.path);
        const QByteArray newer = readBytes(sidecar);
        const qint64 when = modifiedSeconds(sidecar);
        IndexedFixture::annotate(changed, 2); // the analyst's later work
        setModified(sidecar, when);
        const QStringList later = refreshed(corpus.folder(), &read);
        CHECK(read == 1);
        writeBytes(sidecar, newer); // an older copy put back, with its old time
        setModified(sidecar, when);
        const QStringList back = refreshed(corpus.folder(), &read);
        CHECK(read == 1);
        CHECK(back != later);
        CHECK(back == refreshed(corpus.folder(), nullptr, nullptr, CorpusStore::Storage::Memory));
    }
    SECTION("an article edited with its size and modification time kept")
    {
        QByteArray bytes = readBytes(changed.path);
        const qint64 when = modifiedSeconds(changed.path);
        const qsizetype at = bytes.indexOf("a");
        REQUIRE(at >= 0);
        bytes[at] = 'o';
        writeBytes(changed.path, bytes);
        setModified(changed.path, when);
        const QStringList after = refreshed(corpus.folder(), &read);
        CHECK(read == 1);
        CHECK(after == refreshed(corpus.folder(), nullptr, nullptr, CorpusStore::Storage::Memory));
    }
    SECTION("articles added and removed")
    {
        QFile::remove(corpus.articles[0].path);
        writeBytes(corpus.folder() + u"/sub/new article.txt"_s, "Yeni makale: İzmir'de ılık bir gün.\n");
        const QStringList after = refreshed(corpus.folder(), &read);
        CHECK(read == 1);
        CHECK(after.size() == corpus.articles.size());
        CHECK(after.filter(u"sub/new article.txt"_s).size() == 1);
        CHECK(after == refreshed(corpus.folder(), nullptr, nullptr, CorpusStore::Storage::Memory));
    }
}

TEST_CASE("A deleted, damaged or foreign index is rebuilt, never trusted", "[index]")
{
    IndexedFixture corpus;
    const QStringList truth = refreshed(corpus.folder(), nullptr, nullptr, CorpusStore::Storage::Memory);
    refreshed(corpus.folder());
    const QString file = CorpusStore::fileFor(corpus.folder());
    qsizetype read = -1;
    QStringList repairs;

    SECTION("deleted")
    {
        QString error;
        REQUIRE(CorpusStore::remove(corpus.folder(), &error));
        CHECK(refreshed(corpus.folder(), &read) == truth);
        CHECK(read == corpus.articles.size());
    }
    SECTION("overwritten with garbage")
    {
        for (const QString &part : QStringList {file, file + u"-wal"_s, file + u"-shm"_s})
            QFile::remove(part);
        writeBytes(file, QByteArray(8192, '\x5a'));
        CHECK(refreshed(corpus.folder(), &read, &repairs) == truth);
        CHECK(read == corpus.articles.size());
        CHECK(repairs.filter(u"rebuilt"_s).size() == 1);
    }
    SECTION("damaged inside, pages overwritten")
    {
        { // fold the write-ahead log into the file, so that the damage is what SQLite reads
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"checkpoint"_s);
            db.setDatabaseName(file);
            REQUIRE(db.open());
            QSqlQuery(db).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"checkpoint"_s);
        QByteArray bytes = readBytes(file);
        REQUIRE(bytes.size() > 8192);
        for (qsizetype i = 4096 + 100; i < bytes.size(); i += 997)
            bytes[i] = char(bytes[i] ^ 0x5a);
        writeBytes(file, bytes);
        CHECK(refreshed(corpus.folder(), &read, &repairs) == truth);
        CHECK(read > 0);
        CHECK_FALSE(repairs.isEmpty());
    }
    SECTION("one record damaged so that SQLite cannot tell")
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damage"_s);
            db.setDatabaseName(file);
            REQUIRE(db.open());
            // A title of the same length, as a bad sector or a careless tool would leave it.
            QSqlQuery query(db);
            REQUIRE(query.exec(u"UPDATE articles SET record = CAST(replace(CAST(record AS TEXT), 'a', 'b') AS BLOB)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"damage"_s);
        CHECK(refreshed(corpus.folder(), &read, &repairs) == truth);
        CHECK(read == corpus.articles.size());
        CHECK(repairs.filter(u"damaged"_s).size() == 1);
    }
    SECTION("of another version")
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"version"_s);
            db.setDatabaseName(file);
            REQUIRE(db.open());
            REQUIRE(QSqlQuery(db).exec(u"UPDATE meta SET value = 'hashiya-corpus-index 99' WHERE key = 'format'"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"version"_s);
        CHECK(refreshed(corpus.folder(), &read, &repairs) == truth);
        CHECK(read == corpus.articles.size());
        CHECK(repairs.filter(u"another version"_s).size() == 1);
    }
}

TEST_CASE("An index kept in the corpus has a .gitignore and is found there", "[index]")
{
    IndexedFixture corpus(6);
    REQUIRE(QDir().mkpath(CorpusStore::inCorpusFolder(corpus.folder())));
    CHECK(CorpusStore::fileFor(corpus.folder()).startsWith(corpus.folder() + u"/.hashiya/"_s));
    const QStringList truth = refreshed(corpus.folder());
    CHECK(QFileInfo::exists(corpus.folder() + u"/.hashiya/.gitignore"_s));
    CHECK(QFileInfo(CorpusStore::fileFor(corpus.folder())).size() > 0);
    CHECK(truth.filter(u".hashiya"_s).isEmpty()); // the index is no article
}

TEST_CASE("Two processes' worth of stores refresh one index at once", "[index]")
{
    IndexedFixture corpus(40);
    const QStringList truth = refreshed(corpus.folder(), nullptr, nullptr, CorpusStore::Storage::Memory);
    // The window and a command: two connections to one file, writing the same rows at the same time.
    QStringList first, second;
    QString firstError, secondError;
    auto refreshOn = [&corpus](QStringList *result, QString *error) {
        return QThread::create([&corpus, result, error] {
            CorpusStore store(corpus.folder());
            CorpusStore::Refresh how;
            how.grams = true;
            if (store.open(error) && store.refresh(how, error))
                *result = described(store);
        });
    };
    std::unique_ptr<QThread> a(refreshOn(&first, &firstError)), b(refreshOn(&second, &secondError));
    a->start();
    b->start();
    REQUIRE(a->wait(60000));
    REQUIRE(b->wait(60000));
    CHECK(firstError.toStdString() == "");
    CHECK(secondError.toStdString() == "");
    CHECK(first == truth);
    CHECK(second == truth);
    qsizetype read = -1;
    CHECK(refreshed(corpus.folder(), &read) == truth);
    CHECK(read == 0);
}

TEST_CASE("A search of the text leaves the sidecars unread, and what counts reads them later", "[index]")
{
    IndexedFixture corpus(12);
    // A sidecar that cannot be read: a search of the text has no use for it, and does not say so.
    writeBytes(corpus.articles[4].path + u".ann.json"_s, "{ \"format\": \"hashiya-sidecar\", ");
    auto refresh = [&](bool counts, qsizetype *read) {
        auto store = std::make_unique<CorpusStore>(corpus.folder());
        QString error;
        REQUIRE(store->open(&error));
        CorpusStore::Refresh how;
        how.grams = true;
        how.descriptions = false;
        how.counts = counts;
        REQUIRE(store->refresh(how, &error));
        *read = store->readLastTime();
        return store;
    };
    qsizetype read = -1;
    {
        const auto textOnly = refresh(false, &read);
        CHECK(read == corpus.articles.size());
        for (const IndexedArticle &article : textOnly->articles()) {
            CHECK_FALSE(article.summary.counted);
            CHECK(article.summary.entities == -1);
            CHECK_FALSE(article.summary.sidecarHasErrors);
            CHECK_FALSE(article.grams.isEmpty());
        }
    }
    // A second search reads nothing; a changed sidecar changes nothing it looks at, a changed article does.
    refresh(false, &read);
    CHECK(read == 0);
    IndexedFixture::annotate(corpus.articles[7], 2);
    refresh(false, &read);
    CHECK(read == 0);
    writeBytes(corpus.articles[9].path, (corpus.articles[9].text + u" Haluk Görgün"_s).toUtf8());
    refresh(false, &read);
    CHECK(read == 1);

    // What needs the counts reads every sidecar, once, and finds what reading every article finds.
    const QStringList everything = refreshed(corpus.folder(), nullptr, nullptr, CorpusStore::Storage::Memory);
    CHECK(refreshed(corpus.folder(), &read) == everything);
    CHECK(read == corpus.articles.size());
    CHECK(std::count_if(everything.begin(), everything.end(), [](const QString &line) { return line.endsWith(u" 1"); })
          == 1); // the broken sidecar, and only it
    CHECK(refreshed(corpus.folder(), &read) == everything);
    CHECK(read == 0);
    // And a search of the text then needs nothing more; the counts notice a sidecar changed since.
    refresh(false, &read);
    CHECK(read == 0);
    IndexedFixture::annotate(corpus.articles[7], 3);
    CHECK(refreshed(corpus.folder(), &read) == refreshed(corpus.folder(), nullptr, nullptr, CorpusStore::Storage::Memory));
    CHECK(read == 1);
}
