// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Hashiya {

/// Draws each cell in the direction of its own text: an Arabic title reads right to left and aligns
/// right even in a left-to-right table, where the view would otherwise lay it out as Latin text and
/// misplace its Latin names and numbers.
class TextDirectionDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Hashiya
