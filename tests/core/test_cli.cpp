// SPDX-License-Identifier: GPL-3.0-or-later
// The headless command line: `hashiya validate`, `hashiya stats`, `--version`, exit statuses, and that
// no command ever changes a file.

#include "cli/commandline.h"
#include "cli/statscommand.h"
#include "cli/validatecommand.h"
#include "model/article.h"
#include "support/catchqt.h"
#include "support/commandrun.h"
#include "support/testfiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

using namespace Hashiya;
using namespace Hashiya::Test;
using namespace Qt::StringLiterals;

namespace {

std::string text(const QString &s)
{
    return s.toStdString();
}

using Run = Test::CommandRun;

Run validate(const QStringList &arguments)
{
    return Test::runCommand(&ValidateCommand::run, arguments);
}
Run stats(const QStringList &arguments)
{
    return Test::runCommand(&StatsCommand::run, arguments);
}

// One `file:line[:column]: severity: message` line as printed by validate.
struct PrintedProblem
{
    QString absolutePath;
    qsizetype line = 0;
    qsizetype column = 0; ///< 0: none printed
    QString severity;
    QString message;
};

std::vector<PrintedProblem> parseProblems(const QString &out)
{
    static const QRegularExpression pattern(u"^(.+?)(?::(\\d+))?(?::(\\d+))?: (error|warning): (.+)$"_s);
    std::vector<PrintedProblem> problems;
    for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch match = pattern.match(line);
        INFO(text(line));
        REQUIRE(match.hasMatch());
        // validate prints paths relative to the working directory when they lie inside it
        problems.push_back({QFileInfo(match.captured(1)).absoluteFilePath(), match.captured(2).toLongLong(),
                            match.captured(3).toLongLong(), match.captured(4), match.captured(5)});
    }
    return problems;
}

// For each broken fixture (tests/data/broken/README.md): the first problem's line, column (JSON syntax
// errors only) and severity, and whether it has errors at all.
struct BrokenFixture
{
    QString name;
    qsizetype line;
    qsizetype column; ///< 0: none
    QString severity;
    bool hasErrors;
};

std::vector<BrokenFixture> brokenFixtures()
{
    const QString error = u"error"_s, warning = u"warning"_s;
    return {
        {u"syntax-missing-comma"_s, 10, 15, error, true},
        {u"start-as-string"_s, 9, 0, error, true},
        {u"span-outside-text"_s, 10, 0, error, true},
        {u"span-reversed"_s, 9, 0, error, true},
        {u"fragments-out-of-order"_s, 8, 0, error, true},
        {u"utf16-offsets"_s, 9, 0, error, true},
        {u"arabic-haraka-split"_s, 8, 0, warning, false},
        {u"duplicate-id"_s, 10, 0, error, true},
        {u"relation-missing-entity"_s, 12, 0, warning, false},
        {u"relation-not-allowed"_s, 14, 0, warning, false},
        {u"newer-version"_s, 3, 0, error, true},
        {u"missing-format"_s, 1, 0, error, true},
        {u"unknown-entity-type"_s, 8, 0, warning, false},
        {u"attribute-value-not-allowed"_s, 9, 0, warning, false},
        {u"trailing-content"_s, 16, 1, error, true},
        {u"id-with-space"_s, 9, 0, error, true},
        {u"missing-comma-between-lines"_s, 10, 5, error, true},
        {u"comma-after-last-item"_s, 15, 3, error, true},
        {u"entities-twice"_s, 12, 0, warning, false},
    };
}

// How validate prints the position of a fixture's first problem: "NAME.txt.ann.json:LINE[:COLUMN]: ".
QString printedPosition(const QString &sidecar, const BrokenFixture &fixture)
{
    QString position = QFileInfo(sidecar).fileName() + u':' + QString::number(fixture.line);
    if (fixture.column > 0)
        position += u':' + QString::number(fixture.column);
    return position + u": "_s;
}

