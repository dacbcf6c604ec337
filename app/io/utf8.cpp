// SPDX-License-Identifier: GPL-3.0-or-later
#include "utf8.h"

#include <simdjson.h>

#include <cstring>

namespace Hashiya::Utf8 {

qsizetype firstInvalidByte(const char *data, qsizetype size)
{
    // Valid text is the common case, and simdjson checks it with vector instructions (a 50 MB article
    // of Turkish and Arabic took 50 ms byte by byte). Both follow the Unicode standard's table of
    // well-formed sequences, so only invalid text is walked below, to find where it goes wrong.
    if (simdjson::validate_utf8(data, size_t(size)))
        return -1;
    const auto *bytes = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < size) {
        // ASCII runs are the common case; test eight bytes at a time.
        if (i + 8 <= size) {
            quint64 word;
            std::memcpy(&word, bytes + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char b = bytes[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            if (b == 0xE0)
                lo = 0xA0; // no overlong forms
            else if (b == 0xED)
                hi = 0x9F; // no surrogates
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            if (b == 0xF0)
                lo = 0x90;
            else if (b == 0xF4)
                hi = 0x8F; // nothing above U+10FFFF
        } else {
            return i;
        }
        if (i + length > size || bytes[i + 1] < lo || bytes[i + 1] > hi)
            return i;
        for (int k = 2; k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += length;
    }
    return -1;
}

bool equals(std::string_view utf8, QStringView utf16)
{
    const auto *in = reinterpret_cast<const unsigned char *>(utf8.data());
    const auto *end = in + utf8.size();
    const char16_t *units = utf16.utf16();
    const char16_t *unitsEnd = units + utf16.size();
    while (in < end) {
        if (units == unitsEnd)
            return false;
        const unsigned char b = *in;
        if (b < 0x80) {
            if (*units++ != b)
                return false;
            ++in;
            continue;
        }
        char32_t c;
        if (b < 0xE0) {
            if (end - in < 2)
                return false;
            c = (char32_t(b & 0x1F) << 6) | (in[1] & 0x3F);
            in += 2;
        } else if (b < 0xF0) {
            if (end - in < 3)
                return false;
            c = (char32_t(b & 0x0F) << 12) | (char32_t(in[1] & 0x3F) << 6) | (in[2] & 0x3F);
            in += 3;
        } else {
            if (end - in < 4)
                return false;
            c = (char32_t(b & 0x07) << 18) | (char32_t(in[1] & 0x3F) << 12) | (char32_t(in[2] & 0x3F) << 6)
                | (in[3] & 0x3F);
            in += 4;
        }
        if (c < 0x10000) {
            if (*units++ != c)
                return false;
        } else {
            if (unitsEnd - units < 2 || units[0] != QChar::highSurrogate(c) || units[1] != QChar::lowSurrogate(c))
                return false;
            units += 2;
        }
    }
    return units == unitsEnd;
}

} // namespace Hashiya::Utf8
