// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include "support/catchqt.h"
#include "support/privatehome.h"

#include <QCoreApplication>
#include <QStandardPaths>

// The session is part of the headless core: its tests run without any GUI platform.
int main(int argc, char *argv[])
{
    const Hashiya::Test::PrivateHome home;
    QStandardPaths::setTestModeEnabled(true); // settings and cache go to ~/.qttest in the private home
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
