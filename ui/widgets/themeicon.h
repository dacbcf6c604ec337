// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QStyle>

namespace Hashiya {

/// The desktop icon theme's icon for a standard action name (edit-undo, document-save, …), from the
/// desktop's own theme, else Breeze, else the style's icon, so a button is never empty. In a right-to-left
/// interface an icon the theme mirrors (it ships a `-rtl` variant of the name) is mirrored too.
class ThemeIcon final
{
public:
    /// The icon named `name` for `direction`; `fallback` when no theme has it.
    static QIcon icon(const QString &name, QStyle::StandardPixmap fallback,
                      Qt::LayoutDirection direction = Qt::LayoutDirectionAuto);
    /// The same for a menu entry that may go without an icon: null when no theme has it.
    static QIcon icon(const QString &name, Qt::LayoutDirection direction = Qt::LayoutDirectionAuto);
    /// True if the theme draws `name` differently in a right-to-left interface.
    static bool mirrorsInRightToLeft(const QString &name);
    /// Makes the themes findable once: the desktop's theme first, Breeze behind it. icon() calls it.
    static void setUpThemes();
    /// Follows Hashiya's dark colours with Breeze Dark where Breeze stands in for a theme the desktop did
    /// not name: dark glyphs would vanish on a dark toolbar.
    static void setDarkColours(bool dark);
};

} // namespace Hashiya
