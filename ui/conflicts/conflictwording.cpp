// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictwording.h"

#include "model/articledocument.h"
#include "model/mergeconflict.h"
#include "ui/widgets/interfacelocale.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Hashiya {
namespace {

using Kind = MergeConflict::Kind;

const QByteArray attributePrefix = "attributes.";
constexpr qsizetype longest = 60; // characters of a quoted text or note before it is cut

/// “text”, cut when long, kept together in its own direction: a Latin name in an Arabic row (or the
/// other way round) keeps its quotes around it.
QString quoted(const QString &text)
{
    const QString line = text.simplified();
    return InterfaceLocale::isolated(u'“' + (line.size() > longest ? line.left(longest - 1) + u'…' : line) + u'”');
}

/// The words stored spans cover, as a sidecar keeps them: [[start, end, text, ...], ...].
QString spanWords(const QJsonArray &spans)
{
    QStringList texts;
    for (const QJsonValue &fragment : spans)
        texts.append(fragment.toArray().at(2).toString());
    return quoted(texts.join(u" … "_s));
}

/// An entity by its text here, else the id.
QString entityWords(const ArticleDocument &document, const QString &id)
{
    const Entity *entity = document.annotations()->entity(id);
    return entity ? quoted(document.textOf(*entity)) : id;
}

/// An entity or relation object, as a side wrote it.
QString objectWords(const ArticleDocument &document, const QJsonObject &object)
{
    const QString type = object[u"type"].toString();
    if (object.contains(u"spans"_s))
        return ConflictWording::tr("%1 (%2)").arg(spanWords(object[u"spans"].toArray()), type);
    return ConflictWording::tr("%1 %2 → %3")
        .arg(type, entityWords(document, object[u"from"].toString()), entityWords(document, object[u"to"].toString()));
}

QString fieldWords(const QByteArray &field)
{
    if (field == "type")
        return ConflictWording::tr("type");
    if (field == "spans")
        return ConflictWording::tr("text");
    if (field == "note")
        return ConflictWording::tr("note");
    if (field == "reference")
        return ConflictWording::tr("reference");
    if (field == "attributes")
        return ConflictWording::tr("attributes");
    if (field.startsWith(attributePrefix))
        return ConflictWording::tr("attribute %1").arg(QString::fromUtf8(field.mid(attributePrefix.size())));
    if (field == "from")
        return ConflictWording::tr("source");
    if (field == "to")
        return ConflictWording::tr("target");
    if (field == "status")
        return ConflictWording::tr("status");
    if (field == "title")
        return ConflictWording::tr("title");
    return QString::fromUtf8(field);
}

/// A value of the member `field` in words.
QString valueWords(const ArticleDocument &document, const QByteArray &field, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return ConflictWording::tr("nothing");
    if (field.isEmpty() && value.isObject())
        return objectWords(document, value.toObject());
    if (field == "spans" && value.isArray())
        return spanWords(value.toArray());
    if ((field == "from" || field == "to") && value.isString())
        return entityWords(document, value.toString());
    if (field == "note" || field == "title")
        return quoted(value.toString());
    if (value.isString())
        return value.toString().isEmpty() ? ConflictWording::tr("nothing") : value.toString();
    if (value.isObject()) { // attributes
        QStringList pairs;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            pairs.append(ConflictWording::tr("%1: %2").arg(it.key(), it->isString() ? it->toString() : u"…"_s));
        return pairs.isEmpty() ? ConflictWording::tr("nothing") : pairs.join(u", "_s);
    }
    const QByteArray json = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

/// What the side that kept an item one side deleted changed in it: "type DATE → EVENT".
QString changes(const ArticleDocument &document, const QJsonObject &before, const QJsonObject &after)
{
    QStringList changed;
    QStringList keys = before.keys();
    for (const QString &key : after.keys()) {
        if (!keys.contains(key))
            keys.append(key);
    }
    for (const QString &key : std::as_const(keys)) {
        if (key == u"id" || before.value(key) == after.value(key))
            continue;
        const QByteArray field = key.toUtf8();
        changed.append(ConflictWording::tr("%1 %2 → %3")
                           .arg(fieldWords(field), valueWords(document, field, before.value(key)),
                                valueWords(document, field, after.value(key))));
    }
    return changed.join(u"; "_s);
}

} // namespace

QString ConflictWording::item(const ArticleDocument &document, const MergeConflict &conflict)
{
    const QString id = QString::fromUtf8(conflict.itemId);
    const AnnotationSet *annotations = document.annotations();
    if (conflict.item == "entity") {
        if (const Entity *entity = annotations->entity(id))
            return tr("%1 (%2)").arg(quoted(document.textOf(*entity)), entity->type);
    } else if (conflict.item == "relation") {
        if (const Relation *relation = annotations->relation(id))
            return tr("%1 %2 → %3")
                .arg(relation->type, entityWords(document, relation->from), entityWords(document, relation->to));
    } else if (conflict.item == "sidecar") {
        return tr("The article");
    }
    // Gone from the document since: as a side wrote it, if one wrote it whole.
    for (const std::optional<QByteArray> &side : {conflict.ours, conflict.theirs, conflict.base}) {
        if (const QJsonValue object = MergeConflict::valueOf(side); conflict.field.isEmpty() && object.isObject())
            return objectWords(document, object.toObject());
    }
    return conflict.item == "entity" ? tr("Entity %1").arg(id) : tr("Relation %1").arg(id);
}

QString ConflictWording::value(const ArticleDocument &document, const MergeConflict &conflict,
                               const std::optional<QByteArray> &raw)
{
    return valueWords(document, conflict.field, MergeConflict::valueOf(raw));
}

QString ConflictWording::summary(const ArticleDocument &document, const MergeConflict &conflict)
{
    const QString what = item(document, conflict);
    // For an item one side deleted, the side that still has it is the one that kept (or changed) it.
    const QString &keptBy = conflict.ours ? conflict.oursName : conflict.theirsName;
    const QString &deletedBy = conflict.ours ? conflict.theirsName : conflict.oursName;
    switch (conflict.kind) {
    case Kind::BothChanged:
        return tr("%1: %2 %3 (%4) or %5 (%6), was %7")
            .arg(what, fieldWords(conflict.field), value(document, conflict, conflict.ours), conflict.oursName,
                 value(document, conflict, conflict.theirs), conflict.theirsName,
                 value(document, conflict, conflict.base));
    case Kind::DeletedAndChanged: {
        const QJsonObject before = MergeConflict::valueOf(conflict.base).toObject();
        const QJsonObject after = MergeConflict::valueOf(conflict.ours ? conflict.ours : conflict.theirs).toObject();
        const QString changed = changes(document, before, after);
        return changed.isEmpty() ? tr("%1: deleted by %2, changed by %3").arg(what, deletedBy, keptBy)
                                 : tr("%1: deleted by %2, changed by %3 (%4)").arg(what, deletedBy, keptBy, changed);
    }
    case Kind::EndDeleted: {
        QStringList relations;
        for (const Relation &relation : document.annotations()->relationsOf(QString::fromUtf8(conflict.itemId)))
            relations.append(
                tr("%1 %2 → %3")
                    .arg(relation.type, entityWords(document, relation.from), entityWords(document, relation.to)));
        return relations.isEmpty()
            ? tr("%1: deleted by %2, but a relation of %3 ended at it").arg(what, deletedBy, keptBy)
            : tr("%1: deleted by %2, but a relation of %3 ends at it (%4)")
                  .arg(what, deletedBy, keptBy, relations.join(u"; "_s));
    }
    }
    return what;
}

QString ConflictWording::details(const ArticleDocument &document, const MergeConflict &conflict)
{
    // A whole item a side does not have was deleted there; a member it does not have is "nothing".
    auto side = [&](const std::optional<QByteArray> &raw) {
        return !raw && conflict.field.isEmpty() ? tr("deleted") : value(document, conflict, raw);
    };
    const QString what = conflict.field.isEmpty()
        ? item(document, conflict)
        : tr("%1, %2").arg(item(document, conflict), fieldWords(conflict.field));
    return QStringList {what, tr("Before the merge: %1").arg(side(conflict.base)),
                        tr("%1 (ours): %2").arg(conflict.oursName, side(conflict.ours)),
                        tr("%1 (theirs): %2").arg(conflict.theirsName, side(conflict.theirs))}
        .join(u'\n');
}

} // namespace Hashiya
