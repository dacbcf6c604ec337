// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include "support/catchqt.h"

#include <QCoreApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true); // settings go to ~/.qttest, never the user's
    QCoreApplication app(argc, argv); // the core needs no GUI platform
    return Catch::Session().run(argc, argv);
}
