// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/articlesummary.h"
#include "search/corpussearch.h"

#include <QFuture>
#include <QObject>
#include <QSet>

#include <atomic>
#include <deque>
#include <memory>
#include <vector>

namespace Hashiya {

/// Brings the open corpus's index up to date in the background: the summaries the index already holds
/// arrive at once, the articles that changed as they are read, in batches the list can show without
/// stalling; then the search signatures, for the corpus search. A new corpus, or the window closing,
/// drops the work under way.
class CorpusIndexer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusIndexer)

public:
    explicit CorpusIndexer(QObject *parent = nullptr);
    ~CorpusIndexer() override;

    /// Starts on the corpus `folder`, dropping any other.
    void start(const QString &folder);
    /// Drops the work under way and waits for it to stop.
    void stop();
    bool isRunning() const;
    /// `articlePaths` (absolute) for a search, with their signatures once the index is up to date; before
    /// that, and for articles changed since, without (read to be searched).
    std::vector<CorpusSearch::Candidate> candidates(const QStringList &articlePaths) const
    {
        return candidates(snapshot(), articlePaths);
    }
    /// What candidates() works from, taken at once on the window's thread so that the candidates can be
    /// made on another: 10⁵ of them took a search 15–30 ms of the window's time.
    struct Snapshot
    {
        std::shared_ptr<const std::vector<CorpusSearch::Candidate>> indexed; ///< by path; none yet: null
        QSet<QString> changed;
    };
    Snapshot snapshot() const { return {m_candidates, m_changed}; }
    /// The same as candidates(), from a snapshot, on any thread.
    static std::vector<CorpusSearch::Candidate> candidates(const Snapshot &snapshot, const QStringList &articlePaths);
    /// The articles of one search, pointing into the snapshot wherever it holds them as they are.
    struct SearchList
    {
        std::shared_ptr<const std::vector<CorpusSearch::Candidate>> indexed; ///< kept while `refs` point into it
        std::deque<CorpusSearch::Candidate> own; ///< the articles it does not hold, or holds out of date
        CorpusSearch::CandidateRefs refs; ///< in path order
        QStringList listed; ///< the listing it was made for
        bool withChanges = false; ///< some articles were taken as changed

        /// Whether it is what searchList() would make for these: the very snapshot and listing (the same
        /// shared list, not only an equal one), and no article changed then or now. A later search then
        /// starts at once, where matching 10⁵ paths again took 8–70 ms.
        bool servesAgain(const Snapshot &snapshot, const QStringList &articlePaths, const QSet<QString> &changed) const;
    };
    /// What candidates() makes, without a copy of each candidate: also `changed` are read to be searched.
    static SearchList searchList(const Snapshot &snapshot, const QStringList &articlePaths,
                                 const QSet<QString> &changed = {});
    /// The article was saved or changed on disk: its signature and counts may be out of date.
    void markChanged(const QString &path) { m_changed.insert(path); }
    /// The articles read since the last start (the others came from the index), for the status bar.
    qsizetype readCount() const { return m_read; }
    /// Why the index could not be kept, if it could not (the window then works from what it read).
    QString problem() const { return m_problem; }

Q_SIGNALS:
    void summariesArrived(const QList<ArticleSummary> &summaries);
    void progressed(qsizetype done, qsizetype total);
    void finished();

private:
    struct Run; // what the background work shares with this object, alive while either needs it
    std::shared_ptr<Run> m_run;
    QFuture<void> m_future;
    // By path, once finished; replaced whole, never changed, so that a snapshot stays as it was taken.
    std::shared_ptr<const std::vector<CorpusSearch::Candidate>> m_candidates;
    QSet<QString> m_changed; // since the index was read
    qsizetype m_read = 0;
    QString m_problem;
};

} // namespace Hashiya
