// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QDockWidget;
class QMainWindow;

namespace Hashiya {

/// The docks' layout when the window is first shown: the one saved when it last closed, or at a first start
/// one where the article gets at least half the window's width and most of its height, and the corpus and
/// annotation lists run the window's full height at either side, wide enough for their columns. Both wait
/// for the window to be shown: the first start's sizes are shares of the window's real size, and Qt 6.4
/// drops the side docks' sizes from a state restored before then when the bottom docks share tabs.
class DefaultLayout final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DefaultLayout)

public:
    /// Lays out `startDock` (corpus), `endDock` (annotations) and `bottomDock` (relations) of `window`.
    DefaultLayout(QMainWindow *window, QDockWidget *startDock, QDockWidget *endDock, QDockWidget *bottomDock);
    /// When the window is first shown, restores `savedState`, or if there is none (or it is unreadable)
    /// gives the docks the first start's sizes.
    void restoreOrArrange(const QByteArray &savedState) { m_savedState = savedState; }
    /// Places the side docks the full height of the window, the bottom docks between them.
    static void giveCornersToSides(QMainWindow *window);
    /// Sizes the docks now, from the window's size.
    void apply();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QMainWindow *m_window;
    QPointer<QDockWidget> m_startDock;
    QPointer<QDockWidget> m_endDock;
    QPointer<QDockWidget> m_bottomDock;
    QByteArray m_savedState;
};

} // namespace Hashiya
