// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpussearchpanel.h"

#include "search/corpussearch.h"
#include "ui/corpus/corpusindexer.h"
#include "ui/corpus/kwicdelegate.h"
#include "ui/corpus/matchoptionsmenu.h"
#include "ui/widgets/interfacelocale.h"
#include "ui/widgets/treeclearing.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMetaObject>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Hashiya {
namespace {

constexpr int pathRole = Qt::UserRole + 1;
constexpr int startRole = Qt::UserRole + 2;
constexpr int endRole = Qt::UserRole + 3;

} // namespace

CorpusSearchPanel::CorpusSearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_pattern(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_attribute(new QLineEdit(this))
    , m_options(new MatchOptionsMenu(this))
    , m_searchButton(new QPushButton(tr("Search"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_results(new QTreeWidget(this))
    , m_clearing(new TreeClearing(m_results))
{
    setObjectName(QStringLiteral("corpusSearchPanel"));
    m_pattern->setObjectName(QStringLiteral("corpusSearchPattern"));
    m_pattern->setPlaceholderText(tr("Search the corpus"));
    m_pattern->setClearButtonEnabled(true);
    m_type->setObjectName(QStringLiteral("corpusSearchType"));
    m_type->setToolTip(tr("Only hits inside entities of this type; with no text, every entity of it"));
    m_attribute->setObjectName(QStringLiteral("corpusSearchAttribute"));
    m_attribute->setPlaceholderText(tr("attribute=value"));
    m_attribute->setToolTip(tr("Only hits inside entities with this attribute (and value, if given)"));
    m_attribute->setClearButtonEnabled(true);
    auto *optionsButton = new QToolButton(this);
    optionsButton->setText(tr("Matching"));
    optionsButton->setMenu(m_options);
    optionsButton->setPopupMode(QToolButton::InstantPopup);
    m_searchButton->setObjectName(QStringLiteral("corpusSearchButton"));
    m_cancelButton->setObjectName(QStringLiteral("corpusSearchCancel"));

    auto *query = new QHBoxLayout;
    query->addWidget(m_pattern, 3);
    query->addWidget(m_type, 1);
    query->addWidget(m_attribute, 1);
    query->addWidget(optionsButton);
    query->addWidget(m_searchButton);
    auto *status = new QHBoxLayout;
    status->addWidget(m_summary, 1);
    status->addWidget(m_progress, 1);
    status->addWidget(m_cancelButton);

    m_results->setObjectName(QStringLiteral("corpusSearchResults"));
    m_results->setHeaderHidden(true);
    m_results->setUniformRowHeights(true);
    m_results->setItemDelegate(new KwicDelegate(m_results));
    m_results->header()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(query);
    layout->addLayout(status);
    layout->addWidget(m_results, 1);

    connect(m_pattern, &QLineEdit::returnPressed, this, &CorpusSearchPanel::search);
    connect(m_attribute, &QLineEdit::returnPressed, this, &CorpusSearchPanel::search);
    connect(m_searchButton, &QPushButton::clicked, this, &CorpusSearchPanel::search);
    connect(m_cancelButton, &QPushButton::clicked, this, &CorpusSearchPanel::cancel);
    connect(m_results, &QTreeWidget::itemActivated, this, &CorpusSearchPanel::activate);
    connect(m_results, &QTreeWidget::itemClicked, this, &CorpusSearchPanel::activate);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &CorpusSearchPanel::showOutcome);
    setBusy(false);
    setCorpus({}, Schema {});
}

CorpusSearchPanel::~CorpusSearchPanel()
{
    cancel();
    m_watcher.waitForFinished(); // the job works on m_index
}

void CorpusSearchPanel::setCorpus(const QStringList &articlePaths, const Schema &schema)
{
    cancel();
    m_watcher.waitForFinished();
    expect(++m_search); // what the dropped search found stays out of the new corpus's list
    m_searching = false;
    setBusy(false);
    m_articles = articlePaths;
    m_changed.clear();
    m_candidates.reset();
    m_clearing->clear();
    m_summary->setText(articlePaths.isEmpty()
                           ? tr("Open a corpus folder to search it")
                           : InterfaceLocale::withDigits(tr("%n article(s)", nullptr, int(articlePaths.size()))));
    const QString type = m_type->currentData().toString();
    m_type->clear();
    m_type->addItem(tr("Any type"), QString());
    for (const EntityType &entityType : schema.entityTypes)
        m_type->addItem(entityType.label(InterfaceLocale::language()), entityType.name);
    m_type->setCurrentIndex(std::max(0, m_type->findData(type)));
}

void CorpusSearchPanel::setIndexer(const CorpusIndexer *indexer)
{
    disconnect(m_indexed);
    m_indexer = indexer;
    m_candidates.reset();
    if (indexer)
        m_indexed = connect(indexer, &CorpusIndexer::finished, this, [this] { m_candidates.reset(); });
}

void CorpusSearchPanel::articleChanged(const QString &path)
{
    m_changed.insert(QFileInfo(path).absoluteFilePath());
}

void CorpusSearchPanel::setPattern(const QString &pattern)
{
    m_pattern->setText(pattern);
}

void CorpusSearchPanel::search()
{
    if (m_searching || m_articles.isEmpty())
        return;
    CorpusQuery query;
    query.pattern = m_pattern->text().trimmed();
    query.options = m_options->options();
    query.entityType = m_type->currentData().toString();
    const QString attribute = m_attribute->text().trimmed();
    query.attributeName = attribute.section(u'=', 0, 0).trimmed();
    query.attributeValue = attribute.contains(u'=') ? attribute.section(u'=', 1).trimmed() : QString();
    if (query.pattern.isEmpty() && query.entityType.isEmpty() && query.attributeName.isEmpty())
        return;

    m_cancel = false;
    m_searching = true;
    const quint64 number = ++m_search;
    expect(number);
    m_clearing->clear();
    m_hitCount = m_articleCount = 0;
    setBusy(true);
    // The candidates are made with the search, off the window's thread, from what is known now.
    const CorpusIndexer::Snapshot snapshot = m_indexer ? m_indexer->snapshot() : CorpusIndexer::Snapshot();
    m_summary->setText(tr("Searching…"));
    QPointer<QProgressBar> bar = m_progress;
    // Progress comes from the worker thread: passed on to the bar through the event loop.
    auto progress = [this, bar](qsizetype done, qsizetype total) {
        QMetaObject::invokeMethod(bar, [bar, done, total] {
            if (bar) {
                bar->setMaximum(int(std::max<qsizetype>(total, 1)));
                bar->setValue(int(done));
            }
        });
        return !m_cancel.load();
    };
    m_watcher.setFuture(QtConcurrent::run([this, number, query, snapshot, articles = m_articles,
                                           changed = m_changed, progress, last = m_candidates] {
        Outcome outcome;
        outcome.search = number;
        // Saved here since the corpus was opened (the list may not have heard yet): not trusted either.
        outcome.candidates = last && last->servesAgain(snapshot, articles, changed)
            ? last
            : std::make_shared<const CorpusIndexer::SearchList>(CorpusIndexer::searchList(snapshot, articles, changed));
        CorpusSearch::search(outcome.candidates->refs, query, progress, nullptr, nullptr,
                             [this, number](const std::vector<CorpusHit> &hits) { keep(number, hits); });
        outcome.cancelled = m_cancel;
        return outcome;
    }));
}

void CorpusSearchPanel::cancel()
{
    m_cancel = true;
}

void CorpusSearchPanel::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_searchButton->setEnabled(!busy);
    if (busy)
        m_progress->setValue(0);
}

void CorpusSearchPanel::expect(quint64 search)
{
    const std::lock_guard lock(m_pendingLock);
    m_pending.clear();
    m_pendingSearch = search;
}

void CorpusSearchPanel::keep(quint64 search, const std::vector<CorpusHit> &hits)
{
    const std::lock_guard lock(m_pendingLock);
    if (search != m_pendingSearch)
        return;
    m_pending.insert(m_pending.end(), hits.begin(), hits.end());
    if (m_pendingAsked)
        return; // the hits wait for the call already on its way: the list grows in batches
    m_pendingAsked = true;
    QMetaObject::invokeMethod(this, &CorpusSearchPanel::showPending, Qt::QueuedConnection);
}

void CorpusSearchPanel::showPending()
{
    std::vector<CorpusHit> hits;
    {
        const std::lock_guard lock(m_pendingLock);
        hits.swap(m_pending);
        m_pendingAsked = false;
    }
    if (hits.empty())
        return;
    // An article's hits arrive together: each batch is whole articles, added to the list at once.
    QList<QTreeWidgetItem *> articleItems;
    for (const CorpusHit &hit : hits) {
        if (articleItems.isEmpty() || articleItems.last()->data(0, pathRole).toString() != hit.articlePath) {
            auto *articleItem = new QTreeWidgetItem;
            articleItem->setData(0, pathRole, hit.articlePath);
            articleItem->setToolTip(0, hit.articlePath);
            articleItems.append(articleItem);
        }
        auto *item = new QTreeWidgetItem(articleItems.last());
        item->setText(0, hit.context.toLine());
        item->setData(0, KwicDelegate::BeforeRole, hit.context.before);
        item->setData(0, KwicDelegate::KeywordRole, hit.context.keyword);
        item->setData(0, KwicDelegate::AfterRole, hit.context.after);
        item->setData(0, pathRole, hit.articlePath);
        item->setData(0, startRole, qlonglong(hit.start));
        item->setData(0, endRole, qlonglong(hit.end));
        if (!hit.entityType.isEmpty())
            item->setToolTip(0, hit.entityType);
    }
    for (QTreeWidgetItem *item : std::as_const(articleItems)) {
        item->setText(0, InterfaceLocale::withDigits(tr("%1 — %n hit(s)", nullptr, item->childCount()))
                             .arg(QFileInfo(item->data(0, pathRole).toString()).fileName()));
    }
    m_results->addTopLevelItems(articleItems);
    for (QTreeWidgetItem *item : std::as_const(articleItems))
        item->setExpanded(true);
    m_hitCount += int(hits.size());
    m_articleCount += int(articleItems.size());
    if (m_searching)
        m_summary->setText(InterfaceLocale::withDigits(tr("Searching… %n hit(s) so far", nullptr, m_hitCount)));
}

void CorpusSearchPanel::showOutcome()
{
    const Outcome outcome = m_watcher.result();
    if (outcome.search != m_search)
        return; // dropped with its corpus
    // Kept for the next search unless the index made a new snapshot meanwhile.
    m_candidates = m_indexer && outcome.candidates->indexed == m_indexer->snapshot().indexed ? outcome.candidates : nullptr;
    showPending(); // the last hits may have arrived after the call that lists them was asked for
    m_searching = false;
    setBusy(false);
    m_summary->setText(outcome.cancelled
                           ? tr("Cancelled")
                           : InterfaceLocale::withDigits(tr("%n hit(s)", nullptr, m_hitCount) + QStringLiteral(" · ")
                                                         + tr("%n article(s)", nullptr, m_articleCount)));
    Q_EMIT searchFinished(m_hitCount, m_articleCount);
}

void CorpusSearchPanel::activate(QTreeWidgetItem *item)
{
    if (!item || !item->data(0, startRole).isValid())
        return;
    Q_EMIT hitActivated(item->data(0, pathRole).toString(), item->data(0, startRole).toLongLong(),
                        item->data(0, endRole).toLongLong());
}

} // namespace Hashiya
