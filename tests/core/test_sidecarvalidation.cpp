// SPDX-License-Identifier: GPL-3.0-or-later
// What the sidecar reader reports for broken sidecars: severity, the exact line, the message, and
// whether the document stays editable. The fixtures are described in tests/data/broken/README.md.

#include "io/documentfile.h"
#include "io/schemareader.h"
#include "io/sidecarreader.h"
#include "io/sidecarwriter.h"
#include "model/annotationcommands.h"
#include "support/catchqt.h"
#include "support/testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

#include <string>
#include <vector>

using namespace Hashiya;
using namespace Hashiya::Test;
using namespace Qt::StringLiterals;

namespace {

using Severity = Problem::Severity;

struct ExpectedProblem
{
    Severity severity;
    qsizetype line; ///< 0: about the whole file
    qsizetype column; ///< 0: none given
    QStringList keywords;
};

struct BrokenFixture
{
    QString name; ///< tests/data/broken/NAME.txt and NAME.txt.ann.json
    std::vector<ExpectedProblem> problems; ///< all of them, in the order they are reported
    bool readOnly;
};

ExpectedProblem error(qsizetype line, QStringList keywords, qsizetype column = 0)
{
    return {Severity::Error, line, column, std::move(keywords)};
}

ExpectedProblem warning(qsizetype line, QStringList keywords)
{
    return {Severity::Warning, line, 0, std::move(keywords)};
}

// The expectations of tests/data/broken/README.md.
std::vector<BrokenFixture> brokenFixtures()
{
    std::vector<BrokenFixture> fixtures;
    fixtures.push_back({u"syntax-missing-comma"_s, {error(10, {u"invalid JSON"_s, u"comma"_s}, 15)}, true});
    fixtures.push_back({u"start-as-string"_s,
                        {error(9, {u"“start”"_s, u"whole number"_s}), error(9, {u"span needs whole-number"_s})},
                        true});
    fixtures.push_back(
        {u"span-outside-text"_s, {error(10, {u"[60, 72)"_s, u"outside the article"_s, u"65 code points"_s})}, true});
    fixtures.push_back({u"span-reversed"_s, {error(9, {u"[65, 47)"_s, u"empty or reversed"_s})}, true});
    fixtures.push_back(
        {u"fragments-out-of-order"_s, {error(8, {u"spans of entity e1"_s, u"text order"_s, u"overlap"_s})}, true});
    fixtures.push_back({u"utf16-offsets"_s,
                        // The hash still matches: the offsets are wrong, not the article.
                        {error(9, {u"“Vilnius”"_s, u"does not match"_s, u"[15, 22)"_s, u"offsets are wrong"_s}),
                         error(10, {u"“Baykar”"_s, u"does not match"_s, u"[24, 30)"_s, u"offsets are wrong"_s})},
                        true});
    fixtures.push_back(
        {u"arabic-haraka-split"_s, {warning(8, {u"[6, 14)"_s, u"splits a character"_s, u"offset 14"_s})}, false});
    fixtures.push_back({u"duplicate-id"_s, {error(10, {u"k7m2"_s, u"used twice (first on line 8)"_s})}, true});
    fixtures.push_back(
        {u"relation-missing-entity"_s, {warning(12, {u"relation r1"_s, u"e9"_s, u"not an entity"_s})}, false});
    fixtures.push_back({u"relation-not-allowed"_s,
                        {warning(14, {u"relation r2"_s, u"LOCATED_IN is not allowed from GPE to ORG"_s}),
                         warning(15, {u"relation r3"_s, u"links an entity to itself"_s}),
                         warning(17, {u"relation r5"_s, u"repeats relation r4"_s})},
                        false});
    fixtures.push_back(
        {u"newer-version"_s, {error(3, {u"version 3.0"_s, u"newer Hashiya"_s, u"will not change the file"_s})}, true});
    fixtures.push_back({u"missing-format"_s, {error(1, {u"“format” is missing"_s})}, true});
    fixtures.push_back(
        {u"unknown-entity-type"_s, {warning(8, {u"“WARSHIP”"_s, u"not in the schema"_s, u"3 entity(ies)"_s})}, false});
    fixtures.push_back(
        {u"attribute-value-not-allowed"_s,
         {warning(9, {u"attribute confidence"_s, u"“certain”"_s, u"does not allow"_s, u"low, medium, high"_s})},
         false});
    fixtures.push_back({u"trailing-content"_s, {error(16, {u"invalid JSON"_s, u"must not be followed"_s}, 1)}, true});
    fixtures.push_back({u"id-with-space"_s, {error(9, {u"“metin gurak”"_s, u"not valid"_s})}, true});
    fixtures.push_back({u"missing-comma-between-lines"_s,
                        {error(10, {u"invalid JSON"_s, u"Missing a comma or ']' after an array element"_s}, 5)},
                        true});
    fixtures.push_back(
        {u"comma-after-last-item"_s, {error(15, {u"invalid JSON"_s, u"a comma after the last item"_s}, 3)}, true});
    fixtures.push_back(
        {u"entities-twice"_s,
         {warning(12, {u"“entities” appears twice"_s, u"both lists are kept"_s, u"writes them as one list"_s})},
         false});
    return fixtures;
}

std::string text(const QString &s)
{
    return s.toStdString();
}

const char *severityName(Severity severity)
{
    return severity == Severity::Error ? "error" : "warning";
}

// Copies tests/data/<folder>/<name>.txt and its sidecar into `dir`; returns the article's new path.
QString copyFixture(const QTemporaryDir &dir, const QString &folder, const QString &name)
{
    const QString article = dir.filePath(name + u".txt"_s);
    writeBytes(article, readBytes(dataPath(folder + u'/' + name + u".txt"_s)));
    writeBytes(Article::sidecarPathFor(article), readBytes(dataPath(folder + u'/' + name + u".txt.ann.json"_s)));
    return article;
}

QStringList fileNames(const QString &dir)
{
    QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
    names.sort();
    return names;
}

const QString cleanName = u"forward-compatible"_s;

} // namespace

