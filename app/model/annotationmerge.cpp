// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationmerge.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Hashiya {

namespace {

template<typename Item, typename Items>
QHash<QString, const Item *> byId(const Items &items)
{
    QHash<QString, const Item *> index;
    index.reserve(qsizetype(items.size()));
    for (const Item &item : items)
        index.insert(item.id, &item);
    return index;
}

/// Equal, or both absent.
template<typename Item>
bool same(const Item *a, const Item *b)
{
    return a == b || (a && b && *a == *b);
}

QString describe(const Entity &entity)
{
    QStringList spans;
    for (const Span &span : entity.spans)
        spans.append(QString::number(span.start) + u'–' + QString::number(span.end));
    return entity.type + u' ' + entity.id + u" [" + spans.join(QStringLiteral(", ")) + u']';
}

QString describe(const Relation &relation)
{
    return relation.type + u' ' + relation.id + u" (" + relation.from + u" → " + relation.to + u')';
}

/// Merges one kind of annotation (entities or relations) by id.
template<typename Item, typename Items>
std::vector<Item> mergeById(const Items &base, const Items &mine, const Items &theirs, MergeOutcome *outcome)
{
    const QHash<QString, const Item *> baseIndex = byId<Item>(base);
    const QHash<QString, const Item *> mineIndex = byId<Item>(mine);
    const QHash<QString, const Item *> theirIndex = byId<Item>(theirs);
    QSet<QString> ids;
    for (const auto *index : {&baseIndex, &mineIndex, &theirIndex})
        for (auto it = index->cbegin(); it != index->cend(); ++it)
            ids.insert(it.key());

    std::vector<Item> merged;
    merged.reserve(ids.size());
    for (const QString &id : std::as_const(ids)) {
        const Item *was = baseIndex.value(id);
        const Item *mineNow = mineIndex.value(id);
        const Item *theirsNow = theirIndex.value(id);
        const bool mineChanged = !same(was, mineNow);
        const bool theirsChanged = !same(was, theirsNow);
        const Item *kept = was;
        if (mineChanged && !theirsChanged) {
            kept = mineNow;
            ++outcome->fromMine;
        } else if (theirsChanged && !mineChanged) {
            kept = theirsNow;
            ++outcome->fromTheirs;
        } else if (mineChanged && theirsChanged) {
            if (same(mineNow, theirsNow)) {
                kept = mineNow;
            } else if (!mineNow) {
                kept = theirsNow;
                outcome->conflicts.append(AnnotationMerge::tr("%1 was deleted here and changed in the file; "
                                                              "the file's version is kept")
                                              .arg(describe(*theirsNow)));
            } else if (!theirsNow) {
                kept = mineNow;
                outcome->conflicts.append(AnnotationMerge::tr("%1 was deleted in the file and changed here; "
                                                              "this version is kept")
                                              .arg(describe(*mineNow)));
            } else {
                kept = mineNow;
                outcome->conflicts.append(AnnotationMerge::tr("%1 was changed on both sides; this version is "
                                                              "kept, the file had %2")
                                              .arg(describe(*mineNow), describe(*theirsNow)));
            }
        }
        if (kept)
            merged.push_back(*kept);
    }
    return merged;
}

} // namespace

MergeOutcome AnnotationMerge::merge(const AnnotationSnapshot &base, const AnnotationSnapshot &mine,
                                    const AnnotationSnapshot &theirs)
{
    MergeOutcome outcome;
    std::vector<Entity> entities = mergeById<Entity>(base.entities, mine.entities, theirs.entities, &outcome);
    std::vector<Relation> relations = mergeById<Relation>(base.relations, mine.relations, theirs.relations, &outcome);

    QSet<QString> entityIds;
    for (const Entity &entity : entities)
        entityIds.insert(entity.id);
    const auto dangling = [&](const Relation &relation) {
        if (entityIds.contains(relation.from) && entityIds.contains(relation.to))
            return false;
        outcome.conflicts.append(
            tr("%1 was dropped: one of its entities was deleted on the other side").arg(describe(relation)));
        return true;
    };
    relations.erase(std::remove_if(relations.begin(), relations.end(), dangling), relations.end());

    std::sort(entities.begin(), entities.end(), entityLess);
    std::sort(relations.begin(), relations.end(), relationLess);
    outcome.merged.entities = EntityList(std::move(entities));
    outcome.merged.relations = std::move(relations);
    outcome.conflicts.sort();
    return outcome;
}

} // namespace Hashiya
