// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentprefetcher.h"

#include <algorithm>

namespace Hashiya {

DocumentPrefetcher::DocumentPrefetcher(qsizetype count, Load load, int threads, qsizetype window)
    : m_count(count)
    , m_load(std::move(load))
    , m_window(std::max<qsizetype>(window, 1))
    , m_slots(size_t(m_window))
{
    const qsizetype wanted = std::clamp<qsizetype>(std::min<qsizetype>(threads, count), 1, 16);
    for (qsizetype i = 0; i < wanted && count > 0; ++i)
        m_threads.emplace_back([this] { work(); });
}

DocumentPrefetcher::~DocumentPrefetcher()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_freed.notify_all();
    for (std::thread &thread : m_threads)
        thread.join();
}

DocumentPrefetcher::Loaded DocumentPrefetcher::take(qsizetype index)
{
    std::unique_lock lock(m_mutex);
    std::optional<Loaded> &slot = m_slots[size_t(index % m_window)];
    m_filled.wait(lock, [&] { return slot.has_value(); });
    Loaded loaded = std::move(*slot);
    slot.reset();
    m_taken = index + 1;
    lock.unlock();
    m_freed.notify_all();
    return loaded;
}

void DocumentPrefetcher::work()
{
    for (;;) {
        qsizetype index = 0;
        {
            std::unique_lock lock(m_mutex);
            m_freed.wait(lock, [&] { return m_stopping || m_next >= m_count || m_next < m_taken + m_window; });
            if (m_stopping || m_next >= m_count)
                return;
            index = m_next++;
        }
        Loaded loaded = m_load(index);
        {
            const std::lock_guard lock(m_mutex);
            m_slots[size_t(index % m_window)] = std::move(loaded);
        }
        m_filled.notify_all();
    }
}

} // namespace Hashiya
