// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/filestamp.h"

#include <QString>

#include <functional>

class QIODevice;

namespace Hashiya {

enum class ReplaceOutcome {
    Replaced, ///< the file now holds the new version
    ChangedOutside, ///< another program changed (or removed, or created) the file first; nothing was written
    Failed, ///< the new version could not be written; the file is untouched and the message says why
};

/// Replaces `path` atomically, like saveFileAtomically, but only if it is still the version `expected`
/// (a stamp with exists == false: only if there is no file yet). The new version is written beside it
/// and synced, then swapped in with one atomic exchange; the version swapped out is compared with
/// `expected`, and swapped back if another program wrote in between, so no write of either side is lost
/// unnoticed. On success `written` is the stamp of the new file, taken from the file itself, so it is
/// never confused with a write that lands right after.
ReplaceOutcome replaceFileIfUnchanged(const QString &path, const FileStamp &expected,
                                      const std::function<bool(QIODevice &)> &write, FileStamp *written,
                                      QString *errorMessage);

/// For tests: called between writing the new version and swapping it in, where another program's write
/// could land. Empty by default.
void setBeforeReplaceHook(std::function<void(const QString &path)> hook);

} // namespace Hashiya
