// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <string_view>

namespace Hashiya::Utf8 {

/// Byte offset of the first byte that does not start a well-formed UTF-8 sequence (overlong forms,
/// surrogates and values above U+10FFFF are ill-formed, as for Python), or -1 if all of it is valid.
qsizetype firstInvalidByte(const char *data, qsizetype size);

/// True if `utf8` (well-formed, e.g. checked by the JSON parser) holds the same text as `utf16`.
/// Several times faster than converting either side, which matters for a million stored spans.
bool equals(std::string_view utf8, QStringView utf16);

} // namespace Hashiya::Utf8