QString brokenArticle(const QString &name)
{
    return QFileInfo(dataPath(u"broken/"_s + name + u".txt"_s)).absoluteFilePath();
}

// Every file under `dir` → its bytes.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(path, readBytes(path));
    }
    return files;
}

struct TypeCount
{
    qint64 count = 0;
    qint64 documents = 0;
    friend bool operator==(const TypeCount &, const TypeCount &) = default;
};

struct SampleCounts
{
    qint64 documents = 0;
    qint64 entities = 0;
    qint64 relations = 0;
    QMap<QString, TypeCount> entityTypes;
    QMap<QString, TypeCount> relationTypes;
};

// Counts the sample corpus straight from the JSON, without Hashiya's reader.
SampleCounts countSamples()
{
    SampleCounts counts;
    const QDir dir(samplePath());
    const QStringList articles = dir.entryList({u"*.txt"_s}, QDir::Files);
    counts.documents = articles.size();
    for (const QString &article : articles) {
        const QString sidecar = dir.filePath(article + u".ann.json"_s);
        if (!QFileInfo::exists(sidecar))
            continue;
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(readBytes(sidecar), &error);
        INFO(text(sidecar + u": "_s + error.errorString()));
        REQUIRE(json.isObject());
        auto tally = [](const QJsonArray &items, QMap<QString, TypeCount> &types) {
            QSet<QString> here;
            for (const QJsonValue &item : items) {
                const QString type = item.toObject().value(u"type"_s).toString();
                ++types[type].count;
                here.insert(type);
            }
            for (const QString &type : std::as_const(here))
                ++types[type].documents;
        };
        const QJsonArray entities = json.object().value(u"entities"_s).toArray();
        const QJsonArray relations = json.object().value(u"relations"_s).toArray();
        counts.entities += entities.size();
        counts.relations += relations.size();
        tally(entities, counts.entityTypes);
        tally(relations, counts.relationTypes);
    }
    return counts;
}

// Reads the "TYPE  COUNT  DOCUMENTS" rows of the stats table under `heading`.
QMap<QString, TypeCount> parseTable(const QString &out, const QString &heading)
{
    QMap<QString, TypeCount> types;
    const QStringList lines = out.split(u'\n');
    qsizetype i = 0;
    while (i < lines.size() && !lines[i].startsWith(heading))
        ++i;
    INFO(text(u"no table “"_s + heading + u"” in:\n"_s + out));
    REQUIRE(i < lines.size());
    for (++i; i < lines.size() && !lines[i].trimmed().isEmpty(); ++i) {
        const QStringList cells = lines[i].split(u' ', Qt::SkipEmptyParts);
        INFO(text(lines[i]));
        REQUIRE(cells.size() == 3);
        bool countOk = false, documentsOk = false;
        types[cells[0]] = {cells[1].toLongLong(&countOk), cells[2].toLongLong(&documentsOk)};
        REQUIRE(countOk);
        REQUIRE(documentsOk);
    }
    return types;
}

QMap<QString, TypeCount> typesFromJson(const QJsonObject &object)
{
    QMap<QString, TypeCount> types;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        REQUIRE(entry.value(u"count"_s).isDouble());
        REQUIRE(entry.value(u"documents"_s).isDouble());
        types[it.key()] = {entry.value(u"count"_s).toInteger(), entry.value(u"documents"_s).toInteger()};
    }
    return types;
}

#if defined(Q_OS_UNIX)
// Runs CommandLine::run, which writes to the process's stdout and stderr, with both sent to files.
Run runCommandLine(const QStringList &arguments)
{
    QTemporaryFile outFile, errFile;
    REQUIRE(outFile.open());
    REQUIRE(errFile.open());
    std::fflush(stdout);
    std::fflush(stderr);
    const int savedOut = ::dup(1), savedErr = ::dup(2);
    REQUIRE(savedOut >= 0);
    REQUIRE(savedErr >= 0);
    ::dup2(outFile.handle(), 1);
    ::dup2(errFile.handle(), 2);
    Run result;
    result.status = CommandLine::run(arguments);
    std::fflush(stdout);
    std::fflush(stderr);
    ::dup2(savedOut, 1);
    ::dup2(savedErr, 2);
    ::close(savedOut);
    ::close(savedErr);
    outFile.seek(0);
    errFile.seek(0);
    result.out = QString::fromUtf8(outFile.readAll());
    result.err = QString::fromUtf8(errFile.readAll());
    return result;
}
#endif

} // namespace

