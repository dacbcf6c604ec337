// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Skipping a test that cannot run here (no permission to mount, a sanitized build), visibly. Catch2 2.13
// has no SKIP: the test warns and returns, and a run made only of skipped tests exits with
// skipExitCode, which CTest reports as "Skipped" (SKIP_RETURN_CODE) instead of "Passed".

#include "support/catchqt.h"

#include <QString>

namespace Hashiya::Test {

constexpr int skipExitCode = 77;

/// Records the running test case as skipped and prints why (call through HASHIYA_SKIP, which returns).
void skipTest(const QString &reason);

/// What main() returns after Catch::Session::run() returned `failures`: skipExitCode if every test
/// case that ran was skipped, else `failures`.
int exitCode(int failures);

} // namespace Hashiya::Test

/// Skips the rest of the running test case, saying why (the warning names the test's own line).
#define HASHIYA_SKIP(reason)                                                                                           \
    do {                                                                                                               \
        const QString hashiyaSkipReason = (reason);                                                                    \
        WARN("skipped: " << hashiyaSkipReason.toStdString());                                                          \
        Hashiya::Test::skipTest(hashiyaSkipReason);                                                                    \
        return;                                                                                                        \
    } while (false)