TEST_CASE("every broken fixture has its expectations, and every expectation its fixture", "[sidecar-validation]")
{
    QSet<QString> onDisk;
    const QDir dir(dataPath(u"broken"_s));
    for (const QString &file : dir.entryList({u"*.txt"_s}, QDir::Files)) {
        onDisk.insert(file.chopped(4));
        INFO(text(file));
        CHECK(QFileInfo::exists(dir.filePath(file + u".ann.json"_s)));
    }
    QSet<QString> expected;
    for (const BrokenFixture &fixture : brokenFixtures())
        expected.insert(fixture.name);
    CHECK(onDisk == expected);
    CHECK(expected.size() == 19);

    const QString readme = QString::fromUtf8(readBytes(dataPath(u"broken/README.md"_s)));
    for (const QString &name : std::as_const(expected)) {
        INFO(text(name));
        CHECK(readme.contains(u'`' + name + u".txt`"_s));
    }
}

TEST_CASE("each broken sidecar reports its problems on the right line", "[sidecar-validation]")
{
    const Schema schema = SchemaReader::defaultSchema();
    REQUIRE_FALSE(schema.entityTypes.isEmpty());

    for (const BrokenFixture &fixture : brokenFixtures()) {
        DYNAMIC_SECTION(text(fixture.name))
        {
            const QString articlePath = dataPath(u"broken/"_s + fixture.name + u".txt"_s);
            const QString sidecarPath = Article::sidecarPathFor(QFileInfo(articlePath).absoluteFilePath());
            const QByteArray before = readBytes(sidecarPath);

            DocumentFile::Opened opened = DocumentFile::open(articlePath, &schema);
            INFO(text(describe(opened.problems)));
            REQUIRE(opened.document); // the article itself is fine
            REQUIRE(opened.problems.size() == qsizetype(fixture.problems.size()));
            for (size_t i = 0; i < fixture.problems.size(); ++i) {
                const ExpectedProblem &expected = fixture.problems[i];
                const Problem &actual = opened.problems[qsizetype(i)];
                INFO("problem " << i << ", expected " << severityName(expected.severity) << " on line "
                                << expected.line);
                CHECK(actual.severity == expected.severity);
                CHECK(actual.line == expected.line);
                CHECK(actual.column == expected.column);
                CHECK(actual.file == sidecarPath);
                for (const QString &keyword : expected.keywords) {
                    INFO("key words: " << text(keyword));
                    CHECK(actual.message.contains(keyword));
                }
            }
            CHECK(hasErrors(opened.problems) == fixture.readOnly);
            CHECK(opened.document->isReadOnly() == fixture.readOnly);
            CHECK(opened.document->loadProblems() == opened.problems);
            CHECK(readBytes(sidecarPath) == before); // reading never writes
        }
    }
}

