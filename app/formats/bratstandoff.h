// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/span.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace Hashiya::BratStandoff {

// Extra fields (raw JSON in entities and relations) that carry what our model has no place for, so an
// import from brat exports back to the same lines.
inline QString eventField()
{
    return QStringLiteral("bratEvent");
} ///< on a trigger entity: true
inline QString roleField()
{
    return QStringLiteral("bratRole");
} ///< on an event argument: "Org-Arg2"
inline QString rolesField()
{
    return QStringLiteral("bratRoles");
} ///< on an R relation: ["Anaphor","Entity"]
inline QString equivalenceField()
{
    return QStringLiteral("bratEquivalence");
} ///< on a `*` link: "Alias"
inline QString referenceTextField()
{
    return QStringLiteral("bratReferenceText");
} ///< an N line's text

/// The relation type `*` equivalence lines become.
inline QString aliasType()
{
    return QStringLiteral("ALIAS_OF");
}

/// True for the characters Python's str.splitlines() breaks at. brat reads the .ann through a codecs
/// stream, which splits lines there, so none of them may appear inside an .ann line.
constexpr bool isLineBreak(char32_t c)
{
    return c == 0x0A || c == 0x0B || c == 0x0C || c == 0x0D || c == 0x1C || c == 0x1D || c == 0x1E || c == 0x85
        || c == 0x2028 || c == 0x2029;
}

/// True if `text` can be one space-separated field of an .ann line: not empty, no white space or line break.
bool isToken(const QString &text);

/// The value of the extra field `name`, parsed from its raw JSON; undefined if absent or not JSON.
QJsonValue extraValue(const ExtraFields &extra, const QString &name);

/// What a T line holds for `spans` of `text` (as code points): the fragments between line breaks, joined
/// by one space.
QString spanText(const QList<uint> &text, const SpanList &spans);

/// A Hashiya type name (^[A-Za-z][A-Za-z0-9_-]{0,63}$) for brat's `name`: other characters become '_',
/// a name that does not start with a letter gets "T_" before it. Valid names come back unchanged.
QString typeName(QStringView name);

/// `text` as raw JSON: a string literal.
QByteArray jsonString(const QString &text);

} // namespace Hashiya::BratStandoff
