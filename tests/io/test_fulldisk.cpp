// SPDX-License-Identifier: GPL-3.0-or-later
// A really full disk: a small tmpfs filled until writes fail with ENOSPC. Every save keeps the file it
// would have replaced byte for byte, says which file and why, and works again once there is room.
// Mounting needs root with CAP_SYS_ADMIN; without it these tests report themselves as skipped.

#include "io/corpus.h"
#include "io/safesave.h"
#include "model/articledocument.h"
#include "session/documentsession.h"
#include "support/catchqt.h"
#include "support/hashiyaprocess.h"
#include "support/savehelpers.h"
#include "support/skip.h"
#include "support/testfiles.h"
#include "support/tmpfsmount.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>

using namespace Hashiya;
using namespace Hashiya::Test;
using namespace Qt::StringLiterals;

namespace {

const QString noSpace = u"No space left on device"_s;

/// The files under `folder` without the filler, by relative path, with their bytes.
QMap<QString, QByteArray> keptFiles(const QString &folder)
{
    QMap<QString, QByteArray> files = filesUnder(folder);
    files.remove(TmpfsMount::fillerName());
    return files;
}

/// A copy of the sample corpus; `without` names sidecars left out, so its exports differ from the full one's.
struct CorpusCopy
{
    QTemporaryDir dir;
    explicit CorpusCopy(const QStringList &without = {})
    {
        REQUIRE(dir.isValid());
        for (const QString &name : QDir(samplePath()).entryList(QDir::Files)) {
            if (!without.contains(name))
                REQUIRE(QFile::copy(samplePath(name), dir.filePath(name)));
        }
    }
    QString path() const { return dir.path(); }
};

/// True if one line of `err` names `path` and `reason`.
bool saysWhy(const QString &err, const QString &path, const QString &reason)
{
    const QStringList lines = err.split(u'\n');
    return std::any_of(lines.begin(), lines.end(),
                       [&](const QString &line) { return line.contains(path) && line.contains(reason); });
}

/// The words tagged in a sidecar, which must read without errors.
QStringList taggedWords(const ArticleDocument &document, const QByteArray &sidecar)
{
    QStringList words;
    for (const Entity &entity : entitiesIn(document, sidecar))
        words.append(document.textOf(entity));
    return words;
}

} // namespace

TEST_CASE("saveFileAtomically on a full disk keeps the old file, says why, and saves once there is room",
          "[fulldisk][safesave]")
{
    // Nothing free at all; or a page free, less than the new content, so only part of it fits: first
    // still in QSaveFile's buffer at commit() (the case that once left an empty or cut file), then larger
    // than the buffer, written at once.
    const auto [pagesFree, size] = GENERATE(table<int, qsizetype>({{0, 300}, {1, 6000}, {1, 40000}}));
    TmpfsMount disk;
    if (!disk.isMounted())
        HASHIYA_SKIP(disk.unavailableReason());
    const QString path = disk.path(u"sidecar.json"_s);
    const QByteArray old = jsonLike(2000, 'o');
    const QByteArray fresh = jsonLike(size, 'n');
    writeBytes(path, old);
    disk.fill(pagesFree);
    INFO(pagesFree << " page(s) free, " << size << " bytes to write");

    QString message;
    CHECK_FALSE(saveFileAtomically(
        path, [&](QIODevice &file) { return file.write(fresh) == fresh.size(); }, &message));
    CHECK(readBytes(path) == old);
    CHECK(message.contains(path));
    CHECK(message.contains(noSpace));
    CHECK(keptFiles(disk.path()).keys() == QStringList {u"sidecar.json"_s}); // no temporary file left

    disk.release();
    REQUIRE(saveFileAtomically(
        path, [&](QIODevice &file) { return file.write(fresh) == fresh.size(); }, &message));
    CHECK(readBytes(path) == fresh);
    CHECK(keptFiles(disk.path()).keys() == QStringList {u"sidecar.json"_s});
}

TEST_CASE("A sidecar save on a full disk fails, keeps the last good sidecar, and succeeds once there is room",
          "[fulldisk][session]")
{
    TmpfsMount disk;
    if (!disk.isMounted())
        HASHIYA_SKIP(disk.unavailableReason());
    for (const QString &name : {u"baku-meeting-en.txt"_s, u"baku-meeting-en.txt.ann.json"_s, u"hashiya-schema.json"_s})
        REQUIRE(QFile::copy(samplePath(name), disk.path(name)));
    const QString article = disk.path(u"baku-meeting-en.txt"_s);
    const QString sidecar = article + u".ann.json"_s;
    const Corpus::SchemaChoice schema = Corpus::schemaFor(disk.path());

    DocumentSession session;
    QStringList failures;
    QObject::connect(&session, &DocumentSession::saveFailed, &session,
                     [&failures](ArticleDocument *, const QString &message) { failures.append(message); });
    Problems problems;
    ArticleDocument *document = session.open(article, &schema.schema, &problems);
    REQUIRE(document);
    REQUIRE_FALSE(hasErrors(problems));

    tagFirst(document, u"delegation"_s);
    REQUIRE(session.saveNow(document));
    const QByteArray lastGood = readBytes(sidecar);
    REQUIRE(taggedWords(*document, lastGood).contains(u"delegation"_s));
    const QStringList files = keptFiles(disk.path()).keys();

    disk.fill();
    tagFirst(document, u"radars"_s);
    CHECK_FALSE(session.saveNow(document));
    REQUIRE(failures.size() == 1);
    CHECK(failures.front().contains(sidecar));
    CHECK(failures.front().contains(noSpace));
    CHECK(document->isModified());
    CHECK(readBytes(sidecar) == lastGood); // still the last good version, and it still reads
    const QStringList onDisk = taggedWords(*document, readBytes(sidecar));
    CHECK(onDisk.contains(u"delegation"_s));
    CHECK_FALSE(onDisk.contains(u"radars"_s));
    CHECK(keptFiles(disk.path()).keys() == files);

    disk.release();
    REQUIRE(session.saveNow(document));
    CHECK_FALSE(document->isModified());
    CHECK(taggedWords(*document, readBytes(sidecar)).contains(u"radars"_s));
    CHECK(keptFiles(disk.path()).keys() == files);
}

