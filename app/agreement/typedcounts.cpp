// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreement/typedcounts.h"

#include <cmath>

namespace Hashiya {

namespace {

double zeroIfNaN(double value)
{
    return std::isnan(value) ? 0.0 : value;
}

} // namespace

void TypedCounts::add(const QString &type, const MatchCounts &counts)
{
    m_perType[type] += counts;
    m_micro += counts;
}

void TypedCounts::addUntyped(const MatchCounts &counts)
{
    m_micro += counts;
}

PrfScores TypedCounts::macro() const
{
    if (m_perType.isEmpty())
        return m_micro.scores();
    PrfScores sum;
    for (const MatchCounts &counts : m_perType) {
        sum.precision += zeroIfNaN(counts.precision());
        sum.recall += zeroIfNaN(counts.recall());
        // A type is listed only if it occurs on one side, so its F1 is always defined.
        sum.f1 += zeroIfNaN(counts.f1());
    }
    const double n = double(m_perType.size());
    return {sum.precision / n, sum.recall / n, sum.f1 / n};
}

TypedCounts &TypedCounts::operator+=(const TypedCounts &other)
{
    for (auto it = other.m_perType.cbegin(); it != other.m_perType.cend(); ++it)
        m_perType[it.key()] += it.value();
    m_micro += other.m_micro;
    return *this;
}

} // namespace Hashiya
