// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include <QHash>

namespace Hashiya {
namespace {

template<typename T>
const T *findByName(const QList<T> &items, const QString &name)
{
    for (const T &item : items) {
        if (item.name == name)
            return &item;
    }
    return nullptr;
}

bool matches(const QStringList &allowed, const QString &typeName)
{
    return allowed.contains(typeName) || allowed.contains(QStringLiteral("*"));
}

} // namespace

const EntityType *Schema::entityType(const QString &name) const
{
    return findByName(entityTypes, name);
}

const RelationType *Schema::relationType(const QString &name) const
{
    return findByName(relationTypes, name);
}

const AttributeDefinition *Schema::attribute(const QString &name) const
{
    return findByName(attributes, name);
}

bool Schema::allowsRelation(const RelationType &type, const QString &fromType, const QString &toType) const
{
    if (type.sameType && fromType != toType)
        return false;
    const bool forward = matches(type.from, fromType) && matches(type.to, toType);
    const bool backward = type.symmetric && matches(type.from, toType) && matches(type.to, fromType);
    return forward || backward;
}

bool Schema::appliesTo(const AttributeDefinition &attribute, const QString &typeName)
{
    return matches(attribute.appliesTo, typeName);
}

QColor Schema::fallbackColor(const QString &typeName)
{
    const int hue = int(qHash(typeName, 0x5eed) % 360);
    // As 8-bit RGB, the form a schema file stores: a colour written and read back stays equal.
    return QColor(QColor::fromHsl(hue, 140, 200).rgb());
}

} // namespace Hashiya
