// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace Hashiya {

/// Draws a push button's icon and text as one centred pair in a right-to-left interface, the icon on the
/// text's right. Qt 6.4 puts the text against the button's left edge there, away from its icon, so every
/// Arabic dialog's Cancel (Qt's own "ألغِ") looked cut off. Left-to-right buttons are drawn as the base
/// style draws them.
class RightToLeftButtonStyle final : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override;
};

} // namespace Hashiya
