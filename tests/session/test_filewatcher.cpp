// SPDX-License-Identifier: GPL-3.0-or-later
// The watcher reports a changed file, and only that one: a folder event concerns every file in the
// folder, and the session's own writes are announced, so neither makes it read articles again.

#include "io/conditionalsave.h"
#include "session/filewatcher.h"
#include "support/catchqt.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Hashiya;

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

void replaceByRename(const QString &path, const QByteArray &bytes)
{
    write(path + QStringLiteral(".tmp"), bytes);
    REQUIRE(::rename(QFile::encodeName(path + QStringLiteral(".tmp")).constData(), QFile::encodeName(path).constData())
            == 0);
}

} // namespace

TEST_CASE("A file replaced in a watched folder is reported alone, once", "[session][watcher]")
{
    QTemporaryDir folder;
    QStringList paths;
    FileWatcher watcher;
    for (int i = 0; i < 10; ++i) {
        paths.append(folder.filePath(QStringLiteral("article-%1.txt").arg(i)));
        write(paths.back(), "text " + QByteArray::number(i));
        watcher.watch(paths.back());
    }
    QSignalSpy changed(&watcher, &FileWatcher::changed);
    replaceByRename(paths[3], "new text");
    write(folder.filePath(QStringLiteral("unrelated.txt")), "another file of the folder");
    REQUIRE(QTest::qWaitFor([&] { return changed.size() >= 1; }, 5000));
    // Every folder event has settled by now.
    QTest::qWait(FileWatcher::settleMs * 3); // fixed wait: nothing more may arrive
    REQUIRE(changed.size() == 1);
    CHECK(changed.front().front().toString() == paths[3]);
}

TEST_CASE("A write announced by its writer is not reported, a later outside one is", "[session][watcher]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("article.txt.ann.json"));
    write(path, "{}");
    FileWatcher watcher;
    watcher.watch(path);
    QSignalSpy changed(&watcher, &FileWatcher::changed);
    FileStamp written;
    QString error;
    REQUIRE(replaceFileIfUnchanged(
                path, FileStamp::of(path), [](QIODevice &file) { return file.write("{\"ours\":1}") > 0; }, &written,
                &error)
            == ReplaceOutcome::Replaced);
    watcher.noteWritten(path, written);
    QTest::qWait(FileWatcher::settleMs * 3); // fixed wait: nothing may arrive
    CHECK(changed.isEmpty());
    replaceByRename(path, "{\"theirs\":1}");
    REQUIRE(QTest::qWaitFor([&] { return changed.size() == 1; }, 5000));
    CHECK(changed.front().front().toString() == path);
}

TEST_CASE("A file written in place and one removed are both reported", "[session][watcher]")
{
    QTemporaryDir folder;
    const QString kept = folder.filePath(QStringLiteral("a.txt"));
    const QString removed = folder.filePath(QStringLiteral("b.txt"));
    write(kept, "one");
    write(removed, "two");
    FileWatcher watcher;
    watcher.watch(kept);
    watcher.watch(removed);
    QSignalSpy changed(&watcher, &FileWatcher::changed);
    write(kept, "one, longer");
    REQUIRE(QFile::remove(removed));
    REQUIRE(QTest::qWaitFor([&] { return changed.size() >= 2; }, 5000));
    QStringList reported;
    for (const QList<QVariant> &signal : changed)
        reported.append(signal.front().toString());
    reported.sort();
    CHECK(reported == QStringList {kept, removed});
}
