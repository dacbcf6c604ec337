// SPDX-License-Identifier: GPL-3.0-or-later
#include "sidecarmerge.h"

#include "model/annotationid.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace Hashiya {
namespace {

using Fields = SidecarTree::Fields;
using Item = SidecarTree::Item;
using Value = std::optional<QByteArray>;

/// A member's raw value, or nothing where there is none (a present value is never empty).
Value member(const Fields *fields, const QByteArray &key)
{
    QByteArray value = fields ? SidecarTree::valueOf(*fields, key) : QByteArray();
    return value.isEmpty() ? std::nullopt : Value(std::move(value));
}

/// The same members with the same values, in any order.
bool sameMembers(const Fields &a, const Fields &b)
{
    if (a.size() != b.size())
        return false;
    return std::all_of(a.begin(), a.end(), [&b](const auto &field) { return member(&b, field.first) == field.second; });
}

/// Items by id. Ids are short and there are hundreds of thousands of them: the standard library's
/// hash of a view is several times quicker here than QHash's of a QByteArray.
using ById = std::unordered_map<std::string_view, const Item *>;
using IdSet = std::unordered_set<std::string_view>;

std::string_view viewOf(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), size_t(bytes.size()));
}

ById byId(const std::vector<Item> &items)
{
    ById map;
    map.reserve(items.size());
    for (const Item &item : items)
        map.emplace(viewOf(item.id), &item);
    return map;
}

const Item *lookup(const ById &map, const QByteArray &id)
{
    const auto it = map.find(viewOf(id));
    return it != map.end() ? it->second : nullptr;
}

/// Both as written, byte for byte (items the merge made have no text to compare).
bool sameText(const Item &a, const Item &b)
{
    return !a.raw.isEmpty() && a.raw == b.raw;
}

/// The item's object, as written or as made.
QByteArray textOf(const Item &item)
{
    return item.raw.isEmpty() ? SidecarTree::objectOf(item.fields) : QByteArray(item.raw.constData(), item.raw.size());
}

QByteArray quotedId(const QByteArray &id)
{
    return '"' + id + '"';
}

QByteArray idOf(const QByteArray &quoted)
{
    return quoted.size() >= 2 && quoted.startsWith('"') ? quoted.mid(1, quoted.size() - 2) : quoted;
}

int majorOf(const QByteArray &version)
{
    return SidecarTree::unquoted(version).section(u'.', 0, 0).toInt();
}

int minorOf(const QByteArray &version)
{
    return SidecarTree::unquoted(version).section(u'.', 1, 1).toInt();
}

/// One merge in progress: the conflicts it records and what it took from each side.
class Merger
{
public:
    explicit Merger(const SidecarMerge::Names &names, SidecarMerge::Result &result)
        : m_names(names)
        , m_result(result)
    {
    }

    void conflict(MergeConflict::Kind kind, const QByteArray &item, const QByteArray &itemId, const QByteArray &field,
                  Value base, Value ours, Value theirs)
    {
        MergeConflict conflict;
        conflict.id = newAnnotationId().toUtf8();
        conflict.kind = kind;
        conflict.item = item;
        conflict.itemId = itemId;
        conflict.field = field;
        conflict.base = std::move(base);
        conflict.ours = std::move(ours);
        conflict.theirs = std::move(theirs);
        conflict.oursName = m_names.ours;
        conflict.theirsName = m_names.theirs;
        m_result.conflicts.push_back(std::move(conflict));
    }

