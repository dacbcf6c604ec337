// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QStringView>

namespace Hashiya {

/// Where a whole-word match of a name may start and end in the original text: TextMatcher's rules, shared
/// with what must accept exactly the matches it accepts (the consistency review's indexed scan).
namespace MatchBoundaries {

/// The apostrophes a Turkish suffix may follow: ' ’ ʼ ‘ ´ `.
bool isApostrophe(QChar c);
/// The Arabic letters that attach to the front of a word: و ف ب ك ل.
bool isProcliticLetter(QChar c);
/// True if text[i] is part of a word (a low surrogate counts as the character it ends); false outside.
bool isWordAt(QStringView text, qsizetype i);
/// True if text[from, to), the part of a written word before a match, is Arabic proclitics only: any of
/// و ف ب ك ل, then optionally ال, marks allowed between them.
bool isProcliticPrefix(QStringView text, qsizetype from, qsizetype to);
/// True if a Turkish suffix starts at `at`: an apostrophe followed by a letter.
bool isSuffixAt(QStringView text, qsizetype at);

} // namespace MatchBoundaries
} // namespace Hashiya
