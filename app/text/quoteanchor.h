// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <optional>
#include <string_view>

namespace Hashiya {

/// A passage as a sidecar remembers it: its exact text and a little of the text before and after, as
/// a W3C TextQuoteSelector has (exact, prefix, suffix).
struct Quote
{
    std::u32string_view exact;
    std::u32string_view prefix;
    std::u32string_view suffix;
};

/// Finds where a remembered passage is in a text that has changed since, the way Hypothesis re-anchors
/// its quote selectors: every exact occurrence is weighed by how much of the remembered context
/// surrounds it and by its distance from where the passage was expected; without an exact occurrence,
/// the closest approximate one (at most a fifth of its characters different) near the expected place.
class QuoteAnchor final
{
public:
    struct Placement
    {
        qsizetype start = 0;
        qsizetype end = 0;
        int errors = 0; ///< characters that differ from the exact text (0 for an exact occurrence)
    };

    /// `hint`: where the passage is expected to start. Nothing if no occurrence is close enough.
    static std::optional<Placement> find(std::u32string_view text, const Quote &quote, qsizetype hint);
    /// The same, looking only inside [from, to): where a comparison of the texts says the passage went.
    static std::optional<Placement> findWithin(std::u32string_view text, const Quote &quote, qsizetype hint,
                                               qsizetype from, qsizetype to);

    /// How far around the hint an approximate occurrence is looked for.
    static constexpr qsizetype approximateWindow = 4096;
};

} // namespace Hashiya
