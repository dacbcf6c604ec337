// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/jsonfields.h"
#include "model/annotationset.h"
#include "model/entity.h"
#include "model/relation.h"

#include <QHash>

#include <deque>
#include <optional>
#include <string>
#include <vector>

namespace Hashiya {

class CodePointIndex;
struct Article;
struct Schema;

/// Reads the entity and relation objects of a sidecar and checks each against the article and the
/// schema: field types, spans inside the text and on grapheme boundaries, stored text and context.
/// Checks that need every annotation at once (duplicate ids, relation ends) are the caller's. One
/// reader per thread: SidecarReader splits large sidecars between several.
class SidecarEntryReader final
{
public:
    struct Context
    {
        const Article &article;
        const CodePointIndex &codePoints;
        const Schema *schema = nullptr;
        /// Compare stored prefixes and suffixes too; needed only when the article's hash changed.
        bool checkContext = true;
    };

    /// How often a name the schema lacks occurs, and where first.
    struct UnknownName
    {
        qsizetype count = 0;
        qsizetype firstOffset = -1;
    };

    SidecarEntryReader(const Context &context, JsonFields &json);
    void setCheckContext(bool check) { m_context.checkContext = check; }

    /// Reads one entity object at byte offset `at` of the source; keeps it if it is well-formed.
    void readEntity(simdjson::ondemand::value value, qsizetype at);
    void readRelation(simdjson::ondemand::value value, qsizetype at);

    EntityList entities;
    std::vector<qsizetype> entityOffsets; ///< where each kept entity starts in the source
    std::vector<size_t> entityIdHashes; ///< IdTable::hashOf each id, computed while it is in cache
    std::vector<Relation> relations;
    std::vector<qsizetype> relationOffsets;
    std::vector<size_t> relationIdHashes;
    std::vector<std::pair<size_t, size_t>> relationEndHashes; ///< of `from` and `to`
    QHash<QString, UnknownName> unknownEntityTypes, unknownRelationTypes, unknownAttributes;
    qsizetype mismatchedSpans = 0; ///< spans whose stored text differs from the article
    bool entitiesInOrder = true; ///< `entities` are in entityLess order

private:
    bool readSpan(simdjson::ondemand::value value, qsizetype entityOffset, Span *span);
    void readAttributes(simdjson::ondemand::value value, Attributes *attributes, qsizetype ownerOffset);
    /// One type name as read, kept once per reader, with whether the schema knows it (asked once).
    struct TypeName
    {
        std::string utf8;
        QString name;
        std::optional<bool> knownEntityType, knownRelationType;
    };
    TypeName &typeName(std::string_view utf8);
    bool isKnownEntityType(TypeName &type) const;
    bool isKnownRelationType(TypeName &type) const;
    bool spanTextMatches(std::string_view stored, qsizetype start, qsizetype end) const;
    void error(qsizetype offset, const QString &message) { m_json.error(offset, message); }
    void warning(qsizetype offset, const QString &message) { m_json.warning(offset, message); }
    qsizetype offsetOf(simdjson::ondemand::value &value) { return m_json.offsetOf(value); }

    Context m_context;
    QStringView m_text;
    JsonFields &m_json;
    std::deque<TypeName> m_typeNames; // interned: a corpus has few types; a deque keeps references valid
};

} // namespace Hashiya
