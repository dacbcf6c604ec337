// SPDX-License-Identifier: GPL-3.0-or-later
#include "indexedcorpus.h"

#include "cli/pathexpansion.h"
#include "cli/progressreporter.h"

#include <QTextStream>

#include <mutex>

namespace Hashiya {

std::unique_ptr<CorpusStore> IndexedCorpus::open(const QString &folder, bool useIndex, IndexedArticle::Needs needs,
                                                 const QString &command, QTextStream &err,
                                                 const std::optional<std::vector<quint64>> &onlyForPieces)
{
    auto store = std::make_unique<CorpusStore>(folder, useIndex ? CorpusStore::Storage::File : CorpusStore::Storage::Memory);
    QString error;
    if (!store->open(&error)) {
        err << tr("hashiya %1: the corpus index cannot be used (%2); reading every article instead")
                   .arg(command, error)
            << '\n';
        store = std::make_unique<CorpusStore>(folder, CorpusStore::Storage::Memory);
        store->open(&error);
    }
    bool refreshed = false;
    {
        ProgressReporter progress(err, tr("reading"));
        CorpusStore::Refresh how;
        how.grams = needs.grams;
        how.descriptions = needs.description;
        how.counts = needs.counts;
        how.onlyForPieces = onlyForPieces;
        how.progress = [&progress](qsizetype done, qsizetype total) {
            if (total > 0)
                progress.report(done, total);
            return true;
        };
        refreshed = store->refresh(how, &error);
    }
    if (!refreshed) // every article was read; only keeping them failed
        err << "hashiya " << command << ": " << error << '\n';
    return store;
}

void IndexedCorpus::leave(std::unique_ptr<CorpusStore> store)
{
    if (!store)
        return;
    store->close();
    // Held from a global, so that leak checkers see memory still in use, not memory lost.
    static auto *const left = new std::vector<std::unique_ptr<CorpusStore>>;
    static std::mutex guard;
    const std::lock_guard lock(guard);
    left->push_back(std::move(store));
}

} // namespace Hashiya