TEST_CASE("a document with only warnings keeps every well-formed annotation", "[sidecar-validation]")
{
    const Schema schema = SchemaReader::defaultSchema();
    // Counted independently of the reader: each of these fixtures has one entity per line.
    struct Case
    {
        QString name;
        qsizetype entities;
        qsizetype relations;
    };
    const std::vector<Case> cases {{u"arabic-haraka-split"_s, 2, 0},
                                   {u"relation-missing-entity"_s, 2, 1},
                                   {u"relation-not-allowed"_s, 3, 5},
                                   {u"unknown-entity-type"_s, 5, 0},
                                   {u"attribute-value-not-allowed"_s, 2, 0},
                                   {u"entities-twice"_s, 3, 0}};
    for (const Case &c : cases) {
        DYNAMIC_SECTION(text(c.name))
        {
            DocumentFile::Opened opened = DocumentFile::open(dataPath(u"broken/"_s + c.name + u".txt"_s), &schema);
            REQUIRE(opened.document);
            CHECK_FALSE(opened.document->isReadOnly());
            CHECK(opened.document->annotations()->entityCount() == c.entities);
            CHECK(opened.document->annotations()->relationCount() == c.relations);
        }
    }
    SECTION("the unknown type and the disallowed attribute value are kept, not dropped")
    {
        DocumentFile::Opened types = DocumentFile::open(dataPath(u"broken/unknown-entity-type.txt"_s), &schema);
        REQUIRE(types.document);
        qsizetype warships = 0;
        for (const Entity &e : types.document->annotations()->entities())
            warships += e.type == u"WARSHIP"_s ? 1 : 0;
        CHECK(warships == 3);

        DocumentFile::Opened attribute =
            DocumentFile::open(dataPath(u"broken/attribute-value-not-allowed.txt"_s), &schema);
        REQUIRE(attribute.document);
        const Entity *e2 = attribute.document->annotations()->entity(u"e2"_s);
        REQUIRE(e2);
        CHECK(e2->attributes.value(u"confidence"_s) == u"certain"_s);
    }
}

TEST_CASE("a syntax error names its line and its column in code points", "[sidecar-validation]")
{
    // Non-ASCII text before the error on the same line, so a byte count would give the wrong column.
    const Article article = articleFromText(u"Ayşe Çelik ile قطر heyeti görüştü.\n"_s);
    Entity qatar = entity(u"e2"_s, u"GPE"_s, 15, 18);
    qatar.note = u"checked"_s; // a member after the span array, which holds non-ASCII text
    const QByteArray good = writeSidecar(article, {entity(u"e1"_s, u"PERSON"_s, 0, 10), qatar});
    REQUIRE(readSidecar(article, good).isEmpty());

    // Drop the colon after the second entity's "note": the parser then meets the value's quote.
    const QByteArray key = "\"note\":";
    const qsizetype keyAt = good.indexOf(key, good.indexOf("{\"id\":\"e2\""));
    REQUIRE(keyAt > 0);
    REQUIRE(good.indexOf("\"قطر\"", good.indexOf("{\"id\":\"e2\"")) < keyAt);
    QByteArray broken = good;
    broken.replace(keyAt, key.size(), "\"note\"");
    const qsizetype errorAt = keyAt + key.size() - 1; // the opening quote of the value

    const qsizetype lineStart = broken.lastIndexOf('\n', errorAt) + 1;
    const qsizetype expectedLine = broken.left(errorAt).count('\n') + 1;
    const qsizetype expectedColumn = QString::fromUtf8(broken.mid(lineStart, errorAt - lineStart)).toUcs4().size() + 1;
    REQUIRE(expectedColumn < errorAt - lineStart + 1); // the line holds multi-byte characters before the error

    const Problems problems = readSidecar(article, broken);
    INFO(text(describe(problems)));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].isError());
    CHECK(problems[0].line == expectedLine);
    CHECK(problems[0].column == expectedColumn);
    CHECK(problems[0].message.contains(u"invalid JSON"_s));
    CHECK(problems[0].message.contains(u"colon"_s));
    CHECK(problems[0].toString().contains(u':' + QString::number(expectedLine) + u':' + QString::number(expectedColumn)
                                          + u": error: "_s));
}

