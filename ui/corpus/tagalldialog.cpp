// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagalldialog.h"

#include "model/annotationcommands.h"
#include "model/annotationid.h"
#include "model/articledocument.h"
#include "session/documentsession.h"
#include "text/languageguess.h"
#include "text/textmatcher.h"
#include "ui/corpus/kwicdelegate.h"
#include "ui/corpus/matchoptionsmenu.h"
#include "ui/widgets/interfacelocale.h"
#include "ui/widgets/progressrunner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Hashiya {
namespace {

constexpr int articleRole = Qt::UserRole + 1; // on every item: index into m_found
constexpr int hitRole = Qt::UserRole + 2; // on hit items: index into the article's hits
// Entities longer than this are not looked for behind a hit; it keeps classifying fast on long articles.
constexpr qsizetype longestEntityLookedBack = 2000;

} // namespace

TagAllDialog::TagAllDialog(DocumentSession *session, ArticleDocument *current, const Schema &schema,
                           std::vector<CorpusSearch::Candidate> corpusArticles, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_current(current)
    , m_schema(schema)
    , m_corpusArticles(std::move(corpusArticles))
    , m_pattern(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_scope(new QComboBox(this))
    , m_options(new MatchOptionsMenu(this))
    , m_results(new QTreeWidget(this))
    , m_count(new QLabel(this))
    , m_tagButton(new QPushButton(tr("&Tag checked"), this))
{
    setWindowTitle(tr("Tag all occurrences"));
    setObjectName(QStringLiteral("tagAllDialog"));
    resize(760, 520);

    m_pattern->setObjectName(QStringLiteral("tagAllPattern"));
    m_pattern->setPlaceholderText(tr("Name to find"));
    m_pattern->setClearButtonEnabled(true);
    m_type->setObjectName(QStringLiteral("tagAllType"));
    for (const EntityType &type : m_schema.entityTypes)
        m_type->addItem(type.label(InterfaceLocale::language()), type.name);
    m_scope->setObjectName(QStringLiteral("tagAllScope"));
    m_scope->addItem(tr("This article"), int(Scope::Article));
    if (!m_corpusArticles.empty())
        m_scope->addItem(
            InterfaceLocale::withDigits(tr("Every article of the corpus (%n)", nullptr, int(m_corpusArticles.size()))),
            int(Scope::Corpus));

    auto *findButton = new QPushButton(tr("&Find"), this);
    findButton->setObjectName(QStringLiteral("tagAllFind"));
    auto *optionsButton = new QToolButton(this);
    optionsButton->setText(tr("&Matching"));
    optionsButton->setMenu(m_options);
    optionsButton->setPopupMode(QToolButton::InstantPopup);
    auto *patternRow = new QHBoxLayout;
    patternRow->addWidget(m_pattern, 1);
    patternRow->addWidget(optionsButton);
    patternRow->addWidget(findButton);

    auto *form = new QFormLayout;
    auto *patternLabel = new QLabel(tr("F&ind:"), this);
    patternLabel->setBuddy(m_pattern);
    form->addRow(patternLabel, patternRow);
    form->addRow(tr("Tag &as:"), m_type);
    form->addRow(tr("&In:"), m_scope);

    m_results->setObjectName(QStringLiteral("tagAllResults"));
    m_results->setColumnCount(2);
    m_results->setHeaderLabels({tr("Occurrence"), tr("State")});
    m_results->setItemDelegateForColumn(0, new KwicDelegate(m_results));
    m_results->setUniformRowHeights(true);
    m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->header()->setStretchLastSection(false);
    m_results->header()->resizeSection(1, 220);
    connect(m_results, &QTreeWidget::itemChanged, this, &TagAllDialog::updateCount);

    auto *checkAll = new QPushButton(tr("Check all &new"), this);
    auto *checkNone = new QPushButton(tr("&Uncheck all"), this);
    connect(checkAll, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(checkNone, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_tagButton->setObjectName(QStringLiteral("tagAllTag"));
    buttons->addButton(m_tagButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tagButton, &QPushButton::clicked, this, &TagAllDialog::tagChecked);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(checkAll);
    bottom->addWidget(checkNone);
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_results, 1);
    layout->addLayout(bottom);

    connect(findButton, &QPushButton::clicked, this, &TagAllDialog::find);
    connect(m_pattern, &QLineEdit::returnPressed, this, &TagAllDialog::find);
    connect(m_options, &MatchOptionsMenu::optionsChanged, this, [this] {
        if (!m_found.empty())
            find();
    });
    findButton->setDefault(true);
    updateCount();
}

void TagAllDialog::setPattern(const QString &pattern)
{
    m_pattern->setText(pattern);
}

void TagAllDialog::setType(const QString &type)
{
    const int index = m_type->findData(type);
    if (index >= 0)
        m_type->setCurrentIndex(index);
}

void TagAllDialog::setScope(Scope scope)
{
    const int index = m_scope->findData(int(scope));
    if (index >= 0)
        m_scope->setCurrentIndex(index);
}

ArticleDocument *TagAllDialog::documentFor(const QString &path)
{
    if (m_current && m_current->article().path == path)
        return m_current;
    Problems problems;
    // The session keeps a few articles open and closes the oldest: the open article must not be it.
    if (m_current)
        m_session->open(m_current->article().path, &m_schema, &problems);
    return m_session->open(path, &m_schema, &problems);
}

void TagAllDialog::find()
{
    m_found.clear();
    m_foundType = m_type->currentData().toString();
    const QString pattern = m_pattern->text().trimmed();
    const MatchOptions options = m_options->options();
    const bool corpus = Scope(m_scope->currentData().toInt()) == Scope::Corpus;
    if (!pattern.isEmpty() && !corpus && m_current) {
        const QString &text = m_current->text();
        const CodePointIndex &codePoints = m_current->codePoints();
        ArticleHits article {m_current->article().path, m_current->article().fileName(), {}};
        for (const TextRange &range : TextMatcher(pattern, options).findAll(text, profileOf(text).language)) {
            article.hits.push_back({codePoints.toCodePoint(range.first),
                                    codePoints.toCodePoint(range.second),
                                    KeywordInContext::of(text, range),
                                    Hit::State::New,
                                    {},
                                    {}});
        }
        classify(*m_current, article.hits);
        if (!article.hits.empty())
            m_found.push_back(std::move(article));
    } else if (!pattern.isEmpty() && corpus) {
        CorpusQuery query;
        query.pattern = pattern;
        query.options = options;
        // Only the articles the corpus index cannot rule out are read.
        const std::vector<CorpusHit> hits = ProgressRunner::run<std::vector<CorpusHit>>(
            this, tr("Reading %n article(s)…", nullptr, int(m_corpusArticles.size())),
            [this, &query](const ProgressRunner::Progress &progress) {
                return CorpusSearch::search(m_corpusArticles, query, progress);
            });
        for (const CorpusHit &hit : hits) {
            if (m_found.empty() || m_found.back().path != hit.articlePath)
                m_found.push_back({hit.articlePath, QFileInfo(hit.articlePath).fileName(), {}});
            m_found.back().hits.push_back({hit.start, hit.end, hit.context, Hit::State::New, {}, {}});
        }
        // Whether a hit is tagged already is decided on the article as it is now, unsaved edits included.
        for (ArticleHits &article : m_found) {
            if (ArticleDocument *document = documentFor(article.path))
                classify(*document, article.hits);
        }
    }
    fillResults();
}

void TagAllDialog::classify(const ArticleDocument &document, std::vector<Hit> &hits) const
{
    const auto &entities = document.annotations()->entities();
    for (Hit &hit : hits) {
        // Entities are ordered by start: look back from the first one that starts after the hit.
        auto it = std::lower_bound(entities.begin(), entities.end(), hit.end,
                                   [](const Entity &entity, qsizetype end) { return entity.start() < end; });
        while (it != entities.begin()) {
            --it;
            const Entity &entity = *it;
            if (entity.start() < hit.start - longestEntityLookedBack)
                break;
            const bool overlaps = std::any_of(entity.spans.begin(), entity.spans.end(), [&](const Span &span) {
                return span.start < hit.end && hit.start < span.end;
            });
            if (!overlaps)
                continue;
            const bool same = entity.spans.size() == 1 && entity.start() == hit.start && entity.end() == hit.end;
            const EntityType *type = m_schema.entityType(entity.type);
            const QString typeName = type ? type->label(InterfaceLocale::language()) : entity.type;
            if (same && entity.type == m_foundType) {
                hit.state = Hit::State::Tagged;
                hit.note = tr("already tagged");
                break;
            }
            hit.state = Hit::State::Overlapping;
            hit.note = same ? tr("tagged as %1").arg(typeName)
                            : tr("overlaps “%1” (%2)").arg(document.textOf(entity).left(40), typeName);
            if (same)
                hit.retype = entity.id;
        }
    }
}

void TagAllDialog::fillResults()
{
    const QSignalBlocker blocker(m_results);
    m_results->clear();
    for (size_t a = 0; a < m_found.size(); ++a) {
        const ArticleHits &article = m_found[a];
        auto *articleItem = new QTreeWidgetItem(m_results);
        articleItem->setText(0,
                             InterfaceLocale::withDigits(tr("%1 — %n occurrence(s)", nullptr, int(article.hits.size())))
                                 .arg(article.title));
        articleItem->setToolTip(0, article.path);
        articleItem->setData(0, articleRole, int(a));
        articleItem->setFlags(articleItem->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        for (size_t h = 0; h < article.hits.size(); ++h) {
            const Hit &hit = article.hits[h];
            auto *item = new QTreeWidgetItem(articleItem);
            item->setText(0, hit.context.toLine());
            item->setData(0, KwicDelegate::BeforeRole, hit.context.before);
            item->setData(0, KwicDelegate::KeywordRole, hit.context.keyword);
            item->setData(0, KwicDelegate::AfterRole, hit.context.after);
            item->setData(0, articleRole, int(a));
            item->setData(0, hitRole, int(h));
            item->setText(1, hit.note.isEmpty() ? tr("new") : hit.note);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            // Only new hits start checked; a tagged one cannot be tagged again, an overlap needs a look.
            item->setCheckState(0, hit.state == Hit::State::New ? Qt::Checked : Qt::Unchecked);
            if (hit.state == Hit::State::Tagged)
                item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            if (hit.state == Hit::State::Overlapping)
                item->setForeground(1, QColor(0xb0, 0x5a, 0x00));
            if (!hit.retype.isEmpty())
                item->setToolTip(1, tr("Checked, this entity's type changes to the one chosen above"));
        }
        articleItem->setExpanded(true);
    }
    updateCount();
}

void TagAllDialog::setAllChecked(bool checked)
{
    for (int a = 0; a < m_results->topLevelItemCount(); ++a) {
        QTreeWidgetItem *article = m_results->topLevelItem(a);
        for (int h = 0; h < article->childCount(); ++h) {
            QTreeWidgetItem *item = article->child(h);
            const Hit &hit = m_found[size_t(a)].hits[size_t(item->data(0, hitRole).toInt())];
            if (item->flags() & Qt::ItemIsEnabled)
                item->setCheckState(0, checked && hit.state == Hit::State::New ? Qt::Checked : Qt::Unchecked);
        }
    }
}

void TagAllDialog::updateCount()
{
    int hits = 0, checked = 0;
    for (int a = 0; a < m_results->topLevelItemCount(); ++a) {
        QTreeWidgetItem *article = m_results->topLevelItem(a);
        hits += article->childCount();
        for (int h = 0; h < article->childCount(); ++h)
            checked += article->child(h)->checkState(0) == Qt::Checked ? 1 : 0;
    }
    m_count->setText(m_found.empty() && !m_pattern->text().trimmed().isEmpty()
                         ? tr("Nothing found")
                         : InterfaceLocale::withDigits(tr("%n occurrence(s) found", nullptr, hits)
                                                       + QStringLiteral(" · ") + tr("%n checked", nullptr, checked)));
    m_tagButton->setEnabled(checked > 0);
}

int TagAllDialog::tagChecked()
{
    const QString type = m_foundType;
    const EntityType *entityType = m_schema.entityType(type);
    const QString pattern = m_pattern->text().trimmed();
    int total = 0, articles = 0;
    QStringList refused;
    for (int a = 0; a < m_results->topLevelItemCount(); ++a) {
        QTreeWidgetItem *articleItem = m_results->topLevelItem(a);
        const ArticleHits &article = m_found[size_t(a)];
        std::vector<const Hit *> checked;
        for (int h = 0; h < articleItem->childCount(); ++h) {
            QTreeWidgetItem *item = articleItem->child(h);
            if (item->checkState(0) == Qt::Checked)
                checked.push_back(&article.hits[size_t(item->data(0, hitRole).toInt())]);
        }
        if (checked.empty())
            continue;
        ArticleDocument *document = documentFor(article.path);
        if (!document || document->isReadOnly()) {
            refused.append(article.title);
            continue;
        }
        // One undo step per article: undo in that article takes back exactly these, added or retyped.
        QUndoStack *undo = document->undoStack();
        undo->beginMacro(tr("Tag %n occurrence(s) of “%1” as %2", nullptr, int(checked.size()))
                             .arg(pattern, entityType ? entityType->label(InterfaceLocale::language()) : type));
        bool done = true;
        for (const Hit *hit : checked) {
            if (!hit->retype.isEmpty()) {
                done = document->execute(ChangeEntityCommand::retype(document->annotations(), hit->retype, type)) && done;
                continue;
            }
            Entity entity;
            entity.id = newAnnotationId();
            entity.type = type;
            entity.spans.append(Span {hit->start, hit->end, {}});
            done = document->execute(new AddEntityCommand(document->annotations(), entity)) && done;
        }
        undo->endMacro();
        if (!done) {
            refused.append(article.title);
            continue;
        }
        total += int(checked.size());
        ++articles;
    }
    m_session->saveAll();
    if (!refused.isEmpty())
        QMessageBox::warning(this, tr("Some articles were not tagged"),
                             tr("These articles are read-only or could not be opened: %1").arg(refused.join(u", ")));
    Q_EMIT tagged(total, articles);
    find(); // what was just tagged now shows as tagged
    return total;
}

} // namespace Hashiya
