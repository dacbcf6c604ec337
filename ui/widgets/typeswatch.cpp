// SPDX-License-Identifier: GPL-3.0-or-later
#include "typeswatch.h"

#include <QPainter>
#include <QPixmap>

namespace Hashiya {

QIcon typeSwatch(const QColor &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(color);
    painter.setPen(color.darker(150));
    painter.drawRoundedRect(QRectF(1.5, 1.5, 11, 11), 2, 2);
    return QIcon(pixmap);
}

} // namespace Hashiya
