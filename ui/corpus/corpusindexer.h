// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/articlesummary.h"
#include "search/corpussearch.h"

#include <QFuture>
#include <QObject>
#include <QSet>

#include <atomic>
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
    std::vector<CorpusSearch::Candidate> candidates(const QStringList &articlePaths) const;
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
    std::vector<CorpusSearch::Candidate> m_candidates; // by path, once finished
    QSet<QString> m_changed; // since the index was read
    qsizetype m_read = 0;
    QString m_problem;
};

} // namespace Hashiya
