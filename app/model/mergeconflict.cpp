// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergeconflict.h"


#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Hashiya {
namespace {

/// `text` as a JSON string, quoted and escaped.
QByteArray quoted(const QString &text)
{
    return QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact).chopped(1).mid(1);
}

} // namespace

QByteArray MergeConflict::kindName(Kind kind)
{
    switch (kind) {
    case Kind::BothChanged:
        return "both_changed";
    case Kind::DeletedAndChanged:
        return "deleted_and_changed";
    case Kind::EndDeleted:
        return "end_deleted";
    }
    return {};
}

QJsonValue MergeConflict::valueOf(const std::optional<QByteArray> &raw)
{
    if (!raw)
        return QJsonValue::Null;
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + *raw + ']');
    return wrapped.isArray() && wrapped.array().size() == 1 ? wrapped.array().first() : QJsonValue::Undefined;
}

QByteArray MergeConflict::toJson() const
{
    if (!json.isEmpty())
        return json;
    QByteArray out = "{\"id\":" + quoted(QString::fromUtf8(id)) + ",\"kind\":\"" + kindName(kind)
        + "\",\"item\":\"" + item + '"';
    if (!itemId.isEmpty())
        out += ",\"itemId\":" + quoted(QString::fromUtf8(itemId));
    if (!field.isEmpty())
        out += ",\"field\":" + quoted(QString::fromUtf8(field));
    out += ",\"base\":" + base.value_or("null") + ",\"ours\":" + ours.value_or("null") + ",\"theirs\":"
        + theirs.value_or("null");
    out += ",\"oursName\":" + quoted(oursName) + ",\"theirsName\":" + quoted(theirsName);
    return out + '}';
}

std::optional<MergeConflict> MergeConflict::fromJson(const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    MergeConflict conflict;
    conflict.id = object.value(u"id"_s).toString().toUtf8();
    const QByteArray kind = object.value(u"kind"_s).toString().toUtf8();
    bool known = false;
    for (const Kind k : {Kind::BothChanged, Kind::DeletedAndChanged, Kind::EndDeleted}) {
        if (kind == kindName(k)) {
            conflict.kind = k;
            known = true;
        }
    }
    conflict.item = object.value(u"item"_s).toString().toUtf8();
    if (!known || conflict.id.isEmpty() || conflict.item.isEmpty())
        return std::nullopt;
    conflict.itemId = object.value(u"itemId"_s).toString().toUtf8();
    conflict.field = object.value(u"field"_s).toString().toUtf8();
    auto side = [&object](const QString &name) -> std::optional<QByteArray> {
        const QJsonValue value = object.value(name);
        if (value.isNull() || value.isUndefined())
            return std::nullopt;
        if (value.isString())
            return quoted(value.toString());
        if (value.isObject())
            return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
        if (value.isArray())
            return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
        return QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    };
    conflict.base = side(u"base"_s);
    conflict.ours = side(u"ours"_s);
    conflict.theirs = side(u"theirs"_s);
    conflict.oursName = object.value(u"oursName"_s).toString();
    conflict.theirsName = object.value(u"theirsName"_s).toString();
    conflict.json = json.trimmed();
    return conflict;
}

QString MergeConflict::describe() const
{
    auto shown = [](const std::optional<QByteArray> &value) {
        return value ? QString::fromUtf8(*value) : tr("(none)");
    };
    const QString what = itemId.isEmpty() ? tr("the sidecar's %1").arg(QString::fromUtf8(field))
        : field.isEmpty()                 ? tr("%1 %2").arg(QString::fromUtf8(item), QString::fromUtf8(itemId))
                          : tr("%1 of %2 %3").arg(QString::fromUtf8(field), QString::fromUtf8(item), QString::fromUtf8(itemId));
    switch (kind) {
    case Kind::BothChanged:
        return tr("%1 changed on both sides: %2 has %3, %4 has %5 (before: %6)")
            .arg(what, oursName, shown(ours), theirsName, shown(theirs), shown(base));
    case Kind::DeletedAndChanged:
        return tr("%1 deleted by %2 and changed by %3; kept as changed")
            .arg(what, ours ? theirsName : oursName, ours ? oursName : theirsName);
    case Kind::EndDeleted:
        return tr("%1 deleted by %2, but a relation of %3 ends at it; brought back")
            .arg(what, ours ? theirsName : oursName, ours ? oursName : theirsName);
    }
    return {};
}

} // namespace Hashiya
