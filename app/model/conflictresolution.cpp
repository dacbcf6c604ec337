// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictresolution.h"

#include "model/annotationcommands.h"
#include "model/articledocument.h"
#include "model/documentcommands.h"
#include "model/mergeconflict.h"
#include "text/quoteanchor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hashiya {
namespace {

using Kind = MergeConflict::Kind;
using Choice = ConflictResolution::Choice;

const QByteArray attributePrefix = "attributes.";

/// A string value, or empty for none; nothing if the value is of another type.
std::optional<QString> stringOrNone(const QJsonValue &value)
{
    if (value.isNull())
        return QString();
    if (value.isString())
        return value.toString();
    return std::nullopt;
}

std::optional<Attributes> attributesOf(const QJsonValue &value)
{
    if (value.isNull())
        return Attributes();
    if (!value.isObject())
        return std::nullopt;
    Attributes attributes;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it->isString())
            return std::nullopt;
        attributes.insert(it.key(), it->toString());
    }
    return attributes;
}

/// Sets or removes (for none) an unknown member kept as raw JSON.
void setExtra(ExtraFields &extra, const QString &name, const std::optional<QByteArray> &raw)
{
    const auto found =
        std::find_if(extra.begin(), extra.end(), [&name](const auto &field) { return field.first == name; });
    if (!raw) {
        if (found != extra.end())
            extra.erase(found);
    } else if (found != extra.end()) {
        found->second = *raw;
    } else {
        extra.append({name, *raw});
    }
}

/// The members entities and relations share; false if `field` is none of them or the value does not fit.
template<typename Item>
bool applyShared(Item &item, const QByteArray &field, const std::optional<QByteArray> &raw, bool *known)
{
    *known = true;
    const QJsonValue value = MergeConflict::valueOf(raw);
    if (field == "type") {
        if (!value.isString() || value.toString().isEmpty())
            return false;
        item.type = value.toString();
        return true;
    }
    if (field == "note") {
        const std::optional<QString> note = stringOrNone(value);
        if (note)
            item.note = *note;
        return note.has_value();
    }
    if (field == "attributes") {
        const std::optional<Attributes> attributes = attributesOf(value);
        if (attributes)
            item.attributes = *attributes;
        return attributes.has_value();
    }
    if (field.startsWith(attributePrefix) && field.size() > attributePrefix.size()) {
        const QString name = QString::fromUtf8(field.mid(attributePrefix.size()));
        const std::optional<QString> attribute = stringOrNone(value);
        if (!attribute)
            return false;
        if (attribute->isEmpty())
            item.attributes.remove(name);
        else
            item.attributes.insert(name, *attribute);
        return true;
    }
    *known = false;
    return false;
}

/// The entity with theirs' value of the conflict's field; nothing if it does not fit.
std::optional<Entity> entityWithTheirs(const ArticleDocument &document, Entity entity, const MergeConflict &conflict)
{
    bool known = false;
    if (applyShared(entity, conflict.field, conflict.theirs, &known))
        return entity;
    if (known)
        return std::nullopt;
    if (conflict.field == "spans") {
        if (!conflict.theirs)
            return std::nullopt;
        const std::optional<SpanList> spans = ConflictResolution::placeSpans(document, *conflict.theirs);
        if (!spans)
            return std::nullopt;
        entity.spans = *spans;
        return entity;
    }
    if (conflict.field == "reference") {
        const std::optional<QString> reference = stringOrNone(MergeConflict::valueOf(conflict.theirs));
        if (!reference)
            return std::nullopt;
        entity.reference = *reference;
        return entity;
    }
    if (conflict.field == "id" || conflict.field.isEmpty() || conflict.field.contains('.'))
        return std::nullopt;
    setExtra(entity.extra, QString::fromUtf8(conflict.field), conflict.theirs);
    return entity;
}

std::optional<Relation> relationWithTheirs(const ArticleDocument &document, Relation relation,
                                           const MergeConflict &conflict)
{
    bool known = false;
    if (applyShared(relation, conflict.field, conflict.theirs, &known))
        return relation;
    if (known)
        return std::nullopt;
    if (conflict.field == "from" || conflict.field == "to") {
        const QJsonValue end = MergeConflict::valueOf(conflict.theirs);
        if (!end.isString() || !document.annotations()->entity(end.toString()))
            return std::nullopt; // never a relation to nothing
        (conflict.field == "from" ? relation.from : relation.to) = end.toString();
        return relation;
    }
    if (conflict.field == "id" || conflict.field.isEmpty() || conflict.field.contains('.'))
        return std::nullopt;
    setExtra(relation.extra, QString::fromUtf8(conflict.field), conflict.theirs);
    return relation;
}

/// Taking theirs' side, as values: the item with theirs' value, the article's status or title, or the
/// item deleted. Worked out before any command is made, so that a choice that cannot be applied is known
/// without touching the document.
struct TheirSide
{
    std::optional<Entity> entity;
    std::optional<Relation> relation;
    std::optional<QString> status;
    std::optional<QString> title;
    bool remove = false; ///< the item itself goes (an entity with its relations)
};

