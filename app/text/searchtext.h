// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <utility>
#include <vector>

namespace Hashiya {

/// A text prepared for finding what an analyst types: case folded (Turkish İ, I and ı all as i),
/// Arabic harakat and tatweel left out, and the alef forms أ إ آ ٱ written as ا, ى as ي. So "istanbul"
/// finds "İstanbul", and "وقعت" finds "وَقَّعَتْ".
class SearchText
{
public:
    SearchText() = default;
    explicit SearchText(QStringView text);

    /// The UTF-16 ranges [from, to) of the original text where `needle` occurs, without overlaps. A
    /// range keeps the marks that follow its last letter, so it never ends inside a character.
    std::vector<std::pair<qsizetype, qsizetype>> find(QStringView needle) const;

    /// The folded form of `text`, as find() compares it.
    static QString fold(QStringView text);

private:
    qsizetype originalPosition(qsizetype folded) const;

    QString m_folded;
    qsizetype m_originalSize = 0;
    // Where characters were left out: (folded position, how many left out before it in all), ascending.
    // Few in most texts, so this stays small where a full position map would cost 8 bytes per character.
    std::vector<std::pair<qsizetype, qsizetype>> m_skips;
};

} // namespace Hashiya
