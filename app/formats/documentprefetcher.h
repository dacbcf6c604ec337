// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/problem.h"

#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "formats/exchangedocument.h"

namespace Hashiya {

/// Loads documents on background threads a little ahead of the one consuming them, in order. Reading an
/// article and parsing its sidecar costs far more than writing it in any format, so an export of a large
/// corpus runs as fast as the cores can load.
class DocumentPrefetcher final
{
public:
    struct Loaded
    {
        std::optional<ExchangeDocument> document;
        Problems problems;
    };
    /// Loads document `index`; called on the background threads, so it must not touch shared state.
    using Load = std::function<Loaded(qsizetype index)>;

    /// At most `window` documents are held ahead of the one last taken.
    DocumentPrefetcher(qsizetype count, Load load, int threads, qsizetype window = 64);
    /// Stops the threads; documents not yet taken are dropped.
    ~DocumentPrefetcher();
    DocumentPrefetcher(const DocumentPrefetcher &) = delete;
    DocumentPrefetcher &operator=(const DocumentPrefetcher &) = delete;

    /// Document `index`, waiting for it if needed. Call with 0, 1, 2… in turn.
    Loaded take(qsizetype index);

private:
    void work();

    const qsizetype m_count;
    const Load m_load;
    const qsizetype m_window;
    std::mutex m_mutex;
    std::condition_variable m_filled; // a slot got its document
    std::condition_variable m_freed; // the consumer took one, or everything stops
    std::vector<std::optional<Loaded>> m_slots; // document i in slot i % window
    qsizetype m_next = 0; // the next index a thread will load
    qsizetype m_taken = 0; // how many the consumer has taken
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace Hashiya
