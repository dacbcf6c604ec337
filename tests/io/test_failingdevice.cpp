// SPDX-License-Identifier: GPL-3.0-or-later
// A device that fails part-way: writes to one folder succeed for N bytes and then fail with EIO or EDQUOT
// (or succeed and fail at fsync or close, as on NFS), through the failing-writes library preloaded into
// this process (tests/support/failingwrites.cpp). For every N a save either writes all of the new content
// and says so, or fails, says why, and leaves the old file byte for byte: never an empty or cut file,
// never a temporary file left behind. Sanitized builds cannot preload it and skip these tests.

#include "io/corpus.h"
#include "io/safesave.h"
#include "model/annotationset.h"
#include "model/articledocument.h"
#include "session/documentsession.h"
#include "support/catchqt.h"
#include "support/hashiyaprocess.h"
#include "support/savehelpers.h"
#include "support/skip.h"
#include "support/testfiles.h"
#include "support/writefaults.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUndoStack>

#include <cerrno>
#include <cstring>
#include <set>

using namespace Hashiya;
using namespace Hashiya::Test;
using namespace Qt::StringLiterals;

namespace {

using At = WriteFaults::At;

QString reasonOf(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString errorName(int error)
{
    return error == EIO ? u"EIO"_s : error == EDQUOT ? u"EDQUOT"_s : QString::number(error);
}

/// A temporary folder by its canonical path, which is how the failing device recognises its files.
struct Folder
{
    QTemporaryDir dir;
    QString path;
    Folder()
    {
        REQUIRE(dir.isValid());
        path = QFileInfo(dir.path()).canonicalFilePath();
    }
    QString filePath(const QString &name) const { return path + u'/' + name; }
    /// Every name in it, hidden ones included: a temporary file left behind shows here.
    QStringList names() const
    {
        return QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    }
};

/// Every offset up to `size` for a small file; for a large one a sample, with the edges and the end.
std::set<qsizetype> offsetsUpTo(qsizetype size)
{
    std::set<qsizetype> offsets;
    const qsizetype step = size <= 8192 ? 1 : 61;
    for (qsizetype n = 0; n <= size; n += step)
        offsets.insert(n);
    // Around the end of QSaveFile's 16 KiB buffer, and the last byte.
    for (qsizetype n : {qsizetype(16383), qsizetype(16384), qsizetype(16385), size - 1, size}) {
        if (n <= size)
            offsets.insert(n);
    }
    return offsets;
}

/// An article of the sample corpus open in a session, with one tag saved, in a folder of its own.
struct OpenArticle
{
    Folder folder;
    QString article = folder.filePath(u"baku-meeting-en.txt"_s);
    QString sidecar = article + u".ann.json"_s;
    Corpus::SchemaChoice schema;
    DocumentSession session;
    ArticleDocument *document = nullptr;
    QStringList failures; ///< what saveFailed said

    OpenArticle()
    {
        for (const QString &name :
             {u"baku-meeting-en.txt"_s, u"baku-meeting-en.txt.ann.json"_s, u"hashiya-schema.json"_s})
            REQUIRE(QFile::copy(samplePath(name), folder.filePath(name)));
        schema = Corpus::schemaFor(folder.path);
        QObject::connect(&session, &DocumentSession::saveFailed, &session,
                         [this](ArticleDocument *, const QString &message) { failures.append(message); });
        Problems problems;
        document = session.open(article, &schema.schema, &problems);
        REQUIRE(document);
        tagFirst(document, u"delegation"_s);
        REQUIRE(session.saveNow(document));
    }
};

} // namespace

TEST_CASE("saveFileAtomically on a device failing at any byte offset keeps the old file or writes all the new",
          "[faults][safesave]")
{
    const int error = GENERATE(EIO, EDQUOT);
    // Small: still in QSaveFile's buffer when commit() is called. Large: written through at once.
    const qsizetype size = GENERATE(qsizetype(3000), qsizetype(40000));
    if (const QString reason = WriteFaults::unavailableReason(); !reason.isEmpty())
        HASHIYA_SKIP(reason);
    const Folder folder;
    const QString path = folder.filePath(u"sidecar.json"_s);
    const QByteArray old = jsonLike(2500, 'o');
    const QByteArray fresh = jsonLike(size, 'n');
    WriteFaults faults;
    qsizetype failed = 0;
    for (const qsizetype allowed : offsetsUpTo(fresh.size())) {
        INFO(errorName(error).toStdString() << " after " << allowed << " of " << fresh.size() << " bytes");
        if (allowed == 0 || readBytes(path) != old) // only the save of the whole file replaced it
            writeBytes(path, old);
        faults.failAfter(folder.path, allowed, error);
        QString message;
        const bool saved = saveFileAtomically(
            path, [&](QIODevice &file) { return file.write(fresh) == fresh.size(); }, &message);
        const qint64 injected = faults.failures();
        faults.off();
        INFO("message: " << message.toStdString());
        // A device that failed a write of the file cannot have taken all of it.
        REQUIRE(saved == (injected == 0));
        if (saved) {
            REQUIRE(readBytes(path) == fresh);
        } else {
            ++failed;
            REQUIRE(readBytes(path) == old);
            REQUIRE(message.contains(path));
            REQUIRE(message.contains(reasonOf(error)));
        }
        REQUIRE(folder.names() == QStringList {u"sidecar.json"_s});
    }
    CHECK(failed == qsizetype(offsetsUpTo(fresh.size()).size()) - 1); // every offset but the whole file
}

TEST_CASE("saveFileAtomically on a device that reports the failure only at fsync or close keeps the old file",
          "[faults][safesave]")
{
    const int error = GENERATE(EIO, EDQUOT);
    const At at = GENERATE(At::Sync, At::Close);
    if (const QString reason = WriteFaults::unavailableReason(); !reason.isEmpty())
        HASHIYA_SKIP(reason);
    const Folder folder;
    const QString path = folder.filePath(u"sidecar.json"_s);
    const QByteArray old = jsonLike(2500, 'o');
    const QByteArray fresh = jsonLike(3000, 'n');
    writeBytes(path, old);
    WriteFaults faults;
    faults.failAfter(folder.path, 0, error, at);
    QString message;
    const bool saved = saveFileAtomically(
        path, [&](QIODevice &file) { return file.write(fresh) == fresh.size(); }, &message);
    faults.off();
    INFO(errorName(error).toStdString() << (at == At::Sync ? " at fsync" : " at close")
                                        << ", message: " << message.toStdString());
    // Saved means the new bytes are on the device; when the device lost them, the old file must stay.
    if (saved) {
        CHECK(readBytes(path) == fresh);
    } else {
        CHECK(readBytes(path) == old);
        CHECK(message.contains(path));
        CHECK(message.contains(reasonOf(error)));
    }
    CHECK(folder.names() == QStringList {u"sidecar.json"_s});
}

TEST_CASE("A sidecar save on a device failing at any byte offset keeps the last good sidecar or writes the new one",
          "[faults][session]")
{
    const int error = GENERATE(EIO, EDQUOT);
    if (const QString reason = WriteFaults::unavailableReason(); !reason.isEmpty())
        HASHIYA_SKIP(reason);
    OpenArticle open;
    const Folder &folder = open.folder;
    const QString &sidecar = open.sidecar;
    DocumentSession &session = open.session;
    ArticleDocument *document = open.document;
    QStringList &failures = open.failures;
    const QStringList names = folder.names();
    QUndoStack *undo = document->undoStack();
    const qsizetype largest = readBytes(sidecar).size() + 64;

    WriteFaults faults;
    qsizetype saves = 0;
    qsizetype failed = 0;
    for (qsizetype allowed = 0; allowed <= largest; ++allowed) {
        INFO(errorName(error).toStdString() << " after " << allowed << " bytes");
        // A change the sidecar does not hold yet: the tag comes and goes.
        if (!document->isModified())
            undo->index() == undo->count() ? undo->undo() : undo->redo();
        REQUIRE(document->isModified());
        const QByteArray before = readBytes(sidecar);
        failures.clear();
        faults.failAfter(folder.path, allowed, error);
        const bool saved = session.saveNow(document);
        faults.off();
        const QByteArray after = readBytes(sidecar);
        if (saved) {
            ++saves;
            REQUIRE(allowed > 0);
            REQUIRE(failures.isEmpty());
            REQUIRE_FALSE(document->isModified());
            REQUIRE(entitiesIn(*document, after) == document->annotations()->entities().toVector());
        } else {
            ++failed;
            INFO("message: " << failures.value(0).toStdString());
            REQUIRE(after == before);
            REQUIRE(failures.size() == 1);
            REQUIRE(failures.front().contains(sidecar));
            REQUIRE(failures.front().contains(reasonOf(error)));
            REQUIRE(document->isModified());
        }
        REQUIRE(folder.names() == names);
    }
    CHECK(failed > 1000); // every offset inside the sidecar failed...
    CHECK(saves > 32); // ...and each one past its end saved it
}

TEST_CASE("A sidecar save on a device that reports the failure only at fsync or close keeps the last good sidecar",
          "[faults][session]")
{
    const int error = GENERATE(EIO, EDQUOT);
    const At at = GENERATE(At::Sync, At::Close);
    if (const QString reason = WriteFaults::unavailableReason(); !reason.isEmpty())
        HASHIYA_SKIP(reason);
    OpenArticle open;
    const QByteArray lastGood = readBytes(open.sidecar);
    const QStringList names = open.folder.names();
    tagFirst(open.document, u"radars"_s);
    WriteFaults faults;
    faults.failAfter(open.folder.path, 0, error, at);
    const bool saved = open.session.saveNow(open.document);
    faults.off();
    INFO(errorName(error).toStdString() << (at == At::Sync ? " at fsync" : " at close")
                                        << ", message: " << open.failures.value(0).toStdString());
    const QByteArray now = readBytes(open.sidecar);
    if (saved) {
        CHECK(entitiesIn(*open.document, now) == open.document->annotations()->entities().toVector());
    } else {
        CHECK(now == lastGood);
        REQUIRE(open.failures.size() == 1);
        CHECK(open.failures.front().contains(open.sidecar));
        CHECK(open.failures.front().contains(reasonOf(error)));
        CHECK(open.document->isModified());
    }
    CHECK(open.folder.names() == names);
}

TEST_CASE("hashiya export on a device failing part-way exits 1, says why and leaves every file whole", "[faults][cli]")
{
    const int error = GENERATE(EIO, EDQUOT);
    if (const QString reason = WriteFaults::unavailableReason(); !reason.isEmpty())
        HASHIYA_SKIP(reason);
    QTemporaryDir earlier;
    QTemporaryDir corpus;
    REQUIRE(earlier.isValid());
    REQUIRE(corpus.isValid());
    for (const QString &name : QDir(samplePath()).entryList(QDir::Files)) {
        REQUIRE(QFile::copy(samplePath(name), corpus.filePath(name)));
        if (name != u"baku-meeting-en.txt.ann.json") // its article exported without annotations
            REQUIRE(QFile::copy(samplePath(name), earlier.filePath(name)));
    }
    const Folder expected;
    ProcessRun run = runHashiya({u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s, expected.path, corpus.path()});
    REQUIRE(run.exitCode == 0);
    const QMap<QString, QByteArray> fresh = filesUnder(expected.path);
    const Folder folder;
    const QString out = folder.filePath(u"export"_s);
    run = runHashiya({u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s, out, earlier.path()});
    REQUIRE(run.exitCode == 0);
    const QMap<QString, QByteArray> old = filesUnder(out);
    REQUIRE(old.keys() == fresh.keys());
    REQUIRE(old != fresh);

    const qsizetype first = fresh.first().size(); // entities.csv, written first
    qsizetype total = 0;
    for (const QByteArray &bytes : fresh)
        total += bytes.size();
    for (const qsizetype allowed : {qsizetype(0), qsizetype(1), first / 2, first - 1, first, first + 1, total - 1}) {
        INFO(errorName(error).toStdString() << " after " << allowed << " of " << total << " bytes");
        for (auto file = old.begin(); file != old.end(); ++file)
            writeBytes(out + u'/' + file.key(), file.value());
        run = runHashiya({u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s, out, corpus.path()},
                         WriteFaults::environment(folder.path, allowed, error));
        INFO("stdout: " << run.out.toStdString());
        INFO("stderr: " << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(out + u'/'));
        CHECK(run.err.contains(reasonOf(error)));
        const QMap<QString, QByteArray> now = filesUnder(out);
        CHECK(now.keys() == old.keys());
        for (auto file = now.begin(); file != now.end(); ++file) {
            INFO(file.key().toStdString());
            CHECK((file.value() == old.value(file.key()) || file.value() == fresh.value(file.key())));
        }
    }
    run = runHashiya({u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s, out, corpus.path()},
                     WriteFaults::environment(folder.path, total, error));
    CHECK(run.exitCode == 0);
    CHECK(filesUnder(out) == fresh);
}
