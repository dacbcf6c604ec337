// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include "support/catchqt.h"
#include "support/privatehome.h"
#include "support/skip.h"

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    const Hashiya::Test::PrivateHome home;
    // Test discovery runs this binary at build time without ctest's environment (Catch2 #1810), so the
    // platform is chosen here: without it, a machine with no display would abort and register no tests.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("HashiyaTests"));
    QApplication::setApplicationName(QStringLiteral("HashiyaUiTests"));
    return Hashiya::Test::exitCode(Catch::Session().run(argc, argv)); // 77 if it only skipped
}
