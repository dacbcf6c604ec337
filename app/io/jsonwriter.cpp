// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include <QChar>

#include <charconv>
#include <cstring>

namespace Hashiya {
namespace {

constexpr char hexDigits[] = "0123456789abcdef";

// ASCII characters JSON forbids raw inside a string: controls, the quote and the backslash.
constexpr bool needsEscape(char16_t c)
{
    return c < 0x20 || c == u'"' || c == u'\\';
}

char *writeEscape(char *out, char16_t c)
{
    *out++ = '\\';
    switch (c) {
    case u'"':
        *out++ = '"';
        return out;
    case u'\\':
        *out++ = '\\';
        return out;
    case u'\n':
        *out++ = 'n';
        return out;
    case u'\t':
        *out++ = 't';
        return out;
    case u'\r':
        *out++ = 'r';
        return out;
    default:
        std::memcpy(out, "u00", 3);
        out[3] = hexDigits[c >> 4];
        out[4] = hexDigits[c & 15];
        return out + 5;
    }
}

} // namespace

JsonWriter::JsonWriter(size_t initialCapacity)
    : m_data(std::make_unique_for_overwrite<char[]>(initialCapacity))
    , m_capacity(initialCapacity)
{
}

char *JsonWriter::grow(size_t additional)
{
    const size_t capacity = std::max(m_capacity * 2, m_size + additional);
    auto grown = std::make_unique_for_overwrite<char[]>(capacity);
    std::memcpy(grown.get(), m_data.get(), m_size);
    m_data = std::move(grown);
    m_capacity = capacity;
    return m_data.get() + m_size;
}

void JsonWriter::integer(qint64 value)
{
    char *out = reserve(24);
    m_size = size_t(std::to_chars(out, out + 24, value).ptr - m_data.get());
}

void JsonWriter::key(std::string_view asciiKey)
{
    raw('"');
    raw(asciiKey);
    raw(std::string_view("\":"));
}

void JsonWriter::string(QStringView text)
{
    // Worst case: every UTF-16 unit becomes a six-byte escape.
    char *out = reserve(size_t(text.size()) * 6 + 2);
    *out++ = '"';
    const QChar *p = text.data();
    const QChar *end = p + text.size();
    while (p < end) {
        char32_t u = p++->unicode();
        if (u < 0x80) {
            if (needsEscape(char16_t(u)))
                out = writeEscape(out, char16_t(u));
            else
                *out++ = char(u);
            continue;
        }
        if (QChar::isHighSurrogate(u) && p < end && p->isLowSurrogate())
            u = QChar::surrogateToUcs4(char16_t(u), p++->unicode());
        else if (QChar::isSurrogate(u))
            u = 0xFFFD; // never write ill-formed UTF-8
        if (u < 0x800) {
            *out++ = char(0xC0 | (u >> 6));
        } else if (u < 0x10000) {
            *out++ = char(0xE0 | (u >> 12));
            *out++ = char(0x80 | ((u >> 6) & 0x3F));
        } else {
            *out++ = char(0xF0 | (u >> 18));
            *out++ = char(0x80 | ((u >> 12) & 0x3F));
            *out++ = char(0x80 | ((u >> 6) & 0x3F));
        }
        *out++ = char(0x80 | (u & 0x3F));
    }
    *out++ = '"';
    m_size = size_t(out - m_data.get());
}

void JsonWriter::string(std::string_view utf8)
{
    char *out = reserve(utf8.size() * 6 + 2);
    *out++ = '"';
    for (char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x80 && needsEscape(byte))
            out = writeEscape(out, byte);
        else
            *out++ = c;
    }
    *out++ = '"';
    m_size = size_t(out - m_data.get());
}

} // namespace Hashiya
