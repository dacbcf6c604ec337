// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/corpusstore.h"

#include <QCoreApplication>

#include <memory>

class QTextStream;

namespace Hashiya {

/// A corpus folder named on the command line, read through its index: refreshed (with progress on a
/// terminal), or read whole in memory with --no-index, or when the index cannot be used (said on stderr,
/// and the command goes on).
class IndexedCorpus final
{
    Q_DECLARE_TR_FUNCTIONS(IndexedCorpus)

public:
    /// `command` names the command in messages; `needs` what it needs besides the counts;
    /// `onlyForPieces` as in CorpusStore::Refresh, for a store that serves one search.
    static std::unique_ptr<CorpusStore> open(const QString &folder, bool useIndex, IndexedArticle::Needs needs,
                                             const QString &command, QTextStream &err,
                                             const std::optional<std::vector<quint64>> &onlyForPieces = {});
    /// A command's last use of `store`: its index is closed, and the memory of its articles is left for
    /// the system to take back at exit, all at once. Freeing 10⁵ articles' summaries one by one held a
    /// command's exit for 130 ms.
    static void leave(std::unique_ptr<CorpusStore> store);
};

} // namespace Hashiya
