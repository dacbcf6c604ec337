// SPDX-License-Identifier: GPL-3.0-or-later
// The corpus index's signatures never rule out an article that holds a hit, under any match options; and
// a search through the index finds exactly what the in-memory index finds, reading fewer articles.
#include "index/corpusstore.h"
#include "index/gramsignature.h"
#include "io/articlereader.h"
#include "search/corpusindex.h"
#include "search/corpussearch.h"
#include "support/catchqt.h"
#include "support/mixedcorpus.h"
#include "support/testfiles.h"
#include "text/languageguess.h"
#include "text/textmatcher.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>

using namespace Hashiya;
using namespace Hashiya::Test;
using namespace Qt::StringLiterals;

namespace {

// Letters that fold in every way the options know: Turkish I/İ/ı/i, accents precomposed and combining,
// ß, Arabic with marks, alef forms, teh marbuta, tatweel, apostrophes, an emoji, white space of kinds.
const QStringList pieces = {
    u"I"_s, u"İ"_s, u"ı"_s, u"i"_s, u"Ş"_s, u"ş"_s, u"Ö"_s, u"o"_s, u"u\u0308"_s, u"ü"_s, u"ß"_s, u"ss"_s,
    u"é"_s, u"e\u0301"_s, u"a"_s, u"K"_s, u"k"_s, u"ا"_s, u"أ"_s, u"إ"_s, u"آ"_s, u"ى"_s, u"ي"_s, u"ة"_s,
    u"ه"_s, u"ل"_s, u"و"_s, u"ب"_s, u"ـ"_s, u"\u064E"_s, u"\u0651"_s, u"'"_s, u"’"_s, u"📰"_s, u" "_s,
    u"\n"_s, u"\t"_s, u"-"_s, u"."_s, u"2"_s,
};

QString randomText(QRandomGenerator &random, int length)
{
    QString text;
    for (int i = 0; i < length; ++i)
        text += pieces[random.bounded(int(pieces.size()))];
    return text;
}

MatchOptions randomOptions(QRandomGenerator &random)
{
    MatchOptions options;
    options.ignoreCase = random.bounded(2);
    options.caseRules = MatchOptions::CaseRules(random.bounded(3));
    options.ignoreLatinDiacritics = random.bounded(2);
    options.ignoreArabicMarks = random.bounded(2);
    options.unifyAlef = random.bounded(2);
    options.tehMarbutaAsHeh = random.bounded(2);
    options.unifyApostrophes = random.bounded(2);
    options.wholeWords = random.bounded(2);
    options.turkishSuffixes = random.bounded(2);
    options.arabicProclitics = random.bounded(2);
    return options;
}

} // namespace

TEST_CASE("A signature holds every pattern that matches its text, under any options", "[index][signature]")
{
    QRandomGenerator random(2026);
    qsizetype matched = 0;
    for (int round = 0; round < 20000; ++round) {
        const QString text = randomText(random, 40);
        const MatchOptions options = randomOptions(random);
        // The pattern: a piece of the text, often, else random; found or not, as the options say.
        QString pattern = random.bounded(3) > 0 ? text.mid(random.bounded(30), 2 + random.bounded(8))
                                                : randomText(random, 2 + random.bounded(4));
        // White space between a pattern's words matches any white space: typed as one space, often.
        if (random.bounded(2))
            pattern.replace(QRegularExpression(u"\\s+"_s), random.bounded(2) ? u" "_s : u"\n"_s);
        const QString language = QStringList {u"tr"_s, u"ar"_s, u"en"_s, QString()}[random.bounded(4)];
        if (TextMatcher(pattern, options).findAll(text, language).empty())
            continue;
        ++matched;
        INFO("text: " << text.toStdString() << "\npattern: " << pattern.toStdString() << "\noptions: "
                      << options.spec().toStdString() << " language " << language.toStdString());
        REQUIRE(GramSignature::mayContain(GramSignature::ofText(text), GramSignature::ofPattern(pattern)));
    }
    CHECK(matched > 2000);
}

