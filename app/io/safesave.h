// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Hashiya {

/// Writes `size` bytes to `path` atomically (QSaveFile: a temporary file renamed over the target), so
/// the file on disk is always either the old or the new version, never a mix. On failure the old file
/// is untouched and `errorMessage` says why.
bool saveFileAtomically(const QString &path, const char *data, qint64 size, QString *errorMessage);

} // namespace Hashiya
