// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Hashiya {

/// Earlier versions of sidecars, kept in the cache folder before Hashiya rewrites a sidecar by itself
/// (annotations moved onto an edited article) or replaces another program's version (the analyst kept
/// theirs, or merged), so that neither can lose what was there: the last few per article, newest first.
class SidecarBackups final
{
    Q_DECLARE_TR_FUNCTIONS(SidecarBackups)

public:
    enum class Reason {
        Reanchored, ///< before the annotations were moved onto the edited article
        OutsideVersionReplaced, ///< before another program's version was merged or replaced
        Restore, ///< before an earlier version was restored
    };
    static constexpr int keptPerArticle = 5;

    struct Backup
    {
        QString path;
        QDateTime made; ///< UTC
        Reason reason = Reason::Reanchored;
        qint64 size = 0;
    };

    /// Copies the sidecar as it is on disk now, if there is one (or the file `version`, a version of it
    /// found elsewhere), and forgets the oldest copies beyond keptPerArticle. False, with the reason in
    /// `errorMessage`, if it could not be kept.
    static bool keep(const QString &sidecarPath, Reason reason, QString *errorMessage, const QString &version = {});
    /// The copies kept of this sidecar, newest first.
    static QList<Backup> list(const QString &sidecarPath);
    /// Why a copy was kept, in the analyst's words.
    static QString describe(Reason reason);
    /// Where the copies of this sidecar are kept.
    static QString folderFor(const QString &sidecarPath);
};

} // namespace Hashiya
