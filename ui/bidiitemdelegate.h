// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Hashiya {

/// Lays out each cell's text in the direction of its own script, so an Arabic entity reads right to left (its
/// words and numbers in Arabic order) in a view that is otherwise left to right.
class BidiItemDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Hashiya
