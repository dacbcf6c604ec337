// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringView>

#include <cstring>
#include <memory>
#include <string_view>

namespace Hashiya {

/// An append-only byte buffer with the few JSON primitives Hashiya's writers need. Callers lay out the
/// document themselves (one annotation per line), which a generic pretty-printer cannot do. Grows
/// without zero-filling, so writing hundreds of megabytes costs little more than copying them.
class JsonWriter final
{
public:
    explicit JsonWriter(size_t initialCapacity = 4096);

    void raw(std::string_view bytes)
    {
        if (bytes.empty())
            return; // an empty view may hold no pointer at all, which memcpy must not get
        std::memcpy(reserve(bytes.size()), bytes.data(), bytes.size());
        m_size += bytes.size();
    }
    void raw(char c)
    {
        *reserve(1) = c;
        ++m_size;
    }
    void integer(qint64 value);
    void boolean(bool value) { raw(value ? std::string_view("true") : std::string_view("false")); }
    /// A quoted, escaped JSON string; non-ASCII text is written as UTF-8, not as \u escapes.
    void string(QStringView text);
    void string(std::string_view utf8);
    /// `"key":` (with the separator).
    void key(std::string_view asciiKey);

    const char *data() const { return m_data.get(); }
    size_t size() const { return m_size; }
    QByteArray toByteArray() const { return QByteArray(data(), qsizetype(size())); }

private:
    char *reserve(size_t additional)
    {
        return m_size + additional <= m_capacity ? m_data.get() + m_size : grow(additional);
    }
    char *grow(size_t additional);

    std::unique_ptr<char[]> m_data;
    size_t m_size = 0;
    size_t m_capacity = 0;
};

} // namespace Hashiya