TEST_CASE("validate reports each broken sidecar on its line, exits 1 and changes nothing", "[cli]")
{
    for (const BrokenFixture &fixture : brokenFixtures()) {
        DYNAMIC_SECTION(text(fixture.name))
        {
            const QString article = brokenArticle(fixture.name);
            const QString sidecar = Article::sidecarPathFor(article);
            const QByteArray articleBefore = readBytes(article);
            const QByteArray sidecarBefore = readBytes(sidecar);

            // Named either by its article or by its sidecar.
            for (const QString &given : {article, sidecar}) {
                const Run result = validate({given});
                INFO(text(result.out + result.err));
                CHECK(result.status == 1);
                const std::vector<PrintedProblem> problems = parseProblems(result.out);
                REQUIRE_FALSE(problems.empty());
                for (const PrintedProblem &problem : problems)
                    CHECK(problem.absolutePath == sidecar);
                CHECK(problems.front().line == fixture.line);
                CHECK(problems.front().column == fixture.column);
                CHECK(problems.front().severity == fixture.severity);
                const bool anyError = std::any_of(problems.begin(), problems.end(),
                                                  [](const PrintedProblem &p) { return p.severity == u"error"_s; });
                CHECK(anyError == fixture.hasErrors);
                CHECK(result.out.contains(printedPosition(sidecar, fixture)));
                CHECK(result.err.contains(u"Checked 1 article(s)"_s));
            }
            CHECK(readBytes(article) == articleBefore);
            CHECK(readBytes(sidecar) == sidecarBefore);
        }
    }
}

TEST_CASE("validate on the broken folder reports every fixture and leaves every file as it was", "[cli]")
{
    const QString folder = dataPath(u"broken"_s);
    const QMap<QString, QByteArray> before = snapshot(folder);
    REQUIRE(before.size() == 2 * qsizetype(brokenFixtures().size()) + 1); // + README.md

    const Run result = validate({folder});
    INFO(text(result.out + result.err));
    CHECK(result.status == 1);
    const std::vector<PrintedProblem> problems = parseProblems(result.out);
    for (const BrokenFixture &fixture : brokenFixtures()) {
        INFO(text(fixture.name));
        const QString sidecar = Article::sidecarPathFor(brokenArticle(fixture.name));
        const bool found = std::any_of(problems.begin(), problems.end(), [&](const PrintedProblem &p) {
            return p.absolutePath == sidecar && p.line == fixture.line && p.column == fixture.column
                && p.severity == fixture.severity;
        });
        CHECK(found);
    }
    CHECK(result.err.contains(u"Checked "_s + QString::number(brokenFixtures().size()) + u" article(s)"_s));
    CHECK(snapshot(folder) == before);
}

TEST_CASE("validate is silent and exits 0 on the sample corpus and the clean fixture", "[cli]")
{
    for (const QString &folder : {samplePath(), dataPath(u"clean"_s)}) {
        DYNAMIC_SECTION(text(folder))
        {
            const QMap<QString, QByteArray> before = snapshot(folder);
            const Run result = validate({folder});
            INFO(text(result.out + result.err));
            CHECK(result.status == 0);
            CHECK(result.out.isEmpty());
            CHECK(result.err.contains(u"0 error(s), 0 warning(s)"_s));
            CHECK(snapshot(folder) == before);
        }
    }
    const Run samples = validate({samplePath()});
    CHECK(samples.err.contains(u"Checked 4 article(s)"_s));
}

