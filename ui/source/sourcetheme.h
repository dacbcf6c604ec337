// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/sourcetokens.h"

#include <QTextCharFormat>

class QPalette;

namespace Hashiya {

/// The built-in highlighter's colours for each kind of token, one set for light and one for dark
/// palettes, each readable on that palette's base colour.
class SourceTheme final
{
public:
    explicit SourceTheme(const QPalette &palette);

    static bool isDark(const QPalette &palette);
    const QTextCharFormat &format(SourceTokenKind kind) const { return m_formats[size_t(kind)]; }

private:
    std::array<QTextCharFormat, size_t(SourceTokenKind::Error) + 1> m_formats;
};

} // namespace Hashiya