    /// Member by member; `field` prefixes the members' names in conflicts ("attributes.").
    Fields members(const QByteArray &item, const QByteArray &itemId, const Fields *base, const Fields &ours,
                   const Fields &theirs, const QByteArray &prefix, bool *oursChanged, bool *theirsChanged)
    {
        Fields out;
        out.reserve(ours.size() + 1);
        auto mergeKey = [&](const QByteArray &key) {
            const Value b = member(base, key), o = member(&ours, key), t = member(&theirs, key);
            if (o == t) {
                if (o)
                    out.emplace_back(key, *o);
                if (o != b)
                    *oursChanged = *theirsChanged = true;
                return;
            }
            if (o == b) {
                *theirsChanged = true;
                if (t)
                    out.emplace_back(key, *t);
                return;
            }
            if (t == b) {
                *oursChanged = true;
                if (o)
                    out.emplace_back(key, *o);
                return;
            }
            *oursChanged = *theirsChanged = true;
            if (prefix.isEmpty() && key == "attributes" && o && t) {
                const std::optional<Fields> ob = b ? SidecarTree::membersOf(*b) : Fields {};
                const std::optional<Fields> oo = SidecarTree::membersOf(*o), ot = SidecarTree::membersOf(*t);
                if (ob && oo && ot) {
                    bool ignoredOurs = false, ignoredTheirs = false;
                    const Fields merged =
                        members(item, itemId, &*ob, *oo, *ot, "attributes.", &ignoredOurs, &ignoredTheirs);
                    if (!merged.empty())
                        out.emplace_back(key, SidecarTree::objectOf(merged));
                    return;
                }
            }
            conflict(MergeConflict::Kind::BothChanged, item, itemId, prefix + key, b, o, t);
            if (o)
                out.emplace_back(key, *o);
        };
        for (const auto &field : ours)
            mergeKey(field.first);
        for (const auto &field : theirs) {
            if (!member(&ours, field.first))
                mergeKey(field.first);
        }
        return out;
    }

    /// Entities or relations, matched by id (`theirs` already speaks in ours' ids where both added one).
    std::vector<Item> items(const QByteArray &kind, const std::vector<Item> &base, const std::vector<Item> &ours,
                            const std::vector<Item> &theirs)
    {
        const ById inBase = byId(base), inOurs = byId(ours), inTheirs = byId(theirs);
        std::vector<Item> out;
        out.reserve(std::max(ours.size(), theirs.size()));
        auto take = [&](const QByteArray &id) {
            const Item *b = lookup(inBase, id), *o = lookup(inOurs, id), *t = lookup(inTheirs, id);
            if (o && t) {
                // Most items are as both sides read them: compared as written, untouched.
                if (sameText(*o, *t)) {
                    out.push_back(*o);
                    return;
                }
                if (b && sameText(*o, *b)) {
                    ++m_result.fromTheirs;
                    out.push_back(*t);
                    return;
                }
                if (b && sameText(*t, *b)) {
                    ++m_result.fromOurs;
                    out.push_back(*o);
                    return;
                }
                bool oursChanged = false, theirsChanged = false;
                const Fields baseFields = b ? SidecarTree::membersOf(*b) : Fields {};
                Item merged;
                SidecarTree::setMembers(merged, members(kind, id, b ? &baseFields : nullptr, SidecarTree::membersOf(*o),
                                                        SidecarTree::membersOf(*t), {}, &oursChanged, &theirsChanged));
                // Where it begins and ends, from the side whose spans it took.
                const Item *spans = merged.spans == o->spans ? o : t;
                merged.start = spans->start;
                merged.end = spans->end;
                m_result.fromOurs += oursChanged && !theirsChanged ? 1 : 0;
                m_result.fromTheirs += theirsChanged && !oursChanged ? 1 : 0;
                out.push_back(std::move(merged));
                return;
            }
            const Item *kept = o ? o : t;
            if (!kept)
                return; // deleted on both sides
            const bool oursKept = o != nullptr;
            if (!b) { // added on one side
                (oursKept ? m_result.fromOurs : m_result.fromTheirs) += 1;
                out.push_back(*kept);
                return;
            }
            // Deleted on one side: taken if the other did not change it, else kept as changed.
            (oursKept ? m_result.fromTheirs : m_result.fromOurs) += 1;
            if (sameText(*kept, *b) || sameMembers(SidecarTree::membersOf(*kept), SidecarTree::membersOf(*b)))
                return;
            const QByteArray object = textOf(*kept);
            conflict(MergeConflict::Kind::DeletedAndChanged, kind, id, {}, textOf(*b),
                     oursKept ? Value(object) : std::nullopt, oursKept ? std::nullopt : Value(object));
            out.push_back(*kept);
        };
        for (const Item &item : ours)
            take(item.id);
        for (const Item &item : theirs) {
            if (!lookup(inOurs, item.id))
                take(item.id);
        }
        return out; // items of the base that neither side kept are gone
    }

private:
    SidecarMerge::Names m_names;
    SidecarMerge::Result &m_result;
};

