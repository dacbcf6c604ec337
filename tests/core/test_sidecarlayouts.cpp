// SPDX-License-Identifier: GPL-3.0-or-later
// The reader has two ways in: line by line on several threads for sidecars laid out as Hashiya writes
// them, and whole-document parsing for any other layout. Both must give the same annotations and
// the same problems, on the right lines.
#include "io/jsonsource.h"
#include "io/schemareader.h"
#include "io/sidecarreader.h"
#include "support/catchqt.h"
#include "support/testfiles.h"
#include "text/codepointindex.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <thread>

using namespace Hashiya;
using namespace Hashiya::Test;

namespace {

// The messages, sorted, without the line numbers they mention (layouts number lines differently).
QStringList messages(const Problems &problems)
{
    static const QRegularExpression lineNumber(QStringLiteral("line \\d+"));
    QStringList list;
    for (const Problem &problem : problems)
        list.append(QString(problem.message).replace(lineNumber, QStringLiteral("line N")));
    list.sort();
    return list;
}

// An article of `count` words, each tagged, and its sidecar as Hashiya writes it.
struct Generated
{
    Article article;
    QByteArray sidecar;
    std::vector<Entity> entities;
};

Generated generate(int count)
{
    const QStringList words = {QStringLiteral("Ankara'da"), QStringLiteral("الدوحة"), QStringLiteral("📰"),
                               QStringLiteral("İstanbul"), QStringLiteral("delegation")};
    QString text;
    std::vector<Entity> entities;
    qsizetype codePoint = 0;
    for (int i = 0; i < count; ++i) {
        const QString &word = words[i % words.size()];
        const qsizetype length = word.toUcs4().size();
        entities.push_back(entity(QStringLiteral("e%1").arg(i), i % 2 ? QStringLiteral("GPE") : QStringLiteral("ORG"),
                                  codePoint, codePoint + length));
        text += word + u' ';
        codePoint += length + 1;
    }
    Generated generated {articleFromText(text), {}, entities};
    std::vector<Relation> relations;
    for (int i = 0; i + 1 < count; i += 5)
        relations.push_back(relation(QStringLiteral("r%1").arg(i), QStringLiteral("MEETS_WITH"), entities[size_t(i)].id,
                                     entities[size_t(i + 1)].id));
    generated.sidecar = writeSidecar(generated.article, entities, relations);
    return generated;
}

// Line `number` (1-based) of `bytes`, replaced by what `edit` makes of it.
QByteArray editLine(QByteArray bytes, int number, const std::function<QByteArray(QByteArray)> &edit)
{
    QList<QByteArray> lines = bytes.split('\n');
    lines[number - 1] = edit(lines[number - 1]);
    return lines.join('\n');
}

} // namespace

TEST_CASE("A sidecar formatted by another tool reads as the one Hashiya wrote", "[sidecar][layout]")
{
    const QByteArray written = readBytes(samplePath(QStringLiteral("qatar-turkiye-ar.txt.ann.json")));
    const Article article = articleFromBytes(readBytes(samplePath(QStringLiteral("qatar-turkiye-ar.txt"))),
                                             samplePath(QStringLiteral("qatar-turkiye-ar.txt")));
    const QByteArray pretty = QJsonDocument::fromJson(written).toJson(QJsonDocument::Indented);
    REQUIRE(pretty != written);
    const Schema schema = SchemaReader::defaultSchema();

    SidecarContent fromWritten, fromPretty;
    const Problems writtenProblems = readSidecar(article, written, &fromWritten, &schema);
    const Problems prettyProblems = readSidecar(article, pretty, &fromPretty, &schema);
    INFO(describe(prettyProblems).toStdString());
    CHECK(writtenProblems.isEmpty());
    CHECK(prettyProblems.isEmpty());
    CHECK(fromPretty.entities == fromWritten.entities);
    CHECK(fromPretty.relations == fromWritten.relations);
    CHECK(fromPretty.entities.size() == 18);

    // Windows line ends, as an editor might save it.
    QByteArray crlf = written;
    crlf.replace("\n", "\r\n");
    SidecarContent fromCrlf;
    CHECK(readSidecar(article, crlf, &fromCrlf, &schema).isEmpty());
    CHECK(fromCrlf.entities == fromWritten.entities);
}

