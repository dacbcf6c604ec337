// SPDX-License-Identifier: GPL-3.0-or-later
// `hashiya import` killed part-way leaves only whole article/sidecar pairs, and a second run resumes it:
// it skips the pairs already there and ends with the corpus an uninterrupted import writes.
#include "support/bratinput.h"
#include "support/catchqt.h"
#include "support/hashiyaprocess.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "formats/exchangefiles.h"
#include "formats/importwriter.h"

#include <csignal>

using namespace Hashiya;
using namespace Hashiya::Test;
using namespace Qt::StringLiterals;

namespace {

/// The articles under `folder`, relative to it, sorted.
QStringList articlesUnder(const QString &folder)
{
    QStringList names;
    QDirIterator it(folder, {u"*.txt"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        names.append(QDir(folder).relativeFilePath(it.next()));
    names.sort();
    return names;
}

/// The number in "N document(s) already imported" of an import's output, or -1.
int alreadyImported(const QString &out)
{
    const QRegularExpressionMatch match = QRegularExpression(u"(\\d+) document(?:s|\\(s\\))? already imported"_s).match(out);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

TEST_CASE("A killed import leaves only whole article/sidecar pairs, and a second run resumes it", "[cli][import]")
{
    constexpr int documents = 2000;
    QTemporaryDir work;
    REQUIRE(work.isValid());
    const QString input = work.filePath(u"brat"_s);
    writeBratInput(input, documents);
    const QString target = work.filePath(u"corpus"_s);

    // Small batches, so that the kill may come while one is being staged, synced or renamed.
    QProcess import;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"C"_s);
    import.setProcessEnvironment(environment);
    import.start(QStringLiteral(HASHIYA_EXECUTABLE),
                 {u"import"_s, u"--from"_s, u"brat"_s, u"--batch"_s, u"25"_s, u"--out"_s, target, input});
    REQUIRE(import.waitForStarted(30000));
    const QString early = target + QStringLiteral("/doc00300.txt.ann.json");
    REQUIRE(QTest::qWaitFor([&] { return QFileInfo::exists(early) || import.state() == QProcess::NotRunning; },
                            60000));
    REQUIRE(import.state() == QProcess::Running); // else it finished before it could be killed
    ::kill(pid_t(import.processId()), SIGKILL);
    REQUIRE(import.waitForFinished(30000));
    CHECK(import.exitStatus() == QProcess::CrashExit);

    const ImportedFolder killed = checkImported(target, input);
    INFO(killed.problems.join(u'\n').toStdString());
    CHECK(killed.problems.isEmpty());
    CHECK(killed.pairs >= 300);
    CHECK(killed.pairs < documents);
    CHECK(killed.articlesAlone <= 1); // at most the one whose sidecar was about to be renamed
    INFO(killed.pairs << " pairs, " << killed.articlesAlone << " article(s) alone, " << killed.temporaryFiles
                      << " temporary file(s)");

    // The same import again resumes: the pairs already there are skipped, the rest written.
    const ProcessRun resumed = runHashiya({u"import"_s, u"--from"_s, u"brat"_s, u"--out"_s, target, input});
    INFO(resumed.out.toStdString());
    INFO(resumed.err.left(2000).toStdString());
    CHECK(resumed.exitCode == 0);
    CHECK(alreadyImported(resumed.out) == killed.pairs);
    CHECK(resumed.out.startsWith(QString::number(documents - killed.pairs) + u" document"));

    const ImportedFolder finished = checkImported(target, input);
    INFO(finished.problems.join(u'\n').toStdString());
    CHECK(finished.problems.isEmpty());
    CHECK(finished.pairs == documents);
    CHECK(finished.articlesAlone == 0);
    CHECK(finished.temporaryFiles == 0);

    // The corpus an uninterrupted import writes: the same articles, the same annotations (ids aside).
    const QString reference = work.filePath(u"reference"_s);
    const ProcessRun uninterrupted = runHashiya({u"import"_s, u"--from"_s, u"brat"_s, u"--out"_s, reference, input});
    REQUIRE(uninterrupted.exitCode == 0);
    const QStringList names = articlesUnder(reference);
    REQUIRE(names.size() == documents);
    CHECK(articlesUnder(target) == names);
    int different = 0;
    for (const QString &name : names) {
        Problems problems;
        const auto a = ExchangeFiles::load(QDir(target).filePath(name), target, nullptr, &problems);
        const auto b = ExchangeFiles::load(QDir(reference).filePath(name), reference, nullptr, &problems);
        if (!a || !b || !ImportWriter::sameContent(*a, *b))
            ++different;
    }
    CHECK(different == 0);
    CHECK(QFileInfo(target + u"/hashiya-schema.json"_s).size() == QFileInfo(reference + u"/hashiya-schema.json"_s).size());

    // A third run finds everything in place.
    const ProcessRun again = runHashiya({u"import"_s, u"--from"_s, u"brat"_s, u"--out"_s, target, input});
    CHECK(again.exitCode == 0);
    CHECK(alreadyImported(again.out) == documents);
}
