// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An article whose sidecar a git merge left with conflicts, made by the merge driver's own merge.

#include <QByteArray>
#include <QString>

namespace Hashiya::Test {

/// "Erdoğan met Al Thani in Doha on Monday. The talks in Ankara were about defence." Both sides (main and
/// feature) started from Erdoğan (e1), Al Thani (e2, PERSON), Doha (e3), Monday (e4, DATE) and Ankara (e5),
/// with Erdoğan MEETS_WITH Al Thani (r1). main retyped Al Thani ORG, deleted Monday and Ankara; feature
/// retyped Al Thani GPE, retyped Monday EVENT, and added Doha LOCATED_IN Ankara (r2). The merge keeps
/// main's type with a both_changed conflict, Monday as feature changed it (deleted_and_changed), and
/// Ankara brought back for r2 (end_deleted), in that order in the file.
struct MergedArticle
{
    QString text;
    QString article; ///< absolute path
    QString sidecar; ///< absolute path
    QByteArray merged; ///< the sidecar's bytes as the merge wrote them
};

/// Writes the article and its merged sidecar into `folder` as `name`.
MergedArticle writeMergedArticle(const QString &folder, const QString &name = QStringLiteral("gorusme.txt"));

} // namespace Hashiya::Test
