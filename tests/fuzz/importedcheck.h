// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/codepointindex.h"

#include <QSet>

#include "formats/exchangedocument.h"
#include "fuzzinput.h"

namespace Hashiya::Fuzz {

/// What every imported document must satisfy, whatever its input said: a canonical text, non-empty
/// ascending fragments inside it, entities in entityLess order with distinct ids, and relations
/// between entities that exist.
inline void requireConsistent(const ExchangeDocument &document)
{
    require(!document.text.contains(QLatin1Char('\r')));
    const qsizetype length = CodePointIndex(document.text).codePointCount();
    QSet<QString> ids;
    const Entity *previous = nullptr;
    for (const Entity &entity : document.entities) {
        require(!entity.spans.isEmpty());
        qsizetype lastEnd = -1;
        for (const Span &span : entity.spans) {
            require(0 <= span.start && span.start < span.end && span.end <= length);
            require(span.start > lastEnd);
            lastEnd = span.end;
        }
        require(!ids.contains(entity.id));
        ids.insert(entity.id);
        require(!previous || !entityLess(entity, *previous));
        previous = &entity;
    }
    for (const Relation &relation : document.relations)
        require(ids.contains(relation.from) && ids.contains(relation.to));
}

} // namespace Hashiya::Fuzz