TEST_CASE("A signature rules out most texts that do not hold a name", "[index][signature]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QList<MixedArticle> articles = writeMixedCorpus(dir.path(), 200, 7);
    const std::vector<quint64> name = GramSignature::ofPattern(u"Zwölfkämpfer"_s);
    qsizetype passed = 0;
    for (const MixedArticle &article : articles) {
        REQUIRE_FALSE(article.text.contains(u"Zwölfkämpfer"_s));
        passed += GramSignature::mayContain(GramSignature::ofText(article.text), name) ? 1 : 0;
    }
    CHECK(passed <= 4); // at most 2 %: the others are never read
}

TEST_CASE("A search through the index finds exactly what reading everything finds", "[index][search]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QList<MixedArticle> articles = writeMixedCorpus(dir.path(), 60, 23);
    QStringList paths;
    for (const MixedArticle &article : articles)
        paths.append(article.path);
    const CorpusIndex memory = CorpusIndex::build(paths);
    CorpusStore store(dir.path());
    QString error;
    CorpusStore::Refresh how;
    how.grams = true;
    REQUIRE(store.open(&error));
    REQUIRE(store.refresh(how, &error));

    // Every word of some articles, in the forms analysts type: as written, upper case, without marks.
    QRandomGenerator random(5);
    qsizetype holding = 0, readInAll = 0; // articles with a hit, articles read
    for (int round = 0; round < 150; ++round) {
        const MixedArticle &article = articles[random.bounded(int(articles.size()))];
        const auto [start, end] = article.words[random.bounded(int(article.words.size()))];
        QString pattern = codePointSlice(article.text, start, end);
        if (round % 3 == 1)
            pattern = pattern.toUpper();
        CorpusQuery query;
        query.pattern = pattern;
        query.options = round % 5 == 0 ? randomOptions(random) : MatchOptions();
        const std::vector<CorpusHit> expected = memory.search(query);
        // The hits handed over while the search goes on are the result, one article at a time.
        std::vector<CorpusHit> streamed;
        QSet<QString> streamedArticles;
        const auto arrived = [&](const std::vector<CorpusHit> &hits) {
            REQUIRE(!hits.empty());
            REQUIRE(std::all_of(hits.begin(), hits.end(), [&](const CorpusHit &h) { return h.articlePath == hits.front().articlePath; }));
            REQUIRE(!streamedArticles.contains(hits.front().articlePath));
            streamedArticles.insert(hits.front().articlePath);
            streamed.insert(streamed.end(), hits.begin(), hits.end());
        };
        const std::vector<CorpusHit> found =
            CorpusSearch::search(CorpusSearch::candidatesOf(store), query, {}, nullptr, nullptr, arrived);
        INFO("pattern " << pattern.toStdString() << " options " << query.options.spec().toStdString());
        REQUIRE(found.size() == expected.size());
        REQUIRE(streamed.size() == found.size());
        for (size_t i = 0; i < found.size(); ++i)
            REQUIRE((streamed[i].articlePath == found[i].articlePath && streamed[i].start == found[i].start));
        for (size_t i = 0; i < found.size(); ++i) {
            CHECK(found[i].articlePath == expected[i].articlePath);
            CHECK(found[i].start == expected[i].start);
            CHECK(found[i].end == expected[i].end);
            CHECK(found[i].context.toLine() == expected[i].context.toLine());
        }
        QSet<QString> withHits;
        for (const CorpusHit &hit : expected)
            withHits.insert(hit.articlePath);
        holding += withHits.size();
        readInAll += CorpusSearch::readLastTime();
    }
    // Beyond the articles that hold a hit, the index lets few through (the words are short and common).
    CHECK(readInAll - holding < 150 * qsizetype(articles.size()) / 10);
}

