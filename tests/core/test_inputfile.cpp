// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a file whole with the fewest system calls still says what went wrong, as QFile does.
#include "io/inputfile.h"
#include "support/catchqt.h"
#include "support/testfiles.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Hashiya;
using namespace Hashiya::Test;
using namespace Qt::StringLiterals;

TEST_CASE("InputFile reads a file whole and says why it cannot", "[io]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path = folder.filePath(u"haber.txt"_s);
    const QByteArray bytes = u"İstanbul'da toplantı — الرياض\n"_s.toUtf8();
    writeBytes(path, bytes);

    SECTION("a file")
    {
        InputFile file(path);
        REQUIRE(file.isOpen());
        CHECK(file.size() == bytes.size());
        CHECK(file.readAll() == bytes);
        CHECK_FALSE(file.changedSinceOpened());
    }
    SECTION("a file that grows after it was opened reads to its end, and says it changed")
    {
        InputFile file(path);
        REQUIRE(file.isOpen());
        writeBytes(path, bytes + bytes);
        QByteArray buffer(file.size() + 1, '\0');
        CHECK(file.read(buffer.data(), buffer.size()) == buffer.size()); // more than it had: it grew
        CHECK(file.changedSinceOpened());
    }
    SECTION("no file: missing, in QFile's words")
    {
        InputFile file(folder.filePath(u"yok.txt"_s));
        CHECK_FALSE(file.isOpen());
        CHECK(file.isMissing());
        QFile qfile(folder.filePath(u"yok.txt"_s));
        REQUIRE_FALSE(qfile.open(QIODevice::ReadOnly));
        CHECK(file.errorString() == qfile.errorString());
    }
    SECTION("a folder is not a file, in QFile's words")
    {
        InputFile file(folder.path());
        CHECK_FALSE(file.isOpen());
        CHECK_FALSE(file.isMissing());
        QFile qfile(folder.path());
        REQUIRE_FALSE(qfile.open(QIODevice::ReadOnly));
        CHECK(file.errorString() == qfile.errorString());
    }
    SECTION("a Qt resource, e.g. the bundled schema")
    {
        InputFile file(u":/schema/hashiya-schema.json"_s);
        REQUIRE(file.isOpen());
        QFile qfile(u":/schema/hashiya-schema.json"_s);
        REQUIRE(qfile.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == qfile.readAll());
        CHECK(InputFile(u":/schema/none.json"_s).isMissing());
    }
}
