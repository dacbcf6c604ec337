// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/matchoptions.h"
#include "text/wordboundaries.h"

#include <QStringView>

namespace Hashiya {

/// The clitics and suffixes of a word, as matching sees them: `والقاهرة` is و + ال + القاهرة's name
/// part, `Ankara'da` is Ankara + 'da. Word snapping and the affix keys use these rules.
namespace Affixes {

/// [from, to) (a whole word or words, UTF-16) without a Turkish apostrophe suffix at its end and without
/// Arabic proclitics (و ف ب ك ل, not ال) at its start, as far as `options` allow: `Ankara'da` → `Ankara`,
/// `والقاهرة` → `القاهرة`. A range with nothing to remove comes back unchanged.
TextRange nameOf(QStringView text, TextRange range, const MatchOptions &options);

/// One affix more (`grow`) or less at the end the reading direction makes the word's end (`atEnd`) or
/// its start: shrinking `Ankara'da` at its end gives `Ankara`, growing `Ankara` gives `Ankara'da`;
/// shrinking `والقاهرة` at its start gives `القاهرة`, then `قاهرة`. Unchanged if there is nothing to take.
TextRange stepAffix(QStringView text, TextRange range, bool atEnd, bool grow);

} // namespace Affixes
} // namespace Hashiya