/// Theirs' items added under ids of their own that ours also added (same `key`), renamed to ours' ids;
/// `renamed` maps theirs' ids to ours'.
std::vector<Item> speakingOurIds(const std::vector<Item> &base, const std::vector<Item> &ours,
                                 const std::vector<Item> &theirs, const std::function<QByteArray(const Item &)> &key,
                                 QHash<QByteArray, QByteArray> &renamed, qsizetype &unified)
{
    IdSet inBase, inOurs;
    inBase.reserve(base.size());
    inOurs.reserve(ours.size());
    for (const Item &item : base)
        inBase.insert(viewOf(item.id));
    for (const Item &item : ours)
        inOurs.insert(viewOf(item.id));
    QHash<QByteArray, QByteArray> addedByUs; // key → id
    for (const Item &item : ours) {
        if (!inBase.contains(viewOf(item.id)))
            addedByUs.insert(key(item), item.id);
    }
    std::vector<Item> out = theirs;
    for (Item &item : out) {
        if (inBase.contains(viewOf(item.id)) || inOurs.contains(viewOf(item.id)))
            continue;
        const QByteArray ourId = addedByUs.value(key(item));
        if (ourId.isEmpty())
            continue;
        renamed.insert(item.id, ourId);
        Fields fields = SidecarTree::membersOf(item);
        for (auto &[name, value] : fields) {
            if (name == "id")
                value = quotedId(ourId);
        }
        const qint64 start = item.start, end = item.end;
        SidecarTree::setMembers(item, std::move(fields));
        item.start = start;
        item.end = end;
        ++unified;
    }
    return out;
}

void renameEnds(std::vector<Item> &relations, const QHash<QByteArray, QByteArray> &renamed)
{
    if (renamed.isEmpty())
        return;
    for (Item &relation : relations) {
        if (!renamed.contains(relation.from) && !renamed.contains(relation.to))
            continue;
        Fields fields = SidecarTree::membersOf(relation);
        for (auto &[name, value] : fields) {
            if ((name == "from" || name == "to") && renamed.contains(idOf(value)))
                value = quotedId(renamed.value(idOf(value)));
        }
        SidecarTree::setMembers(relation, std::move(fields));
    }
}

/// A schema: its own members, then each list name by name, in ours' order. Its conflicts are returned,
/// not written: a schema is short, and a person resolves it as text.
void mergeSchema(Merger &merger, const SidecarTree &base, const SidecarTree &ours, const SidecarTree &theirs,
                 SidecarTree &merged)
{
    merged.format = ours.format;
    for (const SidecarTree *side : {&base, &ours, &theirs})
        merged.sources.insert(merged.sources.end(), side->sources.begin(), side->sources.end());
    bool ignoredOurs = false, ignoredTheirs = false;
    merged.root = merger.members("schema", {}, &base.root, ours.root, theirs.root, {}, &ignoredOurs, &ignoredTheirs);
    auto listOf = [](const SidecarTree &tree, const QByteArray &key) {
        for (const auto &[name, items] : tree.namedLists) {
            if (name == key)
                return items;
        }
        return std::vector<Item> {};
    };
    QList<QByteArray> keys;
    for (const SidecarTree *side : {&ours, &theirs}) {
        for (const auto &named : side->namedLists) {
            if (!keys.contains(named.first))
                keys.append(named.first);
        }
    }
    for (const QByteArray &key : keys) {
        const QByteArray kind = key == "attributes" ? QByteArray("attribute") : key.chopped(1); // entityTypes → entityType
        merged.namedLists.emplace_back(key, merger.items(kind, listOf(base, key), listOf(ours, key), listOf(theirs, key)));
    }
}

} // namespace