TEST_CASE("the top level of a sidecar must be an object", "[sidecar-validation]")
{
    const Article article = articleFromText(u"Kısa bir haber.\n"_s);
    const QList<QByteArray> inputs {"[]", "[{\"format\": \"hashiya-sidecar\"}]", "\"hashiya-sidecar\"", "42", "null"};
    for (const QByteArray &json : inputs) {
        DYNAMIC_SECTION(json.toStdString())
        {
            SidecarContent content;
            const Problems problems = readSidecar(article, json, &content);
            INFO(text(describe(problems)));
            REQUIRE(problems.size() == 1);
            CHECK(problems[0].isError());
            CHECK(problems[0].line == 1);
            CHECK(problems[0].message.contains(u"top level must be a JSON object"_s));
            CHECK(content.entities.empty());
        }
    }
}

TEST_CASE("“entities” and “relations” of the wrong type are errors on their line", "[sidecar-validation]")
{
    const Article article = articleFromText(u"Roketsan and MBDA met in Paris.\n"_s);
    const QByteArray good = writeSidecar(article, {});
    REQUIRE(readSidecar(article, good).isEmpty());
    REQUIRE(good.contains("\"entities\": [],"));

    const QList<QByteArray> wrongValues {"{}", "\"none\"", "3", "null", "true"};
    for (const QByteArray &value : wrongValues) {
        for (const QByteArray &field : {QByteArray("entities"), QByteArray("relations")}) {
            DYNAMIC_SECTION(field.toStdString() << " = " << value.toStdString())
            {
                QByteArray json = good;
                const QByteArray original = QByteArray('"' + field + "\": []");
                REQUIRE(json.count(original) == 1);
                const qsizetype at = json.indexOf(original);
                json.replace(at, original.size(), QByteArray('"' + field + "\": " + value));
                const qsizetype expectedLine = json.left(at).count('\n') + 1;

                const Problems problems = readSidecar(article, json);
                INFO(text(describe(problems)));
                REQUIRE(problems.size() == 1);
                CHECK(problems[0].isError());
                CHECK(problems[0].line == expectedLine);
                CHECK(problems[0].message.contains(u'“' + QString::fromLatin1(field) + u"” must be an array"_s));
            }
        }
    }
}

TEST_CASE("an empty span is an error", "[sidecar-validation]")
{
    const Article article = articleFromText(u"Ankara ve Doha anlaştı.\n"_s);
    const QByteArray json = writeSidecar(article, {entity(u"e1"_s, u"GPE"_s, 0, 6), entity(u"e2"_s, u"GPE"_s, 10, 14)});
    QByteArray broken = json;
    REQUIRE(broken.count("[[10,14,") == 1);
    broken.replace("[[10,14,", "[[10,10,");
    const qsizetype expectedLine = broken.left(broken.indexOf("{\"id\":\"e2\"")).count('\n') + 1;
    REQUIRE(expectedLine == 9);

    SidecarContent content;
    const Problems problems = readSidecar(article, broken, &content);
    INFO(text(describe(problems)));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].isError());
    CHECK(problems[0].line == expectedLine);
    CHECK(problems[0].message.contains(u"[10, 10) is empty or reversed"_s));
    REQUIRE(content.entities.size() == 1);
    CHECK(content.entities[0].id == u"e1"_s);
}

