// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schemalabel.h"
#include "model/span.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

namespace Hashiya {

/// `labels` in `language`, else in English, else `name`: what the analyst sees for a type.
inline QString labelOrName(const SchemaLabel &labels, const QString &name, QStringView language)
{
    QString text = labels.text(language);
    return text.isEmpty() ? name : text;
}

/// A kind of entity analysts tag, e.g. PERSON.
struct EntityType
{
    QString name; ///< stable identifier written to sidecars
    SchemaLabel labels; ///< shown to the analyst, per language
    QString shortLabel; ///< a few letters for the chip on highlighted text, e.g. "PER"
    QColor color;
    QString key; ///< one-character shortcut, may be empty
    ExtraFields extra = {}; ///< fields this version does not know, kept as raw JSON (an initializer, so that
                            ///< brace-initialised types need not name it)

    /// The label in `language` (an interface language code such as "ar"), else English, else the name.
    QString label(QStringView language) const { return labelOrName(labels, name, language); }
    friend bool operator==(const EntityType &a, const EntityType &b) = default;
};

/// A kind of relation and the entity types it may connect. "*" in `from` or `to` allows any type.
struct RelationType
{
    QString name;
    SchemaLabel labels;
    QStringList from;
    QStringList to;
    bool symmetric = false; ///< no direction: A–B is the same relation as B–A
    bool sameType = false; ///< both ends must have the same entity type (e.g. ALIAS_OF)
    ExtraFields extra = {};

    QString label(QStringView language) const { return labelOrName(labels, name, language); }
    friend bool operator==(const RelationType &a, const RelationType &b) = default;
};

/// An attribute annotations may carry. Empty `values` allows free text; "*" in `appliesTo` means every type.
struct AttributeDefinition
{
    QString name;
    SchemaLabel labels;
    QStringList appliesTo;
    QStringList values;
    ExtraFields extra = {};

    QString label(QStringView language) const { return labelOrName(labels, name, language); }
    friend bool operator==(const AttributeDefinition &a, const AttributeDefinition &b) = default;
};

/// The annotation vocabulary of a corpus: what may be tagged, linked and described.
struct Schema
{
    QString name;
    QList<EntityType> entityTypes;
    QList<RelationType> relationTypes;
    QList<AttributeDefinition> attributes;
    ExtraFields extra = {}; ///< top-level fields this version does not know, kept as raw JSON

    const EntityType *entityType(const QString &name) const;
    const RelationType *relationType(const QString &name) const;
    const AttributeDefinition *attribute(const QString &name) const;

    /// True if a relation of `type` may go from an entity of `fromType` to one of `toType`
    /// (either way round for symmetric types).
    bool allowsRelation(const RelationType &type, const QString &fromType, const QString &toType) const;
    /// True if `attribute` may be set on an annotation of type `typeName`.
    static bool appliesTo(const AttributeDefinition &attribute, const QString &typeName);

    /// A stable colour for a type the schema does not define, so it still shows distinctly.
    static QColor fallbackColor(const QString &typeName);

    friend bool operator==(const Schema &a, const Schema &b) = default;
};

} // namespace Hashiya
