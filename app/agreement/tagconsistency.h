// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/problem.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QStringList>

#include <functional>
#include <vector>

namespace Hashiya {

/// Whether the same text is tagged alike wherever it occurs in a corpus: every distinct text of an entity,
/// folded as the window's search folds it (case, Turkish suffixes, Arabic marks, alef forms and
/// proclitics), is looked up in every article, and each occurrence is said to be tagged exactly (same
/// span), partly (an entity overlaps it) or not at all. Reads on the worker pool, twice (the texts, then
/// their occurrences), and never writes.
class TagConsistency final
{
    Q_DECLARE_TR_FUNCTIONS(TagConsistency)

public:
    /// How the entities find the texts in an article.
    enum class Matching {
        Indexed, ///< one scan of each article's words for every text at once
        PerText, ///< one TextMatcher per text per article: slow, the reference the indexed scan must equal
    };

    struct Settings
    {
        QStringList folders; ///< corpus folders, reviewed together
        QSet<QString> entityTypes; ///< only these; empty: all
        /// Keep the occurrences of consistent texts too (`--all`); else only their counts.
        bool keepConsistent = false;
        Matching matching = Matching::Indexed;
    };

    enum class Tagging { Exact, Partly, Untagged };

    /// One place where a text occurs.
    struct Occurrence
    {
        qsizetype article = 0; ///< index into Result::articles
        qsizetype start = 0; ///< code points, half-open
        qsizetype end = 0;
        Tagging tagging = Tagging::Untagged;
        /// Exact: the types of the entities with this span (or the span with the Turkish suffix or Arabic
        /// proclitics the word has around the name); Partly: the types of the entities overlapping it.
        QStringList types;
        qsizetype entityStart = -1; ///< Partly: the first overlapping entity, in code points
        qsizetype entityEnd = -1;
        QString context; ///< keyword in context, one line, the occurrence in [brackets]
    };

    /// One distinct text and where it occurs.
    struct Text
    {
        QString text; ///< as it was tagged most often
        QString folded; ///< what every occurrence folds to
        QMap<QString, qsizetype> types; ///< exact occurrences per type
        qsizetype occurrences = 0;
        qsizetype untagged = 0;
        qsizetype partly = 0;
        /// By article, then position; empty for a consistent text unless Settings::keepConsistent.
        std::vector<Occurrence> places;

        /// Tagged with more than one type, or tagged in some places and not (or partly) in others.
        bool isInconsistent() const { return types.size() > 1 || (!types.isEmpty() && untagged + partly > 0); }
    };

    struct ArticleName
    {
        int folder = 0; ///< index into Settings::folders
        QString path; ///< relative to the folder, with '/'
    };

    struct Result
    {
        std::vector<ArticleName> articles; ///< every article listed, in order
        qsizetype articlesReviewed = 0; ///< those whose text and sidecar could be read
        std::vector<Text> texts; ///< ordered by folded text
        Problems problems; ///< articles left out, and why

        qsizetype inconsistentCount() const;
    };

    /// Called with (articles done, total) now and then, both passes counted; returning false stops the review.
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;

    static Result run(const Settings &settings, const Progress &progress = {});

    /// The text of an entity as the review groups it: white space runs as one space, and a Turkish suffix
    /// after an apostrophe ("Görgün'ün") left out, as the search leaves it out of a match.
    static QString nameOf(QStringView tagged);
};

} // namespace Hashiya
