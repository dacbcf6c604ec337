// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include "support/catchqt.h"
#include "support/privatehome.h"

#include <QCoreApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    const Hashiya::Test::PrivateHome home;
    QStandardPaths::setTestModeEnabled(true); // settings go to ~/.qttest in the private home
    QCoreApplication app(argc, argv); // the core needs no GUI platform
    return Catch::Session().run(argc, argv);
}
