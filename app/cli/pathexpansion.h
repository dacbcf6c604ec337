// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QDir;

namespace Hashiya {

/// What the paths given to a command name: articles, sidecars whose article is missing, and schemas.
struct ExpandedPaths
{
    QStringList articles; ///< absolute paths of .txt articles
    QStringList orphanSidecars; ///< .ann.json files with no article beside them
    QStringList schemas; ///< hashiya-schema.json files named or found in folders
    QStringList errors; ///< paths that do not exist or are of no known kind (usage errors)
};

/// Turns command-line paths (files or folders) into the files to look at. Folders are searched
/// recursively; a sidecar stands for its article.
class PathExpansion final
{
    Q_DECLARE_TR_FUNCTIONS(PathExpansion)

public:
    static ExpandedPaths expand(const QStringList &paths);
    /// `path` relative to the working directory when it lies inside it, for short messages.
    static QString display(const QString &path);
    /// The same, relative to `workingFolder` (QDir::current() asks the system each time).
    static QString display(const QString &path, const QDir &workingFolder);
};

} // namespace Hashiya
