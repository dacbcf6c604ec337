// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <utility>
#include <vector>

namespace Hashiya {

/// Where `text` holds emoji meant to be shown as pictures, as [from, to) UTF-16 ranges of whole
/// grapheme clusters, in order and apart: characters whose default presentation is an emoji (😀, 🇹🇷, ⚽),
/// any pictograph or keycap asked for as an emoji with U+FE0F (☺️, 1️⃣), with their skin tones and
/// joined sequences. A character asked for as text with U+FE0E is left out. Text fonts such as DejaVu
/// Sans draw some of these in black and white; a view gives these ranges the colour emoji font.
std::vector<std::pair<qsizetype, qsizetype>> emojiRanges(QStringView text);

} // namespace Hashiya
