// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entity.h"

#include <QString>

namespace Hashiya {

/// A typed link between two entities, which it names by id (never by pointer or index).
struct Relation
{
    QString id;
    QString type;
    QString from;
    QString to;
    Attributes attributes;
    QString note;
    ExtraFields extra;

    bool involves(const QString &entityId) const { return from == entityId || to == entityId; }
    friend bool operator==(const Relation &a, const Relation &b) = default;
};

/// Relations are kept and written ordered by id: stable under edits, so a diff shows one line per change.
inline bool relationLess(const Relation &a, const Relation &b)
{
    return a.id < b.id;
}

} // namespace Hashiya
