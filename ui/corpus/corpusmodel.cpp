// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusmodel.h"

#include "model/sidecarinfo.h"
#include "ui/widgets/interfacelocale.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QStyle>

namespace Hashiya {
namespace {

// A mark rather than an italic or bold font: slanted and bold faces often lack Arabic letters, and the
// fallback then draws boxes.
const QString unsavedMark = QStringLiteral("\u2022 ");

QString languageName(const QString &code)
{
    if (code == u"ar")
        return CorpusModel::tr("Arabic", "language");
    if (code == u"tr")
        return CorpusModel::tr("Turkish", "language");
    if (code == u"en")
        return CorpusModel::tr("English", "language");
    return code;
}

// Progress order, so that sorting by status lists what is left to do first.
int statusRank(const QString &status)
{
    const qsizetype rank = SidecarInfo::statuses().indexOf(status);
    return rank >= 0 ? int(rank) : int(SidecarInfo::statuses().size());
}

} // namespace

CorpusModel::CorpusModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CorpusModel::setArticles(const QString &root, const QStringList &articlePaths)
{
    beginResetModel();
    m_rows.clear();
    m_rowOfPath.clear();
    m_summarized = 0;
    m_rows.reserve(size_t(articlePaths.size()));
    m_rowOfPath.reserve(articlePaths.size()); // growing it step by step rehashed 10⁵ paths again and again
    const QDir rootDir(root);
    const QString prefix = rootDir.absolutePath() + u'/';
    for (const QString &path : articlePaths) {
        Row row;
        row.summary.path = path;
        // The listing gives paths under the root as they are: the prefix cut off is their relative path,
        // at a small fraction of what relativeFilePath() costs 10⁵ times.
        const bool under = path.startsWith(prefix) && !path.contains(u"/../") && !path.contains(u"/./");
        row.file = QDir::toNativeSeparators(under ? path.sliced(prefix.size()) : rootDir.relativeFilePath(path));
        m_rowOfPath.insert(path, int(m_rows.size()));
        m_rows.push_back(std::move(row));
    }
    endResetModel();
}

int CorpusModel::store(const ArticleSummary &summary)
{
    const int row = rowOf(summary.path);
    if (row < 0)
        return -1;
    Row &target = m_rows[size_t(row)];
    if (!target.summarized)
        ++m_summarized;
    target.summarized = true;
    target.summary = summary;
    return row;
}

void CorpusModel::rowChanged(int first, int last)
{
    // A summary never changes the File column, the list's usual order: leaving it out of the change
    // spares the sorted view a re-sort of 10⁵ rows each time summaries arrive.
    static_assert(FileColumn == ColumnCount - 1);
    Q_EMIT dataChanged(index(first, 0), index(last, FileColumn - 1));
}

void CorpusModel::setSummary(const ArticleSummary &summary)
{
    if (const int row = store(summary); row >= 0)
        rowChanged(row, row);
}

void CorpusModel::setSummaries(const QList<ArticleSummary> &summaries)
{
    int first = int(m_rows.size());
    int last = -1;
    for (const ArticleSummary &summary : summaries) {
        if (const int row = store(summary); row >= 0) {
            first = std::min(first, row);
            last = std::max(last, row);
        }
    }
    if (last >= 0)
        rowChanged(first, last);
}

void CorpusModel::setUnsaved(const QString &path, bool unsaved)
{
    const int row = rowOf(path);
    if (row < 0 || m_rows[size_t(row)].unsaved == unsaved)
        return;
    m_rows[size_t(row)].unsaved = unsaved;
    Q_EMIT dataChanged(index(row, TitleColumn), index(row, TitleColumn));
}

void CorpusModel::setStatus(const QString &path, const QString &status)
{
    const int row = rowOf(path);
    if (row < 0 || m_rows[size_t(row)].summary.status == status)
        return;
    m_rows[size_t(row)].summary.status = status;
    Q_EMIT dataChanged(index(row, StatusColumn), index(row, StatusColumn));
}

void CorpusModel::setTitle(const QString &path, const QString &title, bool set)
{
    const int row = rowOf(path);
    if (row < 0)
        return;
    ArticleSummary &summary = m_rows[size_t(row)].summary;
    const QString shown = ArticleTitle::shortened(title, ArticleSummary::maxTitleLength);
    if (summary.title == shown && summary.titleSet == set)
        return;
    summary.title = shown;
    summary.titleSet = set;
    Q_EMIT dataChanged(index(row, TitleColumn), index(row, TitleColumn));
}

int CorpusModel::rowOf(const QString &path) const
{
    return m_rowOfPath.value(path, -1);
}

int CorpusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CorpusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags CorpusModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant CorpusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case LanguageColumn:
        return tr("Language");
    case EntitiesColumn:
        return tr("Entities");
    case RelationsColumn:
        return tr("Relations");
    case StatusColumn:
        return tr("Status");
    case FileColumn:
        return tr("File");
    default:
        return {};
    }
}

QVariant CorpusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::DecorationRole:
        if (column != TitleColumn || !row.summarized)
            return {};
        if (!row.summary.readable)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        if (row.summary.sidecarHasErrors)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::TextAlignmentRole:
        if (column == EntitiesColumn || column == RelationsColumn) // under their headings, clear of the status
            return QVariant::fromValue(Qt::AlignCenter);
        return {};
    case PathRole:
        return row.summary.path;
    case SortRole:
        return sortKey(row, column);
    case FilterRole:
        return filterText(row, column);
    default:
        return {};
    }
}

