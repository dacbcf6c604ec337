// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entity.h"
#include "text/keywordincontext.h"
#include "text/matchoptions.h"
#include "text/wordboundaries.h"

#include <QString>

namespace Hashiya {

/// What to look for across a corpus. A pattern alone finds text; an entity type alone lists that type's
/// entities; both find the pattern only where an entity of that type covers the hit exactly or around it.
/// An attribute (name, and a value unless empty) keeps only hits inside entities that carry it.
struct CorpusQuery
{
    QString pattern;
    MatchOptions options;
    QString entityType;
    QString attributeName;
    QString attributeValue;
};

/// One hit: where (UTF-16 for the widgets, code points for files and the command line), its context,
/// and the entity it lies in, if the query asked about entities.
struct CorpusHit
{
    QString articlePath; ///< absolute
    TextRange range; ///< UTF-16 of the article's canonical text
    qsizetype start = 0; ///< code points
    qsizetype end = 0;
    KeywordInContext context;
    QString entityId; ///< empty unless the query named a type or an attribute
    QString entityType;
};

} // namespace Hashiya
