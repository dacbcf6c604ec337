// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QTimer>

class QTreeWidget;
class QTreeWidgetItem;

namespace Hashiya {

/// Empties a QTreeWidget at once and deletes its items a few milliseconds' worth at a time, while the
/// window goes on answering: QTreeWidget::clear() on a list of 48,000 search hits held the window for
/// 60 ms before the next search could start, and deleting the items alone still 50 ms.
class TreeClearing final : public QObject
{
public:
    explicit TreeClearing(QTreeWidget *tree);
    ~TreeClearing() override;

    /// Takes every item out of the tree now; they are deleted over the next turns of the event loop.
    void clear();
    /// Items taken out and not deleted yet.
    qsizetype pending() const { return m_left.size(); }

private:
    void deleteSome();

    QTreeWidget *m_tree;
    QList<QTreeWidgetItem *> m_left;
    QTimer m_timer;
};

} // namespace Hashiya
