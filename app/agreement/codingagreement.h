// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include <vector>

namespace Hashiya {

/// A chance-corrected agreement value and what it was made of. `value` is NaN when it is undefined
/// (no items, or one category only), and `undefinedReason` then says why in words for a report.
struct CodingResult
{
    double value = 0; ///< κ
    double observed = 0; ///< Po
    double expected = 0; ///< Pe
    qint64 items = 0;
    QString undefinedReason;
};

/// What two analysts did to the same items, as counts: cell (a, b) is how many items analyst A put in
/// category a and analyst B in category b. Categories are small whole numbers the caller assigns (for
/// positions: 0 for "none", then one per set of covering types). Counts rather than item lists, so that
/// millions of code points cost a table of a few dozen cells.
class CohenTally final
{
public:
    /// Returns false, and adds nothing, for a negative category or count.
    bool add(int categoryA, int categoryB, qint64 count = 1);
    /// Adds every cell of `other` (documents pooled into a corpus).
    void add(const CohenTally &other);
    qint64 items() const;
    qint64 count(int categoryA, int categoryB) const;
    int categoryCount() const { return m_size; }

private:
    int m_size = 0;
    std::vector<qint64> m_cells; // m_size × m_size, row = A's category
};

/// What m ≥ 2 analysts did to the same items: for each item, how many of them chose each category.
/// Items are folded into the sums Fleiss' κ needs as they are added.
class FleissTally final
{
public:
    explicit FleissTally(int raters);
    /// One item (or `multiplicity` identical items): `counts[k]` analysts chose category k; the counts add
    /// up to the number of raters. Returns false, and adds nothing, when they do not (or one is negative,
    /// or `multiplicity` is).
    bool add(const std::vector<int> &counts, qint64 multiplicity = 1);
    /// Returns false, and adds nothing, when `other` counts a different number of raters.
    bool add(const FleissTally &other);
    int raters() const { return m_raters; }
    qint64 items() const { return m_items; }

private:
    friend class CodingAgreement;
    int m_raters;
    qint64 m_items = 0;
    qint64 m_sumOfSquares = 0; // Σ_i Σ_k n_ik²
    std::vector<qint64> m_categoryTotals; // Σ_i n_ik
};

/// Cohen's κ (1960) for two analysts and Fleiss' κ (1971) for two or more, on tallies of categorical
/// decisions: positions of a text, tokens, or aligned pairs of annotations. Definitions and worked examples
/// are in docs/agreement.md.
class CodingAgreement final
{
    Q_DECLARE_TR_FUNCTIONS(CodingAgreement)

public:
    static CodingResult cohen(const CohenTally &tally);
    static CodingResult fleiss(const FleissTally &tally);
};

} // namespace Hashiya
