// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusstore.h"

#include "index/gramsignature.h"
#include "io/workerpool.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>
#include <QScopeGuard>

#include <algorithm>
#include <sqlite3.h>

namespace Hashiya {
namespace {

const QString formatKey = QStringLiteral("format");
const QString folderKey = QStringLiteral("folder");
// The whole layout in one word: a file with another one is rebuilt, never read.
// 2: signatures place their bits by scaling, and hold the pieces that bridge two words
// 3: a record says whether its sidecar was read
// 4: signatures hold the bridges of three units on either side of a gap
const QString indexFormat = QStringLiteral("hashiya-corpus-index 4");
const QString inCorpusName = QStringLiteral(".hashiya");
constexpr qsizetype rowsPerTransaction = 2000;
// Articles a refresh reads ahead of the one it writes: enough for the workers to read on while a commit
// syncs the file (with 64 they waited, and two cores were 85 % busy).
constexpr qsizetype articlesInFlight = 1024;

QString sqlError(const QSqlQuery &query)
{
    return query.lastError().text();
}

/// Whether SQLite failed only because another connection holds the file (SQLITE_BUSY or SQLITE_LOCKED,
/// extended codes included): worth trying again, never a reason to call the file damaged.
bool isBusy(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (code == SQLITE_BUSY || code == SQLITE_LOCKED);
}

bool exec(QSqlDatabase &db, const QString &statement, QString *error, bool *busy = nullptr)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    *error = sqlError(query);
    if (busy && isBusy(query.lastError()))
        *busy = true;
    return false;
}

} // namespace

CorpusStore::CorpusStore(const QString &folder, Storage storage)
    : m_folder(QDir(folder).absolutePath())
    , m_storage(storage)
{
}

CorpusStore::~CorpusStore()
{
    if (!m_connection.isEmpty()) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString CorpusStore::inCorpusFolder(const QString &folder)
{
    return QDir(folder).absoluteFilePath(inCorpusName);
}

QString CorpusStore::fileFor(const QString &folder)
{
    const QString absolute = QDir(folder).absolutePath();
    if (QFileInfo(inCorpusFolder(absolute)).isDir())
        return inCorpusFolder(absolute) + QStringLiteral("/index.sqlite");
    const QByteArray key = QCryptographicHash::hash(QFile::encodeName(absolute), QCryptographicHash::Sha256).toHex().left(24);
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/hashiya/index/")
        + QString::fromLatin1(key) + QStringLiteral(".sqlite");
}

qint64 CorpusStore::sizeOnDisk() const
{
    if (m_file.isEmpty())
        return 0;
    return QFileInfo(m_file).size() + QFileInfo(m_file + QStringLiteral("-wal")).size();
}

bool CorpusStore::remove(const QString &folder, QString *error)
{
    const QString file = fileFor(folder);
    for (const QString &path : QStringList {file, file + QStringLiteral("-wal"), file + QStringLiteral("-shm")}) {
        if (QFileInfo::exists(path) && !QFile::remove(path)) {
            *error = tr("%1 could not be deleted").arg(path);
            return false;
        }
    }
    return true;
}

bool CorpusStore::open(QString *error)
{
    if (m_storage == Storage::Memory)
        return true;
    m_file = fileFor(m_folder);
    if (!QDir().mkpath(QFileInfo(m_file).absolutePath())) {
        *error = tr("the folder of the corpus index %1 could not be made").arg(m_file);
        return false;
    }
    if (openWhenFree(error))
        return true;
    // Whatever is there cannot be used: start again from nothing, once.
    dropFile(*error);
    return openWhenFree(error);
}

bool CorpusStore::openWhenFree(QString *error)
{
    // SQLite's busy timeout covers most waits; but two connections making a new file at once can be told
    // "locked" at once, to avoid a deadlock. Then the other one is simply given a moment.
    for (int attempt = 0;; ++attempt) {
        m_busy = false;
        if (openFile(error)) {
            error->clear(); // what a busy attempt said is no longer so
            return true;
        }
        closeConnection();
        if (!m_busy || attempt == 100)
            return false;
        QThread::msleep(20);
    }
}

void CorpusStore::closeConnection()
{
    if (m_connection.isEmpty())
        return;
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

void CorpusStore::dropFile(const QString &why)
{
    closeConnection();
    QString ignored;
    remove(m_folder, &ignored);
    m_repairs.append(tr("rebuilt: %1").arg(why));
    m_articles.clear();
}

bool CorpusStore::openFile(QString *error, bool madeTables)
{
    m_connection = QStringLiteral("hashiya-index-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!db.isValid()) {
        *error = tr("SQLite is not available to Qt (the package libqt6sql6-sqlite is missing)");
        return false;
    }
    db.setDatabaseName(m_file);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        *error = db.lastError().text();
        m_busy = isBusy(db.lastError());
        return false;
    }
    // Each query is finished before the next: an open statement holds a read transaction.
    std::optional<QString> format, folder;
    QString failure;
    {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT key, value FROM meta"))) {
            while (query.next()) {
                if (query.value(0).toString() == formatKey)
                    format = query.value(1).toString();
                else if (query.value(0).toString() == folderKey)
                    folder = query.value(1).toString();
            }
        } else {
            failure = sqlError(query);
            m_busy = isBusy(query.lastError());
        }
    }
    if (m_busy) {
        *error = failure;
        return false;
    }
    if (!failure.isEmpty()) {
        // A new file has no tables yet, or another connection is making them right now: made here unless
        // they are there (idempotent), then checked as any other.
        if (madeTables) {
            *error = tr("%1 is not a corpus index: %2").arg(m_file, failure);
            return false;
        }
        if (!createTables(error))
            return false;
        db = QSqlDatabase(); // this connection is closed, and a fresh one reads what was made
        closeConnection();
        return openFile(error, true);
    }
    if (format != indexFormat) {
        *error = tr("%1 is a corpus index of another version").arg(m_file);
        return false;
    }
    if (folder != m_folder && !m_file.startsWith(inCorpusFolder(m_folder))) {
        *error = tr("%1 is the index of another folder").arg(m_file);
        return false;
    }
    return exec(db, QStringLiteral("PRAGMA journal_mode=WAL"), error, &m_busy)
        && exec(db, QStringLiteral("PRAGMA synchronous=NORMAL"), error, &m_busy);
}

