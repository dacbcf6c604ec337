// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a sidecar from disk while another program changes it: editors and sync clients truncate and
// rewrite a file in place. Whatever they do, the process must live on, and what it read must be either a
// whole version of the file or a clear error — never a mix taken for a sidecar.

#include "io/jsonsource.h"
#include "io/sidecarreader.h"
#include "support/catchqt.h"
#include "support/testfiles.h"

#include <QFile>
#include <QTemporaryDir>

#include <atomic>
#include <fcntl.h>
#include <optional>
#include <thread>
#include <unistd.h>

using namespace Hashiya;
using namespace Hashiya::Test;
using namespace Qt::StringLiterals;

namespace {

/// An article of `count` tagged words and its sidecar as Hashiya writes it; every third entity carries a
/// note when `withNotes`, so that two versions of the same size class differ all through.
struct Version
{
    QByteArray sidecar;
    std::vector<Entity> entities;
};

Article makeArticle(int count)
{
    const QStringList words = {u"Ankara'da"_s, u"الدوحة"_s, u"📰"_s, u"İstanbul"_s, u"delegation"_s};
    QString text;
    for (int i = 0; i < count; ++i)
        text += words[i % words.size()] + u' ';
    return articleFromText(text);
}

Version makeVersion(const Article &article, int count, bool withNotes)
{
    Version version;
    const QList<uint> codePoints = article.text.toUcs4();
    qsizetype start = 0;
    for (int i = 0; i < count; ++i) {
        qsizetype end = start;
        while (end < codePoints.size() && codePoints[end] != u' ')
            ++end;
        Entity e = entity(u"e%1"_s.arg(i), i % 2 ? u"GPE"_s : u"ORG"_s, start, end);
        if (withNotes && i % 3 == 0)
            e.note = u"checked against the wire copy"_s;
        version.entities.push_back(std::move(e));
        start = end + 1;
    }
    version.sidecar = writeSidecar(article, version.entities);
    return version;
}

bool sameBytes(const JsonSource &source, const QByteArray &bytes)
{
    return source.size() == bytes.size() && std::equal(bytes.begin(), bytes.end(), source.data());
}

} // namespace

TEST_CASE("A sidecar truncated by another program after it was opened keeps every byte read", "[jsonsource]")
{
    const int count = 20000;
    const Article article = makeArticle(count);
    const Version original = makeVersion(article, count, true);
    REQUIRE(original.sidecar.size() >= 2 * 1024 * 1024); // large files were once mapped, not read

    QTemporaryDir dir;
    const QString path = dir.filePath(u"article.txt.ann.json"_s);
    for (const qint64 newSize : {qint64(0), qint64(original.sidecar.size() / 2)}) {
        DYNAMIC_SECTION("truncated to " << newSize << " bytes")
        {
            writeBytes(path, original.sidecar);
            QString message;
            const std::optional<JsonSource> source = JsonSource::open(path, SidecarReader::maxFileSize, &message);
            INFO(message.toStdString());
            REQUIRE(source);

            QFile file(path);
            REQUIRE(file.resize(newSize));
            REQUIRE(QFile(path).size() == newSize);

            // Every byte, then the parse: a mapped file would have died here with SIGBUS.
            CHECK(sameBytes(*source, original.sidecar));
            CHECK_FALSE(source->findSyntaxError());
            SidecarContent content;
            const Problems problems = readSidecar(article, QByteArray(source->data(), source->size()), &content);
            INFO(describe(problems).toStdString());
            CHECK(problems.isEmpty());
            CHECK(content.entities == original.entities);
        }
    }
}

TEST_CASE("A sidecar rewritten in place while it is read gives one whole version or a clear error", "[jsonsource]")
{
    const int count = 20000;
    const Article article = makeArticle(count);
    const Version versions[] = {makeVersion(article, count, false), makeVersion(article, count, true)};
    REQUIRE(versions[0].sidecar.size() >= 2 * 1024 * 1024);
    REQUIRE(versions[0].sidecar.size() != versions[1].sidecar.size());

    QTemporaryDir dir;
    const QString path = dir.filePath(u"article.txt.ann.json"_s);
    writeBytes(path, versions[0].sidecar);

    // The other program: truncates (to nothing, or to half) and writes the other version back in pieces,
    // as fast as it can, on the very file the reader reads.
    const int rewrites = 400;
    std::atomic<bool> done = false;
    std::atomic<int> writeFailures = 0;
    std::thread writer([&] {
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY);
        if (fd < 0) {
            ++writeFailures;
            done = true;
            return;
        }
        for (int i = 0; i < rewrites; ++i) {
            const QByteArray &previous = versions[i % 2].sidecar, &next = versions[(i + 1) % 2].sidecar;
            const off_t cut = i % 3 == 0 ? off_t(previous.size() / 2) : 0;
            if (::ftruncate(fd, cut) != 0)
                ++writeFailures;
            constexpr qsizetype piece = 256 * 1024;
            for (qsizetype at = 0; at < next.size(); at += piece) {
                const size_t length = size_t(std::min(piece, next.size() - at));
                if (::pwrite(fd, next.constData() + at, length, off_t(at)) != ssize_t(length))
                    ++writeFailures;
            }
            if (::ftruncate(fd, off_t(next.size())) != 0) // in case half the previous one was longer
                ++writeFailures;
        }
        ::close(fd);
        done = true;
    });

    int whole = 0, changed = 0, invalid = 0;
    auto readOnce = [&] {
        QString message;
        const std::optional<JsonSource> source = JsonSource::open(path, SidecarReader::maxFileSize, &message);
        if (!source) {
            ++changed;
            INFO(message.toStdString());
            CHECK(message.startsWith(u"changed while being read"_s));
            return;
        }
        if (sameBytes(*source, versions[0].sidecar) || sameBytes(*source, versions[1].sidecar)) {
            ++whole;
            return;
        }
        // Caught between a truncation and the write that followed: what the file held then. The reader
        // must say what is wrong with it, with a line, rather than take it for a sidecar.
        ++invalid;
        const Problems problems = readSidecar(article, QByteArray(source->data(), source->size()));
        REQUIRE_FALSE(problems.isEmpty());
        CHECK(problems.front().isError());
        CHECK(problems.front().line > 0);
    };
    while (!done)
        readOnce();
    writer.join();
    REQUIRE(writeFailures == 0);
    INFO("whole " << whole << ", changed while read " << changed << ", invalid " << invalid);
    readOnce(); // the writer has finished: the last version, whole
    CHECK(whole >= 1);
    CHECK(whole + changed + invalid > 10); // the reads did meet the writes
}

#ifdef Q_OS_LINUX
TEST_CASE("A file that holds more than its size said is reported as changed rather than cut short", "[jsonsource]")
{
    // The kernel's files report a size of 0 and then give their text: as a file growing while it is read.
    QString message;
    const std::optional<JsonSource> source =
        JsonSource::open(u"/proc/self/status"_s, SidecarReader::maxFileSize, &message);
    CHECK_FALSE(source);
    CHECK(message.startsWith(u"changed while being read"_s));
}
#endif
