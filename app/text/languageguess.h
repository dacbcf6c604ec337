// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Hashiya {

/// What a text is written in, as far as its letters tell: enough to label and filter a corpus, not a
/// language identifier.
struct TextProfile
{
    /// "Arabic" or "Latin" when at least 80 % of the letters are in that script, "Mixed" when neither
    /// is, "" when the text has no letters. Letters of other scripts count against both.
    QString script;
    /// "ar" for Arabic script; "tr" or "en" for Latin script; "" otherwise.
    QString language;
    friend bool operator==(const TextProfile &a, const TextProfile &b) = default;
};

/// The profile of `text`, judged from its first 20 000 or so characters, so that a long article costs no
/// more than a short one.
TextProfile profileOf(QStringView text);

} // namespace Hashiya
