// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/plainsidecar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Hashiya::Test {

QString entityKey(const QString &type, qsizetype start, qsizetype end)
{
    return type + u' ' + QString::number(start) + u' ' + QString::number(end);
}

QString relationKey(const QString &type, const QString &from, const QString &to)
{
    return type + u' ' + from + u' ' + to;
}

PlainSidecar readPlainSidecar(const QString &path)
{
    PlainSidecar sidecar;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        sidecar.error = path + QStringLiteral(": ") + file.errorString();
        return sidecar;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        sidecar.error = path + QStringLiteral(": ") + error.errorString();
        return sidecar;
    }
    const QJsonObject root = document.object();
    if (!root.value(u"entities").isArray() && root.contains(u"entities")) {
        sidecar.error = path + QStringLiteral(": entities is not an array");
        return sidecar;
    }
    for (const QJsonValue &value : root.value(u"entities").toArray()) {
        const QJsonObject entity = value.toObject();
        QString key = entity.value(u"type").toString();
        for (const QJsonValue &span : entity.value(u"spans").toArray())
            key += u' ' + QString::number(span.toArray().at(0).toInteger()) + u' '
                + QString::number(span.toArray().at(1).toInteger());
        sidecar.entities.insert(entity.value(u"id").toString(), key);
    }
    for (const QJsonValue &value : root.value(u"relations").toArray()) {
        const QJsonObject relation = value.toObject();
        sidecar.relations.insert(relation.value(u"id").toString(),
                                 relationKey(relation.value(u"type").toString(), relation.value(u"from").toString(),
                                             relation.value(u"to").toString()));
    }
    sidecar.valid = true;
    return sidecar;
}

} // namespace Hashiya::Test
