// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include "support/catchqt.h"

#include <QCoreApplication>
#include <QStandardPaths>

// The session is part of the headless core: its tests run without any GUI platform.
int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true); // settings and cache go to test folders, never the user's
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