TEST_CASE("A large sidecar read on several threads keeps order and reports problems on their lines",
          "[sidecar][layout]")
{
    const int count = 60000; // enough for more than one thread
    const Generated generated = generate(count);
    SidecarContent content;
    REQUIRE(readSidecar(generated.article, generated.sidecar, &content).isEmpty());
    REQUIRE(content.entities.size() == size_t(count));
    CHECK(content.entities == generated.entities);
    CHECK(content.relations.size() == size_t(count / 5));

    // Entity i is on line 8 + i. Break three far apart, so that different threads meet them.
    const int first = 8;
    QByteArray broken = editLine(generated.sidecar, first + 10,
                                 [](QByteArray line) { return line.replace("\"type\":\"ORG\"", "\"type\":17"); });
    broken = editLine(broken, first + 40000,
                      [](QByteArray line) { return line.replace("\"id\":\"e40000\"", "\"id\":\"e7\""); });
    broken = editLine(broken, first + 55003,
                      [](QByteArray line) { return line.replace(",\"İstanbul\",", ",\"Istanbul\","); });

    SidecarContent brokenContent;
    const Problems problems = readSidecar(generated.article, broken, &brokenContent);
    INFO(describe(problems).toStdString());
    REQUIRE(problems.size() == 5);
    CHECK(problems[0].line == first + 10);
    CHECK(problems[0].message.contains(QStringLiteral("“type” must be a string")));
    CHECK(problems[1].line == first + 10);
    CHECK(problems[1].message.contains(QStringLiteral("has no “type”")));
    CHECK(problems[2].line == first + 40000);
    CHECK(problems[2].message == QStringLiteral("the id e7 is used twice (first on line %1)").arg(first + 7));
    CHECK(problems[3].line == first + 55003);
    CHECK(problems[3].message.contains(QStringLiteral("“Istanbul” does not match the article's “İstanbul”")));
    // Relations follow the entities, in id order; r40000's end e40000 was renamed away.
    const qsizetype relationLine = 1 + broken.left(broken.indexOf("{\"id\":\"r40000\"")).count('\n');
    CHECK(relationLine > first + count);
    CHECK(problems[4].line == relationLine);
    CHECK(problems[4].message == QStringLiteral("relation r40000 points at e40000, which is not an entity here"));
    CHECK(brokenContent.entities.size() == size_t(count - 1)); // the duplicate is dropped

    // The same file in another layout goes through the whole-document reader: same findings.
    const QByteArray pretty = QJsonDocument::fromJson(broken).toJson(QJsonDocument::Indented);
    SidecarContent prettyContent;
    const Problems prettyProblems = readSidecar(generated.article, pretty, &prettyContent);
    CHECK(messages(prettyProblems) == messages(problems));
    CHECK(prettyContent.entities.size() == brokenContent.entities.size());
}

