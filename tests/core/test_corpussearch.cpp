// SPDX-License-Identifier: GPL-3.0-or-later
// The corpus index and `hashiya search` on the sample corpus and on articles written here.
#include "cli/searchcommand.h"
#include "support/catchqt.h"
#include "support/commandrun.h"
#include "support/testfiles.h"

#include <QDir>
#include <QTemporaryDir>

#include "search/corpusindex.h"

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

const QString samples = QStringLiteral(HASHIYA_SAMPLES);

CorpusIndex sampleIndex()
{
    QStringList paths;
    for (const QString &name : QDir(samples).entryList({u"*.txt"_s}, QDir::Files))
        paths.append(QDir(samples).absoluteFilePath(name));
    Problems problems;
    CorpusIndex index = CorpusIndex::build(paths, {}, &problems);
    CHECK(problems.isEmpty());
    REQUIRE(index.articleCount() == 4);
    return index;
}

QStringList spansOf(const std::vector<CorpusHit> &hits)
{
    QStringList spans;
    for (const CorpusHit &hit : hits)
        spans.append(u"%1:%2-%3"_s.arg(QDir(samples).relativeFilePath(hit.articlePath)).arg(hit.start).arg(hit.end));
    return spans;
}

} // namespace

TEST_CASE("The corpus index finds text, entity types and attributes with code point offsets", "[search]")
{
    const CorpusIndex index = sampleIndex();
    CHECK(index.languageOf(samples + u"/qatar-turkiye-ar.txt"_s) == u"ar"_s);
    CHECK(index.languageOf(samples + u"/savunma-toplantisi-tr.txt"_s) == u"tr"_s);

    CorpusQuery doha;
    doha.pattern = u"الدوحة"_s;
    CHECK(spansOf(index.search(doha))
          == QStringList {u"qatar-turkiye-ar.txt:53-59"_s, u"qatar-turkiye-ar.txt:232-238"_s,
                          u"qatar-turkiye-ar.txt:548-554"_s});

    // Turkish rules for the Turkish article: "istanbul" finds "İstanbul'da" there, as "İstanbul".
    CorpusQuery istanbul;
    istanbul.pattern = u"istanbul"_s;
    const std::vector<CorpusHit> hits = index.search(istanbul);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].context.keyword == u"İstanbul"_s);
    CHECK(hits[0].context.after.startsWith(u"'da"_s));

    CorpusQuery persons;
    persons.entityType = u"PERSON"_s;
    const std::vector<CorpusHit> people = index.search(persons);
    CHECK(people.size() >= 5);
    for (const CorpusHit &person : people)
        CHECK(person.entityType == u"PERSON"_s);

    CorpusQuery confident;
    confident.attributeName = u"confidence"_s;
    confident.attributeValue = u"high"_s;
    CHECK(spansOf(index.search(confident))
          == QStringList {u"qatar-turkiye-ar.txt:265-284"_s, u"savunma-toplantisi-tr.txt:209-220"_s});

    // Text within entities of a type: "Ankara" is a GPE everywhere it is tagged.
    CorpusQuery ankara;
    ankara.pattern = u"Ankara"_s;
    ankara.entityType = u"PERSON"_s;
    CHECK(index.search(ankara).empty());
    ankara.entityType = u"GPE"_s;
    CHECK(index.search(ankara).size() == 3);
}

TEST_CASE("The corpus index takes an article's unsaved text and entities, and a search can be cancelled", "[search]")
{
    CorpusIndex index = sampleIndex();
    const QString path = samples + u"/baku-meeting-en.txt"_s;
    CorpusQuery query;
    query.pattern = u"Bayraktar"_s;
    const std::size_t before = index.search(query).size();
    index.update(path, u"Bayraktar, then 📰 Bayraktar again."_s, {});
    const std::vector<CorpusHit> hits = index.search(query);
    REQUIRE(hits.size() == before + 2);
    CHECK(spansOf(hits).contains(u"baku-meeting-en.txt:18-27"_s)); // after the emoji: code points
    CHECK(hits.front().articlePath == QDir(samples).absoluteFilePath(u"baku-meeting-en.txt"_s));
    CHECK(index.articleCount() == 4);
    CHECK(index.search(query, [](qsizetype, qsizetype) { return false; }).empty());
}

TEST_CASE("hashiya search prints file and code point offsets per hit and exits like grep", "[search][cli]")
{
    QTemporaryDir dir;
    Test::writeBytes(dir.filePath(u"haber.txt"_s), "\xEF\xBB\xBF📰 Heyet Ankara'da.\r\nوأنقَرة قريبة.\r\n");
    auto search = [](const QStringList &arguments) {
        return Test::runCommand(&SearchCommand::run, arguments);
    };

    const Test::CommandRun ankara = search({u"ankara"_s, dir.path()});
    CHECK(ankara.status == 0);
    const QStringList lines = ankara.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 1);
    // BOM gone, emoji one code point, CRLF one.
    CHECK(lines[0].endsWith(u"haber.txt:8-14: 📰 Heyet [Ankara]'da."_s));

    const Test::CommandRun arabic = search({u"انقرة"_s, dir.path()});
    CHECK(arabic.status == 0);
    CHECK(arabic.out.contains(u"haber.txt:20-26: و[أنقَرة] قريبة."_s));

    CHECK(search({u"Bayraktar"_s, dir.path()}).status == 1);
    CHECK(search({u"--fold"_s, u"no-suffixes"_s, u"ankara"_s, dir.path()}).status == 1);
    const Test::CommandRun bad = search({u"--fold"_s, u"loud"_s, u"x"_s, dir.path()});
    CHECK(bad.status == 2);
    CHECK(bad.err.contains(u"loud"_s));
    CHECK(search({u"x"_s}).status == 2);
    CHECK(search({u"x"_s, dir.filePath(u"missing"_s)}).status == 2);

    const Test::CommandRun persons = search({u"--type"_s, u"PERSON"_s, QString(), samples});
    CHECK(persons.status == 0);
    CHECK(persons.out.contains(u"baku-meeting-en.txt:125-139: …Minister of Defence Industry, [Ilgar Huseynov]"_s));
}
