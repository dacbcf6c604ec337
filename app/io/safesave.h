// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QIODevice;

namespace Hashiya {

/// Writes `path` atomically (QSaveFile: a temporary file, flushed to disk and renamed over the target),
/// so the file on disk is always either the old or the new version, never a mix. `write` fills the
/// file and returns false if it could not. On failure the old file is untouched and `errorMessage`
/// says why.
bool saveFileAtomically(const QString &path, const std::function<bool(QIODevice &)> &write, QString *errorMessage);

} // namespace Hashiya
