// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/span.h"

#include <QMap>
#include <QString>

namespace Hashiya {

/// Attribute name → value, ordered by name so files stay deterministic.
using Attributes = QMap<QString, QString>;

/// A tagged mention in an article: a type over one or more spans.
struct Entity
{
    QString id;
    QString type;
    SpanList spans;
    Attributes attributes;
    QString note;
    QString reference; ///< canonical entity this mention refers to, e.g. "wikidata:Q43"; empty if none
    ExtraFields extra;

    qsizetype start() const { return spans.isEmpty() ? 0 : spans.front().start; }
    qsizetype end() const { return spans.isEmpty() ? 0 : spans.back().end; }
    friend bool operator==(const Entity &a, const Entity &b) = default;
};

/// The order entities are kept and written in: by position, then type, then id.
inline bool entityLess(const Entity &a, const Entity &b)
{
    if (a.start() != b.start())
        return a.start() < b.start();
    if (a.end() != b.end())
        return a.end() < b.end();
    if (a.type != b.type)
        return a.type < b.type;
    return a.id < b.id;
}

} // namespace Hashiya
