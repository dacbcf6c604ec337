// SPDX-License-Identifier: GPL-3.0-or-later
#include "readertooltips.h"

#include "model/articledocument.h"
#include "model/relationrules.h"
#include "model/schema.h"
#include "ui/widgets/interfacelocale.h"

#include <QCoreApplication>

namespace Hashiya {
namespace {

QString attributeLabel(const Schema *schema, const QString &name)
{
    const AttributeDefinition *definition = schema ? schema->attribute(name) : nullptr;
    return definition ? definition->label(InterfaceLocale::language()) : name;
}

} // namespace

QString entitiesTooltip(const ArticleDocument &document, const Schema *schema, const QStringList &entityIds)
{
    QStringList parts;
    for (const QString &id : entityIds) {
        const Entity *entity = document.annotations()->entity(id);
        const EntityType *type = schema ? schema->entityType(entity->type) : nullptr;
        QString part =
            QStringLiteral("<b>%1</b> %2")
                .arg(type ? type->label(InterfaceLocale::language()).toHtmlEscaped() : entity->type.toHtmlEscaped(),
                     document.textOf(*entity).toHtmlEscaped());
        for (auto it = entity->attributes.cbegin(); it != entity->attributes.cend(); ++it)
            part += QStringLiteral("<br>%1: %2")
                        .arg(attributeLabel(schema, it.key()).toHtmlEscaped(), it.value().toHtmlEscaped());
        if (!entity->note.isEmpty())
            part += QStringLiteral("<br><i>%1</i>").arg(entity->note.toHtmlEscaped());
        parts.append(part);
    }
    return parts.join(QStringLiteral("<hr>"));
}

QString relationTooltip(const ArticleDocument &document, const Schema *schema, const QString &relationId)
{
    const AnnotationSet *set = document.annotations();
    const Relation *relation = set->relation(relationId);
    if (!relation)
        return {};
    const RelationType *type = schema ? schema->relationType(relation->type) : nullptr;
    auto endText = [&](const QString &entityId) {
        const Entity *entity = set->entity(entityId);
        // In the reader view's context, where its translations are.
        return entity ? document.textOf(*entity).toHtmlEscaped()
                      : QCoreApplication::translate("Hashiya::ReaderView", "(missing entity %1)").arg(entityId);
    };
    QString text =
        QStringLiteral("%1 <b>%2</b> %3")
            .arg(endText(relation->from),
                 type ? type->label(InterfaceLocale::language()).toHtmlEscaped() : relation->type.toHtmlEscaped(),
                 endText(relation->to));
    for (auto it = relation->attributes.cbegin(); it != relation->attributes.cend(); ++it)
        text += QStringLiteral("<br>%1: %2")
                    .arg(attributeLabel(schema, it.key()).toHtmlEscaped(), it.value().toHtmlEscaped());
    if (!relation->note.isEmpty())
        text += QStringLiteral("<br><i>%1</i>").arg(relation->note.toHtmlEscaped());
    const auto fault = relationFault(*relation, set->entity(relation->from), set->entity(relation->to), schema);
    if (fault)
        text += QStringLiteral("<br><span style=\"color:#c62828\">%1</span>").arg(fault->message.toHtmlEscaped());
    return text;
}

} // namespace Hashiya
