// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusindex.h"

#include "io/articlereader.h"
#include "search/articlesearch.h"
#include "text/languageguess.h"
#include "text/textmatcher.h"

#include <QFileInfo>

#include <algorithm>

#include "formats/exchangefiles.h"
#include "io/workerpool.h"

namespace Hashiya {

CorpusIndex::Article CorpusIndex::articleFrom(const QString &path, QString text, std::vector<Entity> entities)
{
    Article article;
    article.path = QFileInfo(path).absoluteFilePath();
    article.language = profileOf(text).language;
    article.codePoints = CodePointIndex(text);
    article.text = std::move(text);
    article.entities = std::move(entities);
    return article;
}

std::optional<CorpusIndex::Article> CorpusIndex::read(const QString &path, Problems *problems)
{
    Problems found;
    if (std::optional<ExchangeDocument> document = ExchangeFiles::load(path, path, nullptr, &found)) {
        return articleFrom(path, std::move(document->text),
                           std::vector<Entity>(document->entities.begin(), document->entities.end()));
    }
    if (problems)
        problems->append(found);
    // A sidecar that cannot be read leaves the article searchable as text.
    ArticleReader::Result article = ArticleReader::read(path);
    if (!article.article)
        return std::nullopt;
    return articleFrom(path, std::move(article.article->text), {});
}

CorpusIndex CorpusIndex::build(const QStringList &articlePaths, const Progress &progress, Problems *problems)
{
    CorpusIndex index;
    index.m_articles.reserve(size_t(articlePaths.size()));
    struct Loaded
    {
        std::optional<ExchangeDocument> document;
        Problems problems;
    };
    walkInOrder(
        articlePaths.size(),
        [&articlePaths](qsizetype i) {
            Loaded loaded;
            loaded.document = ExchangeFiles::load(articlePaths[i], articlePaths[i], nullptr, &loaded.problems);
            return loaded;
        },
        [&](qsizetype i, Loaded loaded) {
            if (progress && i % 32 == 0 && !progress(i, articlePaths.size()))
                return false;
            if (loaded.document) {
                index.m_articles.push_back(articleFrom(
                    articlePaths[i], std::move(loaded.document->text),
                    std::vector<Entity>(loaded.document->entities.begin(), loaded.document->entities.end())));
            } else if (std::optional<Article> article = read(articlePaths[i], problems)) {
                index.m_articles.push_back(std::move(*article));
            }
            return true;
        });
    std::sort(index.m_articles.begin(), index.m_articles.end(),
              [](const Article &a, const Article &b) { return a.path < b.path; });
    if (progress)
        progress(articlePaths.size(), articlePaths.size());
    return index;
}

void CorpusIndex::put(Article article)
{
    const auto at = std::lower_bound(m_articles.begin(), m_articles.end(), article.path,
                                     [](const Article &a, const QString &path) { return a.path < path; });
    const size_t position = size_t(at - m_articles.begin());
    const bool replace = at != m_articles.end() && at->path == article.path;
    std::optional<FoldedText> folded;
    if (m_foldedOptions)
        folded = FoldedText(article.text, *m_foldedOptions, article.language);
    if (replace) {
        *at = std::move(article);
        if (folded)
            m_folded[position] = std::move(*folded);
    } else {
        m_articles.insert(at, std::move(article));
        if (folded)
            m_folded.insert(m_folded.begin() + qsizetype(position), std::move(*folded));
    }
}

void CorpusIndex::update(const QString &articlePath)
{
    if (std::optional<Article> article = read(articlePath, nullptr))
        put(std::move(*article));
}

void CorpusIndex::update(const QString &articlePath, const QString &text, const std::vector<Entity> &entities)
{
    put(articleFrom(articlePath, text, entities));
}

qsizetype CorpusIndex::articleCount() const
{
    return qsizetype(m_articles.size());
}

QStringList CorpusIndex::articlePaths() const
{
    QStringList paths;
    for (const Article &article : m_articles)
        paths.append(article.path);
    return paths;
}

QString CorpusIndex::languageOf(const QString &articlePath) const
{
    const QString path = QFileInfo(articlePath).absoluteFilePath();
    for (const Article &article : m_articles) {
        if (article.path == path)
            return article.language;
    }
    return {};
}

void CorpusIndex::foldFor(const MatchOptions &options, const Progress &progress) const
{
    if (m_foldedOptions == options && m_folded.size() == m_articles.size())
        return;
    m_folded.clear();
    m_folded.reserve(m_articles.size());
    for (size_t i = 0; i < m_articles.size(); ++i) {
        if (progress && i % 256 == 0)
            progress(qsizetype(i) / 2, qsizetype(m_articles.size())); // folding is the first half
        m_folded.emplace_back(m_articles[i].text, options, m_articles[i].language);
    }
    m_foldedOptions = options;
}

std::vector<CorpusHit> CorpusIndex::search(const CorpusQuery &query, const Progress &progress) const
{
    std::vector<CorpusHit> hits;
    const bool byText = ArticleSearch::byText(query);
    if (!byText && !ArticleSearch::byEntity(query))
        return hits;
    if (byText)
        foldFor(query.options, progress);
    const TextMatcher matcher(query.pattern, query.options);
    const qsizetype total = qsizetype(m_articles.size());
    for (qsizetype i = 0; i < total; ++i) {
        if (progress && i % 256 == 0 && !progress(byText ? (total + i) / 2 : i, total))
            break;
        std::vector<CorpusHit> found =
            ArticleSearch::hits(m_articles[size_t(i)], query, matcher, byText ? &m_folded[size_t(i)] : nullptr);
        std::move(found.begin(), found.end(), std::back_inserter(hits));
    }
    if (progress)
        progress(total, total);
    return hits;
}

} // namespace Hashiya
