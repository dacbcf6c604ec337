// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Hashiya {

/// Draws a keyword-in-context cell the way concordances do: the keyword in bold at the middle of the
/// cell, its context either side. An Arabic line keeps its reading order: what comes before the keyword
/// stands to its right. Items hold the three parts in the roles below; their display text is the line.
class KwicDelegate final : public QStyledItemDelegate
{
public:
    enum Role { BeforeRole = Qt::UserRole + 100, KeywordRole, AfterRole };

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Hashiya
