// SPDX-License-Identifier: GPL-3.0-or-later
// The listener interfaces of Catch2 2.13 are only declared outside the runner with this.
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include "support/skip.h"

#include "support/catchqt.h"

#include <cstdio>

namespace Hashiya::Test {

namespace {

int testCasesRun = 0;
int testCasesSkipped = 0;
bool runningSkipped = false;

/// Counts the test cases that ran and those that skipped themselves.
struct SkipCounter : Catch::TestEventListenerBase
{
    using TestEventListenerBase::TestEventListenerBase;

    void testCaseStarting(const Catch::TestCaseInfo &info) override
    {
        TestEventListenerBase::testCaseStarting(info);
        ++testCasesRun;
        runningSkipped = false;
    }
    void testCaseEnded(const Catch::TestCaseStats &stats) override
    {
        TestEventListenerBase::testCaseEnded(stats);
        if (runningSkipped)
            ++testCasesSkipped;
    }
};
CATCH_REGISTER_LISTENER(SkipCounter)

} // namespace

void skipTest(const QString &reason)
{
    runningSkipped = true;
    std::fprintf(stderr, "skipped: %s\n", qPrintable(reason));
}

int exitCode(int failures)
{
    return failures == 0 && testCasesRun > 0 && testCasesSkipped == testCasesRun ? skipExitCode : failures;
}

} // namespace Hashiya::Test