SidecarMerge::Result SidecarMerge::merge(const SidecarTree &base, const SidecarTree &ours, const SidecarTree &theirs,
                                         const Names &names)
{
    Result result;
    Merger merger(names, result);
    SidecarTree &merged = result.merged;
    if (ours.format == "hashiya-schema") {
        mergeSchema(merger, base, ours, theirs, merged);
        return result;
    }
    // The merged items are views into the sides' bytes.
    for (const SidecarTree *side : {&base, &ours, &theirs})
        merged.sources.insert(merged.sources.end(), side->sources.begin(), side->sources.end());

    // The same entity, and then the same relation, added on both sides: one, under ours' id.
    QHash<QByteArray, QByteArray> renamed;
    const std::vector<Item> theirEntities = speakingOurIds(
        base.entities, ours.entities, theirs.entities,
        [](const Item &item) -> QByteArray { return item.type + '\0' + item.spans; },
        renamed,
        result.unified);
    std::vector<Item> theirRelations = theirs.relations;
    renameEnds(theirRelations, renamed);
    QHash<QByteArray, QByteArray> renamedRelations;
    theirRelations = speakingOurIds(
        base.relations, ours.relations, theirRelations,
        [](const Item &item) -> QByteArray { return item.type + '\0' + item.from + '\0' + item.to; },
        renamedRelations, result.unified);

    merged.entities = merger.items("entity", base.entities, ours.entities, theirEntities);
    merged.relations = merger.items("relation", base.relations, ours.relations, theirRelations);

    // A relation kept whose end a side deleted brings the end back: never a relation to nothing.
    IdSet present; // views of the ids' bytes, which stay where they are as the list grows
    present.reserve(merged.entities.size());
    for (const Item &entity : merged.entities)
        present.insert(viewOf(entity.id));
    std::optional<std::array<ById, 3>> ids; // made when an end is missing
    auto find = [&](int side, const QByteArray &id) -> const Item * {
        if (!ids)
            ids = std::array<ById, 3> {byId(base.entities), byId(ours.entities), byId(theirEntities)};
        return lookup((*ids)[size_t(side)], id);
    };
    for (const Item &relation : merged.relations) {
        for (const QByteArray &id : {relation.from, relation.to}) {
            if (id.isEmpty() || present.contains(viewOf(id)))
                continue;
            const Item *b = find(0, id), *o = find(1, id), *t = find(2, id);
            const Item *back = o ? o : t ? t : b;
            if (!back)
                continue; // an end no side holds: the sidecar was like that, and validate says so
            merger.conflict(MergeConflict::Kind::EndDeleted, "entity", id, {}, b ? Value(textOf(*b)) : std::nullopt,
                            o ? Value(textOf(*o)) : std::nullopt, t ? Value(textOf(*t)) : std::nullopt);
            merged.entities.push_back(*back);
            present.insert(viewOf(id));
        }
    }
    std::sort(merged.entities.begin(), merged.entities.end(), [](const Item &a, const Item &b) {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.end != b.end)
            return a.end < b.end;
        if (a.type != b.type)
            return a.type < b.type;
        return a.id < b.id;
    });
    std::sort(merged.relations.begin(), merged.relations.end(), [](const Item &a, const Item &b) { return a.id < b.id; });

    // The sidecar's own members. Who saved last and when come from the side saved later.
    const bool theirsLater = SidecarTree::unquoted(theirs.field("modified")) > SidecarTree::unquoted(ours.field("modified"));
    const SidecarTree &later = theirsLater ? theirs : ours;
    const std::optional<Fields> baseArticle = SidecarTree::membersOf(base.field("article"));
    const QByteArray baseText = baseArticle ? member(&*baseArticle, "sha256").value_or(QByteArray()) : QByteArray();
    Fields root;
    bool ignoredOurs = false, ignoredTheirs = false;
    Fields others = merger.members("sidecar", {}, &base.root, ours.root, theirs.root, {}, &ignoredOurs, &ignoredTheirs);
    for (auto &[key, value] : others) {
        if (key == "annotator" || key == "modified") {
            const Value chosen = member(&later.root, key);
            if (chosen)
                root.emplace_back(key, *chosen);
            continue;
        }
        root.emplace_back(key, value);
    }
    // Conflicts on who and when are not conflicts: drop the ones the member merge recorded.
    std::erase_if(result.conflicts, [](const MergeConflict &c) {
        return c.item == "sidecar" && (c.field == "annotator" || c.field == "modified" || c.field == "version"
                                       || c.field == "article");
    });
    merged.root = std::move(root);

    // The article's text: when the sides annotate different versions of it, the merged sidecar names a
    // text the merged article does not have, so the window re-anchors every annotation by its quote.
    const std::optional<Fields> ourArticle = SidecarTree::membersOf(ours.field("article"));
    const std::optional<Fields> theirArticle = SidecarTree::membersOf(theirs.field("article"));
    if (ourArticle && theirArticle) {
        const QByteArray ourText = member(&*ourArticle, "sha256").value_or(QByteArray());
        const QByteArray theirText = member(&*theirArticle, "sha256").value_or(QByteArray());
        // Without a sha256 on both sides nothing tells the texts apart: the article stays as merged.
        if (!ourText.isEmpty() && !theirText.isEmpty() && ourText != theirText) {
            Fields article = ourText == baseText ? *theirArticle : *ourArticle;
            result.textsDiffer = true;
            // The sha256 of the side whose text did not change (or ours): what the merged text is not.
            const QByteArray stale = ourText == baseText ? ourText : theirText == baseText ? theirText : ourText;
            std::erase_if(article, [](const auto &field) { return field.first == "mergedFrom"; });
            for (auto &[key, value] : article) {
                if (key == "sha256")
                    value = stale;
            }
            article.emplace_back("mergedFrom", '[' + ourText + ',' + theirText + ']');
            merged.setField("article", SidecarTree::objectOf(article));
        }
    }

    // Conflicts an earlier merge left: kept until a side resolved them.
    auto idsOf = [](const std::vector<QByteArray> &conflicts) {
        QSet<QByteArray> ids;
        for (const QByteArray &conflict : conflicts) {
            if (const std::optional<Fields> fields = SidecarTree::membersOf(conflict))
                ids.insert(member(&*fields, "id").value_or(QByteArray()));
        }
        return ids;
    };
    const QSet<QByteArray> inBase = idsOf(base.conflicts), inOurs = idsOf(ours.conflicts), inTheirs = idsOf(theirs.conflicts);
    QSet<QByteArray> carried;
    for (const std::vector<QByteArray> *side : {&ours.conflicts, &theirs.conflicts}) {
        for (const QByteArray &conflict : *side) {
            const std::optional<Fields> fields = SidecarTree::membersOf(conflict);
            const QByteArray id = fields ? member(&*fields, "id").value_or(QByteArray()) : QByteArray();
            const bool resolved = inBase.contains(id) && (!inOurs.contains(id) || !inTheirs.contains(id));
            if (!resolved && !carried.contains(id)) {
                carried.insert(id);
                merged.conflicts.push_back(conflict);
            }
        }
    }
    for (const MergeConflict &conflict : result.conflicts)
        merged.conflicts.push_back(conflict.toJson());

    // Version 2 while conflicts wait (a Hashiya that reads 1.x only leaves such a file alone); else the
    // newer of the sides' 1.x versions.
    const QByteArray ourVersion = ours.field("version"), theirVersion = theirs.field("version");
    QByteArray version = minorOf(theirVersion) > minorOf(ourVersion) && majorOf(theirVersion) == majorOf(ourVersion)
        ? theirVersion
        : ourVersion;
    if (!merged.conflicts.empty())
        version = "\"2.0\"";
    else if (majorOf(version) >= 2 || (result.textsDiffer && minorOf(version) < 3))
        version = "\"1.3\""; // 1.3 added article.mergedFrom
    if (!version.isEmpty())
        merged.setField("version", version);
    return result;
}

} // namespace Hashiya
