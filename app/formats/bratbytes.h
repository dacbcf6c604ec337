// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVarLengthArray>

#include <functional>
#include <string_view>

// Internal to brat import (bratimporter.cpp and the files it is made of): the .ann and .txt are read as
// UTF-8 bytes in place, and turned into QStrings only where a value is kept.
namespace Hashiya::BratBytes {

using Bytes = std::string_view;

inline QString toQString(Bytes bytes)
{
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

inline Bytes trimmedEnd(Bytes bytes)
{
    while (!bytes.empty() && (bytes.back() == '\t' || bytes.back() == ' ' || bytes.back() == '\r'))
        bytes.remove_suffix(1);
    return bytes;
}

/// Space-separated fields, as brat's split() sees them (runs of spaces count as one).
inline QVarLengthArray<Bytes, 8> fields(Bytes bytes)
{
    QVarLengthArray<Bytes, 8> result;
    size_t at = 0;
    while (at < bytes.size()) {
        while (at < bytes.size() && bytes[at] == ' ')
            ++at;
        const size_t start = at;
        while (at < bytes.size() && bytes[at] != ' ')
            ++at;
        if (at > start)
            result.append(bytes.substr(start, at - start));
    }
    return result;
}

/// Lets a map keyed by std::string be searched with Bytes, without making a string of them.
struct TransparentHash
{
    using is_transparent = void;
    size_t operator()(Bytes bytes) const { return std::hash<Bytes> {}(bytes); }
};

} // namespace Hashiya::BratBytes
