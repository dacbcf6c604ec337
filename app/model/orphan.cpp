// SPDX-License-Identifier: GPL-3.0-or-later
#include "orphan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Hashiya {

using namespace Qt::StringLiterals;

namespace {

QJsonObject attributesToJson(const Attributes &attributes)
{
    QJsonObject object;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

Attributes attributesFromJson(const QJsonObject &object)
{
    Attributes attributes;
    for (auto it = object.begin(); it != object.end(); ++it)
        attributes.insert(it.key(), it.value().toString());
    return attributes;
}

QJsonObject relationToJson(const Relation &relation)
{
    QJsonObject object {
        {u"id"_s, relation.id}, {u"type"_s, relation.type}, {u"from"_s, relation.from}, {u"to"_s, relation.to}};
    if (!relation.attributes.isEmpty())
        object.insert(u"attributes"_s, attributesToJson(relation.attributes));
    if (!relation.note.isEmpty())
        object.insert(u"note"_s, relation.note);
    return object;
}

} // namespace

QByteArray Orphan::toJson(const QList<Orphan> &orphans)
{
    if (orphans.isEmpty())
        return {};
    QJsonArray list;
    for (const Orphan &orphan : orphans) {
        QJsonArray spans;
        for (qsizetype i = 0; i < orphan.entity.spans.size(); ++i) {
            const Span &span = orphan.entity.spans[i];
            spans.append(QJsonArray {span.start, span.end, orphan.texts.value(i)});
        }
        QJsonObject entity {{u"id"_s, orphan.entity.id}, {u"type"_s, orphan.entity.type}, {u"spans"_s, spans}};
        if (!orphan.entity.attributes.isEmpty())
            entity.insert(u"attributes"_s, attributesToJson(orphan.entity.attributes));
        if (!orphan.entity.note.isEmpty())
            entity.insert(u"note"_s, orphan.entity.note);
        if (!orphan.entity.reference.isEmpty())
            entity.insert(u"reference"_s, orphan.entity.reference);
        QJsonArray relations;
        for (const Relation &relation : orphan.relations)
            relations.append(relationToJson(relation));
        list.append(QJsonObject {{u"entity"_s, entity}, {u"relations"_s, relations}});
    }
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

Orphan Orphan::fromEntityJson(const QJsonObject &entity)
{
    Orphan orphan;
    orphan.entity.id = entity[u"id"].toString();
    orphan.entity.type = entity[u"type"].toString();
    orphan.entity.attributes = attributesFromJson(entity[u"attributes"].toObject());
    orphan.entity.note = entity[u"note"].toString();
    orphan.entity.reference = entity[u"reference"].toString();
    for (const QJsonValue &span : entity[u"spans"].toArray()) {
        orphan.entity.spans.append(Span {span[0].toInteger(), span[1].toInteger(), {}});
        orphan.texts.append(span[2].toString());
    }
    return orphan;
}

Relation Orphan::relationFromJson(const QJsonObject &object)
{
    Relation relation;
    relation.id = object[u"id"].toString();
    relation.type = object[u"type"].toString();
    relation.from = object[u"from"].toString();
    relation.to = object[u"to"].toString();
    relation.attributes = attributesFromJson(object[u"attributes"].toObject());
    relation.note = object[u"note"].toString();
    return relation;
}

std::optional<QList<Orphan>> Orphan::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    QList<Orphan> orphans;
    for (const QJsonValue &value : document.array()) {
        Orphan orphan = fromEntityJson(value[u"entity"].toObject());
        if (orphan.entity.id.isEmpty() || orphan.entity.spans.isEmpty())
            return std::nullopt;
        for (const QJsonValue &item : value[u"relations"].toArray())
            orphan.relations.append(relationFromJson(item.toObject()));
        orphans.append(orphan);
    }
    return orphans;
}

} // namespace Hashiya
