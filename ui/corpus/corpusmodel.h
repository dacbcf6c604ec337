// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/articlesummary.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace Hashiya {

/// The articles of a corpus as table rows: title, language, annotation counts, status and file. Rows
/// exist as soon as the paths are known and fill in as their summaries arrive.
class CorpusModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusModel)

public:
    enum Column { TitleColumn, LanguageColumn, EntitiesColumn, RelationsColumn, StatusColumn, FileColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole, ///< the article's absolute path, in every column
        SortRole, ///< numbers for the counts, progress order for the status
        FilterRole, ///< the text a filter matches; none for the counts
    };

    explicit CorpusModel(QObject *parent = nullptr);

    /// Lists `articlePaths`, each titled by its file name until its summary arrives. `root` is the
    /// folder the File column is relative to.
    void setArticles(const QString &root, const QStringList &articlePaths);
    /// Shows `summary` in the row of its path; ignored if the path is not listed.
    void setSummary(const ArticleSummary &summary);
    /// Several at once, with one change notification, so that a sorted view re-sorts once.
    void setSummaries(const QList<ArticleSummary> &summaries);
    /// Marks the article as having changes that are not saved.
    void setUnsaved(const QString &path, bool unsaved);
    /// Shows a status that is not saved yet, such as the open document's.
    void setStatus(const QString &path, const QString &status);

    /// Shows a title that is not saved yet, such as the open document's; `set`: the analyst chose it.
    void setTitle(const QString &path, const QString &title, bool set);

    /// The row of `path`, or -1.
    int rowOf(const QString &path) const;
    QString pathAt(int row) const { return m_rows.at(size_t(row)).summary.path; }
    const ArticleSummary &summaryAt(int row) const { return m_rows.at(size_t(row)).summary; }
    /// How many rows show a summary rather than only a file name.
    qsizetype summarizedCount() const { return m_summarized; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// "Arabic · ar", "Mixed", ...: the script (translated) and the language code.
    static QString languageText(const TextProfile &profile);
    /// Whether row `left` comes before row `right` when sorted by `column`: the order QSortFilterProxyModel
    /// gives the SortRole values with locale-aware comparison, without a QVariant for each look.
    bool sortsBefore(int left, int right, int column) const;
    /// The status as the analyst reads it: "New", "In progress", "Done".
    static QString statusText(const QString &status);

private:
    struct Row
    {
        ArticleSummary summary;
        QString file; ///< relative to the corpus root
        bool summarized = false;
        bool unsaved = false;
    };

    /// Stores `summary` in its row; returns the row, or -1 if the path is not listed.
    int store(const ArticleSummary &summary);
    void rowChanged(int first, int last);
    QVariant display(const Row &row, int column) const;
    QVariant toolTip(const Row &row, int column) const;
    QVariant sortKey(const Row &row, int column) const;
    /// What SortRole gives for the columns sorted as numbers, and for those sorted as text.
    static qlonglong sortNumber(const Row &row, int column);
    static QString sortText(const Row &row, int column);
    /// The title, or the file name until there is one.
    static QString titleOrFileName(const ArticleSummary &summary);
    QVariant filterText(const Row &row, int column) const;

    std::vector<Row> m_rows;
    QHash<QString, int> m_rowOfPath;
    qsizetype m_summarized = 0;
};

} // namespace Hashiya
