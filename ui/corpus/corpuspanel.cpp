// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpuspanel.h"

#include "model/sidecarinfo.h"
#include "ui/corpus/corpusindexer.h"
#include "ui/corpus/corpusmodel.h"
#include "ui/corpus/corpussortproxy.h"
#include "ui/widgets/columnchooser.h"
#include "ui/widgets/interfacelocale.h"
#include "ui/widgets/textdirectiondelegate.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Hashiya {
namespace {

// Often enough to look live, rarely enough that 5,000 arriving rows do not re-sort the view 5,000 times.
constexpr int showInterval = 150; // ms

} // namespace

CorpusPanel::CorpusPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new CorpusModel(this))
    , m_proxy(new CorpusSortProxy(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_progress(new QLabel(this))
    , m_filterAction(new QAction(tr("Filter articles"), this))
    , m_showTimer(new QTimer(this))
    , m_indexer(new CorpusIndexer(this))
{
    connect(m_indexer, &CorpusIndexer::summariesArrived, this, &CorpusPanel::summariesArrived);
    connect(m_indexer, &CorpusIndexer::finished, this, &CorpusPanel::readingFinished);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(CorpusModel::FilterRole);
    m_proxy->setFilterKeyColumn(-1); // any column that offers filter text
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filterAction->setShortcut(QKeySequence(tr("Ctrl+L")));
    m_filterAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_filterAction);
    connect(m_filterAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });

    m_filter->setPlaceholderText(tr("Filter articles"));
    m_filter->setToolTip(tr("Filter articles by title, file, language or status (%1)")
                             .arg(m_filterAction->shortcut().toString(QKeySequence::NativeText)));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &CorpusPanel::filterChanged);

    setUpView();
    // Selection, not the current index: the view moves the current index on its own when it gains focus.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CorpusPanel::selectionChanged);
    connect(m_view, &QWidget::customContextMenuRequested, this, &CorpusPanel::showContextMenu);
    m_view->viewport()->installEventFilter(this); // resizing it refits the title column

    m_progress->setContentsMargins(4, 0, 4, 0);
    m_progress->setTextFormat(Qt::PlainText);
    QFont small = m_progress->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_progress->setFont(small);

    m_showTimer->setSingleShot(true);
    m_showTimer->setInterval(showInterval);
    connect(m_showTimer, &QTimer::timeout, this, &CorpusPanel::showPendingSummaries);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    layout->addWidget(m_progress);
    updateProgress();
}

void CorpusPanel::setUpView()
{
    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(CorpusModel::TitleColumn, new TextDirectionDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CorpusModel::FileColumn, Qt::AscendingOrder);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    // One line per article: a fixed height spares the view measuring thousands of rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);

    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    const QFontMetrics metrics = fontMetrics();
    const auto fit = [&](int column, const QString &widest) {
        const QString heading = m_model->headerData(column, Qt::Horizontal).toString();
        const int text = std::max(metrics.horizontalAdvance(widest), metrics.horizontalAdvance(heading));
        header->resizeSection(column, text + metrics.averageCharWidth() + 16); // and the sort arrow
    };
    fit(CorpusModel::LanguageColumn, CorpusModel::languageText({QStringLiteral("Arabic"), QStringLiteral("ar")}));
    fit(CorpusModel::EntitiesColumn, QStringLiteral("0000"));
    fit(CorpusModel::RelationsColumn, QStringLiteral("0000"));
    fit(CorpusModel::StatusColumn, CorpusModel::statusText(QStringLiteral("in-progress")));
    fit(CorpusModel::FileColumn, QString(18, u'n'));
    // What the analyst works through (counts, status) before what only describes an article, so a narrow
    // list still shows it.
    header->moveSection(header->visualIndex(CorpusModel::LanguageColumn),
                        header->visualIndex(CorpusModel::StatusColumn));
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (column != CorpusModel::TitleColumn)
            fitTitleColumn();
    });
    // The file name and language hide at first (the header's menu shows them): the title names the article,
    // and a list a fifth of the window wide needs its room for it.
    auto *columns = new ColumnChooser(header, CorpusModel::TitleColumn, QStringLiteral("corpus/hiddenColumns"),
                                      {CorpusModel::LanguageColumn, CorpusModel::FileColumn});
    connect(columns, &ColumnChooser::columnsChanged, this, &CorpusPanel::fitTitleColumn);
}

