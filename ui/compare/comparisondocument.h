// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement/comparisonitems.h"
#include "model/schema.h"

#include <QColor>
#include <QString>

#include <memory>
#include <vector>

namespace Hashiya {

class ArticleDocument;
struct Article;

/// What the compare view's reader shows: the article with one highlight per comparison item instead of the
/// analysts' entities. Each item's highlight has the colour of its status and a chip that reads without
/// colour: the status's sign and the types ("✓ PER", "≠ PER/ORG", "A GPE", "B DATE"); where the two
/// analysts' boundaries differ, both spans show, as "↔A" and "↔B". Relations become arcs between those
/// highlights, labelled the same way. The document is never saved: it belongs to the view alone.
class ComparisonDocument final
{
public:
    struct Side
    {
        const std::vector<Entity> &entities;
        const std::vector<Relation> &relations;
    };

    /// `schema` gives the types' short labels and the relation types' names.
    ComparisonDocument(const Article &article, Side a, Side b, const std::vector<ComparisonItems::Item> &items,
                       const Schema &schema);
    ~ComparisonDocument();

    ArticleDocument *document() const { return m_document.get(); }
    /// The statuses as types: colours, chips, relation types.
    const Schema &schema() const { return m_schema; }
    /// The highlight (entity id) or arc (relation id) that shows item `index`.
    QString shownAs(size_t index) const { return m_shownAs.at(index); }

    /// The sign and colour of a status, as the view draws it.
    static QString sign(ComparisonItems::Status status);
    static QColor colour(ComparisonItems::Status status);

private:
    std::unique_ptr<ArticleDocument> m_document;
    Schema m_schema;
    std::vector<QString> m_shownAs;
};

} // namespace Hashiya
