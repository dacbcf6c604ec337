// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotationset.h"
#include "model/entity.h"
#include "model/problem.h"
#include "model/relation.h"
#include "model/sidecarinfo.h"

#include <QCoreApplication>

#include <vector>

namespace Hashiya {

class CodePointIndex;
class JsonSource;
struct Article;
struct Schema;

/// Everything a sidecar holds, as values.
struct SidecarContent
{
    SidecarInfo info;
    EntityList entities; ///< chunked as the set keeps them, so handing them over moves nothing
    std::vector<Relation> relations;
    bool entitiesInOrder = false; ///< `entities` were found in entityLess order (see AnnotationSet::reset)
};

/// Reads sidecar format v1 (docs/sidecar-format.md) and checks it against the article it annotates:
/// JSON syntax, field types, spans inside the text and on grapheme boundaries, stored text equal to the
/// article's, unique ids, relations between existing entities, and types known to the schema. Every
/// problem names its line. Errors mean the content cannot be trusted; warnings do not.
class SidecarReader final
{
    Q_DECLARE_TR_FUNCTIONS(SidecarReader)

public:
    static constexpr qint64 maxFileSize = 1LL << 30;
    /// 2.x: a 1.x sidecar that holds merge conflicts ("conflicts"), which a 1.x reader leaves alone.
    static constexpr int majorVersion = 2;
    /// 1.1 added the optional "title", 1.2 gold items' "provenance", 1.3 "article.mergedFrom".
    static constexpr int minorVersion = 3;
    /// Problems reported per file before the rest are only counted.
    static constexpr qsizetype maxReportedProblems = 1000;

    /// How read() goes through a file: line by line on several threads when it is laid out as Hashiya
    /// writes it, else as one document; or always as one document. Both give the same result, which
    /// tests check by comparing them.
    enum class Route { LineByLineIfLaidOut, WholeDocument };

    /// What the merge conflicts a sidecar holds (format 2.x) are to the caller. Either way they are kept
    /// in SidecarInfo::conflicts; one this version cannot read is always an error.
    enum class Conflicts {
        AreErrors, ///< one error each: a corpus check fails, and an export refuses, until they are resolved
        AreWork, ///< the analyst's to resolve in the window: no problem, and the document stays editable
    };

    /// `path` names the file in problems; `schema` may be null (no type checks). `taken`, if given, is
    /// set to the route the reading took.
    static SidecarContent read(const JsonSource &source, const QString &path, const Article &article,
                               const CodePointIndex &codePoints, const Schema *schema, Problems *problems,
                               Route route = Route::LineByLineIfLaidOut, Route *taken = nullptr,
                               Conflicts conflicts = Conflicts::AreErrors);

    /// The encoding the sidecar records for its article, or an empty string; lets a legacy-encoded
    /// article reopen with the encoding the analyst chose before.
    static QString recordedEncoding(const JsonSource &source);
    /// The SHA-256 the sidecar records for its article's text, or nothing.
    static QByteArray recordedSha256(const JsonSource &source);
};

} // namespace Hashiya
