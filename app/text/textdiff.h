// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Hashiya {

/// Where the characters of an earlier version of a text are in the current one, found by comparing the
/// two word by word: words unique to both anchor the comparison (as patience diff does), and the words
/// around each anchor that are equal too are matched outward from it. Whitespace matches whitespace of
/// any kind, so a text re-wrapped with other line breaks still matches word for word. Offsets are code
/// points. Fast on long texts: no step looks at pairs of words.
class TextMap final
{
public:
    static TextMap between(std::u32string_view before, std::u32string_view after);

    /// The current offset of the character at `offset` of the earlier text, if that character is in a
    /// word that is unchanged.
    std::optional<qsizetype> map(qsizetype offset) const;
    /// Where the earlier offset would be in the current text, even inside changed words: between the
    /// nearest unchanged characters. Used as a hint for searching.
    qsizetype estimate(qsizetype offset) const;

    /// Where the changed stretch of the earlier text around `offset` went in the current text: between
    /// the unchanged characters before and after it. Empty where the stretch was deleted.
    std::pair<qsizetype, qsizetype> changedStretch(qsizetype offset) const;

    /// Characters of the earlier text in unchanged words.
    qsizetype matchedLength() const;

private:
    struct Run
    {
        qsizetype before = 0; ///< start in the earlier text
        qsizetype after = 0; ///< start in the current text
        qsizetype length = 0;
    };
    std::vector<Run> m_runs; ///< ascending, in both texts
    qsizetype m_beforeLength = 0;
    qsizetype m_afterLength = 0;
};

} // namespace Hashiya
