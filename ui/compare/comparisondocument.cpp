// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisondocument.h"

#include "model/articledocument.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Hashiya {
namespace {

using Status = ComparisonItems::Status;

/// A type's few letters, as the analysts' schema shows them.
QString shortLabel(const Schema &schema, const QString &type)
{
    for (const EntityType &entityType : schema.entityTypes) {
        if (entityType.name == type)
            return entityType.shortLabel.isEmpty() ? type : entityType.shortLabel;
    }
    return type;
}

} // namespace

QString ComparisonDocument::sign(Status status)
{
    switch (status) {
    case Status::Agree:
        return u"✓"_s;
    case Status::Boundaries:
        return u"↔"_s;
    case Status::Type:
        return u"≠"_s;
    case Status::BoundariesAndType:
        return u"↔≠"_s;
    case Status::Attributes:
        return u"•"_s;
    case Status::OnlyInA:
        return u"A"_s;
    case Status::OnlyInB:
        return u"B"_s;
    case Status::Direction:
        return u"⇄"_s;
    case Status::EndpointUnaligned:
        return u"◌"_s;
    }
    return {};
}

QColor ComparisonDocument::colour(Status status)
{
    switch (status) {
    case Status::Agree:
        return QColor(0x2f, 0x9e, 0x44);
    case Status::Boundaries:
        return QColor(0xe0, 0xa8, 0x00);
    case Status::Type:
    case Status::Direction:
        return QColor(0xe8, 0x59, 0x0c);
    case Status::BoundariesAndType:
        return QColor(0xc9, 0x2a, 0x2a);
    case Status::Attributes:
        return QColor(0x1c, 0x7e, 0xd6);
    case Status::OnlyInA:
        return QColor(0xd6, 0x33, 0x6c);
    case Status::OnlyInB:
        return QColor(0x86, 0x2e, 0x9c);
    case Status::EndpointUnaligned:
        return QColor(0x86, 0x8e, 0x96);
    }
    return Qt::gray;
}

ComparisonDocument::ComparisonDocument(const Article &article, Side a, Side b,
                                       const std::vector<ComparisonItems::Item> &items, const Schema &schema)
    : m_document(std::make_unique<ArticleDocument>(article))
    , m_shownAs(items.size())
{
    EntityList entities;
    QHash<int, QString> shownA, shownB; // entity index on a side → the highlight that shows it
    int next = 0;
    auto add = [&](Status status, const QString &chip, const SpanList &spans) {
        Entity entity;
        entity.id = u"c%1"_s.arg(next++);
        entity.type = typeFor(chip, colour(status));
        entity.spans = spans;
        entities.push_back(entity);
        return entity.id;
    };
    for (size_t i = 0; i < items.size(); ++i) {
        const ComparisonItems::Item &item = items[i];
        if (item.relation)
            continue;
        const Entity *x = item.indexA >= 0 ? &a.entities[size_t(item.indexA)] : nullptr;
        const Entity *y = item.indexB >= 0 ? &b.entities[size_t(item.indexB)] : nullptr;
        const QString signText = sign(item.status);
        switch (item.status) {
        case Status::Boundaries:
        case Status::BoundariesAndType: {
            const QString idA = add(item.status, signText + u"A " + shortLabel(schema, x->type), x->spans);
            const QString idB = add(item.status, signText + u"B " + shortLabel(schema, y->type), y->spans);
            shownA.insert(item.indexA, idA);
            shownB.insert(item.indexB, idB);
            m_shownAs[i] = idA;
            break;
        }
        case Status::Type: {
            const QString id = add(item.status, signText + u' ' + shortLabel(schema, x->type) + u'/'
                                       + shortLabel(schema, y->type),
                                   x->spans);
            shownA.insert(item.indexA, id);
            shownB.insert(item.indexB, id);
            m_shownAs[i] = id;
            break;
        }
        default: {
            const Entity &shown = x ? *x : *y;
            const QString id = add(item.status, signText + u' ' + shortLabel(schema, shown.type), shown.spans);
            if (x)
                shownA.insert(item.indexA, id);
            if (y)
                shownB.insert(item.indexB, id);
            m_shownAs[i] = id;
        }
        }
    }
    // Relations between the highlights of their endpoints, on the side they come from.
    QHash<QString, int> indexA, indexB;
    for (size_t k = 0; k < a.entities.size(); ++k)
        indexA.insert(a.entities[k].id, int(k));
    for (size_t k = 0; k < b.entities.size(); ++k)
        indexB.insert(b.entities[k].id, int(k));
    std::vector<Relation> relations;
    for (size_t i = 0; i < items.size(); ++i) {
        const ComparisonItems::Item &item = items[i];
        if (!item.relation)
            continue;
        const bool fromA = item.indexA >= 0;
        const Relation &original = fromA ? a.relations[size_t(item.indexA)] : b.relations[size_t(item.indexB)];
        const QHash<QString, int> &index = fromA ? indexA : indexB;
        const QHash<int, QString> &shown = fromA ? shownA : shownB;
        const QString from = shown.value(index.value(original.from, -1));
        const QString to = shown.value(index.value(original.to, -1));
        if (from.isEmpty() || to.isEmpty())
            continue; // an endpoint the sidecar does not hold
        Relation relation;
        relation.id = u"r%1"_s.arg(i);
        relation.type = sign(item.status) + u' ' + original.type;
        if (item.status == Status::Type && item.indexB >= 0 && fromA)
            relation.type += u'/' + b.relations[size_t(item.indexB)].type;
        relation.from = from;
        relation.to = to;
        addRelationType(relation.type);
        m_shownAs[i] = relation.id;
        relations.push_back(std::move(relation));
    }
    m_document->annotations()->reset(std::move(entities), std::move(relations));
}