TEST_CASE("The hash a sidecar records for its article is found wherever the article object sits", "[sidecar][layout]")
{
    // A short sidecar is looked up whole; a long one (past 64 KB) through its header first.
    const int count = GENERATE(20, 2000);
    const Generated generated = generate(count);
    const QByteArray &written = generated.sidecar;
    REQUIRE((count == 20) == (written.size() < 64 * 1024));
    REQUIRE(written.contains("\n  \"entities\": [\n"));
    CHECK(SidecarReader::recordedSha256(JsonSource(written)) == generated.article.sha256);
    CHECK(SidecarReader::recordedEncoding(JsonSource(written)) == QStringLiteral("utf-8"));

    // An editor moved "article" after the annotations: the header alone does not hold it.
    QList<QByteArray> lines = written.split('\n');
    const qsizetype articleLine =
        std::find_if(lines.begin(), lines.end(),
                     [](const QByteArray &line) { return line.startsWith("  \"article\": {"); })
        - lines.begin();
    REQUIRE(articleLine < lines.size());
    const QByteArray articleMember = lines.takeAt(articleLine);
    REQUIRE(lines.last().isEmpty());
    REQUIRE(lines[lines.size() - 2] == "}");
    lines[lines.size() - 3] += ',';
    lines.insert(lines.size() - 2, articleMember.chopped(1)); // without its comma: now the last member
    const QByteArray moved = lines.join('\n');
    REQUIRE(JsonSource::isValidJson(std::string_view(moved.constData(), size_t(moved.size()))));
    CHECK(SidecarReader::recordedSha256(JsonSource(moved)) == generated.article.sha256);
    CHECK(SidecarReader::recordedEncoding(JsonSource(moved)) == QStringLiteral("utf-8"));

    // An "entities" line nested in another member is no header's end; the article's own hash counts.
    QByteArray nested = written;
    nested.replace("  \"format\"",
                   "  \"wrapper\": {\n  \"entities\": [],\n  \"article\": {\"sha256\": \"x\"}},\n  \"format\"");
    REQUIRE(JsonSource::isValidJson(std::string_view(nested.constData(), size_t(nested.size()))));
    CHECK(SidecarReader::recordedSha256(JsonSource(nested)) == generated.article.sha256);

    // An article object without a hash records none.
    QByteArray withoutHash = written;
    withoutHash.replace("\"sha256\":", "\"sha\":");
    CHECK(SidecarReader::recordedSha256(JsonSource(withoutHash)).isEmpty());
}

TEST_CASE("The reader says whether entities came in order, across the parts read on each thread", "[sidecar][layout]")
{
    const int count = 45000; // entity and relation lines enough for every core to read a part
    const Generated generated = generate(count);
    const CodePointIndex codePoints(generated.article.text);
    auto read = [&](const QByteArray &sidecar, SidecarReader::Route route) {
        Problems problems;
        SidecarReader::Route taken = SidecarReader::Route::WholeDocument;
        SidecarContent content = SidecarReader::read(JsonSource(sidecar), QStringLiteral("a.txt.ann.json"),
                                                     generated.article, codePoints, nullptr, &problems, route, &taken);
        REQUIRE(problems.isEmpty());
        REQUIRE(taken == route);
        return content;
    };
    CHECK(read(generated.sidecar, SidecarReader::Route::LineByLineIfLaidOut).entitiesInOrder);
    CHECK(read(generated.sidecar, SidecarReader::Route::WholeDocument).entitiesInOrder);

    // Entity i is on line 8 + i. Rotate the entity lines so that the only step back in the order falls
    // where the second thread's part begins: each part is in order by itself.
    const qsizetype items = count + count / 5;
    const qsizetype threads =
        std::clamp<qsizetype>(items / 20000, 1, std::max(1u, std::thread::hardware_concurrency()));
    const qsizetype partSize = (items + threads - 1) / threads;
    const qsizetype firstMoved = threads > 1 ? count - partSize : count / 2;
    QList<QByteArray> lines = generated.sidecar.split('\n');
    QList<QByteArray> entityLines = lines.mid(7, count);
    for (QByteArray &line : entityLines) {
        if (line.endsWith(','))
            line.chop(1);
    }
    QList<QByteArray> rotated = entityLines.mid(firstMoved) + entityLines.first(firstMoved);
    for (qsizetype i = 0; i + 1 < rotated.size(); ++i)
        rotated[i] += ',';
    for (qsizetype i = 0; i < count; ++i)
        lines[7 + i] = rotated[i];
    const QByteArray shuffled = lines.join('\n');

    SidecarContent fast = read(shuffled, SidecarReader::Route::LineByLineIfLaidOut);
    CHECK_FALSE(fast.entitiesInOrder);
    CHECK_FALSE(read(shuffled, SidecarReader::Route::WholeDocument).entitiesInOrder);
    AnnotationSet set;
    set.reset(std::move(fast.entities), std::move(fast.relations), fast.entitiesInOrder);
    CHECK(set.entities() == generated.entities);
}
