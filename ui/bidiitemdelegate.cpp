// SPDX-License-Identifier: GPL-3.0-or-later
#include "bidiitemdelegate.h"

namespace Hashiya {

void BidiItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // The view's direction is the interface's; the text's own first strong character decides its order.
    // Alignment stays relative, so right-to-left text also starts at the right, where its reader looks.
    if ((option->features & QStyleOptionViewItem::HasDisplay) && option->text.isRightToLeft())
        option->direction = Qt::RightToLeft;
}

} // namespace Hashiya
