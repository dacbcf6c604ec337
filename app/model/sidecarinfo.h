// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/mergeconflict.h"
#include "model/span.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Hashiya {

/// What a sidecar says about itself and its article, apart from the annotations. Kept so that saving an
/// unchanged document reproduces the file byte for byte, unknown fields included.
struct SidecarInfo
{
    QString formatVersion = QStringLiteral("1.0");
    QString annotator; ///< who saved the last change
    QString modified; ///< when, as ISO 8601 UTC ("2026-11-22T09:30:00Z")
    QString status = QStringLiteral("new"); ///< the analyst's progress: "new", "in-progress" or "done"
    QString title; ///< the title the analyst set (format 1.1); empty: the one chosen from the text
    QString articleFile; ///< article file name as recorded
    QByteArray articleSha256; ///< as recorded; differs from the article's when it was edited since
    qsizetype articleLength = -1; ///< code points, as recorded; -1 if there was no sidecar
    ExtraFields extraArticle; ///< unknown fields of the "article" object
    ExtraFields extraRoot; ///< unknown top-level fields
    /// What a git merge left for the analyst to decide (format 2.x, "conflicts"), in file order. Written
    /// back while any remain; the file is version 2.0 until the last one is resolved.
    QList<MergeConflict> conflicts;
    friend bool operator==(const SidecarInfo &a, const SidecarInfo &b) = default;

    static QStringList statuses()
    {
        return {QStringLiteral("new"), QStringLiteral("in-progress"), QStringLiteral("done")};
    }
};

} // namespace Hashiya
