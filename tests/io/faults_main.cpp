// SPDX-License-Identifier: GPL-3.0-or-later
// Saving when the device fails: a really full disk, and a device that fails at a chosen byte. The
// process starts itself again with the failing-writes library preloaded (it does nothing until a test
// configures it); tests that cannot run here (no permission to mount, a sanitized build) say why and
// are reported as skipped.
#define CATCH_CONFIG_RUNNER
#include "support/catchqt.h"
#include "support/privatehome.h"
#include "support/skip.h"
#include "support/writefaults.h"

#include <QCoreApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    Hashiya::Test::WriteFaults::preloadIntoThisProcess(argv); // may start this program again: home after it
    const Hashiya::Test::PrivateHome home;
    QStandardPaths::setTestModeEnabled(true); // settings and the text cache go to ~/.qttest in the private home
    QCoreApplication app(argc, argv);
    return Hashiya::Test::exitCode(Catch::Session().run(argc, argv));
}
