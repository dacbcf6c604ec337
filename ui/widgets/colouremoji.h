// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QTextLayout>

namespace Hashiya {

/// The family of the colour emoji font (Noto Color Emoji), or empty when it is not installed.
QString colourEmojiFamily();

/// Formats that draw the emoji of `text` (text/emoji.h) with the colour emoji font; none when the font
/// is not installed. Qt 6.4 takes a character from the first font that has it, and DejaVu Sans has 😀
/// and ☺ in black and white: putting the emoji font after the text font in QFont::setFamilies() changes
/// nothing, so the emoji get a format of their own.
QList<QTextLayout::FormatRange> colourEmojiFormats(QStringView text);

} // namespace Hashiya
