// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/corpusquery.h"
#include "text/codepointindex.h"
#include "text/foldedtext.h"
#include "text/textmatcher.h"

#include <vector>

namespace Hashiya {

/// One article as a corpus search sees it.
struct SearchedArticle
{
    QString path; ///< absolute
    QString text; ///< canonical
    QString language; ///< the profile's
    std::vector<Entity> entities;
    CodePointIndex codePoints;
};

/// The hits of a query in one article: the matching shared by the in-memory corpus index and the search
/// that reads articles from disk, so both find exactly the same.
class ArticleSearch final
{
public:
    /// `folded` is the article's text folded for the query's options, or null to fold it here.
    static std::vector<CorpusHit> hits(const SearchedArticle &article, const CorpusQuery &query,
                                       const TextMatcher &matcher, const FoldedText *folded = nullptr);
    /// Whether the query names entities (a type or an attribute): then the sidecars must be read.
    static bool byEntity(const CorpusQuery &query);
    static bool byText(const CorpusQuery &query);
};

} // namespace Hashiya
