// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entity.h"
#include "model/problem.h"
#include "model/relation.h"
#include "text/codepointindex.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <vector>

namespace Hashiya {

/// One corpus as several analysts annotated it, one folder each: articles are paired by their path inside
/// the folder. An article that some copies lack is named, not fatal; an article whose text differs between
/// copies, or whose sidecar cannot be read, is reported and left out. Nothing is ever written.
class AnalystCopies final
{
    Q_DECLARE_TR_FUNCTIONS(AnalystCopies)

public:
    /// One article as every analyst annotated it.
    struct Article
    {
        QString name; ///< relative to each folder, with '/'
        QString text; ///< canonical, the same in every copy
        CodePointIndex codePoints; ///< of `text`
        std::vector<std::vector<Entity>> entities; ///< per analyst, in entityLess order
        std::vector<std::vector<Relation>> relations; ///< per analyst
    };
    struct Listing
    {
        QStringList common; ///< in every copy, sorted
        /// In some copies only: the name, and which analysts (0-based) lack it.
        std::vector<std::pair<QString, std::vector<int>>> partial;
    };

    /// One analyst's copy of one article.
    struct Copy
    {
        QString text;
        CodePointIndex codePoints; ///< of `text`
        std::vector<Entity> entities; ///< in entityLess order
        std::vector<Relation> relations;
    };

    static Listing list(const QStringList &folders);
    /// One copy of an article read strictly (in the legacy encoding its sidecar records, if any); nothing,
    /// with the reason in `problems`, if the article cannot be read or its sidecar has errors. After a
    /// sidecar's own problems comes `refusal`, what the caller does not do with it ("not compared: …").
    /// No sidecar means nothing annotated yet.
    static std::optional<Copy> readCopy(const QString &articlePath, Problems *problems,
                                        const QString &refusal = tr("not compared: the sidecar has errors; fix them first"));
    /// The article `name` from every folder; nothing, with the reason in `problems`, if a copy cannot be
    /// read, has a sidecar with errors, or holds another text than the first copy.
    static std::optional<Article> read(const QStringList &folders, const QString &name, Problems *problems);
};

} // namespace Hashiya