bool CorpusStore::createTables(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // Another process may be making the same file right now: whoever writes first makes the tables.
    if (!exec(db, QStringLiteral("PRAGMA journal_mode=WAL"), error, &m_busy)
        || !exec(db, QStringLiteral("PRAGMA synchronous=NORMAL"), error, &m_busy)
        || !exec(db, QStringLiteral("BEGIN IMMEDIATE"), error, &m_busy))
        return false;
    QSqlQuery insert(db);
    const bool made =
        exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT)"), error)
        && exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS articles(path TEXT PRIMARY KEY, record BLOB NOT NULL)"),
                error)
        // Apart, so that what needs only the summaries (stats, the corpus list) reads a third of the file.
        && exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS signatures(path TEXT PRIMARY KEY, grams BLOB NOT NULL)"),
                error)
        && insert.prepare(QStringLiteral("INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?), (?, ?)"));
    if (made) {
        insert.addBindValue(formatKey);
        insert.addBindValue(indexFormat);
        insert.addBindValue(folderKey);
        insert.addBindValue(m_folder);
    }
    if (!made || !insert.exec() || !exec(db, QStringLiteral("COMMIT"), error, &m_busy)) {
        if (error->isEmpty())
            *error = insert.lastError().text();
        m_busy = m_busy || isBusy(insert.lastError());
        QString ignored;
        exec(db, QStringLiteral("ROLLBACK"), &ignored);
        return false;
    }
    // Outside the corpus the index is a cache; inside, git must not take it for the analysts' work.
    const QString inCorpus = inCorpusFolder(m_folder);
    if (m_file.startsWith(inCorpus + u'/') && !QFileInfo::exists(inCorpus + QStringLiteral("/.gitignore"))) {
        QSaveFile ignore(inCorpus + QStringLiteral("/.gitignore"));
        if (ignore.open(QIODevice::WriteOnly)) {
            ignore.write("# Hashiya's corpus index: derived data, rebuilt when missing.\n*\n");
            ignore.commit();
        }
    }
    return true;
}

