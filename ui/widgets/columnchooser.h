// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QHeaderView;

namespace Hashiya {

/// Lets the analyst hide and show a list's columns from its header's context menu, and remembers the
/// choice: a narrow dock can then give its room to the column the analyst reads by (an entity's text, an
/// article's title), which itself can never be hidden.
class ColumnChooser final : public QObject
{
    Q_OBJECT

public:
    /// Takes over `header`'s context menu; `settingsKey` names where the hidden columns are remembered,
    /// `hiddenAtFirst` are hidden until the analyst chooses otherwise.
    ColumnChooser(QHeaderView *header, int keptColumn, QString settingsKey, const QList<int> &hiddenAtFirst);

    /// Shows or hides `column` and remembers it, as the header's menu does.
    void setColumnShown(int column, bool shown);

Q_SIGNALS:
    void columnsChanged();

private:
    void showMenu(const QPoint &position);
    void restore(const QList<int> &hiddenAtFirst);

    QHeaderView *m_header;
    int m_keptColumn;
    QString m_settingsKey;
};

} // namespace Hashiya
