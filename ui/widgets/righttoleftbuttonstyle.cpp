// SPDX-License-Identifier: GPL-3.0-or-later
#include "righttoleftbuttonstyle.h"

#include <QPainter>
#include <QStyleOptionButton>

#include <algorithm>

namespace Hashiya {

void RightToLeftButtonStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                                         const QWidget *widget) const
{
    const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option);
    if (element != CE_PushButtonLabel || !button || button->direction != Qt::RightToLeft || button->icon.isNull()
        || button->text.isEmpty() || (button->features & QStyleOptionButton::HasMenu)) {
        QProxyStyle::drawControl(element, option, painter, widget);
        return;
    }
    const bool enabled = button->state & State_Enabled;
    int textFlags = Qt::AlignCenter | Qt::TextShowMnemonic;
    if (!proxy()->styleHint(SH_UnderlineShortcut, button, widget))
        textFlags |= Qt::TextHideMnemonic;
    const QRect textBox = proxy()->itemTextRect(button->fontMetrics, button->rect, textFlags, enabled, button->text);
    const QSize iconSize = button->iconSize;
    const int spacing = 4;
    // The pair, centred: text on the left, icon on its right, as a right-to-left reader meets them.
    const int pairWidth = textBox.width() + spacing + iconSize.width();
    const int left = button->rect.x() + std::max(0, (button->rect.width() - pairWidth) / 2);
    const QRect textRect(left, button->rect.y(), textBox.width(), button->rect.height());
    const QRect iconRect(textRect.right() + 1 + spacing, button->rect.y() + (button->rect.height() - iconSize.height()) / 2,
                         iconSize.width(), iconSize.height());
    const QIcon::Mode mode = !enabled ? QIcon::Disabled
        : (button->state & State_HasFocus) ? QIcon::Active
                                            : QIcon::Normal;
    const QIcon::State state = (button->state & State_On) ? QIcon::On : QIcon::Off;
    button->icon.paint(painter, iconRect, Qt::AlignCenter, mode, state);
    proxy()->drawItemText(painter, textRect, textFlags, button->palette, enabled, button->text, QPalette::ButtonText);
}

} // namespace Hashiya