namespace {

/// The SQLite connection under a Qt one: the bulk reads of a whole index go through it, a row costing a
/// fraction of what QSqlQuery's values cost. Null if the driver is not SQLite's.
sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

/// Runs `sql` and calls `row(path, blob)` for each row of its two columns (the path's UTF-8 and the blob,
/// views into SQLite's memory, valid during the call); false with SQLite's message.
template<typename Row>
bool eachRow(sqlite3 *db, const char *sql, QString *error, bool *busy, Row row)
{
    auto failed = [&](int status) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        *busy = (status & 0xff) == SQLITE_BUSY || (status & 0xff) == SQLITE_LOCKED;
        return false;
    };
    sqlite3_stmt *statement = nullptr;
    if (const int status = sqlite3_prepare_v2(db, sql, -1, &statement, nullptr); status != SQLITE_OK)
        return failed(status);
    const auto finish = qScopeGuard([statement] { sqlite3_finalize(statement); });
    int status;
    while ((status = sqlite3_step(statement)) == SQLITE_ROW) {
        const auto *path = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
        const int pathSize = sqlite3_column_bytes(statement, 0);
        const auto *blob = static_cast<const char *>(sqlite3_column_blob(statement, 1));
        const int blobSize = sqlite3_column_bytes(statement, 1);
        row(QByteArrayView(path, pathSize), QByteArrayView(blob, blobSize));
    }
    if (status != SQLITE_DONE)
        return failed(status);
    return true;
}

/// A statement prepared once and run for each article, through the SQLite handle under Qt's
/// connection: binding through QSqlQuery (QVariant, UTF-16 text SQLite converts back) cost more than the
/// insert itself.
class Statement final
{
public:
    Statement() = default;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement() { sqlite3_finalize(m_statement); }

    /// False with SQLite's message.
    bool prepare(sqlite3 *db, const char *sql, QString *error)
    {
        m_db = db;
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) == SQLITE_OK)
            return true;
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    /// Runs it with `path` (UTF-8) and, when given, a blob; false with SQLite's message.
    bool run(const QByteArray &path, const QByteArray *blob, QString *error)
    {
        int status = sqlite3_bind_text(m_statement, 1, path.constData(), int(path.size()), SQLITE_STATIC);
        if (status == SQLITE_OK && blob)
            status = sqlite3_bind_blob(m_statement, 2, blob->constData(), int(blob->size()), SQLITE_STATIC);
        if (status == SQLITE_OK)
            status = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement); // the bytes bound are the caller's, gone after the call
        if (status == SQLITE_DONE)
            return true;
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace

bool CorpusStore::load(const Refresh &how, QString *error)
{
    sqlite3 *db = handleOf(QSqlDatabase::database(m_connection, false));
    if (!db) {
        *error = tr("the corpus index %1 is not an SQLite file").arg(m_file);
        return false;
    }
    m_articles.clear();
    eachRow(db, "SELECT count(*), NULL FROM articles", error, &m_busy, [&](QByteArrayView count, QByteArrayView) {
        m_articles.reserve(size_t(count.toLongLong())); // moving 10⁵ records as the list grows costs more
    });
    qsizetype damaged = 0;
    IndexedArticle::Strings strings; // type names and statuses repeat: one copy of each
    const IndexedArticle::Part part = how.onlyForPieces ? IndexedArticle::Part::ForSearch : IndexedArticle::Part::Whole;
    // The table in the order it is kept (by path, but for the rows rewritten since it was made), not
    // through its index by path, which costs a lookup per row.
    const bool read = eachRow(db, "SELECT path, record FROM articles", error, &m_busy,
                              [&](QByteArrayView path, QByteArrayView record) {
                                  if (std::optional<IndexedArticle> article =
                                          IndexedArticle::fromRecord(m_folder, path, record, &strings, part))
                                      m_articles.push_back(std::move(*article));
                                  else
                                      ++damaged; // read again: its facts match nothing
                              });
    if (!read)
        return false;
    if (damaged > 0)
        m_repairs.append(tr("re-read: %n damaged record(s)", nullptr, int(damaged)));
    // SQLite orders by UTF-8 bytes, QString by UTF-16 units: the same but for characters past U+FFFF.
    const auto byPath = [](const IndexedArticle &a, const IndexedArticle &b) { return a.files.path < b.files.path; };
    if (!std::is_sorted(m_articles.begin(), m_articles.end(), byPath))
        std::sort(m_articles.begin(), m_articles.end(), byPath);
    if (!how.grams)
        return true;

    // Mostly in path order: each signature's article is the one after the last, but for the rows that
    // were rewritten and the rare path that SQLite's byte order puts elsewhere.
    auto next = m_articles.begin();
    return eachRow(db, "SELECT path, grams FROM signatures", error, &m_busy, [&](QByteArrayView path, QByteArrayView stored) {
        if (next == m_articles.end() || !QAnyStringView::equal(next->files.path, QUtf8StringView(path))) {
            next = std::lower_bound(m_articles.begin(), m_articles.end(), QString::fromUtf8(path),
                                    [](const IndexedArticle &a, const QString &p) { return a.files.path < p; });
            if (next == m_articles.end() || !QAnyStringView::equal(next->files.path, QUtf8StringView(path)))
                return; // its article's record was damaged
        }
        const QByteArrayView grams = IndexedArticle::gramsFromStored(stored);
        if (grams.isEmpty()) // damaged: the article is read again
            ++next;
        else if (how.onlyForPieces)
            (next++)->grams = GramSignature::mayContain(grams, *how.onlyForPieces) ? GramSignature::holdingAnything()
                                                                                 : GramSignature::holdingNothing();
        else
            (next++)->grams = grams.toByteArray();
    });
}

