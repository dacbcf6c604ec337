// SPDX-License-Identifier: GPL-3.0-or-later
#include "defaultlayout.h"

#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

#include <algorithm>

namespace Hashiya {
namespace {

// Shares of the window: each side list a little under a quarter of the width, the bottom docks a fifth
// of the height, and the article the rest.
constexpr double sideShare = 0.235;
constexpr double bottomShare = 0.2;

} // namespace

DefaultLayout::DefaultLayout(QMainWindow *window, QDockWidget *startDock, QDockWidget *endDock, QDockWidget *bottomDock)
    : QObject(window)
    , m_window(window)
    , m_startDock(startDock)
    , m_endDock(endDock)
    , m_bottomDock(bottomDock)
{
    window->installEventFilter(this);
}

void DefaultLayout::giveCornersToSides(QMainWindow *window)
{
    // Dock areas are absolute, so the corners are the same in a mirrored interface.
    window->setCorner(Qt::TopLeftCorner, Qt::LeftDockWidgetArea);
    window->setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    window->setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    window->setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
}

void DefaultLayout::apply()
{
    const QSize size = m_window->size();
    QList<QDockWidget *> sides;
    QList<int> widths;
    for (QDockWidget *dock : {m_startDock.data(), m_endDock.data()}) {
        if (dock && !dock->isHidden() && !dock->isFloating()) {
            sides.append(dock);
            widths.append(int(size.width() * sideShare));
        }
    }
    if (!sides.isEmpty())
        m_window->resizeDocks(sides, widths, Qt::Horizontal);
    if (m_bottomDock && !m_bottomDock->isHidden() && !m_bottomDock->isFloating())
        m_window->resizeDocks({m_bottomDock}, {int(size.height() * bottomShare)}, Qt::Vertical);
}

bool DefaultLayout::eventFilter(QObject *watched, QEvent *event)
{
    // Once the window is shown it has its real size, and the shares are of that; its docks have their
    // heights only once the layout has run, so once more after that.
    if (watched == m_window && event->type() == QEvent::Show) {
        m_window->removeEventFilter(this);
        if (!m_savedState.isEmpty() && m_window->restoreState(m_savedState)) {
            // Heights too are right only after the first layout pass.
            QTimer::singleShot(0, this, [this] {
                m_window->restoreState(m_savedState);
                deleteLater();
            });
        } else {
            apply();
            QTimer::singleShot(0, this, [this] {
                apply();
                deleteLater();
            });
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Hashiya
