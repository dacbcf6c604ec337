// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

class QThreadPool;

namespace Hashiya {

/// The threads every corpus walk shares: one per core, for the whole process, so that reading ten thousand
/// articles costs as many threads as reading ten. Walks started at once take turns on them.
class WorkerPool final
{
public:
    static QThreadPool *instance();
    /// How many workers a walk asks for: the pool's size.
    static int threadCount();
    /// Runs `job` on the pool (a walk's worker; see OrderedWalk).
    static void start(std::function<void()> job);
};

/// Does `work(i)` for i = 0 … count−1 on the worker pool and hands the results back in order, holding at
/// most `window` finished results ahead of the one taken last: memory is bounded by the window, never by
/// the corpus. The thread that takes a result that is not ready yet does work itself meanwhile, so a walk
/// always progresses, even when the pool is busy with another walk (or this one runs on a pool thread).
template<typename Result>
class OrderedWalk final
{
public:
    using Work = std::function<Result(qsizetype index)>;

    OrderedWalk(qsizetype count, Work work, qsizetype window = 64)
        : m_state(std::make_shared<State>(count, std::move(work), std::max<qsizetype>(window, 1)))
    {
        const int workers = int(std::min<qsizetype>(WorkerPool::threadCount(), count));
        for (int i = 0; i < workers; ++i)
            WorkerPool::start([state = m_state] { state->workWhileAllowed(); });
    }
    /// Stops handing out work and waits for the results being made; results not taken are dropped.
    ~OrderedWalk()
    {
        std::unique_lock lock(m_state->mutex);
        m_state->stopping = true;
        m_state->freed.notify_all();
        m_state->idle.wait(lock, [this] { return m_state->busy == 0; });
    }
    OrderedWalk(const OrderedWalk &) = delete;
    OrderedWalk &operator=(const OrderedWalk &) = delete;

    /// Result `index`, waiting (or working) for it. Call with 0, 1, 2… in turn.
    Result take(qsizetype index)
    {
        State &state = *m_state;
        std::unique_lock lock(state.mutex);
        std::optional<Result> &slot = state.slots[size_t(index % state.window)];
        while (!slot) {
            if (state.claimable()) {
                state.doOne(lock);
                continue;
            }
            state.awaited = index;
            state.filled.wait(lock);
            state.awaited = -1;
        }
        Result result = std::move(*slot);
        slot.reset();
        state.taken = index + 1;
        const bool wake = state.sleeping > 0 && state.next - state.taken <= state.resumeAt();
        lock.unlock();
        if (wake)
            state.freed.notify_all();
        return result;
    }

private:
    // Shared with the pool's jobs, which may start after the walk is gone (they then leave at once).
    struct State
    {
        State(qsizetype count, Work work, qsizetype window)
            : count(count)
            , work(std::move(work))
            , window(window)
            , slots(size_t(window))
        {
        }
        bool claimable() const { return !stopping && next < count && next < taken + window; }
        /// How many results may still be waiting to be taken when a worker that found the window full
        /// starts again: half of it, so that a taker catching up wakes the workers once per half window
        /// rather than at every result (each wake a system call, and a thread switch on a busy machine).
        qsizetype resumeAt() const { return window - std::max<qsizetype>(1, window / 2); }
        // Claims the next index, works on it unlocked, stores the result; `lock` is held on entry and exit.
        void doOne(std::unique_lock<std::mutex> &lock)
        {
            const qsizetype index = next++;
            ++busy;
            lock.unlock();
            std::optional<Result> result(work(index));
            lock.lock();
            slots[size_t(index % window)] = std::move(result);
            --busy;
            if (index == awaited)
                filled.notify_all();
            if (busy == 0 && stopping)
                idle.notify_all();
        }
        void workWhileAllowed()
        {
            std::unique_lock lock(mutex);
            for (;;) {
                if (stopping || next >= count)
                    return;
                if (claimable()) {
                    doOne(lock);
                    continue;
                }
                ++sleeping;
                freed.wait(lock, [this] { return stopping || next >= count || next - taken <= resumeAt(); });
                --sleeping;
            }
        }

        const qsizetype count;
        const Work work;
        const qsizetype window;
        std::mutex mutex;
        std::condition_variable filled; // a slot got its result
        std::condition_variable freed; // a result was taken, or the walk stops
        std::condition_variable idle; // no result is being made
        std::vector<std::optional<Result>> slots; // result i in slot i % window
        qsizetype next = 0; // the next index to work on
        qsizetype taken = 0; // how many results were taken
        int busy = 0; // results being made right now
        int sleeping = 0; // workers waiting for the window to free up
        qsizetype awaited = -1; // the result the taker waits for, if it waits
        bool stopping = false;
    };
    std::shared_ptr<State> m_state;
};

/// Every result of `work` over [0, count), handed to `consume` in order on the calling thread; `consume`
/// returning false stops the walk. Returns whether the walk reached the end.
template<typename Work, typename Consume>
bool walkInOrder(qsizetype count, Work work, Consume consume, qsizetype window = 64)
{
    using Result = std::invoke_result_t<Work, qsizetype>;
    OrderedWalk<Result> walk(count, std::function<Result(qsizetype)>(std::move(work)), window);
    for (qsizetype i = 0; i < count; ++i) {
        if (!consume(i, walk.take(i)))
            return false;
    }
    return true;
}

} // namespace Hashiya