std::optional<TheirSide> theirSide(const ArticleDocument &document, const MergeConflict &conflict)
{
    const AnnotationSet *set = document.annotations();
    const QString id = QString::fromUtf8(conflict.itemId);
    TheirSide side;
    switch (conflict.kind) {
    case Kind::BothChanged:
        if (conflict.item == "entity") {
            if (const Entity *entity = set->entity(id))
                side.entity = entityWithTheirs(document, *entity, conflict);
            return side.entity ? std::optional(side) : std::nullopt;
        }
        if (conflict.item == "relation") {
            if (const Relation *relation = set->relation(id))
                side.relation = relationWithTheirs(document, *relation, conflict);
            return side.relation ? std::optional(side) : std::nullopt;
        }
        if (conflict.item == "sidecar") {
            const std::optional<QString> value = stringOrNone(MergeConflict::valueOf(conflict.theirs));
            if (conflict.field == "status" && value && SidecarInfo::statuses().contains(*value))
                side.status = value;
            else if (conflict.field == "title" && value)
                side.title = value;
            else
                return std::nullopt;
            return side;
        }
        return std::nullopt;
    case Kind::DeletedAndChanged:
    case Kind::EndDeleted:
        side.remove = true;
        if ((conflict.item == "entity" && set->entity(id)) || (conflict.item == "relation" && set->relation(id)))
            return side;
        return std::nullopt;
    }
    return std::nullopt;
}

/// Adds to `parent` the commands that make `side` so.
void addCommands(ArticleDocument *document, const MergeConflict &conflict, const TheirSide &side, QUndoCommand *parent)
{
    AnnotationSet *set = document->annotations();
    const QString id = QString::fromUtf8(conflict.itemId);
    const QString text = ConflictResolution::label(conflict, Choice::Other);
    if (side.entity)
        ChangeEntityCommand::replace(set, *side.entity, text, parent);
    if (side.relation)
        ChangeRelationCommand::replace(set, *side.relation, text, parent);
    if (side.status)
        new SetStatusCommand(document, *side.status, parent);
    if (side.title)
        new SetTitleCommand(document, *side.title, parent);
    if (side.remove && conflict.item == "entity")
        new RemoveEntityCommand(set, id, parent); // with every relation from or to it
    else if (side.remove)
        new RemoveRelationCommand(set, id, parent);
}

} // namespace

QString ConflictResolution::label(const MergeConflict &conflict, Choice choice)
{
    // For an item one side deleted, the side that still has it is the one that changed it.
    const QString &changedBy = conflict.ours ? conflict.oursName : conflict.theirsName;
    const QString &deletedBy = conflict.ours ? conflict.theirsName : conflict.oursName;
    switch (conflict.kind) {
    case Kind::BothChanged:
        return choice == Choice::Keep ? tr("Keep ours (%1)").arg(conflict.oursName)
                                      : tr("Take theirs (%1)").arg(conflict.theirsName);
    case Kind::DeletedAndChanged:
        return choice == Choice::Keep ? tr("Keep it as %1 changed it").arg(changedBy)
                                      : tr("Delete it, as %1 did").arg(deletedBy);
    case Kind::EndDeleted:
        return choice == Choice::Keep ? tr("Keep the entity") : tr("Delete it and the relations that need it");
    }
    return {};
}

bool ConflictResolution::canTakeOther(const ArticleDocument &document, const MergeConflict &conflict)
{
    return theirSide(document, conflict).has_value();
}

QUndoCommand *ConflictResolution::command(ArticleDocument *document, const QByteArray &id, Choice choice)
{
    const MergeConflict *conflict = document->conflict(id);
    if (!conflict)
        return nullptr;
    std::optional<TheirSide> side;
    if (choice == Choice::Other) {
        side = theirSide(*document, *conflict);
        if (!side)
            return nullptr;
    }
    auto *resolve = new ResolveConflictCommand(document, id, label(*conflict, choice));
    if (side)
        addCommands(document, *conflict, *side, resolve);
    return resolve;
}

std::optional<SpanList> ConflictResolution::placeSpans(const ArticleDocument &document, const QByteArray &json)
{
    const QJsonDocument parsed = QJsonDocument::fromJson(json);
    if (!parsed.isArray() || parsed.array().isEmpty())
        return std::nullopt;
    const qsizetype length = document.codePoints().codePointCount();
    std::u32string text; // made only if a fragment is not where it was
    SpanList spans;
    for (const QJsonValue &value : parsed.array()) {
        const QJsonArray fragment = value.toArray();
        const qsizetype start = fragment.at(0).toInteger(-1), end = fragment.at(1).toInteger(-1);
        const QString exact = fragment.at(2).toString();
        if (start < 0 || end <= start || exact.isEmpty())
            return std::nullopt;
        Span span {start, end, {}};
        for (qsizetype i = 5; i < fragment.size(); ++i) // what a newer version added, kept
            span.extra.append(
                QJsonDocument(QJsonArray {fragment.at(i)}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
        if (end > length || document.textOf(span) != exact) {
            if (text.empty())
                text = document.text().toStdU32String();
            const std::u32string quoted = exact.toStdU32String(), prefix = fragment.at(3).toString().toStdU32String(),
                                 suffix = fragment.at(4).toString().toStdU32String();
            const std::optional<QuoteAnchor::Placement> found =
                QuoteAnchor::find(text, Quote {quoted, prefix, suffix}, start);
            if (!found || found->errors > 0)
                return std::nullopt;
            span.start = found->start;
            span.end = found->end;
        }
        spans.append(span);
    }
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
    for (qsizetype i = 1; i < spans.size(); ++i) {
        if (spans[i].start < spans[i - 1].end)
            return std::nullopt;
    }
    return spans;
}

} // namespace Hashiya
