// SPDX-License-Identifier: GPL-3.0-or-later
// `hashiya export` and `hashiya import`: options, exit statuses, and that no import replaces work unasked.
#include "cli/exportcommand.h"
#include "cli/importcommand.h"
#include "support/catchqt.h"
#include "support/commandrun.h"
#include "support/exchangefixture.h"
#include "support/testfiles.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTextStream>

#include "formats/exportformats.h"
#include "formats/importwriter.h"

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

using Run = Test::CommandRun;

Run exportRun(const QStringList &arguments)
{
    return Test::runCommand(&ExportCommand::run, arguments);
}

Run importRun(const QStringList &arguments)
{
    return Test::runCommand(&ImportCommand::run, arguments);
}

/// A corpus folder holding the exchange fixture as mixed/haber.txt with its sidecar.
void writeFixtureCorpus(const QString &folder)
{
    ImportWriter::Summary summary;
    REQUIRE(ImportWriter::writeDocument(Test::exchangeFixture(), folder, false, &summary));
}

QStringList filesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(folder).relativeFilePath(it.next()));
    files.sort();
    return files;
}

} // namespace

TEST_CASE("hashiya export refuses incomplete or wrong options with status 2", "[cli][exchange]")
{
    QTemporaryDir corpus, out;
    writeFixtureCorpus(corpus.path());
    CHECK(exportRun({u"--format"_s, u"brat"_s, corpus.path()}).status == 2); // no --out
    CHECK(exportRun({u"--format"_s, u"nonsense"_s, u"--out"_s, out.path(), corpus.path()}).status == 2);
    CHECK(exportRun({u"--format"_s, u"brat"_s, u"--out"_s, out.path()}).status == 2); // no path
    CHECK(exportRun({u"--format"_s, u"brat"_s, u"--out"_s, out.path(), u"--status"_s, u"finished"_s, corpus.path()})
              .status
          == 2);
    CHECK(exportRun({u"--format"_s, u"brat"_s, u"--out"_s, out.path(), u"--colour"_s, corpus.path()}).status == 2);
    const Run missing = exportRun({u"--format=brat"_s, u"--out"_s, out.path(), corpus.filePath(u"nowhere"_s)});
    CHECK(missing.status == 2);
    CHECK(missing.err.contains(u"nowhere"_s));
    CHECK(filesUnder(out.path()).isEmpty());
    for (const ExportFormat &format : ExportFormats::all())
        CHECK(ExportCommand::usage().contains(format.id));
}

TEST_CASE("hashiya export writes every format and filters by status", "[cli][exchange]")
{
    QTemporaryDir corpus;
    writeFixtureCorpus(corpus.path());
    for (const ExportFormat &format : ExportFormats::all()) {
        INFO(format.id.toStdString());
        QTemporaryDir out;
        const Run done =
            exportRun({u"--format"_s, format.id, u"--out"_s, out.path(), u"--status"_s, u"done"_s, corpus.path()});
        INFO(done.err.toStdString());
        CHECK(done.status == 0);
        CHECK(done.out.contains(u"1 document"_s));
        CHECK_FALSE(filesUnder(out.path()).isEmpty());

        QTemporaryDir none;
        const Run filtered =
            exportRun({u"--format"_s, format.id, u"--out"_s, none.path(), u"--status"_s, u"new"_s, corpus.path()});
        CHECK(filtered.status == 0);
        CHECK(filtered.out.contains(u"0 document"_s));
    }
}

TEST_CASE("hashiya export exports the readable documents and fails on a broken sidecar", "[cli][exchange]")
{
    QTemporaryDir corpus, out;
    writeFixtureCorpus(corpus.path());
    Test::writeBytes(corpus.filePath(u"broken.txt"_s), "An article.\n");
    Test::writeBytes(corpus.filePath(u"broken.txt.ann.json"_s), "{ not json");
    const Run result = exportRun({u"--format"_s, u"brat"_s, u"--out"_s, out.path(), corpus.path()});
    CHECK(result.status == 1);
    CHECK(result.err.contains(u"broken.txt.ann.json"_s));
    CHECK(result.out.contains(u"1 document"_s));
    CHECK(filesUnder(out.path()).contains(u"mixed/haber.ann"_s));
    CHECK_FALSE(filesUnder(out.path()).contains(u"broken.ann"_s));
    CHECK(Test::readBytes(corpus.filePath(u"broken.txt.ann.json"_s)) == "{ not json");
}

TEST_CASE("hashiya import round-trips an export and never replaces a sidecar without --force", "[cli][exchange]")
{
    QTemporaryDir corpus, exported, imported;
    writeFixtureCorpus(corpus.path());
    REQUIRE(exportRun({u"--format"_s, u"brat"_s, u"--out"_s, exported.path(), corpus.path()}).status == 0);

    CHECK(importRun({u"--from"_s, u"nonsense"_s, u"--out"_s, imported.path(), exported.path()}).status == 2);
    CHECK(importRun({u"--from"_s, u"brat"_s, exported.path()}).status == 2);

    const Run first = importRun({u"--from"_s, u"brat"_s, u"--out"_s, imported.path(), exported.path()});
    INFO(first.err.toStdString());
    CHECK(first.status == 0);
    CHECK(first.out.contains(u"1 document"_s));
    CHECK(first.out.contains(u"12 entit"_s));
    const QString sidecar = imported.filePath(u"mixed/haber.txt.ann.json"_s);
    REQUIRE(QFileInfo::exists(sidecar));
    CHECK(Test::readBytes(imported.filePath(u"mixed/haber.txt"_s)) == Test::exchangeFixtureText().toUtf8());
    const QByteArray before = Test::readBytes(sidecar);

    // The same input again: nothing to do, and nothing is an error (an interrupted import resumes so).
    const Run again = importRun({u"--from"_s, u"brat"_s, u"--out"_s, imported.path(), exported.path()});
    INFO(again.err.toStdString());
    CHECK(again.status == 0);
    CHECK(again.out.contains(u"already imported"_s));
    CHECK(again.out.startsWith(u"0 document"_s));
    CHECK(Test::readBytes(sidecar) == before);

    // Input that differs from what is there is refused.
    const QString text = exported.filePath(u"mixed/haber.txt"_s);
    Test::writeBytes(text, Test::readBytes(text) + "Ek paragraf.\n");
    const Run changed = importRun({u"--from"_s, u"brat"_s, u"--out"_s, imported.path(), exported.path()});
    CHECK(changed.status == 1);
    CHECK(changed.err.contains(u"--force"_s));
    CHECK(Test::readBytes(sidecar) == before);

    const Run forced = importRun({u"--from"_s, u"brat"_s, u"--out"_s, imported.path(), u"--force"_s, exported.path()});
    CHECK(forced.status == 0);
}
