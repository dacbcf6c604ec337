// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Hashiya {

struct Article;

/// Moves the spans of a sidecar saved against an earlier version of its article onto the current text.
/// Each fragment follows its words through a comparison of the two texts when the earlier text is known
/// (TextCache, or the text open before an outside edit); otherwise, or where its words changed, it is
/// found again by its stored quote and context (QuoteAnchor). An entity whose fragments cannot all be
/// placed becomes an orphan (model/orphan.h), with its relations. The result is the sidecar as it
/// would have been written for the current text, ready for SidecarReader.
class Reanchoring final
{
    Q_DECLARE_TR_FUNCTIONS(Reanchoring)

public:
    struct Result
    {
        QByteArray sidecar; ///< rewritten for the current text
        qsizetype kept = 0; ///< entities whose fragments are where they were
        qsizetype moved = 0; ///< entities placed at other offsets
        qsizetype orphaned = 0; ///< entities that became orphans now
        Problems report; ///< a warning per entity whose text changed or that became an orphan, and a summary
    };

    /// Nothing if `sidecar` is not a JSON object with entities (SidecarReader then says what is wrong).
    /// `earlierText`: the text the sidecar was saved against, if known.
    static std::optional<Result> apply(const QByteArray &sidecar, const QString &path, const Article &article,
                                       const std::optional<QString> &earlierText);
};

} // namespace Hashiya
