// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Waiting for something another process sends. QTest::qWaitFor sleeps 10 ms between its looks, which
// caps a pipe at one read (64 KB) per 10 ms: megabytes from a child process would take seconds there
// that take a fraction of one in the application's event loop. This waits the way the event loop does.

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTimer>

namespace Hashiya::Test {

/// Runs events, sleeping only until the next one arrives, until `condition` holds (true) or `timeoutMs`
/// has passed (false).
template<typename Condition>
bool waitForEvents(Condition condition, int timeoutMs = 5000)
{
    const QDeadlineTimer deadline(timeoutMs);
    // Wakes the loop now and then, so that the deadline is seen when nothing else arrives.
    QTimer tick;
    tick.start(20);
    while (!condition()) {
        if (deadline.hasExpired())
            return condition();
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

} // namespace Hashiya::Test
