// SPDX-License-Identifier: GPL-3.0-or-later
// The sidecar reader reads a file laid out as Hashiya writes it line by line, on several threads, and any
// other as one document. The fast route must accept exactly what the whole-document route accepts, and
// keep what it keeps: the same entities, relations and facts, and the same problems on the same lines.
// Checked here on the fuzz corpus, on the faults a hand-resolved merge conflict leaves, and on thousands
// of random edits of real sidecars.

#include "io/articlereader.h"
#include "io/jsonsource.h"
#include "io/schemareader.h"
#include "io/sidecarreader.h"
#include "support/catchqt.h"
#include "support/testfiles.h"
#include "text/codepointindex.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRandomGenerator>

#include <functional>
#include <optional>

using namespace Hashiya;
using namespace Hashiya::Test;
using namespace Qt::StringLiterals;

namespace {

using Route = SidecarReader::Route;

struct Reading
{
    SidecarContent content;
    Problems problems;
    Route taken = Route::WholeDocument;
};

Reading readBy(Route route, const Article &article, const CodePointIndex &codePoints, const QByteArray &sidecar,
               const Schema *schema)
{
    Reading reading;
    reading.content = SidecarReader::read(JsonSource(sidecar), u"article.txt.ann.json"_s, article, codePoints, schema,
                                          &reading.problems, route, &reading.taken);
    return reading;
}

/// Both routes through one sidecar.
struct Comparison
{
    Reading fast, whole;
    bool same() const
    {
        return fast.content.entities == whole.content.entities && fast.content.relations == whole.content.relations
            && fast.content.info == whole.content.info && fast.problems == whole.problems;
    }
    bool tookFastRoute() const { return fast.taken == Route::LineByLineIfLaidOut; }
};

Comparison compare(const Article &article, const CodePointIndex &codePoints, const QByteArray &sidecar,
                   const Schema *schema)
{
    Comparison c {readBy(Route::LineByLineIfLaidOut, article, codePoints, sidecar, schema),
                  readBy(Route::WholeDocument, article, codePoints, sidecar, schema)};
    REQUIRE(c.whole.taken == Route::WholeDocument);
    return c;
}

std::string explain(const Comparison &c, const QByteArray &sidecar)
{
    std::string text = "sidecar:\n" + sidecar.left(4000).toStdString();
    text += "\nfast route (" + std::string(c.tookFastRoute() ? "taken" : "not taken") + "), "
        + std::to_string(c.fast.content.entities.size()) + " entities, "
        + std::to_string(c.fast.content.relations.size()) + " relations:\n" + describe(c.fast.problems).toStdString();
    text += "\nwhole document, " + std::to_string(c.whole.content.entities.size()) + " entities, "
        + std::to_string(c.whole.content.relations.size()) + " relations:\n" + describe(c.whole.problems).toStdString();
    if (!(c.fast.content.info == c.whole.content.info))
        text += "\nthe sidecar facts (format, article, extra fields) differ";
    return text;
}

/// An article and its sidecar, as the fuzz target takes them.
struct Pair
{
    QString name;
    QByteArray article;
    QByteArray sidecar;
};

/// The sidecar fuzz target's corpus: the seeds tests/fuzz/make_seeds.py writes (every article with a
/// sidecar among the samples, the test data and the peer samples) and the inputs that once crashed it.
std::vector<Pair> fuzzCorpus()
{
    std::vector<Pair> corpus;
    QStringList folders {samplePath(), dataPath({})};
    if (const QString interop = interopPath(); !interop.isEmpty())
        folders.append(interop);
    for (const QString &folder : std::as_const(folders)) {
        QDirIterator it(folder, {u"*.txt"_s}, QDir::Files, QDirIterator::Subdirectories);
        QStringList articles;
        while (it.hasNext())
            articles.append(it.next());
        articles.sort();
        for (const QString &article : std::as_const(articles)) {
            const QString sidecar = article + u".ann.json"_s;
            if (QFileInfo::exists(sidecar))
                corpus.push_back({QDir(folder).relativeFilePath(sidecar), readBytes(article), readBytes(sidecar)});
        }
    }
    const QDir regressions(dataPath(u"../fuzz/regressions/sidecar"_s));
    REQUIRE(regressions.exists());
    for (const QString &name : regressions.entryList(QDir::Files, QDir::Name)) {
        const QByteArray input = readBytes(regressions.filePath(name));
        const qsizetype nul = input.indexOf('\0');
        corpus.push_back({u"regressions/sidecar/"_s + name, nul < 0 ? input : input.left(nul),
                          nul < 0 ? QByteArray() : input.mid(nul + 1)});
    }
    return corpus;
}

QList<QByteArray> linesOf(const QByteArray &bytes)
{
    return bytes.split('\n');
}

QByteArray joined(const QList<QByteArray> &lines)
{
    return lines.join('\n');
}

qsizetype lineIndex(const QList<QByteArray> &lines, const QByteArray &text)
{
    return lines.indexOf(text);
}

/// A sample sidecar with its article, ready to read.
struct Base
{
    QString name;
    Article article;
    CodePointIndex codePoints;
    QByteArray sidecar;
};

Base sampleBase(const QString &name)
{
    const QString path = samplePath(name);
    Article article = articleFromBytes(readBytes(path), path);
    CodePointIndex codePoints(article.text);
    return {name, std::move(article), std::move(codePoints), readBytes(path + u".ann.json"_s)};
}

// The lines of the array opened by `opening`, its opening and closing lines included.
std::pair<qsizetype, qsizetype> arrayBlock(const QList<QByteArray> &lines, const QByteArray &opening)
{
    const qsizetype first = lineIndex(lines, opening);
    qsizetype last = first;
    while (last >= 0 && last + 1 < lines.size() && !lines[last].startsWith("  ]"))
        ++last;
    return {first, last};
}

} // namespace

