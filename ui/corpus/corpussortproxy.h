// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Hashiya {

/// The corpus list's sorted and filtered view of a CorpusModel: sorts as QSortFilterProxyModel does by
/// the model's SortRole, locale-aware, but asks the model to compare two rows directly. Sorting 10⁵ rows
/// compares two million pairs; building two QVariants for each was most of the time a large corpus took
/// to list.
class CorpusSortProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CorpusSortProxy(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace Hashiya
