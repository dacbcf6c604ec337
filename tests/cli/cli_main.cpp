// SPDX-License-Identifier: GPL-3.0-or-later
// The hashiya executable as users call it from a shell: which arguments reach a command, which a window.
#define CATCH_CONFIG_RUNNER
#include "support/catchqt.h"
#include "support/privatehome.h"

#include <QCoreApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    const Hashiya::Test::PrivateHome home;
    QStandardPaths::setTestModeEnabled(true); // settings go to ~/.qttest in the private home
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
