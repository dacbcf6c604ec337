// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema.h"
#include "search/corpusindex.h"

#include <QFutureWatcher>
#include <QSet>
#include <QWidget>

#include <atomic>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Hashiya {

class MatchOptionsMenu;

/// Corpus search: the matching engine over every article of the corpus, by text, by entity type or by
/// attribute, with the results as keyword-in-context lines grouped by article. The articles are read
/// once in the background (with progress, and a Cancel button); later searches scan memory. Activating
/// a line opens its article at the hit.
class CorpusSearchPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CorpusSearchPanel(QWidget *parent = nullptr);
    ~CorpusSearchPanel() override;

    /// The corpus to search (absolute article paths) and its schema; forgets what was read before.
    void setCorpus(const QStringList &articlePaths, const Schema &schema);
    /// An article was saved: it is read again before the next search.
    void articleChanged(const QString &path);

    void setPattern(const QString &pattern);
    /// Starts a search with what the panel shows; the results arrive a moment later (searchFinished).
    void search();
    void cancel();
    bool isSearching() const { return m_watcher.isRunning(); }

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
        std::vector<CorpusHit> hits;
        bool cancelled = false;
    };
    void showOutcome();
    void activate(QTreeWidgetItem *item);
    void setBusy(bool busy);

    QStringList m_articles;
    QSet<QString> m_changed; // saved since they were read
    bool m_indexed = false;
    CorpusIndex m_index; // touched only by the running search, or when none runs
    QFutureWatcher<Outcome> m_watcher;
    std::atomic_bool m_cancel = false;

    QLineEdit *m_pattern;
    QComboBox *m_type;
    QLineEdit *m_attribute;
    MatchOptionsMenu *m_options;
    QPushButton *m_searchButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTreeWidget *m_results;
};

} // namespace Hashiya
