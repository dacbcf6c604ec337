// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusindex.h"

#include "io/articlereader.h"
#include "text/languageguess.h"
#include "text/textmatcher.h"

#include <QFileInfo>

#include <algorithm>
#include <thread>

#include "formats/documentprefetcher.h"
#include "formats/exchangefiles.h"

namespace Hashiya {
namespace {

bool hasAttribute(const Entity &entity, const CorpusQuery &query)
{
    if (query.attributeName.isEmpty())
        return true;
    const auto it = entity.attributes.constFind(query.attributeName);
    return it != entity.attributes.constEnd() && (query.attributeValue.isEmpty() || *it == query.attributeValue);
}

bool wanted(const Entity &entity, const CorpusQuery &query)
{
    return (query.entityType.isEmpty() || entity.type == query.entityType) && hasAttribute(entity, query);
}

} // namespace

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
    DocumentPrefetcher prefetcher(
        articlePaths.size(),
        [&articlePaths](qsizetype i) {
            DocumentPrefetcher::Loaded loaded;
            loaded.document = ExchangeFiles::load(articlePaths[i], articlePaths[i], nullptr, &loaded.problems);
            return loaded;
        },
        int(std::thread::hardware_concurrency()));
    for (qsizetype i = 0; i < articlePaths.size(); ++i) {
        if (progress && i % 32 == 0 && !progress(i, articlePaths.size()))
            break;
        DocumentPrefetcher::Loaded loaded = prefetcher.take(i);
        if (loaded.document) {
            index.m_articles.push_back(
                articleFrom(articlePaths[i], std::move(loaded.document->text),
                            std::vector<Entity>(loaded.document->entities.begin(), loaded.document->entities.end())));
        } else if (std::optional<Article> article = read(articlePaths[i], problems)) {
            index.m_articles.push_back(std::move(*article));
        }
    }
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
    const bool byText = !query.pattern.trimmed().isEmpty();
    const bool byEntity = !query.entityType.isEmpty() || !query.attributeName.isEmpty();
    if (!byText && !byEntity)
        return hits;
    if (byText)
        foldFor(query.options, progress);
    const TextMatcher matcher(query.pattern, query.options);
    const qsizetype total = qsizetype(m_articles.size());
    for (qsizetype i = 0; i < total; ++i) {
        if (progress && i % 256 == 0 && !progress(byText ? (total + i) / 2 : i, total))
            break;
        const Article &article = m_articles[size_t(i)];
        auto add = [&](const TextRange &range, const Entity *entity) {
            CorpusHit hit;
            hit.articlePath = article.path;
            hit.range = range;
            hit.start = article.codePoints.toCodePoint(range.first);
            hit.end = article.codePoints.toCodePoint(range.second);
            hit.context = KeywordInContext::of(article.text, range);
            if (entity) {
                hit.entityId = entity->id;
                hit.entityType = entity->type;
            }
            hits.push_back(std::move(hit));
        };
        if (!byText) {
            for (const Entity &entity : article.entities) {
                if (wanted(entity, query))
                    add({article.codePoints.toUtf16(entity.start()), article.codePoints.toUtf16(entity.end())},
                        &entity);
            }
            continue;
        }
        for (const TextRange &range : matcher.findAll(article.text, m_folded[size_t(i)])) {
            if (!byEntity) {
                add(range, nullptr);
                continue;
            }
            // Only where an entity of the asked type (or attribute) covers the hit.
            const qsizetype start = article.codePoints.toCodePoint(range.first);
            const qsizetype end = article.codePoints.toCodePoint(range.second);
            const auto covering = std::find_if(article.entities.begin(), article.entities.end(), [&](const Entity &e) {
                return wanted(e, query) && std::any_of(e.spans.begin(), e.spans.end(), [&](const Span &span) {
                           return span.start <= start && end <= span.end;
                       });
            });
            if (covering != article.entities.end())
                add(range, &*covering);
        }
    }
    if (progress)
        progress(total, total);
    return hits;
}

} // namespace Hashiya