CorpusPanel::~CorpusPanel()
{
    stopReading();
}

void CorpusPanel::stopReading()
{
    // Summaries still in flight were read for a corpus no longer shown: the indexer drops them.
    m_indexer->stop();
    m_readingAll = false;
    m_pending.clear();
    m_showTimer->stop();
}

void CorpusPanel::setCorpus(const QString &root, const QStringList &articlePaths)
{
    stopReading();
    m_refreshes.clear();
    // The index is read in the background while the rows are made here: what it sends arrives through
    // the event loop, so only once the rows are there.
    m_readingAll = true;
    m_indexer->start(root);
    {
        const QScopedValueRollback quiet(m_quiet, m_quiet + 1);
        m_model->setArticles(root, articlePaths);
    }
    if (m_model->rowOf(m_currentPath) < 0)
        m_currentPath.clear();
    restoreSelection(true);
    updateProgress();
}

void CorpusPanel::summariesArrived(const QList<ArticleSummary> &summaries)
{
    for (const ArticleSummary &summary : summaries) {
        if (!m_refreshes.contains(summary.path)) // a refresh read it later than this
            m_pending.append(summary);
    }
    if (!m_showTimer->isActive())
        m_showTimer->start();
}

void CorpusPanel::showPendingSummaries()
{
    m_showTimer->stop();
    if (!m_pending.isEmpty()) {
        const QScopedValueRollback quiet(m_quiet, m_quiet + 1);
        m_model->setSummaries(m_pending);
        m_pending.clear();
    }
    restoreSelection(false);
    updateProgress();
}

void CorpusPanel::readingFinished()
{
    m_readingAll = false;
    showPendingSummaries();
}

void CorpusPanel::refreshArticle(const QString &path)
{
    if (m_model->rowOf(path) < 0)
        return;
    m_indexer->markChanged(path);
    const quint64 refresh = ++m_refreshCount;
    m_refreshes.insert(path, refresh);
    auto *watcher = new QFutureWatcher<ArticleSummary>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path, refresh] {
        watcher->deleteLater();
        if (m_refreshes.value(path) != refresh)
            return; // a newer refresh or another corpus
        const QScopedValueRollback quiet(m_quiet, m_quiet + 1);
        m_model->setSummary(watcher->result());
        restoreSelection(false);
    });
    watcher->setFuture(QtConcurrent::run([path] { return ArticleSummary::read(path); }));
}

void CorpusPanel::setUnsaved(const QString &path, bool unsaved)
{
    m_model->setUnsaved(path, unsaved);
}

void CorpusPanel::setArticleStatus(const QString &path, const QString &status)
{
    const QScopedValueRollback quiet(m_quiet, m_quiet + 1);
    m_model->setStatus(path, status);
    restoreSelection(false);
}

void CorpusPanel::setArticleTitle(const QString &path, const QString &title, bool set)
{
    const QScopedValueRollback quiet(m_quiet, m_quiet + 1);
    m_model->setTitle(path, title, set);
    restoreSelection(false);
}

void CorpusPanel::setCurrentArticle(const QString &path)
{
    m_currentPath = path;
    restoreSelection(true);
}

qsizetype CorpusPanel::articleCount() const
{
    return m_model->rowCount();
}

QStringList CorpusPanel::listedArticles() const
{
    QStringList paths;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        paths.append(m_proxy->index(row, 0).data(CorpusModel::PathRole).toString());
    return paths;
}

bool CorpusPanel::isReading() const
{
    return m_readingAll || !m_pending.isEmpty();
}

void CorpusPanel::restoreSelection(bool scroll)
{
    const QScopedValueRollback quiet(m_quiet, m_quiet + 1);
    const int row = m_model->rowOf(m_currentPath);
    const QModelIndex current = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    QItemSelectionModel *selection = m_view->selectionModel();
    if (!current.isValid()) {
        if (selection->currentIndex().isValid() || selection->hasSelection())
            selection->clear();
        return;
    }
    if (selection->currentIndex().row() != current.row() || !selection->isRowSelected(current.row()))
        selection->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (scroll)
        m_view->scrollTo(current);
}

