// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A sidecar read with a general JSON parser, not Hashiya's reader: what another tool would see in it.

#include <QMap>
#include <QString>

namespace Hashiya::Test {

struct PlainSidecar
{
    bool valid = false; ///< the file exists and is a JSON object with entities and relations arrays
    QString error;
    QMap<QString, QString> entities; ///< id → "TYPE start end" (one span) or "TYPE s1 e1 s2 e2…"
    QMap<QString, QString> relations; ///< id → "TYPE from to"
    friend bool operator==(const PlainSidecar &, const PlainSidecar &) = default;
};

PlainSidecar readPlainSidecar(const QString &path);

/// "TYPE start end", as PlainSidecar lists an entity.
QString entityKey(const QString &type, qsizetype start, qsizetype end);
QString relationKey(const QString &type, const QString &from, const QString &to);

} // namespace Hashiya::Test
