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
/// and synced; the file is looked at once more, then the new one is swapped in with one atomic exchange
/// and the version swapped out is compared with `expected`: if another program wrote in between, its
/// version is swapped back, so no write of either side is lost unnoticed. On success `written` is the
/// stamp of the new file, taken from the file itself, so it is never confused with a write that lands
/// right after.
///
/// A program that wrote in the instant the new version was in place may have built on it; its version
/// stays in place then, and `displaced` (if given) names the one it would have replaced, left beside the
/// target for the caller to take in and remove.
ReplaceOutcome replaceFileIfUnchanged(const QString &path, const FileStamp &expected,
                                      const std::function<bool(QIODevice &)> &write, FileStamp *written,
                                      QString *errorMessage, QString *displaced = nullptr);

/// For tests: called between the last look at the file and swapping the new version in, where another
/// program's write could land. Empty by default.
void setBeforeReplaceHook(std::function<void(const QString &path)> hook);
/// For tests: called while the new version is in place and not yet checked, where a third program could
/// write over it. Empty by default.
void setAfterExchangeHook(std::function<void(const QString &path)> hook);

} // namespace Hashiya
