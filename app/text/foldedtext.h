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

private:
    QString m_folded;
    std::vector<qsizetype> m_original; // per folded position and one past the end: its original position
};

} // namespace Hashiya
