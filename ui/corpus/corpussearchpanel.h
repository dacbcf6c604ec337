// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema.h"
#include "search/corpusquery.h"
#include "ui/corpus/corpusindexer.h"

#include <QFutureWatcher>
#include <QSet>
#include <QWidget>

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Hashiya {

class TreeClearing;
class MatchOptionsMenu;

/// Corpus search: the matching engine over every article of the corpus, by text, by entity type or by
/// attribute, with the results as keyword-in-context lines grouped by article. Each search reads, in the
/// background (with progress, and a Cancel button), only the articles the corpus index cannot rule out;
/// until the index is up to date, every article. The list fills in as articles are read, so the first
/// hits of a common name show long before the last. Activating a line opens its article at the hit.
class CorpusSearchPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CorpusSearchPanel(QWidget *parent = nullptr);
    ~CorpusSearchPanel() override;

    /// The corpus to search (absolute article paths) and its schema; forgets what was read before.
    void setCorpus(const QStringList &articlePaths, const Schema &schema);
    /// Where the corpus's signatures come from (the corpus list's indexer); may be null.
    void setIndexer(const CorpusIndexer *indexer);
    /// An article was saved: its signature may be out of date, so it is read at every search.
    void articleChanged(const QString &path);

    void setPattern(const QString &pattern);
    /// Starts a search with what the panel shows; the results arrive a moment later (searchFinished).
    void search();
    void cancel();
    /// From search() until its last hits are listed and searchFinished() is sent.
    bool isSearching() const { return m_searching; }

    QLineEdit *patternEdit() const { return m_pattern; }
    QComboBox *typeBox() const { return m_type; }
    QLineEdit *attributeEdit() const { return m_attribute; }
    QTreeWidget *results() const { return m_results; }
    MatchOptionsMenu *matchOptions() const { return m_options; }

Q_SIGNALS:
    /// A result was activated: open `articlePath` and select code points [start, end).
    void hitActivated(const QString &articlePath, qsizetype start, qsizetype end);
    void searchFinished(int hits, int articles);

private:
    struct Outcome
    {
        quint64 search = 0; ///< which search
        bool cancelled = false;
        std::shared_ptr<const CorpusIndexer::SearchList> candidates; ///< what it searched
    };
    void showOutcome();
    /// Called on the search's thread: keeps the hits of search number `search` for showPending(), and
    /// asks for it once; hits of a search that was dropped (a new corpus) are not kept.
    void keep(quint64 search, const std::vector<CorpusHit> &hits);
    /// Forgets the hits not listed yet; from now on only those of search `search` are kept.
    void expect(quint64 search);
    /// Lists the hits that arrived since it last ran.
    void showPending();
    void activate(QTreeWidgetItem *item);
    void setBusy(bool busy);

    QStringList m_articles;
    QSet<QString> m_changed; // saved since the corpus was opened
    const CorpusIndexer *m_indexer = nullptr;
    QMetaObject::Connection m_indexed; // the indexer's next snapshot drops m_candidates
    /// The last search's candidates, for the next search while the corpus and its index stay as they
    /// are; they keep that search's snapshot, so a new one drops them.
    std::shared_ptr<const CorpusIndexer::SearchList> m_candidates;
    QFutureWatcher<Outcome> m_watcher;
    std::atomic_bool m_cancel = false;
    bool m_searching = false;
    quint64 m_search = 0; // the number of the latest search (or of none, after a new corpus)
    std::mutex m_pendingLock;
    quint64 m_pendingSearch = 0; // whose hits m_pending holds
    std::vector<CorpusHit> m_pending; // arrived, not listed yet
    bool m_pendingAsked = false; // showPending() is on its way
    int m_hitCount = 0; // of the current search, listed
    int m_articleCount = 0;

    QLineEdit *m_pattern;
    QComboBox *m_type;
    QLineEdit *m_attribute;
    MatchOptionsMenu *m_options;
    QPushButton *m_searchButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTreeWidget *m_results;
    TreeClearing *m_clearing; // owned by m_results: empties it without holding the window
};

} // namespace Hashiya