TEST_CASE("A missing comma between items or one after the last is invalid JSON on either route", "[sidecar][routes]")
{
    const Schema schema = SchemaReader::defaultSchema();
    const Base base = sampleBase(u"mixed-briefing.txt"_s);
    const QList<QByteArray> lines = linesOf(base.sidecar);
    const qsizetype entitiesAt = lineIndex(lines, "  \"entities\": [");
    const qsizetype relationsAt = lineIndex(lines, "  \"relations\": [");
    REQUIRE(entitiesAt > 0);
    REQUIRE(relationsAt > entitiesAt + 3);
    REQUIRE(lines[relationsAt - 1] == "  ],");
    {
        const Comparison c = compare(base.article, base.codePoints, base.sidecar, &schema);
        INFO(explain(c, base.sidecar));
        REQUIRE(c.tookFastRoute());
        REQUIRE(c.fast.problems.isEmpty());
        REQUIRE(c.same());
    }

    struct Case
    {
        const char *what;
        qsizetype editedLine; ///< 0-based
        std::function<QByteArray(QByteArray)> edit;
        qsizetype errorLine; ///< 1-based
        qsizetype errorColumn;
        QString keyword;
    };
    auto dropComma = [](QByteArray line) {
        return line.chopped(1);
    };
    auto addComma = [](QByteArray line) {
        return line.append(',');
    };
    const qsizetype lastEntity = relationsAt - 2, lastRelation = lineIndex(lines, "  ]") - 1;
    const std::vector<Case> cases {
        // The parser notices where the next item starts, at the start of the following line.
        {"no comma between two entities", entitiesAt + 2, dropComma, entitiesAt + 4, 5, u"Missing a comma"_s},
        {"no comma between two relations", relationsAt + 1, dropComma, relationsAt + 3, 5, u"Missing a comma"_s},
        // It notices a comma after the last item at the closing bracket.
        {"a comma after the last entity", lastEntity, addComma, lastEntity + 2, 3, u"comma after the last item"_s},
        {"a comma after the last relation", lastRelation, addComma, lastRelation + 2, 3,
         u"comma after the last item"_s},
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.what)
        {
            QList<QByteArray> edited = lines;
            REQUIRE(edited[c.editedLine].startsWith("    {"));
            edited[c.editedLine] = c.edit(edited[c.editedLine]);
            const QByteArray sidecar = joined(edited);
            const Comparison routes = compare(base.article, base.codePoints, sidecar, &schema);
            INFO(explain(routes, sidecar));
            CHECK_FALSE(routes.tookFastRoute());
            CHECK(routes.same());
            REQUIRE(routes.fast.problems.size() == 1);
            const Problem &problem = routes.fast.problems.front();
            CHECK(problem.isError());
            CHECK(problem.line == c.errorLine);
            CHECK(problem.column == c.errorColumn);
            CHECK(problem.message.startsWith(u"invalid JSON"_s));
            CHECK(problem.message.contains(c.keyword));
            CHECK(routes.fast.content.entities.size() == 0);
        }
    }
}

