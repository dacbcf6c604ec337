// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Finding the windows, dialogs and children a GUI test opened, and showing a widget as the active window.

#include "support/catchqt.h"

#include <QApplication>
#include <QTest>
#include <QWidget>

namespace Hashiya::Test {

/// The shown top-level widget of this class (e.g. a dialog running its own event loop), or null.
template<typename Widget>
Widget *findTopLevel()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<Widget *>(widget); found && found->isVisible())
            return found;
    }
    return nullptr;
}

/// The child of `parent` with this object name; the test fails if there is none.
template<typename Widget>
Widget *childNamed(const QWidget &parent, const QString &name)
{
    Widget *widget = parent.findChild<Widget *>(name);
    REQUIRE(widget);
    return widget;
}

/// Shows `widget` at `size` as the active window, as the analyst would find it, and waits until it is.
inline void showActive(QWidget &widget, const QSize &size)
{
    widget.resize(size);
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
    widget.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&widget));
}

} // namespace Hashiya::Test
