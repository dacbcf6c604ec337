// SPDX-License-Identifier: GPL-3.0-or-later
#include "arclinks.h"

#include "model/articledocument.h"
#include "model/relationindex.h"
#include "model/relationrules.h"
#include "model/schema.h"
#include "ui/widgets/interfacelocale.h"

#include <QCoreApplication>
#include <QSet>

namespace Hashiya {

namespace {

/// Enough of an entity's text to recognise it on a stub; the painter elides it to the room it has.
QString endText(const ArticleDocument &document, const Entity *entity)
{
    if (!entity)
        return QCoreApplication::translate("ArcLinks", "(missing entity)");
    return document.textOf(*entity).left(80).simplified();
}

} // namespace

std::vector<ArcLayout::Link> arcLinks(const ArticleDocument &document, const RelationIndex &relations,
                                      const Schema *schema, const std::vector<ArcLayout::Chip> &chips)
{
    std::vector<ArcLayout::Link> links;
    QSet<QString> seen;
    const AnnotationSet *set = document.annotations();
    const QString language = InterfaceLocale::language();
    for (const ArcLayout::Chip &chip : chips) {
        for (const QString &id : relations.relationsOf(chip.entityId)) {
            if (seen.contains(id))
                continue;
            seen.insert(id);
            const Relation *relation = set->relation(id);
            if (!relation)
                continue;
            const Entity *from = set->entity(relation->from);
            const Entity *to = set->entity(relation->to);
            const RelationType *type = schema ? schema->relationType(relation->type) : nullptr;
            ArcLayout::Link link;
            link.relationId = relation->id;
            link.fromId = relation->from;
            link.toId = relation->to;
            link.label = type ? type->label(language) : relation->type;
            link.symmetric = type && type->symmetric;
            link.problem = relationFault(*relation, from, to, schema).has_value();
            link.fromText = endText(document, from);
            link.toText = endText(document, to);
            link.targetIsLater = !from || !to || to->start() >= from->start();
            links.push_back(std::move(link));
        }
    }
    return links;
}

} // namespace Hashiya
