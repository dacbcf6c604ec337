// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/foldedtext.h"
#include "text/matchoptions.h"
#include "text/wordboundaries.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Hashiya {

/// Finds a pattern in texts under MatchOptions: folded alike, then — with wholeWords — only where the
/// match starts and ends at word boundaries of the original, allowing a Turkish suffix after an apostrophe
/// and Arabic proclitics before the word. Matches never overlap and cover the name only.
class TextMatcher final
{
public:
    TextMatcher(const QString &pattern, const MatchOptions &options);

    const MatchOptions &options() const { return m_options; }
    bool isEmpty() const;

    /// UTF-16 ranges of `text` (which `folded` was made from, with this matcher's options), ascending.
    std::vector<TextRange> findAll(QStringView text, const FoldedText &folded) const;
    /// The same, folding `text` first (for a one-off search; fold once and reuse for many patterns).
    std::vector<TextRange> findAll(QStringView text, const QString &language = {}) const;

private:
    const QStringList &tokensFor(bool turkishCase) const;

    MatchOptions m_options;
    QString m_pattern; // as typed
    // The pattern's words, folded with and without Turkish case rules (made when first needed).
    mutable std::optional<QStringList> m_tokens[2];
};

} // namespace Hashiya
