// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <utility>

namespace Hashiya {

/// A half-open range of UTF-16 offsets.
using TextRange = std::pair<qsizetype, qsizetype>;

/// Widens [from, to) to whole words (UAX #29 word boundaries) and trims the spaces and punctuation
/// at its ends, so a sloppy mouse selection becomes the words the analyst meant. Returns an empty range
/// (from == to) if the selection holds no word.
TextRange snapToWords(QStringView text, qsizetype from, qsizetype to);

/// Moves the ends of [from, to) out to grapheme boundaries: a span never splits a user-perceived
/// character (a letter and its marks, an emoji sequence, a surrogate pair).
TextRange snapToGraphemes(QStringView text, qsizetype from, qsizetype to);

/// The word around `position`, or an empty range at `position` if it is not in a word.
TextRange wordAt(QStringView text, qsizetype position);

/// The end of the next word at or after `position` (skipping spaces and punctuation first).
qsizetype nextWordEnd(QStringView text, qsizetype position);
/// The start of the previous word at or before `position`.
qsizetype previousWordStart(QStringView text, qsizetype position);
/// The grapheme boundary after (`forward`) or before `position`.
qsizetype graphemeStep(QStringView text, qsizetype position, bool forward);
/// True for characters that make up words: letters, digits, marks, and astral characters.
bool isWordCharacter(QChar c);

/// The sentence around `position` (UAX #29 sentence boundaries, so a line break always ends one), without
/// the spaces around it. Only a kilobyte or so either side is read, so a longer sentence comes back cut.
TextRange sentenceAt(QStringView text, qsizetype position);

} // namespace Hashiya