TEST_CASE("validate usage errors exit 2", "[cli]")
{
    SECTION("no argument")
    {
        const Run result = validate({});
        CHECK(result.status == 2);
        CHECK(result.err.contains(u"Usage: hashiya validate"_s));
        CHECK(result.out.isEmpty());
    }
    SECTION("an unknown option")
    {
        const Run result = validate({u"--strict"_s, samplePath()});
        CHECK(result.status == 2);
        CHECK(result.err.contains(u"unknown option --strict"_s));
    }
    SECTION("a path that does not exist")
    {
        const QString missing = dataPath(u"broken/no-such-article.txt"_s);
        const Run result = validate({samplePath(), missing});
        CHECK(result.status == 2);
        CHECK(result.err.contains(missing));
        CHECK(result.err.contains(u"no such file or folder"_s));
        CHECK(result.out.isEmpty()); // nothing was checked
    }
    SECTION("a file of no known kind")
    {
        const Run result = validate({dataPath(u"broken/README.md"_s)});
        CHECK(result.status == 2);
        CHECK(result.err.contains(u"README.md"_s));
    }
    SECTION("--help is not an error")
    {
        const Run result = validate({u"--help"_s});
        CHECK(result.status == 0);
        CHECK(result.out.contains(u"Usage: hashiya validate"_s));
    }
}

TEST_CASE("validate reports a sidecar whose article is missing", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString orphan = dir.filePath(u"gone.txt.ann.json"_s);
    writeBytes(orphan, readBytes(dataPath(u"clean/forward-compatible.txt.ann.json"_s)));
    const QByteArray bytes = readBytes(orphan);

    // Section names must not contain the temporary path: it differs on each run of the test case.
    const std::vector<std::pair<std::string, QString>> givens {{"its folder", dir.path()},
                                                               {"the sidecar itself", orphan}};
    for (const auto &[label, given] : givens) {
        DYNAMIC_SECTION("named by " << label)
        {
            const Run result = validate({given});
            INFO(text(result.out + result.err));
            CHECK(result.status == 1);
            const std::vector<PrintedProblem> problems = parseProblems(result.out);
            REQUIRE(problems.size() == 1);
            CHECK(problems[0].absolutePath == QFileInfo(orphan).absoluteFilePath());
            CHECK(problems[0].severity == u"error"_s);
            CHECK(problems[0].line == 0);
            CHECK(problems[0].message.contains(u"article this sidecar annotates is missing"_s));
            CHECK(readBytes(orphan) == bytes);
        }
    }
}

TEST_CASE("stats counts the sample corpus", "[cli]")
{
    const SampleCounts expected = countSamples();
    REQUIRE(expected.documents == 4);
    REQUIRE(expected.entities > 0);
    REQUIRE(expected.relations > 0);

    SECTION("as a table")
    {
        const Run result = stats({samplePath()});
        INFO(text(result.out + result.err));
        REQUIRE(result.status == 0);
        CHECK(result.err.isEmpty());
        CHECK(result.out.startsWith(u"4 document(s), "_s + QString::number(expected.entities) + u" entity(ies), "_s
                                    + QString::number(expected.relations) + u" relation(s)\n"_s));
        CHECK_FALSE(result.out.contains(u"with errors"_s));
        CHECK(parseTable(result.out, u"Entity type"_s) == expected.entityTypes);
        CHECK(parseTable(result.out, u"Relation type"_s) == expected.relationTypes);
    }

    SECTION("as JSON")
    {
        const Run result = stats({u"--json"_s, samplePath()});
        INFO(text(result.out + result.err));
        REQUIRE(result.status == 0);
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(result.out.toUtf8(), &error);
        INFO(text(error.errorString()));
        REQUIRE(json.isObject());
        const QJsonObject root = json.object();
        CHECK(root.value(u"documents"_s).toInteger(-1) == expected.documents);
        CHECK(root.value(u"documentsWithErrors"_s).toInteger(-1) == 0);
        CHECK(root.value(u"entities"_s).toInteger(-1) == expected.entities);
        CHECK(root.value(u"relations"_s).toInteger(-1) == expected.relations);
        CHECK(typesFromJson(root.value(u"entityTypes"_s).toObject()) == expected.entityTypes);
        CHECK(typesFromJson(root.value(u"relationTypes"_s).toObject()) == expected.relationTypes);
    }
}