bool CorpusStore::holdsNothing()
{
    if (m_connection.isEmpty())
        return m_articles.empty();
    sqlite3 *db = handleOf(QSqlDatabase::database(m_connection, false));
    bool empty = false;
    QString error;
    bool busy = false;
    if (db) {
        eachRow(db, "SELECT NOT EXISTS (SELECT 1 FROM articles), NULL", &error, &busy,
                [&](QByteArrayView answer, QByteArrayView) { empty = answer == "1"; });
    }
    return empty;
}

void CorpusStore::keepKnown(const std::vector<ArticleFiles> &files, const Refresh &how, std::vector<size_t> *toRead,
                            QStringList *gone)
{
    std::vector<IndexedArticle> known = std::move(m_articles);
    m_articles.clear();
    const IndexedArticle::Needs needs {how.descriptions, how.grams, how.counts};
    // Without the counts, a changed sidecar changes nothing a search looks at: its record is kept as it
    // is (and read again when the counts are needed).
    const auto current = [needs](const IndexedArticle &k, const ArticleFiles &f) {
        return k.files.text == f.text && (!needs.counts || k.files.sidecar == f.sidecar) && !k.lacks(needs);
    };
    // Most often the folder holds the articles the index holds: the list read from the index is kept,
    // rather than moved article by article into a second one (35 MB of fresh memory at 10⁵ articles).
    if (known.size() == files.size()
        && std::equal(known.begin(), known.end(), files.begin(),
                      [](const IndexedArticle &k, const ArticleFiles &f) { return k.files.path == f.path; })) {
        m_articles = std::move(known);
        for (size_t f = 0; f < files.size(); ++f) {
            if (!current(m_articles[f], files[f])) {
                m_articles[f] = IndexedArticle();
                toRead->push_back(f);
            }
        }
        return;
    }
    m_articles.reserve(files.size());
    auto k = known.begin();
    for (size_t f = 0; f < files.size(); ++f) {
        while (k != known.end() && k->files.path < files[f].path)
            gone->append((k++)->files.path);
        const bool indexed = k != known.end() && k->files.path == files[f].path;
        if (indexed && current(*k, files[f])) {
            m_articles.push_back(std::move(*k));
        } else {
            toRead->push_back(f);
            m_articles.push_back({});
        }
        if (indexed)
            ++k;
    }
    for (; k != known.end(); ++k)
        gone->append(k->files.path);
}