TEST_CASE("A store opened for one search finds what the whole index finds, and writes nothing of its own",
          "[index][search]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QList<MixedArticle> articles = writeMixedCorpus(dir.path(), 40, 31);
    QString error;
    CorpusStore::Refresh whole;
    whole.grams = true;
    {
        CorpusStore store(dir.path());
        REQUIRE(store.open(&error));
        REQUIRE(store.refresh(whole, &error));
    }
    // Rows rewritten and added after the index was made come after the others in the table: the store
    // must still pair each signature with its article.
    const QString added = dir.path() + u"/article-005b.txt"_s;
    writeBytes(added, u"Haluk Görgün Bakü'de konuştu. هالوك غورغون في باكو.\n"_s.toUtf8());
    writeBytes(articles[20].path, (articles[20].text + u"\nHaluk Görgün yeniden.\n"_s).toUtf8());
    REQUIRE(QFile::remove(articles[30].path));
    {
        CorpusStore store(dir.path());
        REQUIRE(store.open(&error));
        REQUIRE(store.refresh(whole, &error));
        REQUIRE(store.readLastTime() == 2);
    }
    QStringList paths;
    for (const MixedArticle &article : articles) {
        if (article.path != articles[30].path)
            paths.append(article.path);
    }
    paths.append(added);
    const CorpusIndex memory = CorpusIndex::build(paths);

    QRandomGenerator random(8);
    QStringList patterns {u"Haluk Görgün"_s, u"هالوك"_s, u"zz"_s, u"a"_s};
    for (int i = 0; i < 30; ++i) {
        const MixedArticle &article = articles[random.bounded(int(articles.size()))];
        if (article.path == articles[30].path)
            continue;
        const auto [start, end] = article.words[random.bounded(int(article.words.size()))];
        patterns.append(codePointSlice(article.text, start, end));
    }
    for (const QString &pattern : std::as_const(patterns)) {
        INFO("pattern " << pattern.toStdString());
        CorpusQuery query;
        query.pattern = pattern;
        CorpusStore all(dir.path());
        REQUIRE(all.open(&error));
        REQUIRE(all.refresh(whole, &error));
        const std::vector<CorpusHit> throughAll = CorpusSearch::search(CorpusSearch::candidatesOf(all), query);
        const qsizetype readThroughAll = CorpusSearch::readLastTime();

        CorpusStore one(dir.path());
        CorpusStore::Refresh forOne = whole;
        forOne.onlyForPieces = GramSignature::ofPattern(pattern);
        REQUIRE(one.open(&error));
        REQUIRE(one.refresh(forOne, &error));
        REQUIRE(one.readLastTime() == 0);
        REQUIRE(one.articles().size() == all.articles().size());
        for (size_t i = 0; i < one.articles().size(); ++i) {
            const ArticleSummary &a = one.articles()[i].summary, &b = all.articles()[i].summary;
            REQUIRE(a.path == b.path);
            REQUIRE(a.readable == b.readable);
            REQUIRE(a.sidecarHasErrors == b.sidecarHasErrors);
            REQUIRE(a.profile.language == b.profile.language);
            REQUIRE(a.entities == b.entities);
            REQUIRE(a.entityTypes == b.entityTypes);
        }
        const std::vector<CorpusHit> throughOne = CorpusSearch::search(CorpusSearch::candidatesOf(one), query);
        CHECK(CorpusSearch::readLastTime() == readThroughAll); // the same articles ruled out
        const std::vector<CorpusHit> expected = memory.search(query);
        REQUIRE(throughOne.size() == expected.size());
        REQUIRE(throughAll.size() == expected.size());
        for (size_t i = 0; i < expected.size(); ++i) {
            CHECK(throughOne[i].articlePath == expected[i].articlePath);
            CHECK(throughOne[i].start == expected[i].start);
            CHECK(throughOne[i].end == expected[i].end);
        }
    }
    // What the index holds is still every article's own signature.
    CorpusStore store(dir.path());
    REQUIRE(store.open(&error));
    REQUIRE(store.refresh(whole, &error));
    CHECK(store.readLastTime() == 0);
    for (const IndexedArticle &article : store.articles()) {
        const ArticleReader::Result read = ArticleReader::read(article.summary.path);
        REQUIRE(read.article);
        CHECK(article.grams == GramSignature::ofText(read.article->text));
    }
}
