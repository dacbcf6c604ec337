// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/workerpool.h"

#include <QThread>

#include <atomic>
#include <catch2/catch.hpp>

using namespace Hashiya;

TEST_CASE("A walk hands every result back in order, whatever order the workers finish in", "[workerpool]")
{
    std::vector<qsizetype> seen;
    const bool complete = walkInOrder(
        500,
        [](qsizetype i) {
            if (i % 7 == 0) // some take longer, so later ones finish first
                QThread::usleep(200);
            return i * 3;
        },
        [&](qsizetype i, qsizetype result) {
            REQUIRE(result == i * 3);
            seen.push_back(i);
            return true;
        },
        8);
    REQUIRE(complete);
    REQUIRE(seen.size() == 500);
    REQUIRE(std::is_sorted(seen.begin(), seen.end()));
}

TEST_CASE("A walk never holds more results than its window, however slow the taker", "[workerpool]")
{
    std::atomic<qsizetype> made {0};
    std::atomic<qsizetype> mostAhead {0};
    std::atomic<qsizetype> taken {0};
    walkInOrder(
        300,
        [&](qsizetype) {
            const qsizetype ahead = ++made - taken;
            qsizetype previous = mostAhead;
            while (ahead > previous && !mostAhead.compare_exchange_weak(previous, ahead)) {
            }
            return 0;
        },
        [&](qsizetype, int) {
            QThread::usleep(50); // a slow consumer
            ++taken;
            return true;
        },
        16);
    REQUIRE(made == 300);
    REQUIRE(mostAhead <= 16 + 1);
}

TEST_CASE("A walk stopped early leaves no work running and frees its results", "[workerpool]")
{
    std::atomic<qsizetype> made {0};
    const bool complete = walkInOrder(
        100000,
        [&](qsizetype i) {
            ++made;
            return std::vector<char>(1024, char(i));
        },
        [](qsizetype i, const std::vector<char> &) { return i < 10; }, 32);
    REQUIRE_FALSE(complete);
    const qsizetype afterStop = made;
    REQUIRE(afterStop < 100);
    QThread::msleep(20); // fixed wait: nothing may happen after the walk is gone; give it the chance
    REQUIRE(made == afterStop);
}

TEST_CASE("Walks inside walks finish although every pool thread is taken", "[workerpool]")
{
    // The outer walk's workers each start an inner walk: if takers only waited for the pool, this
    // would wait forever.
    qsizetype total = 0;
    walkInOrder(
        WorkerPool::threadCount() * 4,
        [](qsizetype i) {
            qsizetype sum = 0;
            walkInOrder(
                50, [i](qsizetype j) { return i + j; },
                [&sum](qsizetype, qsizetype value) {
                    sum += value;
                    return true;
                },
                4);
            return sum;
        },
        [&](qsizetype, qsizetype sum) {
            total += sum;
            return true;
        },
        4);
    qsizetype expected = 0;
    for (qsizetype i = 0; i < WorkerPool::threadCount() * 4; ++i)
        expected += 50 * i + 49 * 50 / 2;
    REQUIRE(total == expected);
}

TEST_CASE("The pool's threads are as many as the cores, for every walk together", "[workerpool]")
{
    REQUIRE(WorkerPool::threadCount() == std::max(1, QThread::idealThreadCount()));
    std::atomic<int> running {0}, mostAtOnce {0};
    auto work = [&](qsizetype) {
        const int now = ++running;
        int previous = mostAtOnce;
        while (now > previous && !mostAtOnce.compare_exchange_weak(previous, now)) {
        }
        QThread::usleep(100);
        --running;
        return 0;
    };
    walkInOrder(200, work, [](qsizetype, int) { return true; });
    // The pool's threads and the taker, which works while it waits.
    REQUIRE(mostAtOnce <= WorkerPool::threadCount() + 1);
}
