// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnchooser.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>

namespace Hashiya {

ColumnChooser::ColumnChooser(QHeaderView *header, int keptColumn, QString settingsKey,
                             const QList<int> &hiddenAtFirst)
    : QObject(header)
    , m_header(header)
    , m_keptColumn(keptColumn)
    , m_settingsKey(std::move(settingsKey))
{
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &ColumnChooser::showMenu);
    restore(hiddenAtFirst);
}

void ColumnChooser::setColumnShown(int column, bool shown)
{
    if (column == m_keptColumn || column < 0 || column >= m_header->count())
        return;
    m_header->setSectionHidden(column, !shown);
    QStringList hidden;
    for (int each = 0; each < m_header->count(); ++each) {
        if (m_header->isSectionHidden(each))
            hidden.append(QString::number(each));
    }
    QSettings().setValue(m_settingsKey, hidden);
    Q_EMIT columnsChanged();
}

void ColumnChooser::showMenu(const QPoint &position)
{
    QMenu menu(m_header);
    for (int column = 0; column < m_header->count(); ++column) {
        if (column == m_keptColumn)
            continue; // a row needs something to recognise it by
        QAction *action = menu.addAction(m_header->model()->headerData(column, Qt::Horizontal).toString());
        action->setObjectName(QStringLiteral("column-%1").arg(column));
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(column));
        connect(action, &QAction::toggled, this, [this, column](bool shown) { setColumnShown(column, shown); });
    }
    menu.exec(m_header->mapToGlobal(position));
}

void ColumnChooser::restore(const QList<int> &hiddenAtFirst)
{
    QList<int> hidden = hiddenAtFirst;
    const QSettings settings;
    if (settings.contains(m_settingsKey)) {
        hidden.clear();
        for (const QString &column : settings.value(m_settingsKey).toStringList())
            hidden.append(column.toInt());
    }
    for (int column = 0; column < m_header->count(); ++column)
        m_header->setSectionHidden(column, column != m_keptColumn && hidden.contains(column));
}

} // namespace Hashiya