TEST_CASE("A repeated annotation list keeps the items of both lists with a warning on either route",
          "[sidecar][routes]")
{
    const Schema schema = SchemaReader::defaultSchema();
    const Base base = sampleBase(u"mixed-briefing.txt"_s);
    const QList<QByteArray> lines = linesOf(base.sidecar);
    SidecarContent original;
    REQUIRE(readSidecar(base.article, base.sidecar, &original, &schema).isEmpty());
    const qsizetype entitiesLast = arrayBlock(lines, "  \"entities\": [").second;
    const qsizetype relationsLast = arrayBlock(lines, "  \"relations\": [").second;
    REQUIRE(relationsLast + 2 == lines.size() - 1); // then "}" and the empty text after the last line end

    // Moves the last item of a list into a second list of the same name, written after the first,
    // at the end of the document: how a merge conflict resolved by hand can leave it.
    auto split = [&](qsizetype last, const QByteArray &key) {
        QList<QByteArray> edited = lines;
        const QByteArray moved = edited[last - 1];
        edited.removeAt(last - 1);
        edited[last - 2].chop(1); // the new last item takes no comma
        const qsizetype closing = edited.lastIndexOf("}");
        edited[closing - 1] += ',';
        edited.insert(closing, "  \"" + key + "\": [");
        edited.insert(closing + 1, moved);
        edited.insert(closing + 2, "  ]");
        return std::pair(joined(edited), qsizetype(closing + 1)); // the 1-based line of the second key
    };

    for (const QByteArray &key : {QByteArray("entities"), QByteArray("relations")}) {
        DYNAMIC_SECTION(key.toStdString())
        {
            const bool entities = key == "entities";
            const auto [sidecar, secondKeyLine] = split(entities ? entitiesLast : relationsLast, key);
            REQUIRE(parseJson(sidecar).contains(QString::fromUtf8(key))); // still JSON, for jq too
            const Comparison c = compare(base.article, base.codePoints, sidecar, &schema);
            INFO(explain(c, sidecar));
            CHECK_FALSE(c.tookFastRoute());
            CHECK(c.same());
            // Nothing lost: the moved item is still there, last of its kind, as the next save writes it.
            CHECK(c.whole.content.entities == original.entities);
            CHECK(c.whole.content.relations == original.relations);
            REQUIRE(c.whole.problems.size() == 1);
            const Problem &problem = c.whole.problems.front();
            CHECK(problem.severity == Problem::Severity::Warning); // not read-only for this
            CHECK(problem.line == secondKeyLine);
            CHECK(problem.message.contains(u"“"_s + QString::fromUtf8(key) + u"” appears twice"_s));
            CHECK(problem.message.contains(u"next save writes them as one list"_s));
            const QByteArray saved = writeSidecar(base.article, c.whole.content.entities, c.whole.content.relations,
                                                  c.whole.content.info);
            CHECK(saved.count(QByteArray("\"" + key + "\": [")) == 1);
            CHECK(saved == base.sidecar);
        }
    }
}

TEST_CASE("Annotation lists inside another field or before the article facts read the same on either route",
          "[sidecar][routes]")
{
    const Schema schema = SchemaReader::defaultSchema();
    const Base base = sampleBase(u"mixed-briefing.txt"_s);
    const QList<QByteArray> lines = linesOf(base.sidecar);
    const qsizetype entitiesFirst = arrayBlock(lines, "  \"entities\": [").first;
    const qsizetype relationsLast = arrayBlock(lines, "  \"relations\": [").second;

    SECTION("lists laid out as Hashiya writes them, but inside another field")
    {
        // {"format"…, "copy": {<the two lists>}, "entities": [], "relations": []}
        QList<QByteArray> edited = lines.mid(0, entitiesFirst);
        edited.append("  \"copy\": {");
        edited.append(lines.mid(entitiesFirst, relationsLast - entitiesFirst + 1));
        edited.append("  },");
        edited.append("  \"entities\": [],");
        edited.append("  \"relations\": []");
        edited.append(lines.mid(relationsLast + 1));
        const QByteArray sidecar = joined(edited);
        const Comparison c = compare(base.article, base.codePoints, sidecar, &schema);
        INFO(explain(c, sidecar));
        CHECK_FALSE(c.tookFastRoute());
        CHECK(c.same());
        CHECK(c.whole.content.entities.size() == 0);
        CHECK(c.whole.content.info.extraRoot.size() == 1); // kept as it is
    }
    SECTION("the article's facts after the lists")
    {
        // The hash matches, so stored context needs no check where the facts come first; here they come
        // last, and a wrong prefix is reported as it is when the whole document is read.
        const qsizetype articleLine = 3;
        REQUIRE(lines[articleLine].startsWith("  \"article\": {"));
        QList<QByteArray> edited = lines;
        QByteArray facts = edited.takeAt(articleLine);
        facts.chop(1); // the comma
        const qsizetype closing = edited.lastIndexOf("}");
        edited[closing - 1] += ',';
        edited.insert(closing, facts);
        QByteArray &first = edited[entitiesFirst]; // the first entity, one line up now
        REQUIRE(first.contains("\"📰 Briefing / Özet / ملخص — \""));
        first.replace("\"📰 Briefing / Özet / ملخص — \"", "\"📰 Briefing / Özet / ملخص — x\"");
        const QByteArray sidecar = joined(edited);
        const Comparison c = compare(base.article, base.codePoints, sidecar, &schema);
        INFO(explain(c, sidecar));
        CHECK(c.same());
        CHECK_FALSE(c.whole.problems.isEmpty());
    }
}

