// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement/matchcounts.h"

#include <QMap>
#include <QString>

namespace Hashiya {

/// Match counts per type and pooled over types (micro), with the macro average over the types; adds up
/// across documents. Without any type (untyped comparisons) only the pooled counts are kept.
class TypedCounts final
{
public:
    /// Adds to the counts of `type` and to the pooled counts.
    void add(const QString &type, const MatchCounts &counts);
    /// Adds to the pooled counts only: for comparisons that ignore types.
    void addUntyped(const MatchCounts &counts);

    const QMap<QString, MatchCounts> &perType() const { return m_perType; }
    MatchCounts perType(const QString &type) const { return m_perType.value(type); }
    const MatchCounts &micro() const { return m_micro; }
    /// The unweighted mean over the types of per-type precision and recall (an undefined value counts as
    /// 0, as sklearn does) and of per-type F1. Without types: the pooled scores, the one class there is.
    PrfScores macro() const;

    TypedCounts &operator+=(const TypedCounts &other);
    friend bool operator==(const TypedCounts &a, const TypedCounts &b) = default;

private:
    QMap<QString, MatchCounts> m_perType;
    MatchCounts m_micro;
};

} // namespace Hashiya
