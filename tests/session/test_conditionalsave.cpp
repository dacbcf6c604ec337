// SPDX-License-Identifier: GPL-3.0-or-later
// replaceFileIfUnchanged: a new version replaces exactly the version expected, or nothing.

#include "io/conditionalsave.h"
#include "support/catchqt.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace Hashiya;

namespace {

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

std::function<bool(QIODevice &)> writing(const QByteArray &bytes)
{
    return [bytes](QIODevice &file) { return file.write(bytes) == bytes.size(); };
}

QStringList filesIn(const QTemporaryDir &folder)
{
    return QDir(folder.path()).entryList(QDir::Files | QDir::Hidden);
}

struct HookReset
{
    ~HookReset()
    {
        setBeforeReplaceHook({});
        setAfterExchangeHook({});
    }
};

} // namespace

TEST_CASE("An unchanged file is replaced, and the stamp returned is the new file's", "[save]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("a.json"));
    write(path, "old");
    ::chmod(QFile::encodeName(path).constData(), 0640);
    FileStamp written;
    QString error;
    REQUIRE(replaceFileIfUnchanged(path, FileStamp::of(path), writing("new"), &written, &error)
            == ReplaceOutcome::Replaced);
    CHECK(contentOf(path) == "new");
    CHECK(written == FileStamp::of(path));
    CHECK(filesIn(folder) == QStringList {QStringLiteral("a.json")}); // no temporary file left
    struct stat facts;
    REQUIRE(::stat(QFile::encodeName(path).constData(), &facts) == 0);
    CHECK((facts.st_mode & 0777) == 0640); // the file keeps its permissions
}

TEST_CASE("A file another program wrote between the two steps is kept, and ours is not written", "[save]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("a.json"));
    write(path, "old");
    const FileStamp expected = FileStamp::of(path);
    HookReset reset;
    SECTION("written in place")
    {
        setBeforeReplaceHook([](const QString &target) { write(target, "theirs, longer"); });
    }
    SECTION("replaced by a rename")
    {
        setBeforeReplaceHook([](const QString &target) {
            write(target + QStringLiteral(".x"), "theirs");
            REQUIRE(QFile::rename(target + QStringLiteral(".x"), target + QStringLiteral(".y")));
            REQUIRE(::rename(QFile::encodeName(target + QStringLiteral(".y")).constData(),
                             QFile::encodeName(target).constData())
                    == 0);
        });
    }
    FileStamp written;
    QString error;
    CHECK(replaceFileIfUnchanged(path, expected, writing("ours"), &written, &error) == ReplaceOutcome::ChangedOutside);
    CHECK(contentOf(path).startsWith("theirs"));
    CHECK(filesIn(folder) == QStringList {QStringLiteral("a.json")});
}

TEST_CASE("A file expected to be new is not written over one created meanwhile", "[save]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("a.json"));
    HookReset reset;
    setBeforeReplaceHook([](const QString &target) { write(target, "theirs"); });
    FileStamp written;
    QString error;
    CHECK(replaceFileIfUnchanged(path, FileStamp {}, writing("ours"), &written, &error)
          == ReplaceOutcome::ChangedOutside);
    CHECK(contentOf(path) == "theirs");
    setBeforeReplaceHook({});
    QFile::remove(path);
    REQUIRE(replaceFileIfUnchanged(path, FileStamp {}, writing("ours"), &written, &error) == ReplaceOutcome::Replaced);
    CHECK(contentOf(path) == "ours");
}

TEST_CASE("A file removed meanwhile is reported as changed, not created again unseen", "[save]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("a.json"));
    write(path, "old");
    HookReset reset;
    setBeforeReplaceHook([](const QString &target) { QFile::remove(target); });
    FileStamp written;
    QString error;
    CHECK(replaceFileIfUnchanged(path, FileStamp::of(path), writing("ours"), &written, &error)
          == ReplaceOutcome::ChangedOutside);
    CHECK_FALSE(QFile::exists(path));
    CHECK(filesIn(folder).isEmpty());
}

TEST_CASE("A writer that fails leaves the old file and no temporary file", "[save]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("a.json"));
    write(path, "old");
    FileStamp written;
    QString error;
    CHECK(replaceFileIfUnchanged(path, FileStamp::of(path), [](QIODevice &) { return false; }, &written, &error)
          == ReplaceOutcome::Failed);
    CHECK(error.contains(path));
    CHECK(contentOf(path) == "old");
    CHECK(filesIn(folder) == QStringList {QStringLiteral("a.json")});
}

TEST_CASE("A third version written over ours in the instant it was in place stays, and the one it displaced "
          "is left for the caller",
          "[save]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("a.json"));
    write(path, "old");
    const FileStamp expected = FileStamp::of(path);
    HookReset reset;
    setBeforeReplaceHook([](const QString &target) {
        // Written after the last look: ours will find it when it swaps.
        write(target + QStringLiteral(".x"), "theirs");
        REQUIRE(::rename(QFile::encodeName(target + QStringLiteral(".x")).constData(),
                         QFile::encodeName(target).constData())
                == 0);
    });
    setAfterExchangeHook([](const QString &target) {
        // A third program, seeing ours in place, writes over it.
        write(target + QStringLiteral(".y"), "third, built on ours");
        REQUIRE(::rename(QFile::encodeName(target + QStringLiteral(".y")).constData(),
                         QFile::encodeName(target).constData())
                == 0);
    });
    FileStamp written;
    QString error, displaced;
    CHECK(replaceFileIfUnchanged(path, expected, writing("ours"), &written, &error, &displaced)
          == ReplaceOutcome::ChangedOutside);
    setAfterExchangeHook({});
    CHECK(contentOf(path) == "third, built on ours");
    REQUIRE_FALSE(displaced.isEmpty());
    CHECK(contentOf(displaced) == "theirs"); // nothing anybody wrote is gone
    QFile::remove(displaced);
    CHECK(filesIn(folder) == QStringList {QStringLiteral("a.json")});
}

TEST_CASE("A file changed before the last look is not touched at all", "[save]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("a.json"));
    write(path, "old");
    const FileStamp expected = FileStamp::of(path);
    write(path + QStringLiteral(".x"), "theirs");
    REQUIRE(::rename(QFile::encodeName(path + QStringLiteral(".x")).constData(), QFile::encodeName(path).constData())
            == 0);
    const FileStamp theirs = FileStamp::of(path);
    HookReset reset;
    bool swapped = false;
    setAfterExchangeHook([&swapped](const QString &) { swapped = true; });
    FileStamp written;
    QString error;
    CHECK(replaceFileIfUnchanged(path, expected, writing("ours"), &written, &error) == ReplaceOutcome::ChangedOutside);
    setAfterExchangeHook({});
    CHECK_FALSE(swapped); // never in place, not even for an instant
    CHECK(FileStamp::of(path) == theirs);
}
