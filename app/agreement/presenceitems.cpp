// SPDX-License-Identifier: GPL-3.0-or-later
#include "presenceitems.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hashiya {

QString PresenceItems::entityKey(const Entity &entity)
{
    QString key = entity.type;
    for (const Span &span : entity.spans)
        key += u' ' + QString::number(span.start) + u'-' + QString::number(span.end);
    return key;
}

QString PresenceItems::letter(int analyst)
{
    return analyst < 26 ? QString(QChar(u'A' + analyst)) : u"A%1"_s.arg(analyst + 1);
}

QString PresenceItems::letters(quint64 analysts, int count)
{
    QStringList letters;
    for (int k = 0; k < count && k < 64; ++k) {
        if (analysts & (quint64(1) << k))
            letters.append(letter(k));
    }
    return letters.join(u", "_s);
}

bool PresenceItems::isComplete(const Item &item, int count)
{
    return item.analysts == everyone(count) && !item.attributesDiffer;
}

std::vector<PresenceItems::Item> PresenceItems::of(const std::vector<Side> &sides, const QSet<QString> &symmetric)
{
    const int count = int(std::min<size_t>(sides.size(), 64));
    std::vector<Item> items;
    QHash<QString, size_t> byKey; // "e KEY" or "r TYPE FROM TO" → item
    auto itemFor = [&](const QString &key, bool relation, qsizetype start, qsizetype end) -> Item & {
        const auto found = byKey.constFind(key);
        if (found != byKey.constEnd())
            return items[*found];
        byKey.insert(key, items.size());
        Item item;
        item.relation = relation;
        item.index.assign(size_t(count), -1);
        item.start = start;
        item.end = end;
        items.push_back(std::move(item));
        return items.back();
    };
    // Attributes each item was first given, to tell whether the others gave the same.
    QHash<size_t, Attributes> firstAttributes;
    auto mark = [&](Item &item, int analyst, int index, const Attributes &attributes) {
        const size_t at = size_t(&item - items.data());
        if (item.index[size_t(analyst)] >= 0)
            return; // an analyst's duplicate: counted once
        item.index[size_t(analyst)] = index;
        if (item.analysts == 0)
            firstAttributes.insert(at, attributes);
        else if (firstAttributes.value(at) != attributes)
            item.attributesDiffer = true;
        item.analysts |= quint64(1) << analyst;
    };
    std::vector<QHash<QString, QString>> keyOfId(static_cast<size_t>(count)); // per analyst: entity id → its key
    for (int analyst = 0; analyst < count; ++analyst) {
        const std::vector<Entity> &entities = sides[size_t(analyst)].entities;
        for (size_t k = 0; k < entities.size(); ++k) {
            const Entity &entity = entities[k];
            const QString key = entityKey(entity);
            keyOfId[size_t(analyst)].insert(entity.id, key);
            mark(itemFor(u"e "_s + key, false, entity.start(), entity.end()), analyst, int(k), entity.attributes);
        }
    }
    // Where each entity key begins and ends, for a relation's place in the reading order.
    QHash<QString, std::pair<qsizetype, qsizetype>> place;
    for (const Item &item : items) {
        for (int analyst = 0; analyst < count; ++analyst) {
            if (item.index[size_t(analyst)] >= 0) {
                place.insert(entityKey(sides[size_t(analyst)].entities[size_t(item.index[size_t(analyst)])]),
                             {item.start, item.end});
                break;
            }
        }
    }
    for (int analyst = 0; analyst < count; ++analyst) {
        const std::vector<Relation> &relations = sides[size_t(analyst)].relations;
        for (size_t k = 0; k < relations.size(); ++k) {
            const Relation &relation = relations[k];
            QString from = keyOfId[size_t(analyst)].value(relation.from);
            QString to = keyOfId[size_t(analyst)].value(relation.to);
            if (from.isEmpty() || to.isEmpty())
                continue; // an end the sidecar does not hold
            if (symmetric.contains(relation.type) && to < from)
                std::swap(from, to);
            const auto [fromStart, fromEnd] = place.value(from);
            const auto [toStart, toEnd] = place.value(to);
            Item &item = itemFor(u"r "_s + relation.type + u'\n' + from + u'\n' + to, true, std::min(fromStart, toStart),
                                 std::max(fromEnd, toEnd));
            mark(item, analyst, int(k), relation.attributes);
        }
    }
    std::stable_sort(items.begin(), items.end(), [](const Item &x, const Item &y) {
        if (x.start != y.start)
            return x.start < y.start;
        if (x.relation != y.relation)
            return !x.relation; // an entity before the relations that start there
        return x.end < y.end;
    });
    return items;
}

} // namespace Hashiya