TEST_CASE("a span that is not a [start, end, text, prefix, suffix] array is an error on its line",
          "[sidecar-validation]")
{
    const Article article = articleFromText(u"Ankara ve Doha anlaştı.\n"_s);
    const QByteArray json = writeSidecar(article, {entity(u"e1"_s, u"GPE"_s, 0, 6), entity(u"e2"_s, u"GPE"_s, 10, 14)});
    const QByteArray span = "[10,14,\"Doha\",\"Ankara ve \",\" anlaştı.\\n\"]";
    REQUIRE(json.count(span) == 1);
    REQUIRE(readSidecar(article, json).isEmpty());

    struct Case
    {
        const char *label;
        QByteArray replacement;
        QStringList messages; ///< one per problem, in order
        bool keepsEntity; ///< whether e2 is still read (its span well-formed enough)
    };
    const std::vector<Case> cases {
        {"the object of the old layout",
         R"({"start":10,"end":14,"text":"Doha","prefix":"Ankara ve ","suffix":" anlaştı.\n"})",
         {u"a span must be an array [start, end, text, prefix, suffix]"_s},
         false},
        {"an empty array", "[]", {u"a span needs whole-number “start” and “end”"_s}, false},
        {"no end", "[10]", {u"a span needs whole-number “start” and “end”"_s}, false},
        {"end as a string",
         R"([10,"14","Doha","Ankara ve "," anlaştı.\n"])",
         {u"“end” must be a whole number"_s, u"a span needs whole-number “start” and “end”"_s},
         false},
        {"start as a fraction",
         R"([10.0,14,"Doha","Ankara ve "," anlaştı.\n"])",
         {u"“start” must be a whole number"_s, u"a span needs whole-number “start” and “end”"_s},
         false},
        {"text as a number",
         R"([10,14,4,"Ankara ve "," anlaştı.\n"])",
         {u"“text” must be a string"_s, u"span [10, 14) has no stored “text”"_s},
         true},
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.label)
        {
            QByteArray broken = json;
            broken.replace(span, c.replacement);
            REQUIRE(broken.contains(c.replacement));
            const qsizetype expectedLine = broken.left(broken.indexOf(c.replacement)).count('\n') + 1;
            REQUIRE(expectedLine == 9); // the line of entity e2

            SidecarContent content;
            const Problems problems = readSidecar(article, broken, &content);
            INFO(text(describe(problems)));
            REQUIRE(problems.size() == c.messages.size());
            for (qsizetype i = 0; i < problems.size(); ++i) {
                INFO("problem " << i);
                CHECK(problems[i].line == expectedLine);
                CHECK(problems[i].message.contains(c.messages[i]));
            }
            CHECK(problems[0].isError());
            CHECK(content.entities.size() == (c.keepsEntity ? 2u : 1u));
            REQUIRE_FALSE(content.entities.empty());
            CHECK(content.entities[0].id == u"e1"_s);
        }
    }
}

TEST_CASE("beyond the cap, problems are only counted, in one last line", "[sidecar-validation]")
{
    constexpr qsizetype cap = SidecarReader::maxReportedProblems;
    const Article article = articleFromText(QString(cap + 20, u'a') + u'\n');

    auto sidecarWithInvalidIds = [&](qsizetype count) {
        std::vector<Entity> entities;
        for (qsizetype i = 0; i < count; ++i) // "bad id N": one error each (a space is not allowed)
            entities.push_back(entity(u"bad id "_s + QString::number(i), u"PERSON"_s, i, i + 1));
        return writeSidecar(article, std::move(entities));
    };

    SECTION("exactly the cap: all reported, no summary")
    {
        const Problems problems = readSidecar(article, sidecarWithInvalidIds(cap));
        REQUIRE(problems.size() == cap);
        for (const Problem &problem : problems)
            REQUIRE(problem.message.contains(u"is not valid"_s));
        CHECK_FALSE(problems.back().message.contains(u"more problem"_s));
    }
    SECTION("seven over the cap: the cap reported, then “7 more problem(s)”")
    {
        const Problems problems = readSidecar(article, sidecarWithInvalidIds(cap + 7));
        REQUIRE(problems.size() == cap + 1);
        for (qsizetype i = 0; i < cap; ++i) {
            INFO("problem " << i);
            REQUIRE(problems[i].isError());
            REQUIRE(problems[i].line == 8 + i); // entities start on line 8, one per line
            REQUIRE(problems[i].message.contains(u"“bad id "_s + QString::number(i) + u'”'));
        }
        const Problem &summary = problems.back();
        CHECK(summary.isError());
        CHECK(summary.line == 0);
        CHECK(summary.message.contains(u"7 more problem(s)"_s));
    }
}

