// SPDX-License-Identifier: GPL-3.0-or-later
#include "derivedschema.h"

#include "io/schemareader.h"

#include "formats/importwriter.h"

namespace Hashiya {

void DerivedSchema::add(const ExchangeDocument &document)
{
    for (const Entity &entity : document.entities) {
        if (!m_entityTypes.contains(entity.type)) {
            m_entityTypes.insert(entity.type);
            m_schema.entityTypes.append(
                {entity.type, entity.type, entity.type.left(4).toUpper(), Schema::fallbackColor(entity.type), {}});
        }
        for (auto it = entity.attributes.begin(); it != entity.attributes.end(); ++it) {
            if (!m_attributes.contains(it.key())) {
                m_attributes.insert(it.key());
                m_schema.attributes.append({it.key(), it.key(), {QStringLiteral("*")}, {}});
            }
        }
    }
    for (const Relation &relation : document.relations) {
        if (m_relationTypes.contains(relation.type))
            continue;
        m_relationTypes.insert(relation.type);
        // A type the bundled schema knows (ALIAS_OF, say) keeps its label and whether it has a direction.
        static const Schema bundled = SchemaReader::defaultSchema();
        const RelationType *known = bundled.relationType(relation.type);
        m_schema.relationTypes.append({relation.type,
                                       known ? known->labels : SchemaLabel(relation.type),
                                       {QStringLiteral("*")},
                                       {QStringLiteral("*")},
                                       known && known->symmetric,
                                       known && known->sameType});
    }
}

Schema DerivedSchema::schema() const
{
    Schema schema = m_schema;
    schema.name = ImportWriter::tr("Imported");
    return schema;
}

} // namespace Hashiya
