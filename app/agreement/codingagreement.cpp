// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreement/codingagreement.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Hashiya {

namespace {

// κ is a ratio of whole numbers; computed in 128 bits it is exact up to the last division, and "Pe = 1" is
// an exact comparison instead of a floating-point one. Counts of code points in a corpus square beyond 2⁶³.
__extension__ typedef __int128 Wide;

double ratio(Wide numerator, Wide denominator)
{
    return static_cast<double>(static_cast<long double>(numerator) / static_cast<long double>(denominator));
}

CodingResult undefined(CodingResult result, QString reason)
{
    result.value = std::numeric_limits<double>::quiet_NaN();
    result.undefinedReason = std::move(reason);
    return result;
}

} // namespace

bool CohenTally::add(int categoryA, int categoryB, qint64 count)
{
    if (categoryA < 0 || categoryB < 0 || count < 0)
        return false;
    const int size = std::max({m_size, categoryA + 1, categoryB + 1});
    if (size > m_size) {
        std::vector<qint64> cells(std::size_t(size) * std::size_t(size), 0);
        for (int a = 0; a < m_size; ++a)
            std::copy_n(m_cells.begin() + std::ptrdiff_t(a) * m_size, m_size, cells.begin() + std::ptrdiff_t(a) * size);
        m_cells = std::move(cells);
        m_size = size;
    }
    m_cells[std::size_t(categoryA) * std::size_t(m_size) + std::size_t(categoryB)] += count;
    return true;
}

void CohenTally::add(const CohenTally &other)
{
    for (int a = 0; a < other.m_size; ++a)
        for (int b = 0; b < other.m_size; ++b)
            add(a, b, other.count(a, b));
}

qint64 CohenTally::items() const
{
    qint64 total = 0;
    for (const qint64 cell : m_cells)
        total += cell;
    return total;
}

qint64 CohenTally::count(int categoryA, int categoryB) const
{
    if (categoryA < 0 || categoryB < 0 || categoryA >= m_size || categoryB >= m_size)
        return 0;
    return m_cells[std::size_t(categoryA) * std::size_t(m_size) + std::size_t(categoryB)];
}

FleissTally::FleissTally(int raters)
    : m_raters(raters)
{
}

bool FleissTally::add(const std::vector<int> &counts, qint64 multiplicity)
{
    qint64 raters = 0;
    qint64 squares = 0;
    for (const int count : counts) {
        if (count < 0)
            return false;
        raters += count;
        squares += qint64(count) * count;
    }
    if (raters != m_raters || multiplicity < 0)
        return false;
    if (counts.size() > m_categoryTotals.size())
        m_categoryTotals.resize(counts.size(), 0);
    for (std::size_t k = 0; k < counts.size(); ++k)
        m_categoryTotals[k] += counts[k] * multiplicity;
    m_sumOfSquares += squares * multiplicity;
    m_items += multiplicity;
    return true;
}

bool FleissTally::add(const FleissTally &other)
{
    if (other.m_raters != m_raters)
        return false;
    if (other.m_categoryTotals.size() > m_categoryTotals.size())
        m_categoryTotals.resize(other.m_categoryTotals.size(), 0);
    for (std::size_t k = 0; k < other.m_categoryTotals.size(); ++k)
        m_categoryTotals[k] += other.m_categoryTotals[k];
    m_sumOfSquares += other.m_sumOfSquares;
    m_items += other.m_items;
    return true;
}

CodingResult CodingAgreement::cohen(const CohenTally &tally)
{
    CodingResult result;
    const int size = tally.categoryCount();
    Wide n = 0; // N
    Wide agreeing = 0; // Σ_k n_kk
    Wide chance = 0; // Σ_k rowₖ·columnₖ = N²·Pe
    for (int k = 0; k < size; ++k) {
        Wide row = 0;
        Wide column = 0;
        for (int other = 0; other < size; ++other) {
            row += tally.count(k, other);
            column += tally.count(other, k);
        }
        n += row;
        agreeing += tally.count(k, k);
        chance += row * column;
    }
    result.items = static_cast<qint64>(n);
    if (n == 0)
        return undefined(result, CodingAgreement::tr("no items"));
    result.observed = ratio(agreeing, n);
    result.expected = ratio(chance, n * n);
    if (chance == n * n)
        return undefined(result, CodingAgreement::tr("every item in one category"));
    // (Po − Pe)/(1 − Pe) with both multiplied by N².
    result.value = ratio(n * agreeing - chance, n * n - chance);
    return result;
}

CodingResult CodingAgreement::fleiss(const FleissTally &tally)
{
    CodingResult result;
    result.items = tally.m_items;
    const Wide m = tally.m_raters;
    if (m < 2)
        return undefined(result, CodingAgreement::tr("fewer than two raters"));
    if (tally.m_items == 0)
        return undefined(result, CodingAgreement::tr("no items"));
    const Wide ratings = Wide(tally.m_items) * m; // N·m
    Wide squaredTotals = 0; // Σ_k (Σ_i n_ik)² = (Nm)²·Pe
    for (const qint64 total : tally.m_categoryTotals)
        squaredTotals += Wide(total) * total;
    // Po = mean_i (Σ_k n_ik² − m)/(m(m−1)) = (S − Nm)/(Nm(m−1)), S = Σ_i Σ_k n_ik².
    const Wide pairsAgreeing = Wide(tally.m_sumOfSquares) - ratings;
    result.observed = ratio(pairsAgreeing, ratings * (m - 1));
    result.expected = ratio(squaredTotals, ratings * ratings);
    if (squaredTotals == ratings * ratings)
        return undefined(result, CodingAgreement::tr("every item in one category"));
    // (Po − Pe)/(1 − Pe) with both multiplied by (Nm)²(m−1).
    result.value =
        ratio(pairsAgreeing * ratings - squaredTotals * (m - 1), (ratings * ratings - squaredTotals) * (m - 1));
    return result;
}

} // namespace Hashiya
