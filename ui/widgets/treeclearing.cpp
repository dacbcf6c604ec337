// SPDX-License-Identifier: GPL-3.0-or-later
#include "treeclearing.h"

#include <QElapsedTimer>
#include <QTreeWidget>

namespace Hashiya {
namespace {

constexpr qint64 millisecondsPerTurn = 4;

} // namespace

TreeClearing::TreeClearing(QTreeWidget *tree)
    : QObject(tree)
    , m_tree(tree)
{
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &TreeClearing::deleteSome);
}

TreeClearing::~TreeClearing()
{
    qDeleteAll(m_left);
}

void TreeClearing::clear()
{
    // Taken out, the items belong to no view: the view does not hear of each, and deleting them later
    // touches nothing it shows.
    m_left.append(m_tree->invisibleRootItem()->takeChildren());
    if (!m_left.isEmpty())
        m_timer.start();
}

void TreeClearing::deleteSome()
{
    QElapsedTimer spent;
    spent.start();
    while (!m_left.isEmpty() && spent.elapsed() < millisecondsPerTurn)
        delete m_left.takeLast(); // with its children
    if (m_left.isEmpty())
        m_timer.stop();
}

} // namespace Hashiya
