// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/problem.h"
#include "model/schema.h"

#include <QStringList>

namespace Hashiya {

/// A folder of articles: every `.txt` file in it, recursively, with the schema that applies to them.
class Corpus final
{
public:
    /// Article files under `folder`, sorted by path; hidden folders are skipped.
    static QStringList findArticles(const QString &folder);

    /// What one walk through a folder finds.
    struct Listing
    {
        QStringList articles; ///< the `.txt` files findArticles() finds, those that can be read
        /// `.ann.json` files whose article is not among `articles` (it may still exist: unreadable, or
        /// not named `.txt`)
        QStringList otherSidecars;
    };
    /// The articles and sidecars under `folder` (absolute paths, each list sorted), in one walk that asks
    /// the system about a file only when the folder listing does not say what it is: a corpus of 10⁵
    /// articles took a second to list through QDirIterator.
    static Listing list(const QString &folder);

    /// The nearest `hashiya-schema.json` in the folder of `path` (or `path` itself, if a folder) or any
    /// folder above it; empty if there is none.
    static QString findSchemaFile(const QString &path);

    struct SchemaChoice
    {
        Schema schema;
        QString path; ///< empty for the bundled default
        Problems problems;
    };
    /// The schema for `path`: its corpus schema, or the bundled default if there is none or it has errors.
    static SchemaChoice schemaFor(const QString &path);
};

} // namespace Hashiya
