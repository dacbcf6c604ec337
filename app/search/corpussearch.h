// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/problem.h"
#include "search/corpusquery.h"

#include <QByteArray>
#include <QHash>
#include <QMap>

#include <functional>
#include <vector>

namespace Hashiya {

class CorpusStore;
struct SearchedArticle;

/// A search of a corpus on disk that reads only the articles that may hold the pattern: the corpus
/// index's signatures (index/gramsignature.h) rule the others out, and, for a query about entities,
/// its counts per type. The articles left are read on the worker pool and matched exactly as the
/// in-memory CorpusIndex matches, so both find the same hits, in path order.
class CorpusSearch final
{
public:
    /// An article to search: its signature (empty: it may hold anything) and what the index knows.
    struct Candidate
    {
        QString path; ///< absolute
        QString language; ///< the profile's; read from the text if empty
        QByteArray grams;
        bool typesKnown = false; ///< `entityTypes` is what its sidecar holds
        QMap<QString, qsizetype> entityTypes;
    };
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;
    /// One article's hits, as soon as they are known, in the order of the result (for a list that fills
    /// in while the search goes on). Called on the thread that called search().
    using Arrived = std::function<void(const std::vector<CorpusHit> &hits)>;
    /// Text and entities to search instead of the files, e.g. an open document with unsaved edits.
    using Overrides = QHash<QString, SearchedArticle>;

    /// Articles to search, in the order of the result, pointing into lists that outlive the search (such
    /// as the index's candidates, made once): copying 10⁵ candidates for every search took 15–20 ms.
    using CandidateRefs = std::vector<const Candidate *>;

    static std::vector<Candidate> candidatesOf(const CorpusStore &store);
    static CandidateRefs refsTo(const std::vector<Candidate> &candidates);
    /// The hits of `query` in `articles`; sidecars that cannot be read are reported in `problems` and
    /// their articles searched as text. `arrived` sees each article's hits while the search goes on.
    static std::vector<CorpusHit> search(const CandidateRefs &articles, const CorpusQuery &query,
                                         const Progress &progress = {}, Problems *problems = nullptr,
                                         const Overrides *overrides = nullptr, const Arrived &arrived = {});
    static std::vector<CorpusHit> search(const std::vector<Candidate> &articles, const CorpusQuery &query,
                                         const Progress &progress = {}, Problems *problems = nullptr,
                                         const Overrides *overrides = nullptr, const Arrived &arrived = {})
    {
        return search(refsTo(articles), query, progress, problems, overrides, arrived);
    }
    /// How many of the last search's articles were read (the others were ruled out by the index).
    static qsizetype readLastTime();
};

} // namespace Hashiya
