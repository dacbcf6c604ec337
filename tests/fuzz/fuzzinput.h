// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <utility>

namespace Hashiya::Fuzz {

/// One fuzz input as two files: the bytes before the first NUL and the bytes after it (an article and
/// its sidecar, a .txt and its .ann). Without a NUL the second part is empty.
inline std::pair<QByteArray, QByteArray> splitAtNul(const uint8_t *data, size_t size)
{
    const QByteArray all(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype nul = all.indexOf('\0');
    if (nul < 0)
        return {all, {}};
    return {all.left(nul), all.mid(nul + 1)};
}

/// Stops the run where an invariant broke, so the fuzzer keeps the input that broke it.
inline void require(bool condition)
{
    if (!condition)
        __builtin_trap();
}

} // namespace Hashiya::Fuzz
