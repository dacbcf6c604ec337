// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Hashiya {

/// Starting the graphical application: identity, the check that a window can be shown at all, and the
/// main window on the corpus or article named on the command line.
class Application final
{
    Q_DECLARE_TR_FUNCTIONS(Application)

public:
    /// Organisation, application and version names for settings and --version.
    static void setIdentity();
    /// Why no window can be opened (no display), with what to do about it; empty if one can.
    static QString displayProblem();
    /// Shows the main window (a QApplication must exist) and runs the event loop.
    static int run(const QStringList &arguments);
};

} // namespace Hashiya
