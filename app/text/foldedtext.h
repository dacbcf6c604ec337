// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/matchoptions.h"
#include "text/wordboundaries.h"

#include <QString>
#include <QStringView>

#include <vector>

namespace Hashiya {

/// A text folded under MatchOptions (case, diacritics, Arabic marks and letter forms, apostrophes), with
/// the way back from every folded position to the original. The original is never changed; folding may
/// drop characters (marks, tatweel) or, for case, change lengths (ß → ss), and the map accounts for both.
class FoldedText final
{
public:
    FoldedText() = default;
    /// `language` is the text's profile language ("tr", "en", "ar", ""), for CaseRules::Auto.
    FoldedText(QStringView text, const MatchOptions &options, const QString &language = {});

    const QString &folded() const { return m_folded; }
    /// The UTF-16 range of the original text that folded range [from, to) came from. The end moves past
    /// any marks that were dropped after the last character, so a range never ends inside a character.
    TextRange originalRange(qsizetype from, qsizetype to) const;
    /// The folded position of original UTF-16 position `position` (the first folded position at or after it).
    qsizetype foldedPosition(qsizetype position) const;

    /// `text` folded as a pattern is: the same rules, for a text of `language`.
    static QString fold(QStringView text, const MatchOptions &options, const QString &language = {});
    /// Whether Turkish case rules were applied (a pattern must be folded the same way).
    bool turkishCase() const { return m_turkishCase; }
    /// Whether `options` fold a text of `language` with Turkish case rules.
    static bool usesTurkishCase(const MatchOptions &options, const QString &language);

private:
    /// Without `trackShifts` only the folded text is made (fold()), not the way back.
    FoldedText(QStringView text, const MatchOptions &options, bool turkishCase, bool trackShifts);
    qsizetype originalOf(qsizetype folded) const;

    QString m_folded;
    qsizetype m_originalSize = 0;
    bool m_turkishCase = false;
    // Where the distance between a folded position and its original one changes: (folded position,
    // original − folded from there on), ascending. Few in most texts (dropped marks, ß → ss), so this
    // stays small where a full map would cost 8 bytes per character.
    std::vector<std::pair<qsizetype, qsizetype>> m_shifts;
};

} // namespace Hashiya
