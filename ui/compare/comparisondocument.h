// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement/comparisonitems.h"
#include "agreement/presenceitems.h"
#include "model/schema.h"

#include <QColor>
#include <QSet>
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
    /// Three or more copies: one highlight per item of `items` (PresenceItems), its chip the sign, the
    /// letters of the analysts who marked it and its type ("✓ PER" in all, "◐ A, C PER" in some); its
    /// relations as arcs labelled the same way.
    ComparisonDocument(const Article &article, const std::vector<PresenceItems::Side> &sides,
                       const std::vector<PresenceItems::Item> &items, const Schema &schema);
    ~ComparisonDocument();

    ArticleDocument *document() const { return m_document.get(); }
    /// The statuses as types: colours, chips, relation types.
    const Schema &schema() const { return m_schema; }
    /// The highlight (entity id) or arc (relation id) that shows item `index`.
    QString shownAs(size_t index) const { return m_shownAs.at(index); }

    /// The sign and colour of a status, as the view draws it.
    static QString sign(ComparisonItems::Status status);
    static QColor colour(ComparisonItems::Status status);
    /// Of an item of three or more copies: in all and alike, in all with other attributes, in some.
    enum class Presence { All, AllOtherAttributes, Some };
    static Presence presence(const PresenceItems::Item &item, int count);
    static QString sign(Presence presence);
    static QColor colour(Presence presence);

private:
    /// A highlight type for a chip's text, in a colour (made once per text).
    QString typeFor(const QString &chip, const QColor &colour);
    /// A relation type of that name, linking any highlights (made once).
    void addRelationType(const QString &name);

    std::unique_ptr<ArticleDocument> m_document;
    Schema m_schema;
    std::vector<QString> m_shownAs;
    QSet<QString> m_typeNames; // the types made so far, entity and relation
};

} // namespace Hashiya
