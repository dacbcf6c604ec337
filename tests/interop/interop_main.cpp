// SPDX-License-Identifier: GPL-3.0-or-later
// Round trips against files written by the peer tools themselves (../shared/interop, beside the checkout).
// A clone without them reports the whole set as skipped (exit code 77) rather than passing or failing.
#define CATCH_CONFIG_RUNNER
#include "support/catchqt.h"
#include "support/privatehome.h"
#include "support/testfiles.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <cstdio>

int main(int argc, char *argv[])
{
    const Hashiya::Test::PrivateHome home;
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    if (Hashiya::Test::interopPath().isEmpty()) {
        std::fputs("skipped: no peer samples in ../shared/interop\n", stderr);
        return 77;
    }
    return Catch::Session().run(argc, argv);
}
