// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/articlesummary.h"

#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace Hashiya {

class CorpusIndexer;
class CorpusModel;

/// The corpus browser: every article of the open folder with its title, language, annotation counts and
/// status, filtered and sorted as the analyst likes. Lists the files at once and reads their summaries
/// in the background; choosing a row opens the article.
class CorpusPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusPanel)

public:
    explicit CorpusPanel(QWidget *parent = nullptr);
    ~CorpusPanel() override;

    /// Lists `articlePaths` (absolute) at once and reads their summaries in the background. `root` is the
    /// folder the File column is relative to.
    void setCorpus(const QString &root, const QStringList &articlePaths);
    /// Reads one article's summary again, e.g. after its sidecar was saved.
    void refreshArticle(const QString &path);
    /// Marks the article as having unsaved changes.
    void setUnsaved(const QString &path, bool unsaved);
    /// Shows a status that is not saved yet (the open document's); refreshArticle() shows the saved one.
    void setArticleStatus(const QString &path, const QString &status);
    /// Shows a title that is not saved yet (the open document's); `set`: the analyst chose it.
    void setArticleTitle(const QString &path, const QString &title, bool set);
    /// Selects the article's row without emitting articleActivated().
    void setCurrentArticle(const QString &path);
    QString currentArticle() const { return m_currentPath; }
    qsizetype articleCount() const;
    /// The articles the list shows now (its filter applied), in its order.
    QStringList listedArticles() const;
    /// True while summaries are still being read.
    bool isReading() const;
    /// What reads the summaries; its articles' signatures serve the corpus search.
    const CorpusIndexer *indexer() const { return m_indexer; }

    /// Focuses the filter box (Ctrl+L).
    QAction *filterAction() const { return m_filterAction; }

    /// Wide enough for a readable title and the short columns.
    QSize sizeHint() const override;

Q_SIGNALS:
    /// The analyst chose this article (mouse or keyboard).
    void articleActivated(const QString &path);
    /// The analyst asked to mark this article "new", "in-progress" or "done".
    void statusRequested(const QString &path, const QString &status);
    /// The analyst asked to set this article's title.
    void titleRequested(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// The table's look and columns.
    void setUpView();
    void summariesArrived(const QList<ArticleSummary> &summaries);
    void showPendingSummaries();
    void readingFinished();
    void selectionChanged();
    void filterChanged(const QString &text);
    void showContextMenu(const QPoint &position);
    /// Puts the selection back on m_currentPath after the rows moved or were filtered, or clears it if
    /// that row is hidden; `scroll` brings the row into view.
    void restoreSelection(bool scroll);
    void updateProgress();
    /// Gives the title what the other columns leave of the view's width, but never less than a readable
    /// minimum: the table scrolls sideways before titles become unreadable.
    void fitTitleColumn();
    int minimumTitleWidth() const;
    /// Drops the reading of the current corpus.
    void stopReading();

    CorpusModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_progress;
    QAction *m_filterAction;
    QTimer *m_showTimer;
    CorpusIndexer *m_indexer; // one corpus at a time: a new corpus drops the old one's reading
    bool m_readingAll = false; // until the last summary of the corpus is shown
    QList<ArticleSummary> m_pending; // read, not shown yet: shown in batches, so a sorted view re-sorts rarely
    QHash<QString, quint64> m_refreshes; // the latest refresh of each article; older results are dropped
    quint64 m_refreshCount = 0;
    QString m_currentPath;
    int m_quiet = 0; // > 0 while the panel itself moves the selection: no articleActivated()
};

} // namespace Hashiya
