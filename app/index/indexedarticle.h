// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/corpusfiles.h"
#include "io/articlesummary.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>
#include <utility>
#include <vector>

namespace Hashiya {

/// What the corpus index holds of one article: the facts of its files when it was read, its summary
/// (title, profile, counts per type, status, problems) and, once a search needed it, its GramSignature.
struct IndexedArticle
{
    ArticleFiles files; ///< path relative to the corpus
    ArticleSummary summary; ///< path absolute
    QByteArray grams; ///< empty until a search asks for it

    /// What to work out: title and profile, the signature, and the counts (which read the sidecar).
    struct Needs
    {
        bool description = true;
        bool grams = false;
        bool counts = true;
    };
    /// Reads the article under `root` and its sidecar; `files` as listed, its facts replaced by those of
    /// the files read.
    static IndexedArticle read(const QString &root, const ArticleFiles &files, Needs needs);
    /// Whether this record lacks something `needs` asks for (an unreadable article lacks nothing).
    bool lacks(Needs needs) const;

    /// The summary and the facts as the index stores them, with a checksum: a damaged record is never
    /// taken for a good one.
    QByteArray record() const;
    /// Strings that many records hold (type names, statuses, languages), kept once while an index is read:
    /// a few dozen, looked up by their bytes.
    using Strings = std::vector<std::pair<QByteArray, QString>>;
    /// How much of a record to read back: all of it, or what a search looks at (the facts, readability,
    /// language, status and entity counts; no title, problem, checksum or relation counts), which costs a
    /// fraction of the memory. A partly read article is never written back.
    enum class Part { Whole, ForSearch };
    /// Reads back what record() wrote for the article `path` (UTF-8, as the index keys it) under `root`;
    /// nothing if the record is damaged, of another format, or of another article.
    static std::optional<IndexedArticle> fromRecord(const QString &root, QByteArrayView path, QByteArrayView record,
                                                    Strings *strings = nullptr, Part part = Part::Whole);
    /// `grams` with its checksum, as stored; and back (empty if damaged), a view into `stored`.
    static QByteArray storedGrams(const QByteArray &grams);
    static QByteArrayView gramsFromStored(QByteArrayView stored);
};

} // namespace Hashiya