QVariant CorpusModel::display(const Row &row, int column) const
{
    const ArticleSummary &summary = row.summary;
    switch (column) {
    case TitleColumn: {
        const QString title = titleOrFileName(summary);
        return row.unsaved ? unsavedMark + title : title;
    }
    case LanguageColumn:
        return row.summarized ? languageText(summary.profile) : QString();
    case EntitiesColumn: // as text in the interface's digits; SortRole keeps the number
        return row.summarized && summary.entities >= 0 ? InterfaceLocale::number(summary.entities) : QVariant();
    case RelationsColumn:
        return row.summarized && summary.relations >= 0 ? InterfaceLocale::number(summary.relations) : QVariant();
    case StatusColumn:
        return row.summarized ? statusText(summary.status) : QString();
    case FileColumn:
        return row.file;
    default:
        return {};
    }
}

QVariant CorpusModel::toolTip(const Row &row, int column) const
{
    const ArticleSummary &summary = row.summary;
    switch (column) {
    case TitleColumn: {
        QStringList lines {titleOrFileName(summary)};
        if (!summary.problem.isEmpty())
            lines.append(summary.problem);
        if (row.unsaved)
            lines.append(tr("Unsaved changes"));
        return lines.join(u'\n');
    }
    case LanguageColumn:
        if (!row.summarized)
            return {};
        if (summary.profile.script.isEmpty())
            return tr("The article has no letters");
        if (summary.profile.language.isEmpty())
            return tr("Letters of more than one script");
        return tr("%1, guessed from the letters").arg(languageName(summary.profile.language));
    case EntitiesColumn:
    case RelationsColumn:
        return row.summarized && summary.sidecarHasErrors ? summary.problem : QString();
    case FileColumn:
        return QDir::toNativeSeparators(summary.path);
    default:
        return {};
    }
}

QVariant CorpusModel::sortKey(const Row &row, int column) const
{
    switch (column) {
    case EntitiesColumn:
    case RelationsColumn:
        return sortNumber(row, column);
    case StatusColumn:
        return int(sortNumber(row, column));
    default:
        return sortText(row, column);
    }
}

qlonglong CorpusModel::sortNumber(const Row &row, int column)
{
    switch (column) {
    case EntitiesColumn: // unknown counts (-1) sort before none, not read yet before unknown
        return row.summarized ? qlonglong(row.summary.entities) : -2;
    case RelationsColumn:
        return row.summarized ? qlonglong(row.summary.relations) : -2;
    case StatusColumn:
        return row.summarized ? statusRank(row.summary.status) : -1;
    default:
        return 0;
    }
}

QString CorpusModel::titleOrFileName(const ArticleSummary &summary)
{
    // The path is absolute: its file name is what follows the last '/'.
    return summary.title.isEmpty() ? summary.path.sliced(summary.path.lastIndexOf(u'/') + 1) : summary.title;
}

QString CorpusModel::sortText(const Row &row, int column)
{
    switch (column) {
    case TitleColumn:
        return titleOrFileName(row.summary);
    case LanguageColumn:
        return row.summarized ? languageText(row.summary.profile) : QString();
    case FileColumn:
        return row.file;
    default:
        return QString();
    }
}

bool CorpusModel::sortsBefore(int left, int right, int column) const
{
    const Row &a = m_rows[size_t(left)];
    const Row &b = m_rows[size_t(right)];
    switch (column) {
    case EntitiesColumn:
    case RelationsColumn:
    case StatusColumn:
        return sortNumber(a, column) < sortNumber(b, column);
    case FileColumn: // the common case, without a copy
        return QString::localeAwareCompare(a.file, b.file) < 0;
    default:
        return QString::localeAwareCompare(sortText(a, column), sortText(b, column)) < 0;
    }
}

QVariant CorpusModel::filterText(const Row &row, int column) const
{
    switch (column) {
    case TitleColumn:
        return sortKey(row, column);
    case LanguageColumn:
        return row.summarized ? languageText(row.summary.profile) + u' ' + languageName(row.summary.profile.language)
                              : QString();
    case StatusColumn:
        return row.summarized ? statusText(row.summary.status) + u' ' + row.summary.status : QString();
    case FileColumn:
        return row.file;
    default:
        return {}; // "3" should not match every article with three entities
    }
}

QString CorpusModel::languageText(const TextProfile &profile)
{
    QString script;
    if (profile.script == u"Arabic")
        script = tr("Arabic", "script");
    else if (profile.script == u"Latin")
        script = tr("Latin", "script");
    else if (profile.script == u"Mixed")
        script = tr("Mixed", "script");
    else
        script = profile.script;
    return profile.language.isEmpty() ? script : script + QStringLiteral(" · ") + profile.language;
}

QString CorpusModel::statusText(const QString &status)
{
    if (status == u"new")
        return tr("New");
    if (status == u"in-progress")
        return tr("In progress");
    if (status == u"done")
        return tr("Done");
    return status;
}

} // namespace Hashiya