ComparisonDocument::Presence ComparisonDocument::presence(const PresenceItems::Item &item, int count)
{
    if (item.analysts != PresenceItems::everyone(count))
        return Presence::Some;
    return item.attributesDiffer ? Presence::AllOtherAttributes : Presence::All;
}

QString ComparisonDocument::sign(Presence presence)
{
    switch (presence) {
    case Presence::All:
        return sign(Status::Agree);
    case Presence::AllOtherAttributes:
        return sign(Status::Attributes);
    case Presence::Some:
        return u"◐"_s;
    }
    return {};
}

QColor ComparisonDocument::colour(Presence presence)
{
    switch (presence) {
    case Presence::All:
        return colour(Status::Agree);
    case Presence::AllOtherAttributes:
        return colour(Status::Attributes);
    case Presence::Some:
        return QColor(0xd9, 0x48, 0x0f);
    }
    return Qt::gray;
}

QString ComparisonDocument::typeFor(const QString &chip, const QColor &colour)
{
    const QString name = colour.name() + u':' + chip;
    if (!m_typeNames.contains(name)) {
        m_typeNames.insert(name);
        EntityType type;
        type.name = name;
        type.shortLabel = chip;
        type.color = colour;
        m_schema.entityTypes.append(type);
    }
    return name;
}

void ComparisonDocument::addRelationType(const QString &name)
{
    if (m_typeNames.contains(name))
        return;
    m_typeNames.insert(name);
    RelationType type;
    type.name = name;
    type.from = type.to = QStringList {u"*"_s};
    m_schema.relationTypes.append(type);
}

ComparisonDocument::ComparisonDocument(const Article &article, const std::vector<PresenceItems::Side> &sides,
                                       const std::vector<PresenceItems::Item> &items, const Schema &schema)
    : m_document(std::make_unique<ArticleDocument>(article))
    , m_shownAs(items.size())
{
    const int count = int(sides.size());
    auto chip = [count](const PresenceItems::Item &item, const QString &type) -> QString {
        const Presence shown = presence(item, count);
        return sign(shown) + u' ' + (shown == Presence::Some ? PresenceItems::letters(item.analysts, count) + u' ' : QString())
            + type;
    };
    auto firstOf = [](const PresenceItems::Item &item) {
        return int(std::find_if(item.index.begin(), item.index.end(), [](int i) { return i >= 0; }) - item.index.begin());
    };
    EntityList entities;
    std::vector<QHash<QString, QString>> shown(sides.size()); // per analyst: entity id → its highlight
    for (size_t i = 0; i < items.size(); ++i) {
        const PresenceItems::Item &item = items[i];
        if (item.relation)
            continue;
        const int analyst = firstOf(item);
        const Entity &original = sides[size_t(analyst)].entities[size_t(item.index[size_t(analyst)])];
        Entity entity;
        entity.id = u"c%1"_s.arg(i);
        entity.type = typeFor(chip(item, shortLabel(schema, original.type)), colour(presence(item, count)));
        entity.spans = original.spans;
        for (size_t k = 0; k < item.index.size(); ++k) {
            if (item.index[k] >= 0)
                shown[k].insert(sides[k].entities[size_t(item.index[k])].id, entity.id);
        }
        m_shownAs[i] = entity.id;
        entities.push_back(std::move(entity));
    }
    std::vector<Relation> relations;
    for (size_t i = 0; i < items.size(); ++i) {
        const PresenceItems::Item &item = items[i];
        if (!item.relation)
            continue;
        const int analyst = firstOf(item);
        const Relation &original = sides[size_t(analyst)].relations[size_t(item.index[size_t(analyst)])];
        Relation relation;
        relation.id = u"r%1"_s.arg(i);
        relation.type = chip(item, original.type);
        relation.from = shown[size_t(analyst)].value(original.from);
        relation.to = shown[size_t(analyst)].value(original.to);
        addRelationType(relation.type);
        m_shownAs[i] = relation.id;
        relations.push_back(std::move(relation));
    }
    m_document->annotations()->reset(std::move(entities), std::move(relations));
}

ComparisonDocument::~ComparisonDocument() = default;

} // namespace Hashiya
