// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpussearch.h"

#include "formats/exchangefiles.h"
#include "index/corpusstore.h"
#include "index/gramsignature.h"
#include "io/articlereader.h"
#include "io/workerpool.h"
#include "search/articlesearch.h"
#include "text/languageguess.h"

#include <atomic>

namespace Hashiya {
namespace {

std::atomic<qsizetype> lastRead {0};

/// The article as the query needs it: its text always, its entities only when the query names some.
std::optional<SearchedArticle> load(const CorpusSearch::Candidate &candidate, bool entities, Problems *problems)
{
    SearchedArticle article;
    article.path = candidate.path;
    if (entities) {
        if (std::optional<ExchangeDocument> document = ExchangeFiles::load(candidate.path, candidate.path, nullptr, problems)) {
            article.text = std::move(document->text);
            article.entities.assign(document->entities.begin(), document->entities.end());
        }
    }
    if (article.text.isNull()) { // no entities wanted, or a sidecar that cannot be read: the text alone
        ArticleReader::Result read = ArticleReader::read(candidate.path, {}, ArticleReader::Checksum::Skip);
        if (!read.article)
            return std::nullopt;
        article.text = std::move(read.article->text);
        article.codePoints = std::move(read.codePoints);
    }
    article.language = candidate.language.isEmpty() ? profileOf(article.text).language : candidate.language;
    if (article.codePoints.utf16Length() != article.text.size()) // the text came from the exchange document
        article.codePoints = CodePointIndex(article.text);
    return article;
}

} // namespace

std::vector<CorpusSearch::Candidate> CorpusSearch::candidatesOf(const CorpusStore &store)
{
    std::vector<Candidate> candidates;
    candidates.reserve(store.articles().size());
    for (const IndexedArticle &article : store.articles()) {
        if (!article.summary.readable)
            continue;
        Candidate candidate;
        candidate.path = article.summary.path;
        candidate.language = article.summary.profile.language;
        candidate.grams = article.grams;
        // Counts per type are known for every sidecar that could be read; the others are searched as text.
        candidate.typesKnown = !article.summary.sidecarHasErrors && article.summary.entities >= 0;
        candidate.entityTypes = article.summary.entityTypes;
        candidates.push_back(std::move(candidate));
    }
    return candidates;
}

CorpusSearch::CandidateRefs CorpusSearch::refsTo(const std::vector<Candidate> &candidates)
{
    CandidateRefs refs;
    refs.reserve(candidates.size());
    for (const Candidate &candidate : candidates)
        refs.push_back(&candidate);
    return refs;
}

std::vector<CorpusHit> CorpusSearch::search(const CandidateRefs &articles, const CorpusQuery &query,
                                            const Progress &progress, Problems *problems, const Overrides *overrides,
                                            const Arrived &arrived)
{
    std::vector<CorpusHit> hits;
    const bool byText = ArticleSearch::byText(query);
    const bool byEntity = ArticleSearch::byEntity(query);
    if (!byText && !byEntity)
        return hits;
    const std::vector<quint64> pieces = byText ? GramSignature::ofPattern(query.pattern) : std::vector<quint64>();
    // Only the articles that may hold a hit are read.
    std::vector<const Candidate *> toRead;
    for (const Candidate *const article : articles) {
        const Candidate &candidate = *article;
        const bool overridden = overrides && overrides->contains(candidate.path);
        const bool hasType = query.entityType.isEmpty() ? !candidate.entityTypes.isEmpty()
                                                        : candidate.entityTypes.contains(query.entityType);
        if (!overridden && byEntity && candidate.typesKnown && !hasType)
            continue;
        if (!overridden && byText && !GramSignature::mayContain(candidate.grams, pieces))
            continue;
        toRead.push_back(&candidate);
    }
    lastRead = qsizetype(toRead.size());
    const TextMatcher matcher(query.pattern, query.options);
    struct Found
    {
        std::vector<CorpusHit> hits;
        Problems problems;
    };
    walkInOrder(
        qsizetype(toRead.size()),
        [&](qsizetype i) {
            Found found;
            const Candidate &candidate = *toRead[size_t(i)];
            if (overrides) {
                if (const auto it = overrides->constFind(candidate.path); it != overrides->constEnd()) {
                    found.hits = ArticleSearch::hits(*it, query, matcher);
                    return found;
                }
            }
            if (const std::optional<SearchedArticle> article = load(candidate, byEntity, &found.problems))
                found.hits = ArticleSearch::hits(*article, query, matcher);
            return found;
        },
        [&](qsizetype i, Found found) {
            if (arrived && !found.hits.empty())
                arrived(found.hits);
            std::move(found.hits.begin(), found.hits.end(), std::back_inserter(hits));
            if (problems)
                problems->append(found.problems);
            return !progress || i % 64 != 0 || progress(i, qsizetype(toRead.size()));
        });
    if (progress)
        progress(qsizetype(toRead.size()), qsizetype(toRead.size()));
    return hits;
}

qsizetype CorpusSearch::readLastTime()
{
    return lastRead;
}

} // namespace Hashiya
