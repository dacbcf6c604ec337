// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entity.h"
#include "model/problem.h"
#include "search/articlesearch.h"
#include "search/corpusquery.h"
#include "text/codepointindex.h"
#include "text/foldedtext.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace Hashiya {

/// The articles of a corpus read once (canonical text, profile language, entities from the sidecars) so
/// that every later search is a scan of memory: a 5,000-article corpus answers well under a second.
/// Building and searching may run on a worker thread; an index is not shared between threads while
/// update() runs.
class CorpusIndex final
{
public:
    /// Called with how many articles are done; returning false cancels.
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;

    /// Reads `articlePaths` (and their sidecars; an unreadable sidecar is reported and its article
    /// indexed without entities). Cancelled builds hold the articles read so far.
    static CorpusIndex build(const QStringList &articlePaths, const Progress &progress = {},
                             Problems *problems = nullptr);

    /// Re-reads one article after it changed (or adds it); with `text` and `entities`, takes them as
    /// given instead of reading the files (the open document, unsaved edits included).
    void update(const QString &articlePath);
    void update(const QString &articlePath, const QString &text, const std::vector<Entity> &entities);

    qsizetype articleCount() const;
    QStringList articlePaths() const;
    /// The profile language of an indexed article ("tr", "en", "ar" or "").
    QString languageOf(const QString &articlePath) const;

    /// Every hit, grouped by article in path order and ascending within one. Folded texts for the query's
    /// options are made on first use and kept for the next search with the same options.
    std::vector<CorpusHit> search(const CorpusQuery &query, const Progress &progress = {}) const;

private:
    using Article = SearchedArticle;
    static Article articleFrom(const QString &path, QString text, std::vector<Entity> entities);
    static std::optional<Article> read(const QString &path, Problems *problems);
    void put(Article article);
    void foldFor(const MatchOptions &options, const Progress &progress) const;
    std::vector<Article> m_articles; // by path
    // The folded texts of the last options searched with, one per article (made on first use).
    mutable std::optional<MatchOptions> m_foldedOptions;
    mutable std::vector<FoldedText> m_folded;
};

} // namespace Hashiya
