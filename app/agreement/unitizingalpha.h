// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include <vector>

namespace Hashiya {

/// Krippendorff's unitizing α (α_U; Krippendorff 1995, 2004), as DKPro Statistics computes it
/// (KrippendorffAlphaUnitizingAgreement): how far m analysts agree on where units of each category begin
/// and end on one continuum (a text, or texts laid end to end). Formulas and a worked example are in
/// docs/agreement.md.
class UnitizingAlpha final
{
    Q_DECLARE_TR_FUNCTIONS(UnitizingAlpha)

public:
    struct Unit
    {
        int rater = 0; ///< 0 … raters−1
        int category = 0; ///< 0 … categories−1
        qint64 begin = 0; ///< on the continuum, begin ≤ position < begin + length
        qint64 length = 0;
    };
    struct Category
    {
        double alpha = 0; ///< NaN when undefined
        double observed = 0; ///< D_O(c)
        double expected = 0; ///< D_E(c)
        qint64 units = 0;
    };
    struct Result
    {
        double alpha = 0; ///< 1 − mean D_O / mean D_E; NaN when undefined
        QString undefinedReason;
        std::vector<Category> categories; ///< by category number
        /// Units left out because they overlapped a unit of the same rater and category (the one that
        /// starts first, and of those the longest, is kept, as INCEpTION does).
        qint64 droppedOverlaps = 0;
    };

    /// α_U over the continuum [begin, begin + length) for `raters` analysts and `categories` categories.
    /// Units outside the continuum are clipped to it; empty ones, and ones whose rater or category is out
    /// of range, are ignored. Sums are kept in long double: O(n log n) per category for n units.
    static Result compute(qint64 begin, qint64 length, int raters, int categories, std::vector<Unit> units);
};

} // namespace Hashiya
