// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdirectiondelegate.h"

#include "text/direction.h"

namespace Hashiya {

void TextDirectionDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // The first letter decides, as it does for the reader's paragraphs; alignment stays relative, so
    // right-to-left text starts at the right, where its reader looks.
    if (option->features & QStyleOptionViewItem::HasDisplay)
        option->direction = isRightToLeftParagraph(option->text) ? Qt::RightToLeft : Qt::LeftToRight;
}

} // namespace Hashiya
