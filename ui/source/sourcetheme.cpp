// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcetheme.h"

#include <QPalette>

namespace Hashiya {

bool SourceTheme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

SourceTheme::SourceTheme(const QPalette &palette)
{
    const bool dark = isDark(palette);
    // Hues kept apart for colour-blind readers: keys blue, strings green, numbers orange, types magenta.
    auto colour = [&](SourceTokenKind kind, QColor light, QColor onDark) {
        m_formats[size_t(kind)].setForeground(dark ? onDark : light);
    };
    colour(SourceTokenKind::Key, QColor(0, 76, 163), QColor(122, 182, 255));
    colour(SourceTokenKind::String, QColor(24, 122, 46), QColor(152, 212, 122));
    colour(SourceTokenKind::Number, QColor(176, 88, 0), QColor(240, 172, 92));
    colour(SourceTokenKind::Keyword, QColor(136, 38, 160), QColor(214, 156, 244));
    colour(SourceTokenKind::Punctuation, QColor(105, 105, 110), QColor(150, 150, 156));
    colour(SourceTokenKind::Tag, QColor(0, 92, 170), QColor(108, 172, 250));
    colour(SourceTokenKind::Attribute, QColor(150, 64, 0), QColor(232, 162, 102));
    colour(SourceTokenKind::Comment, QColor(118, 118, 118), QColor(132, 132, 138));
    colour(SourceTokenKind::Identifier, QColor(0, 118, 128), QColor(92, 202, 202));
    colour(SourceTokenKind::Type, QColor(166, 30, 96), QColor(242, 122, 172));
    colour(SourceTokenKind::Error, QColor(200, 0, 0), QColor(255, 110, 100));
    m_formats[size_t(SourceTokenKind::Comment)].setFontItalic(true);
    m_formats[size_t(SourceTokenKind::Type)].setFontWeight(QFont::DemiBold);
    QTextCharFormat &error = m_formats[size_t(SourceTokenKind::Error)];
    error.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    error.setUnderlineColor(error.foreground().color());
}

} // namespace Hashiya