TEST_CASE("stats counts the documents whose sidecars have errors, and changes nothing", "[cli]")
{
    const QString folder = dataPath(u"broken"_s);
    const QMap<QString, QByteArray> before = snapshot(folder);
    qsizetype withErrors = 0;
    for (const BrokenFixture &fixture : brokenFixtures())
        withErrors += fixture.hasErrors ? 1 : 0;

    const Run result = stats({u"--json"_s, folder});
    INFO(text(result.out + result.err));
    REQUIRE(result.status == 0);
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    CHECK(root.value(u"documents"_s).toInteger(-1) == qsizetype(brokenFixtures().size()));
    CHECK(root.value(u"documentsWithErrors"_s).toInteger(-1) == withErrors);
    CHECK(result.err.count(u"has errors"_s) == withErrors);
    CHECK(snapshot(folder) == before);
}

TEST_CASE("stats usage errors exit 2", "[cli]")
{
    CHECK(stats({}).status == 2);
    const Run unknown = stats({u"--csv"_s, samplePath()});
    CHECK(unknown.status == 2);
    CHECK(unknown.err.contains(u"--csv"_s));
    const Run missing = stats({dataPath(u"no-such-folder"_s)});
    CHECK(missing.status == 2);
    CHECK(missing.err.contains(u"no such file or folder"_s));
}

#if defined(Q_OS_UNIX)
TEST_CASE("the command line: --version, help, commands and unknown words", "[cli]")
{
    SECTION("--version and -v print the version")
    {
        for (const QString &option : {u"--version"_s, u"-v"_s}) {
            const Run result = runCommandLine({option});
            INFO(text(option + u": "_s + result.out + result.err));
            CHECK(result.status == 0);
            CHECK(QRegularExpression(u"^hashiya \\d+\\.\\d+\\.\\d+\\nQt 6\\.\\d+\\.\\d+\\n$"_s).match(result.out).hasMatch());
            CHECK(result.out.startsWith(u"hashiya "_s + QStringLiteral(HASHIYA_VERSION) + u'\n'));
        }
    }
    SECTION("an unknown command exits 2 and says why")
    {
        const Run result = runCommandLine({u"frobnicate"_s});
        CHECK(result.status == 2);
        CHECK(result.err.contains(u"frobnicate"_s));
        CHECK(result.err.contains(u"Usage:"_s));
        CHECK(result.out.isEmpty());
    }
    SECTION("validate and stats are dispatched with their exit statuses")
    {
        CHECK(runCommandLine({u"validate"_s, samplePath()}).status == 0);
        CHECK(runCommandLine({u"validate"_s, dataPath(u"broken/duplicate-id.txt"_s)}).status == 1);
        CHECK(runCommandLine({u"validate"_s}).status == 2);
        const Run statsRun = runCommandLine({u"stats"_s, u"--json"_s, samplePath()});
        CHECK(statsRun.status == 0);
        CHECK(QJsonDocument::fromJson(statsRun.out.toUtf8()).object().value(u"documents"_s).toInteger(-1) == 4);
    }
    SECTION("help")
    {
        const Run general = runCommandLine({u"--help"_s});
        CHECK(general.status == 0);
        CHECK(general.out.contains(u"hashiya validate PATH..."_s));
        const Run command = runCommandLine({u"help"_s, u"stats"_s});
        CHECK(command.status == 0);
        CHECK(command.out.contains(u"Usage: hashiya stats"_s));
    }
}
#endif
