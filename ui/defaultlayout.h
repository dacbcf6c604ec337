// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QDockWidget;
class QMainWindow;

namespace Hashiya {

/// The docks' sizes at a first start, when no layout was saved: the article gets at least half the
/// window's width and most of its height, the corpus and annotation lists run the window's full height at
/// either side, wide enough for their columns. Sized once the window is shown at its real size, since the
/// sizes are shares of it; a saved layout is restored instead and never touched.
class DefaultLayout final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DefaultLayout)

public:
    /// Sizes `startDock` (corpus), `endDock` (annotations) and `bottomDock` (relations) when `window` is
    /// first shown.
    DefaultLayout(QMainWindow *window, QDockWidget *startDock, QDockWidget *endDock, QDockWidget *bottomDock);
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
};

} // namespace Hashiya