bool CorpusStore::refresh(const Refresh &how, QString *error)
{
    m_read = 0;
    m_forgotten = 0;
    // The folder is listed on the pool while the index is read here: the two take about as long. When the
    // index holds nothing, every article is read, and its facts come with it: the listing need not ask.
    // Without the counts, nothing kept depends on the sidecars: their facts need not be asked either.
    const QString folder = m_folder;
    const CorpusFiles::Facts facts = holdsNothing() ? CorpusFiles::Facts::Skip
        : how.counts                                 ? CorpusFiles::Facts::Read
                                                     : CorpusFiles::Facts::Articles;
    OrderedWalk<std::vector<ArticleFiles>> listing(1, [folder, facts](qsizetype) { return CorpusFiles::list(folder, facts); });
    for (int attempt = 0; !m_connection.isEmpty(); ++attempt) {
        QString loadError;
        m_busy = false;
        if (load(how, &loadError))
            break;
        if (m_busy && attempt < 100) { // another connection holds the file for a moment
            QThread::msleep(20);
            continue;
        }
        if (!m_busy)
            dropFile(loadError); // damaged: start again from nothing
        if (m_busy || !openWhenFree(&loadError)) {
            closeConnection();
            m_repairs.append(tr("not kept: %1").arg(loadError));
            m_file.clear(); // go on in memory
        }
        m_articles.clear();
        break;
    }
    std::vector<ArticleFiles> files = listing.take(0);

    // Which articles to read: the new, the changed, and those without the signature a search needs.
    std::vector<size_t> toRead; // indexes into files, and into m_articles
    QStringList gone;
    keepKnown(files, how, &toRead, &gone);
    m_forgotten = gone.size();

    QSqlDatabase db;
    const bool writing = !m_connection.isEmpty();
    sqlite3 *handle = nullptr;
    if (writing)
        db = QSqlDatabase::database(m_connection, false), handle = handleOf(db);
    Statement insert, sign, unsign;
    QString writeError;
    if (writing && !handle)
        writeError = tr("the corpus index %1 is not an SQLite file").arg(m_file);
    bool prepared = false;
    auto write = [&](const IndexedArticle &article) {
        if (!writing || !writeError.isEmpty())
            return;
        const QByteArray path = article.files.path.toUtf8();
        const QByteArray record = article.record();
        // A signature of an earlier version of the article must not outlive it.
        const QByteArray grams = IndexedArticle::storedGrams(article.grams);
        if (insert.run(path, &record, &writeError))
            grams.isEmpty() ? unsign.run(path, nullptr, &writeError) : sign.run(path, &grams, &writeError);
    };
    // IMMEDIATE: the write lock is taken (waiting for another writer) before anything is read. A deferred
    // transaction that read first is refused at once when another connection wrote meanwhile.
    // The statements are prepared once the lock is held: preparing reads the file's schema too.
    auto beginBatch = [&] {
        if (!writing || !writeError.isEmpty() || !exec(db, QStringLiteral("BEGIN IMMEDIATE"), &writeError) || prepared)
            return;
        prepared = true;
        insert.prepare(handle, "INSERT OR REPLACE INTO articles(path, record) VALUES (?1, ?2)", &writeError)
            && sign.prepare(handle, "INSERT OR REPLACE INTO signatures(path, grams) VALUES (?1, ?2)", &writeError)
            && unsign.prepare(handle, "DELETE FROM signatures WHERE path = ?1", &writeError);
    };
    auto endBatch = [&] {
        if (writing && writeError.isEmpty())
            exec(db, QStringLiteral("COMMIT"), &writeError);
    };

    if (how.arrived) {
        for (const IndexedArticle &article : m_articles) {
            if (!article.files.path.isEmpty())
                how.arrived(article);
        }
    }
    const QString root = m_folder;
    const IndexedArticle::Needs needs {how.descriptions, how.grams, how.counts};
    beginBatch();
    const bool complete = walkInOrder(
        qsizetype(toRead.size()),
        [&root, &files, &toRead, needs](qsizetype i) { return IndexedArticle::read(root, files[toRead[size_t(i)]], needs); },
        [&](qsizetype i, IndexedArticle article) {
            write(article);
            if (how.arrived)
                how.arrived(article);
            m_articles[toRead[size_t(i)]] = std::move(article);
            ++m_read;
            if ((i + 1) % rowsPerTransaction == 0) {
                endBatch();
                beginBatch();
            }
            return !how.progress || (i % 64 != 0) || how.progress(i, qsizetype(toRead.size()));
        }, articlesInFlight);
    if (writing && writeError.isEmpty() && !gone.isEmpty()) {
        Statement forget;
        if (forget.prepare(handle, "DELETE FROM articles WHERE path = ?1", &writeError)) {
            for (const QString &path : std::as_const(gone)) {
                const QByteArray utf8 = path.toUtf8();
                if (!forget.run(utf8, nullptr, &writeError) || !unsign.run(utf8, nullptr, &writeError))
                    break;
            }
        }
    }
    endBatch();
    if (!complete) {
        // Cancelled: what was not read is not part of the corpus as listed.
        m_articles.erase(std::remove_if(m_articles.begin(), m_articles.end(),
                                        [](const IndexedArticle &a) { return a.files.path.isEmpty(); }),
                         m_articles.end());
        *error = tr("cancelled");
        return false;
    }
    if (how.progress)
        how.progress(qsizetype(toRead.size()), qsizetype(toRead.size()));
    if (!writeError.isEmpty()) {
        if (writing) {
            QString ignored;
            exec(db, QStringLiteral("ROLLBACK"), &ignored);
        }
        *error = tr("the corpus index %1 could not be written: %2").arg(m_file, writeError);
        return false;
    }
    return true;
}

} // namespace Hashiya