TEST_CASE("an edited article whose spans all still match gives only a warning", "[sidecar-validation]")
{
    const QString original = u"Ayşe Çelik, Ankara'da gazetecilere açıklama yaptı ve soruları yanıtladı.\n"_s;
    const Article saved = articleFromText(original);
    const QByteArray json =
        writeSidecar(saved, {entity(u"e1"_s, u"PERSON"_s, 0, 10), entity(u"e2"_s, u"GPE"_s, 12, 18)});

    // Edited well after the last span and its stored context.
    QString editedText = original;
    const qsizetype editAt = editedText.indexOf(u"soruları"_s);
    REQUIRE(editAt > 18 + SidecarWriter::contextLength);
    editedText.replace(editAt, 8, u"bütün soruları"_s);
    const Article edited = articleFromText(editedText);
    REQUIRE(edited.sha256 != saved.sha256);

    SidecarContent content;
    const Problems problems = readSidecar(edited, json, &content);
    INFO(text(describe(problems)));
    REQUIRE(problems.size() == 1);
    CHECK_FALSE(problems[0].isError());
    CHECK(problems[0].line == 0);
    CHECK(problems[0].message.contains(u"the article changed since this sidecar was saved"_s));
    CHECK(problems[0].message.contains(u"every span still matches"_s));
    CHECK(content.entities.size() == 2);

    SECTION("…and the same edit inside a span is an error")
    {
        QString inside = original;
        inside.replace(0, 4, u"Ayse"_s);
        const Problems changed = readSidecar(articleFromText(inside), json);
        INFO(text(describe(changed)));
        CHECK(hasErrors(changed));
        CHECK(changed.back().message.contains(u"1 span(s) no longer match"_s));
    }
}

TEST_CASE("save() refuses a read-only document and leaves its sidecar byte-identical", "[sidecar-validation]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString articlePath = copyFixture(dir, u"broken"_s, u"duplicate-id"_s);
    const QString sidecarPath = Article::sidecarPathFor(articlePath);
    const QByteArray before = readBytes(sidecarPath);
    const QStringList filesBefore = fileNames(dir.path());

    const Schema schema = SchemaReader::defaultSchema();
    DocumentFile::Opened opened = DocumentFile::open(articlePath, &schema);
    REQUIRE(opened.document);
    REQUIRE(opened.document->isReadOnly());

    // An edit is refused too, so there is nothing that could be saved.
    CHECK_FALSE(opened.document->execute(
        new AddEntityCommand(opened.document->annotations(), entity(u"n1"_s, u"ORG"_s, 12, 16))));
    CHECK_FALSE(opened.document->annotations()->entity(u"n1"_s));

    QString message;
    CHECK_FALSE(DocumentFile::save(opened.document.get(), u"tester"_s, &message));
    CHECK_FALSE(message.isEmpty());
    CHECK(message.contains(QFileInfo(sidecarPath).fileName()));
    CHECK(readBytes(sidecarPath) == before);
    CHECK(fileNames(dir.path()) == filesBefore); // no temporary file left behind either
}