TEST_CASE("hashiya export over an earlier export on a full disk fails, says why and keeps the earlier files",
          "[fulldisk][cli]")
{
    const QString format = GENERATE(u"csv"_s, u"brat"_s);
    TmpfsMount disk;
    if (!disk.isMounted())
        HASHIYA_SKIP(disk.unavailableReason());
    const QString out = disk.path(u"export"_s);
    const CorpusCopy earlier({u"baku-meeting-en.txt.ann.json"_s});
    const CorpusCopy corpus;
    ProcessRun run = runHashiya({u"export"_s, u"--format"_s, format, u"--out"_s, out, earlier.path()});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QMap<QString, QByteArray> exported = keptFiles(out);
    REQUIRE_FALSE(exported.isEmpty());

    disk.fill();
    run = runHashiya({u"export"_s, u"--format"_s, format, u"--out"_s, out, corpus.path()});
    INFO(run.out.toStdString());
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(saysWhy(run.err, out + u'/', noSpace));
    CHECK(keptFiles(out) == exported); // byte for byte, and no temporary file left

    disk.release();
    run = runHashiya({u"export"_s, u"--format"_s, format, u"--out"_s, out, corpus.path()});
    CHECK(run.exitCode == 0);
    CHECK(keptFiles(out) != exported);
}

TEST_CASE("hashiya import over an earlier import on a full disk fails, says why and keeps the earlier files",
          "[fulldisk][cli]")
{
    TmpfsMount disk;
    if (!disk.isMounted())
        HASHIYA_SKIP(disk.unavailableReason());
    const CorpusCopy corpus;
    QTemporaryDir brat;
    REQUIRE(brat.isValid());
    ProcessRun run = runHashiya({u"export"_s, u"--format"_s, u"brat"_s, u"--out"_s, brat.path(), corpus.path()});
    REQUIRE(run.exitCode == 0);
    const QString out = disk.path(u"corpus"_s);
    run = runHashiya({u"import"_s, u"--from"_s, u"brat"_s, u"--out"_s, out, brat.path()});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QMap<QString, QByteArray> imported = keptFiles(out);
    REQUIRE(imported.contains(u"baku-meeting-en.txt.ann.json"_s));

    disk.fill();
    run = runHashiya({u"import"_s, u"--from"_s, u"brat"_s, u"--out"_s, out, u"--force"_s, brat.path()});
    INFO(run.out.toStdString());
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(saysWhy(run.err, out + u'/', noSpace));
    CHECK(keptFiles(out) == imported);

    disk.release();
    run = runHashiya({u"import"_s, u"--from"_s, u"brat"_s, u"--out"_s, out, u"--force"_s, brat.path()});
    CHECK(run.exitCode == 0);
    CHECK(keptFiles(out).keys() == imported.keys());
}

TEST_CASE("stats and search with the cache on a full disk give the right answers and say the index was not kept",
          "[fulldisk][index]")
{
    QTemporaryDir corpus;
    REQUIRE(corpus.isValid());
    const QString article = u"Ankara'da savunma toplantısı\n\nHaluk Görgün ile Selçuk Bayraktar görüştü.\n"_s;
    for (int i = 0; i < 40; ++i)
        writeBytes(corpus.filePath(u"%1.txt"_s.arg(i, 3, 10, QLatin1Char('0'))), article.toUtf8());
    const ProcessRun plain = runHashiya({u"stats"_s, u"--json"_s, u"--no-index"_s, corpus.path()});
    REQUIRE(plain.exitCode == 0);

    TmpfsMount disk;
    if (!disk.isMounted())
        HASHIYA_SKIP(disk.unavailableReason());
    disk.fill();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CACHE_HOME"_s, disk.path());
    const ProcessRun stats = runHashiya({u"stats"_s, u"--json"_s, corpus.path()}, environment);
    CHECK(stats.exitCode == 0);
    CHECK(stats.out == plain.out);
    CHECK(stats.err.contains(u"corpus index"_s));
    const ProcessRun search = runHashiya({u"search"_s, u"Görgün"_s, corpus.path()}, environment);
    CHECK(search.exitCode == 0);
    CHECK(search.out.count(u'\n') == 40);

    disk.release(); // room again: the index is made and used
    const ProcessRun kept = runHashiya({u"stats"_s, u"--json"_s, corpus.path()}, environment);
    CHECK(kept.exitCode == 0);
    CHECK(kept.out == plain.out);
    CHECK_FALSE(kept.err.contains(u"corpus index"_s));
}
