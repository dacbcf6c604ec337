// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpussortproxy.h"

#include "ui/corpus/corpusmodel.h"

namespace Hashiya {

CorpusSortProxy::CorpusSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CorpusModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

bool CorpusSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *model = qobject_cast<const CorpusModel *>(sourceModel());
    if (!model || sortRole() != CorpusModel::SortRole || !isSortLocaleAware() || left.column() != right.column())
        return QSortFilterProxyModel::lessThan(left, right);
    return model->sortsBefore(left.row(), right.row(), left.column());
}

} // namespace Hashiya
