// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Finding the windows and dialogs a GUI test opened.

#include <QApplication>
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

} // namespace Hashiya::Test
