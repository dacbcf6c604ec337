// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Hashiya {

class ArticleDocument;
struct MergeConflict;

/// A merge conflict in an analyst's words: which item, what each side did and what it was before, with
/// entities named by their text, relations by their ends, and values as they read (a type, the words a
/// span covers, an attribute's value), never as JSON.
class ConflictWording final
{
    Q_DECLARE_TR_FUNCTIONS(ConflictWording)

public:
    /// One line: the item, and what disagreed ("“Al Thani”: type ORG (main) or GPE (feature), was PERSON").
    static QString summary(const ArticleDocument &document, const MergeConflict &conflict);
    /// Before, ours and theirs, one per line, each side under its name.
    static QString details(const ArticleDocument &document, const MergeConflict &conflict);
    /// The item: an entity by its text and type, a relation by its type and ends, or the article.
    static QString item(const ArticleDocument &document, const MergeConflict &conflict);
    /// A value of the conflict's field (or, for a whole item, the item) in words; "nothing" for none.
    static QString value(const ArticleDocument &document, const MergeConflict &conflict,
                         const std::optional<QByteArray> &raw);
};

} // namespace Hashiya
