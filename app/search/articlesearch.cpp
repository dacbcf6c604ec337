// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlesearch.h"

#include <algorithm>
#include <optional>

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

bool ArticleSearch::byEntity(const CorpusQuery &query)
{
    return !query.entityType.isEmpty() || !query.attributeName.isEmpty();
}

bool ArticleSearch::byText(const CorpusQuery &query)
{
    return !query.pattern.trimmed().isEmpty();
}

std::vector<CorpusHit> ArticleSearch::hits(const SearchedArticle &article, const CorpusQuery &query,
                                           const TextMatcher &matcher, const FoldedText *folded)
{
    std::vector<CorpusHit> found;
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
        found.push_back(std::move(hit));
    };
    const bool entities = byEntity(query);
    if (!byText(query)) {
        if (!entities)
            return found;
        for (const Entity &entity : article.entities) {
            if (wanted(entity, query))
                add({article.codePoints.toUtf16(entity.start()), article.codePoints.toUtf16(entity.end())}, &entity);
        }
        return found;
    }
    std::optional<FoldedText> ownFolding;
    if (!folded)
        folded = &ownFolding.emplace(article.text, query.options, article.language);
    for (const TextRange &range : matcher.findAll(article.text, *folded)) {
        if (!entities) {
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
    return found;
}

} // namespace Hashiya
