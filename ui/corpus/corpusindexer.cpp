// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusindexer.h"

#include "index/corpusstore.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QtConcurrent>

#include <algorithm>
#include <mutex>

namespace Hashiya {

struct CorpusIndexer::Run
{
    std::atomic<bool> cancelled {false};
};

namespace {

constexpr qsizetype batchSize = 500; // summaries handed to the list at once
constexpr qint64 batchInterval = 100; // ms: or sooner, while articles are being read

} // namespace

CorpusIndexer::CorpusIndexer(QObject *parent)
    : QObject(parent)
{
}

CorpusIndexer::~CorpusIndexer()
{
    stop();
}

void CorpusIndexer::stop()
{
    if (m_run)
        m_run->cancelled = true;
    m_future.waitForFinished();
    m_run.reset();
}

bool CorpusIndexer::isRunning() const
{
    return m_future.isRunning();
}

void CorpusIndexer::start(const QString &folder)
{
    stop();
    m_candidates.reset();
    m_changed.clear();
    m_read = 0;
    m_problem.clear();
    auto run = std::make_shared<Run>();
    m_run = run;
    QPointer<CorpusIndexer> self(this);
    // Everything below runs on a pool thread; what it hands over goes through the event loop, and only
    // while this run is the current one.
    m_future = QtConcurrent::run([self, run, folder] {
        auto post = [self, run](auto deliver) {
            QMetaObject::invokeMethod(self, [self, run, deliver = std::move(deliver)]() mutable {
                if (self && self->m_run == run)
                    deliver(*self);
            }, Qt::QueuedConnection);
        };
        CorpusStore store(folder);
        QString error;
        std::unique_ptr<CorpusStore> memory;
        CorpusStore *used = &store;
        if (!store.open(&error)) {
            memory = std::make_unique<CorpusStore>(folder, CorpusStore::Storage::Memory);
            memory->open(&error);
            used = memory.get();
        }
        QList<ArticleSummary> batch;
        QElapsedTimer sinceBatch;
        sinceBatch.start();
        auto flush = [&] {
            if (batch.isEmpty())
                return;
            post([summaries = std::move(batch)](CorpusIndexer &indexer) { Q_EMIT indexer.summariesArrived(summaries); });
            batch = {};
            sinceBatch.restart();
        };
        CorpusStore::Refresh how;
        how.grams = true;
        bool reading = false; // the index's own summaries come first, and go to the list in one batch
        how.arrived = [&](const IndexedArticle &article) {
            ArticleSummary &summary = batch.emplace_back(article.summary);
            // The list shows neither: the counts per type stay in the index.
            summary.entityTypes.clear();
            summary.relationTypes.clear();
            summary.sha256.clear();
            if (reading && (batch.size() >= batchSize || sinceBatch.elapsed() >= batchInterval))
                flush();
        };
        how.progress = [&](qsizetype done, qsizetype total) {
            reading = true;
            flush();
            post([done, total](CorpusIndexer &indexer) { Q_EMIT indexer.progressed(done, total); });
            return !run->cancelled.load();
        };
        const bool refreshed = used->refresh(how, &error);
        flush();
        if (run->cancelled)
            return;
        std::vector<CorpusSearch::Candidate> candidates = CorpusSearch::candidatesOf(*used);
        // In path order for candidates() (the index's order, unless a path holds characters past U+FFFF).
        const auto byPath = [](const CorpusSearch::Candidate &a, const CorpusSearch::Candidate &b) { return a.path < b.path; };
        if (!std::is_sorted(candidates.begin(), candidates.end(), byPath))
            std::sort(candidates.begin(), candidates.end(), byPath);
        auto indexed = std::make_shared<const std::vector<CorpusSearch::Candidate>>(std::move(candidates));
        const qsizetype read = used->readLastTime();
        const QString problem = refreshed ? QString() : error;
        post([indexed = std::move(indexed), read, problem](CorpusIndexer &indexer) mutable {
            indexer.m_candidates = std::move(indexed);
            indexer.m_read = read;
            indexer.m_problem = problem;
            Q_EMIT indexer.finished();
        });
    });
}

std::vector<CorpusSearch::Candidate> CorpusIndexer::candidates(const Snapshot &snapshot, const QStringList &articlePaths)
{
    const SearchList list = searchList(snapshot, articlePaths);
    std::vector<CorpusSearch::Candidate> candidates;
    candidates.reserve(list.refs.size());
    for (const CorpusSearch::Candidate *candidate : list.refs)
        candidates.push_back(*candidate);
    return candidates;
}

CorpusIndexer::SearchList CorpusIndexer::searchList(const Snapshot &snapshot, const QStringList &articlePaths,
                                                    const QSet<QString> &changed)
{
    // Both lists in path order, walked side by side: asked for at every search, so no sets of 10⁵ paths
    // and no sort when the list is in path order already.
    // Read through const iterators: a shared list is not copied to be checked.
    const bool sorted = std::is_sorted(articlePaths.cbegin(), articlePaths.cend());
    QStringList sortedCopy;
    if (!sorted) {
        sortedCopy = articlePaths;
        std::sort(sortedCopy.begin(), sortedCopy.end());
    }
    const QStringList &paths = sorted ? articlePaths : sortedCopy;
    SearchList list;
    list.indexed = snapshot.indexed;
    list.listed = articlePaths;
    list.refs.reserve(size_t(paths.size()));
    static const std::vector<CorpusSearch::Candidate> none;
    const std::vector<CorpusSearch::Candidate> &all = list.indexed ? *list.indexed : none;
    const bool anyChanged = !snapshot.changed.isEmpty() || !changed.isEmpty();
    list.withChanges = anyChanged;
    auto indexed = all.begin();
    for (const QString &path : paths) {
        int order = 1; // of the index's path against this one, compared once per step
        while (indexed != all.end() && (order = indexed->path.compare(path)) < 0)
            ++indexed;
        if (indexed == all.end() || order != 0) {
            // Not in the index yet (or it is still being read): searched by reading it.
            list.refs.push_back(&list.own.emplace_back(CorpusSearch::Candidate {path, {}, {}, false, {}}));
            continue;
        }
        if (anyChanged && (snapshot.changed.contains(path) || changed.contains(path))) {
            // Saved since it was indexed: its signature and counts are not trusted.
            CorpusSearch::Candidate &copy = list.own.emplace_back(*indexed);
            copy.grams.clear();
            copy.typesKnown = false;
            list.refs.push_back(&copy);
        } else {
            list.refs.push_back(&*indexed);
        }
        ++indexed;
    }
    return list;
}

bool CorpusIndexer::SearchList::servesAgain(const Snapshot &snapshot, const QStringList &articlePaths,
                                            const QSet<QString> &changed) const
{
    return indexed == snapshot.indexed && listed.constData() == articlePaths.constData()
        && listed.size() == articlePaths.size() && !withChanges && snapshot.changed.isEmpty() && changed.isEmpty();
}

} // namespace Hashiya
