// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <vector>

namespace Hashiya {

/// An ordered sequence kept in chunks of a few thousand elements, so that inserting or removing in
/// the middle of a million moves one chunk, not half of everything (a plain vector of entities took
/// over 10 ms per edit at that size). Reads like a vector: random-access iterators, indexing, and
/// conversion to std::vector. Copies share their chunks until one side changes a chunk, which it then
/// copies alone: a snapshot of a million entities (what the session keeps to merge against) costs a few
/// hundred pointers, not a copy of every entity.
template<typename T>
class ChunkedVector final
{
public:
    static constexpr size_t chunkSize = 2048; ///< chunks are split when they reach twice this

    class const_iterator
    {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = T;
        using difference_type = std::ptrdiff_t;
        using pointer = const T *;
        using reference = const T &;

        const_iterator() = default;
        reference operator*() const { return (*m_owner->m_chunks[m_chunk])[m_offset]; }
        pointer operator->() const { return &**this; }
        reference operator[](difference_type n) const { return *(*this + n); }
        const_iterator &operator++()
        {
            ++m_index;
            if (++m_offset == m_owner->m_chunks[m_chunk]->size() && m_chunk + 1 < m_owner->m_chunks.size()) {
                ++m_chunk;
                m_offset = 0;
            }
            return *this;
        }
        const_iterator operator++(int)
        {
            const_iterator copy = *this;
            ++*this;
            return copy;
        }
        const_iterator &operator--() { return *this = m_owner->iteratorAt(m_index - 1); }
        const_iterator operator--(int)
        {
            const_iterator copy = *this;
            --*this;
            return copy;
        }
        const_iterator &operator+=(difference_type n) { return *this = m_owner->iteratorAt(m_index + size_t(n)); }
        const_iterator &operator-=(difference_type n) { return *this += -n; }
        friend const_iterator operator+(const_iterator it, difference_type n) { return it += n; }
        friend const_iterator operator+(difference_type n, const_iterator it) { return it += n; }
        friend const_iterator operator-(const_iterator it, difference_type n) { return it -= n; }
        friend difference_type operator-(const const_iterator &a, const const_iterator &b)
        {
            return difference_type(a.m_index) - difference_type(b.m_index);
        }
        friend bool operator==(const const_iterator &a, const const_iterator &b) { return a.m_index == b.m_index; }
        friend auto operator<=>(const const_iterator &a, const const_iterator &b) { return a.m_index <=> b.m_index; }

    private:
        friend class ChunkedVector;
        const_iterator(const ChunkedVector *owner, size_t chunk, size_t offset, size_t index)
            : m_owner(owner)
            , m_chunk(chunk)
            , m_offset(offset)
            , m_index(index)
        {
        }
        const ChunkedVector *m_owner = nullptr;
        size_t m_chunk = 0;
        size_t m_offset = 0;
        size_t m_index = 0;
    };
    using iterator = const_iterator;
    using value_type = T;

    ChunkedVector() = default;
    ChunkedVector(std::vector<T> items) { assign(std::move(items)); }
    ChunkedVector(std::initializer_list<T> items) { assign(std::vector<T>(items)); }

    /// Replaces the contents, cutting `items` into chunks.
    void assign(std::vector<T> items)
    {
        m_chunks.clear();
        m_starts.clear();
        m_size = items.size();
        for (size_t from = 0; from < items.size(); from += chunkSize) {
            const size_t to = std::min(items.size(), from + chunkSize);
            m_starts.push_back(from);
            m_chunks.push_back(std::make_shared<Chunk>(std::make_move_iterator(items.begin() + std::ptrdiff_t(from)),
                                                       std::make_move_iterator(items.begin() + std::ptrdiff_t(to))));
        }
    }

    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    const T &operator[](size_t index) const { return *iteratorAt(index); }
    T &operator[](size_t index)
    {
        const size_t chunk = chunkOf(index);
        return writable(chunk)[index - m_starts[chunk]];
    }
    const T &front() const { return m_chunks.front()->front(); }
    const T &back() const { return m_chunks.back()->back(); }
    const_iterator begin() const { return const_iterator(this, 0, 0, 0); }
    const_iterator end() const { return iteratorAt(m_size); }

    void push_back(const T &value) { push_back(T(value)); }
    void push_back(T &&value)
    {
        if (m_chunks.empty() || m_chunks.back()->size() >= chunkSize) {
            m_starts.push_back(m_size);
            m_chunks.push_back(std::make_shared<Chunk>());
            m_chunks.back()->reserve(chunkSize);
        }
        writable(m_chunks.size() - 1).push_back(std::move(value));
        ++m_size;
    }

