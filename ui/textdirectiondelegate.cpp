// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdirectiondelegate.h"

namespace Hashiya {

void TextDirectionDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // The first strong letter decides, as the Unicode bidirectional algorithm does for a paragraph.
    option->direction = option->text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
}

} // namespace Hashiya