TEST_CASE("the clean fixture opens without problems and saves back byte for byte", "[sidecar-validation]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString articlePath = copyFixture(dir, u"clean"_s, cleanName);
    const QString sidecarPath = Article::sidecarPathFor(articlePath);
    const QByteArray original = readBytes(sidecarPath);
    REQUIRE(original == readBytes(dataPath(u"clean/"_s + cleanName + u".txt.ann.json"_s)));

    const Schema schema = SchemaReader::defaultSchema();
    DocumentFile::Opened opened = DocumentFile::open(articlePath, &schema);
    INFO(text(describe(opened.problems)));
    REQUIRE(opened.document);
    REQUIRE(opened.problems.isEmpty());
    ArticleDocument &document = *opened.document;
    REQUIRE_FALSE(document.isReadOnly());

    SECTION("the unknown fields were read at every level")
    {
        auto names = [](const ExtraFields &extra) {
            QStringList list;
            for (const auto &[name, raw] : extra)
                list.append(name);
            return list;
        };
        const SidecarInfo &info = document.sidecarInfo();
        const QStringList rootExtras {u"x-pipeline"_s, u"x-flag"_s};
        CHECK(names(info.extraRoot) == rootExtras);
        CHECK(names(info.extraArticle) == QStringList {u"x-source-url"_s});
        const Entity *e1 = document.annotations()->entity(u"e1"_s);
        const Entity *e2 = document.annotations()->entity(u"e2"_s);
        const Relation *r1 = document.annotations()->relation(u"r1"_s);
        REQUIRE(e1);
        REQUIRE(e2);
        REQUIRE(r1);
        CHECK(names(e1->extra) == QStringList {u"x-review"_s});
        CHECK(names(e2->extra) == QStringList {u"x-score"_s});
        CHECK(names(r1->extra) == QStringList {u"x-evidence"_s});
        CHECK(e2->extra.value(0).second == "0.93");
        CHECK(r1->extra.value(0).second == "[1,2]");
        // The root value keeps its own spacing: kept as it is, not re-serialised.
        CHECK(info.extraRoot.value(0).second == R"({"name": "ingest", "version": 3, "steps": ["ocr", "ner"]})");

        // A sixth element of a span array is kept, as raw JSON, after the five known ones.
        REQUIRE(e1->spans.size() == 1);
        CHECK(e1->spans[0].start == 32);
        CHECK(e1->spans[0].end == 42);
        CHECK(e1->spans[0].extra == QList<QByteArray> {R"({"source":"ocr","page":2})"});
        REQUIRE(e2->spans.size() == 1);
        CHECK(e2->spans[0].extra.isEmpty());
    }

    SECTION("saving unchanged reproduces the file")
    {
        QString message;
        REQUIRE(DocumentFile::save(&document, u"tester"_s, &message));
        INFO(text(message));
        CHECK(readBytes(sidecarPath) == original);
        const QStringList files {cleanName + u".txt"_s, cleanName + u".txt.ann.json"_s};
        CHECK(fileNames(dir.path()) == files);
    }

    SECTION("saving after an edit keeps every unknown field")
    {
        // "Uydu" on the first line: the new entity sorts first, so no other entity line changes.
        const QString uydu = u"Uydu"_s;
        const qsizetype at = document.text().indexOf(uydu);
        REQUIRE(at >= 0);
        const qsizetype start = document.codePoints().toCodePoint(at);
        REQUIRE(document.execute(
            new AddEntityCommand(document.annotations(), entity(u"n1"_s, u"EQUIPMENT"_s, start, start + 4))));
        QString message;
        REQUIRE(DocumentFile::save(&document, u"tester"_s, &message));

        const QByteArray saved = readBytes(sidecarPath);
        const QList<QByteArray> before = original.split('\n');
        const QList<QByteArray> after = saved.split('\n');
        CHECK(after.size() == before.size() + 1);
        for (const QByteArray &line : before) {
            if (line.startsWith("  \"annotator\"") || line.startsWith("  \"modified\""))
                continue;
            INFO(line.toStdString());
            CHECK(after.contains(line));
        }
        CHECK(after.contains("  \"annotator\": \"tester\","));

        DocumentFile::Opened reopened = DocumentFile::open(articlePath, &schema);
        INFO(text(describe(reopened.problems)));
        REQUIRE(reopened.document);
        CHECK(reopened.problems.isEmpty());
        CHECK(reopened.document->annotations()->entityCount() == 5);
        CHECK(reopened.document->sidecarInfo().extraRoot == document.sidecarInfo().extraRoot);
    }
}
