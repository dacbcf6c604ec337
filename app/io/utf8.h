// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>


namespace Hashiya::Utf8 {

/// Byte offset of the first byte that does not start a well-formed UTF-8 sequence (overlong forms,
/// surrogates and values above U+10FFFF are ill-formed, as for Python), or -1 if all of it is valid.
qsizetype firstInvalidByte(const char *data, qsizetype size);

} // namespace Hashiya::Utf8