TEST_CASE("Both routes agree on every input of the sidecar fuzz corpus", "[sidecar][routes]")
{
    const Schema schema = SchemaReader::defaultSchema();
    const std::vector<Pair> corpus = fuzzCorpus();
    REQUIRE(corpus.size() >= 20);
    int fast = 0;
    for (const Pair &pair : corpus) {
        ArticleReader::Result decoded = ArticleReader::decode(pair.article, u"/fuzz/article.txt"_s);
        if (!decoded.article)
            continue; // the fuzz target stops there too
        const CodePointIndex codePoints(decoded.article->text);
        const Comparison c = compare(*decoded.article, codePoints, pair.sidecar, &schema);
        INFO(pair.name.toStdString() << "\n" << explain(c, pair.sidecar));
        CHECK(c.same());
        fast += c.tookFastRoute();
    }
    INFO(fast << " of " << corpus.size() << " read line by line");
    CHECK(fast >= 15); // the samples and most fixtures are laid out as Hashiya writes
}

TEST_CASE("Both routes agree on thousands of random edits of sidecars Hashiya wrote", "[sidecar][routes]")
{
    const Schema schema = SchemaReader::defaultSchema();
    std::vector<Base> bases;
    for (const QString &name :
         {u"mixed-briefing.txt"_s, u"qatar-turkiye-ar.txt"_s, u"baku-meeting-en.txt"_s, u"savunma-toplantisi-tr.txt"_s})
        bases.push_back(sampleBase(name));
    {
        const QString path = dataPath(u"clean/forward-compatible.txt"_s);
        Article article = articleFromBytes(readBytes(path), path);
        CodePointIndex codePoints(article.text);
        bases.push_back({u"clean/forward-compatible.txt"_s, std::move(article), std::move(codePoints),
                         readBytes(path + u".ann.json"_s)});
    }

    const quint32 seed = 20261122;
    QRandomGenerator random(seed);
    auto pick = [&random](qsizetype size) {
        return qsizetype(random.bounded(int(std::max<qsizetype>(size, 1))));
    };

    // Each edit is one a person, a merge or another tool could make.
    using Edit = std::function<void(QList<QByteArray> &)>;
    const std::vector<std::pair<const char *, Edit>> edits {
        {"delete a comma at a line end",
         [&](QList<QByteArray> &lines) {
             QList<qsizetype> candidates;
             for (qsizetype i = 0; i < lines.size(); ++i)
                 if (lines[i].endsWith(','))
                     candidates.append(i);
             if (!candidates.isEmpty())
                 lines[candidates[pick(candidates.size())]].chop(1);
         }},
        {"add a comma at a line end",
         [&](QList<QByteArray> &lines) {
             lines[pick(lines.size())] += ',';
         }},
        {"insert a comma in a line",
         [&](QList<QByteArray> &lines) {
             QByteArray &line = lines[pick(lines.size())];
             line.insert(pick(line.size() + 1), ',');
         }},
        {"duplicate a line",
         [&](QList<QByteArray> &lines) {
             const qsizetype i = pick(lines.size());
             lines.insert(i, lines[i]);
         }},
        {"delete a line",
         [&](QList<QByteArray> &lines) {
             lines.removeAt(pick(lines.size()));
         }},
        {"swap two lines",
         [&](QList<QByteArray> &lines) {
             lines.swapItemsAt(pick(lines.size()), pick(lines.size()));
         }},
        {"swap two neighbouring lines",
         [&](QList<QByteArray> &lines) {
             if (lines.size() < 2)
                 return;
             const qsizetype i = pick(lines.size() - 1);
             lines.swapItemsAt(i, i + 1);
         }},
        {"duplicate an annotation list",
         [&](QList<QByteArray> &lines) {
             const auto [first, last] =
                 arrayBlock(lines, random.bounded(2) ? "  \"entities\": [" : "  \"relations\": [");
             if (first < 0)
                 return;
             const QList<QByteArray> block = lines.mid(first, last - first + 1);
             const qsizetype at = random.bounded(2) ? last + 1 : pick(lines.size() + 1);
             for (qsizetype i = 0; i < block.size(); ++i)
                 lines.insert(at + i, block[i]);
         }},
        {"Windows line ends",
         [&](QList<QByteArray> &lines) {
             for (QByteArray &line : lines)
                 line += '\r';
         }},
        {"a Windows line end on one line",
         [&](QList<QByteArray> &lines) {
             lines[pick(lines.size())] += '\r';
         }},
        {"a byte order mark",
         [&](QList<QByteArray> &lines) {
             lines[0].prepend("\xEF\xBB\xBF");
         }},
        {"trailing spaces on one line",
         [&](QList<QByteArray> &lines) {
             lines[pick(lines.size())] += "  ";
         }},
        {"trailing spaces on every line",
         [&](QList<QByteArray> &lines) {
             for (QByteArray &line : lines)
                 line += ' ';
         }},
        {"a space or tab inside a line",
         [&](QList<QByteArray> &lines) {
             QByteArray &line = lines[pick(lines.size())];
             line.insert(pick(line.size() + 1), random.bounded(2) ? ' ' : '\t');
         }},
        {"close a list without its comma",
         [&](QList<QByteArray> &lines) {
             const qsizetype i = lines.indexOf("  ],");
             if (i >= 0)
                 lines[i] = "  ]";
         }},
        {"break a line in two",
         [&](QList<QByteArray> &lines) {
             const qsizetype i = pick(lines.size());
             const qsizetype at = pick(lines[i].size() + 1);
             lines.insert(i + 1, lines[i].mid(at));
             lines[i].truncate(at);
         }},
        {"join two lines",
         [&](QList<QByteArray> &lines) {
             if (lines.size() < 2)
                 return;
             const qsizetype i = pick(lines.size() - 1);
             lines[i] += lines.takeAt(i + 1);
         }},
        {"cut the file short",
         [&](QList<QByteArray> &lines) {
             lines.resize(pick(lines.size()));
         }},
    };

    const int rounds = 4000;
    int fast = 0, errors = 0;
    std::vector<int> used(edits.size());
    for (int round = 0; round < rounds; ++round) {
        const Base &base = bases[size_t(pick(qsizetype(bases.size())))];
        QList<QByteArray> lines = linesOf(base.sidecar);
        QStringList applied;
        for (int n = 1 + random.bounded(3); n > 0; --n) {
            const size_t e = size_t(pick(qsizetype(edits.size())));
            edits[e].second(lines);
            applied.append(QString::fromLatin1(edits[e].first));
            ++used[e];
            if (lines.isEmpty())
                lines.append(QByteArray());
        }
        const QByteArray sidecar = joined(lines);
        const Comparison c = compare(base.article, base.codePoints, sidecar, &schema);
        INFO("round " << round << " (seed " << seed << "), " << base.name.toStdString() << ": "
                      << applied.join(u", "_s).toStdString() << "\n"
                      << explain(c, sidecar));
        REQUIRE(c.same());
        fast += c.tookFastRoute();
        errors += hasErrors(c.whole.problems);
    }
    INFO(fast << " of " << rounds << " edited sidecars read line by line, " << errors << " with errors");
    // Both routes are exercised, on valid and on broken files.
    CHECK(fast > rounds / 10);
    CHECK(rounds - fast > rounds / 5);
    CHECK(errors > rounds / 5);
    CHECK(rounds - errors > rounds / 10);
    for (size_t e = 0; e < edits.size(); ++e) {
        INFO(edits[e].first);
        CHECK(used[e] > 0);
    }
}
