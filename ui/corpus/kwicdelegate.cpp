// SPDX-License-Identifier: GPL-3.0-or-later
#include "kwicdelegate.h"

#include "text/direction.h"

#include <QApplication>
#include <QPainter>

namespace Hashiya {

void KwicDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant keywordValue = index.data(KeywordRole);
    if (!keywordValue.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The background, selection and check box as usual, without the text.
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    base.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &base, painter, widget);

    const QString keyword = keywordValue.toString();
    const QString before = index.data(BeforeRole).toString();
    const QString after = index.data(AfterRole).toString();
    // The line's direction, not the keyword's: a Latin name in an Arabic sentence reads within it.
    const bool rightToLeft = isRightToLeftParagraph(QString(before + keyword + after));
    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &base, widget).adjusted(2, 0, -2, 0);

    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics plainMetrics(option.font);
    const QFontMetrics boldMetrics(bold);
    // A few pixels to spare: eliding measures a little differently from horizontalAdvance.
    const int keywordWidth = std::min(boldMetrics.horizontalAdvance(keyword) + 6, area.width() / 2);
    const int middle = area.left() + area.width() / 2;
    const QRect keywordRect(middle - keywordWidth / 2, area.top(), keywordWidth, area.height());
    const QRect leftRect(area.left(), area.top(), keywordRect.left() - area.left() - 4, area.height());
    const QRect rightRect(keywordRect.right() + 5, area.top(), area.right() - keywordRect.right() - 4, area.height());
    // In a right-to-left line the text before the keyword stands to its right.
    const QString &leftText = rightToLeft ? after : before;
    const QString &rightText = rightToLeft ? before : after;

    painter->save();
    const QPalette::ColorRole role =
        (option.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text;
    painter->setPen(option.palette.color(role));
    const Qt::LayoutDirection direction = rightToLeft ? Qt::RightToLeft : Qt::LeftToRight;
    auto draw = [&](const QRect &rect, const QString &text, const QFontMetrics &metrics, Qt::Alignment alignment,
                    Qt::TextElideMode elide) {
        painter->setLayoutDirection(direction);
        painter->drawText(rect, int(alignment | Qt::AlignVCenter | Qt::AlignAbsolute),
                          metrics.elidedText(text, elide, rect.width()));
    };
    painter->setFont(option.font);
    // Each side hugs the keyword; what is cut off is the part away from it: the start of the text
    // before, the end of the text after, whichever side of the keyword they stand on.
    const Qt::TextElideMode leftElide = rightToLeft ? Qt::ElideRight : Qt::ElideLeft;
    const Qt::TextElideMode rightElide = rightToLeft ? Qt::ElideLeft : Qt::ElideRight;
    draw(leftRect, leftText, plainMetrics, Qt::AlignRight, leftElide);
    draw(rightRect, rightText, plainMetrics, Qt::AlignLeft, rightElide);
    painter->setFont(bold);
    draw(keywordRect, keyword, boldMetrics, Qt::AlignHCenter, Qt::ElideRight);
    painter->restore();
}

} // namespace Hashiya