void CorpusPanel::selectionChanged()
{
    if (m_quiet)
        return;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    const QString path = rows.first().data(CorpusModel::PathRole).toString();
    if (path == m_currentPath)
        return;
    m_currentPath = path;
    Q_EMIT articleActivated(path);
}

void CorpusPanel::filterChanged(const QString &text)
{
    {
        const QScopedValueRollback quiet(m_quiet, m_quiet + 1);
        m_proxy->setFilterFixedString(text);
    }
    restoreSelection(true);
    updateProgress();
}

bool CorpusPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitTitleColumn();
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            // On to the list: the open article's row if it is shown, else the first row.
            const bool chooseFirst = !m_view->selectionModel()->hasSelection() && m_proxy->rowCount() > 0;
            m_view->setFocus(Qt::TabFocusReason);
            if (chooseFirst)
                m_view->setCurrentIndex(m_proxy->index(0, 0));
            return true;
        }
        if (key == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CorpusPanel::showContextMenu(const QPoint &position)
{
    QModelIndex index = m_view->indexAt(position);
    if (!index.isValid()) // the menu key: the current row
        index = m_view->currentIndex();
    if (!index.isValid())
        return;
    const int row = m_proxy->mapToSource(index).row();
    const QString path = m_model->pathAt(row);
    const QString status = m_model->summaryAt(row).status;
    QMenu menu(this);
    const QStringList statuses = SidecarInfo::statuses();
    const QStringList labels = {tr("Mark as &new"), tr("Mark as &in progress"), tr("Mark as &done")};
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        QAction *action = menu.addAction(labels.value(i, statuses[i]));
        action->setCheckable(true);
        action->setChecked(statuses[i] == status);
        action->setData(statuses[i]);
    }
    menu.addSeparator();
    QAction *titleAction = menu.addAction(tr("Set &title…"));
    titleAction->setObjectName(QStringLiteral("setTitleAction"));
    const QPoint at = index == m_view->indexAt(position) ? position : m_view->visualRect(index).center();
    const QAction *chosen = menu.exec(m_view->viewport()->mapToGlobal(at));
    if (chosen == titleAction)
        Q_EMIT titleRequested(path);
    else if (chosen)
        Q_EMIT statusRequested(path, chosen->data().toString());
}

int CorpusPanel::minimumTitleWidth() const
{
    return 16 * fontMetrics().averageCharWidth();
}

void CorpusPanel::fitTitleColumn()
{
    const QHeaderView *header = m_view->horizontalHeader();
    int others = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column != CorpusModel::TitleColumn && !header->isSectionHidden(column))
            others += header->sectionSize(column);
    }
    const int width = std::max(minimumTitleWidth(), m_view->viewport()->width() - others);
    if (header->sectionSize(CorpusModel::TitleColumn) != width)
        m_view->horizontalHeader()->resizeSection(CorpusModel::TitleColumn, width);
}

QSize CorpusPanel::sizeHint() const
{
    const QHeaderView *header = m_view->horizontalHeader();
    int width = minimumTitleWidth() + 2 * m_view->frameWidth()
        + style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view);
    for (int column = 0; column < header->count(); ++column) {
        if (column != CorpusModel::TitleColumn && !header->isSectionHidden(column))
            width += header->sectionSize(column);
    }
    return {width, QWidget::sizeHint().height()};
}

void CorpusPanel::updateProgress()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QString text;
    if (total == 0)
        text = tr("No articles");
    else if (isReading())
        text = InterfaceLocale::withDigits(tr("Reading %1 of %n article(s)…", nullptr, total))
                   .arg(InterfaceLocale::number(m_model->summarizedCount()));
    else if (shown < total)
        text = InterfaceLocale::withDigits(tr("%1 of %n article(s) shown", nullptr, total))
                   .arg(InterfaceLocale::number(shown));
    else
        text = InterfaceLocale::withDigits(tr("%n article(s)", nullptr, total));
    m_progress->setText(text);
}

} // namespace Hashiya