    /// Moves all of `other` to the end, chunk by chunk: no element is moved.
    void append(ChunkedVector &&other)
    {
        for (std::shared_ptr<Chunk> &chunk : other.m_chunks) {
            m_starts.push_back(m_size);
            m_size += chunk->size();
            m_chunks.push_back(std::move(chunk));
        }
        other.m_chunks.clear();
        other.m_starts.clear();
        other.m_size = 0;
    }

    void insert(size_t index, T value)
    {
        if (m_chunks.empty()) {
            m_chunks.push_back(std::make_shared<Chunk>());
            m_starts.push_back(0);
        }
        // Appending goes to the last chunk; anything else to the chunk holding `index`.
        const size_t chunk = index == m_size ? m_chunks.size() - 1 : chunkOf(index);
        Chunk &items = writable(chunk);
        items.insert(items.begin() + std::ptrdiff_t(index - m_starts[chunk]), std::move(value));
        ++m_size;
        for (size_t later = chunk + 1; later < m_starts.size(); ++later)
            ++m_starts[later];
        if (items.size() >= 2 * chunkSize)
            split(chunk);
    }

    T take(size_t index)
    {
        const size_t chunk = chunkOf(index);
        Chunk &items = writable(chunk);
        const auto position = items.begin() + std::ptrdiff_t(index - m_starts[chunk]);
        T taken = std::move(*position);
        items.erase(position);
        --m_size;
        for (size_t later = chunk + 1; later < m_starts.size(); ++later)
            --m_starts[later];
        if (items.empty()) {
            m_chunks.erase(m_chunks.begin() + std::ptrdiff_t(chunk));
            m_starts.erase(m_starts.begin() + std::ptrdiff_t(chunk));
        }
        return taken;
    }

    /// A copy of everything: explicit, because a million entities should not be copied by accident.
    std::vector<T> toVector() const { return std::vector<T>(begin(), end()); }
    explicit operator std::vector<T>() const { return toVector(); }
    friend bool operator==(const ChunkedVector &a, const std::vector<T> &b)
    {
        return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin());
    }
    friend bool operator==(const std::vector<T> &a, const ChunkedVector &b) { return b == a; }
    friend bool operator==(const ChunkedVector &a, const ChunkedVector &b)
    {
        return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin());
    }

private:
    size_t chunkOf(size_t index) const
    {
        return size_t(std::upper_bound(m_starts.begin(), m_starts.end(), index) - m_starts.begin()) - 1;
    }
    const_iterator iteratorAt(size_t index) const
    {
        if (index >= m_size) // end(): just past the last element
            return m_chunks.empty() ? const_iterator(this, 0, 0, m_size)
                                    : const_iterator(this, m_chunks.size() - 1, m_chunks.back()->size(), m_size);
        const size_t chunk = chunkOf(index);
        return const_iterator(this, chunk, index - m_starts[chunk], index);
    }
    void split(size_t chunk)
    {
        Chunk &items = writable(chunk);
        auto upper = std::make_shared<Chunk>(std::make_move_iterator(items.begin() + std::ptrdiff_t(chunkSize)),
                                             std::make_move_iterator(items.end()));
        items.erase(items.begin() + std::ptrdiff_t(chunkSize), items.end());
        m_chunks.insert(m_chunks.begin() + std::ptrdiff_t(chunk + 1), std::move(upper));
        m_starts.insert(m_starts.begin() + std::ptrdiff_t(chunk + 1), m_starts[chunk] + chunkSize);
    }

    using Chunk = std::vector<T>;

    /// The chunk, for changing: copied first if another ChunkedVector shares it. Copies are made on one
    /// thread (a use count of one cannot rise meanwhile); other threads may only read.
    Chunk &writable(size_t chunk)
    {
        std::shared_ptr<Chunk> &shared = m_chunks[chunk];
        if (shared.use_count() > 1) {
            auto copy = std::make_shared<Chunk>();
            copy->reserve(std::max(shared->size(), std::min(shared->capacity(), chunkSize)));
            copy->insert(copy->end(), shared->begin(), shared->end());
            shared = std::move(copy);
        }
        return *shared;
    }

    std::vector<std::shared_ptr<Chunk>> m_chunks; // never null
    std::vector<size_t> m_starts; // index of each chunk's first element
    size_t m_size = 0;
};

} // namespace Hashiya
