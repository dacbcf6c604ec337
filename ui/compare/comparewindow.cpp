// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparewindow.h"

#include "agreement/analystcopies.h"
#include "agreement/goldcopy.h"
#include "agreement/codingagreement.h"
#include "agreement/positionlabels.h"
#include "agreement/positiontallies.h"
#include "agreement/relationagreement.h"
#include "agreement/spanalignment.h"
#include "agreement/spanscores.h"
#include "model/articledocument.h"
#include "ui/compare/comparisondocument.h"
#include "ui/compare/endchoicedialog.h"
#include "ui/compare/golditemdialog.h"
#include "ui/reader/readerview.h"
#include "ui/widgets/interfacelocale.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QSignalBlocker>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

#include <bit>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace Hashiya {
namespace {

using Status = ComparisonItems::Status;
constexpr int itemRole = Qt::UserRole + 1;
constexpr int statusRole = Qt::UserRole + 2;
constexpr int markedRole = Qt::UserRole + 3; // analysts' bits, in the metrics of all copies
constexpr int otherAttributesRole = Qt::UserRole + 4;
// The list's columns.
constexpr int decisionColumn = 1;
constexpr int aColumn = 2;
constexpr int bColumn = 3;

const Status statuses[] = {Status::Agree,   Status::Boundaries, Status::Type,      Status::BoundariesAndType,
                           Status::Attributes, Status::OnlyInA, Status::OnlyInB, Status::Direction,
                           Status::EndpointUnaligned};

QString statusLabel(Status status)
{
    switch (status) {
    case Status::Agree:
        return CompareWindow::tr("agree");
    case Status::Boundaries:
        return CompareWindow::tr("other boundaries");
    case Status::Type:
        return CompareWindow::tr("other type");
    case Status::BoundariesAndType:
        return CompareWindow::tr("other boundaries and type");
    case Status::Attributes:
        return CompareWindow::tr("other attributes");
    case Status::OnlyInA:
        return CompareWindow::tr("only in A");
    case Status::OnlyInB:
        return CompareWindow::tr("only in B");
    case Status::Direction:
        return CompareWindow::tr("other direction");
    case Status::EndpointUnaligned:
        return CompareWindow::tr("an end only one has");
    }
    return {};
}

/// A swatch in a status's colour with its sign: the list reads without colour too. Made once per sign
/// and colour: a long article lists thousands of items.
QIcon swatch(const QColor &colour, const QString &sign)
{
    static QHash<QString, QIcon> made;
    const QString key = colour.name() + sign;
    if (const auto it = made.constFind(key); it != made.constEnd())
        return *it;
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(colour);
    painter.setPen(Qt::NoPen);
    painter.drawRoundedRect(QRectF(1, 1, 30, 30), 6, 6);
    painter.setPen(Qt::white);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(18);
    painter.setFont(font);
    painter.drawText(QRectF(0, 0, 32, 32), Qt::AlignCenter, sign);
    painter.end();
    return *made.insert(key, QIcon(pixmap));
}

QIcon statusIcon(Status status)
{
    return swatch(ComparisonDocument::colour(status), ComparisonDocument::sign(status));
}

QIcon presenceIcon(ComparisonDocument::Presence presence)
{
    return swatch(ComparisonDocument::colour(presence), ComparisonDocument::sign(presence));
}

/// "in all", "in all, other attributes" or "in A, C only".
QString markedLabel(quint64 analysts, bool otherAttributes, int count)
{
    if (analysts != PresenceItems::everyone(count))
        return CompareWindow::tr("in %1 only").arg(PresenceItems::letters(analysts, count));
    return otherAttributes ? CompareWindow::tr("in all, other attributes") : CompareWindow::tr("in all");
}

/// A folder or file as the window names it: native separators, kept left to right in an Arabic line.
QString shownPath(const QString &path)
{
    return InterfaceLocale::isolated(QDir::toNativeSeparators(path));
}

QString score(double value)
{
    return std::isnan(value) ? CompareWindow::tr("n/a") : InterfaceLocale::withDigits(QString::number(value, 'f', 3));
}

QString decisionLabel(Adjudication::Decision decision)
{
    switch (decision) {
    case Adjudication::Decision::Undecided:
        return QString();
    case Adjudication::Decision::Agreed:
        return CompareWindow::tr("agreed");
    case Adjudication::Decision::AcceptA:
        return CompareWindow::tr("A's");
    case Adjudication::Decision::AcceptB:
        return CompareWindow::tr("B's");
    case Adjudication::Decision::Both:
        return CompareWindow::tr("both");
    case Adjudication::Decision::Reject:
        return CompareWindow::tr("neither");
    case Adjudication::Decision::Edit:
        return CompareWindow::tr("edited");
    }
    return {};
}

} // namespace

/// One change to a unit of an adjudication (a decision, an attribute picked, an edit, an end's choice),
/// as an undo step: the unit's whole state before and after.
class UnitStateCommand final : public QUndoCommand
{
public:
    UnitStateCommand(CompareWindow *window, size_t unit, Adjudication::UnitState before, Adjudication::UnitState after,
                     const QString &text)
        : QUndoCommand(text)
        , m_window(window)
        , m_unit(unit)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void redo() override { m_window->applyState(m_unit, m_after); }
    void undo() override { m_window->applyState(m_unit, m_before); }

private:
    CompareWindow *m_window;
    size_t m_unit;
    Adjudication::UnitState m_before;
    Adjudication::UnitState m_after;
};

CompareWindow::CompareWindow(ArticleDocument *document, const Schema &schema, const QString &corpusFolder,
                             QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_document(document)
    , m_schema(schema)
    , m_corpusFolder(corpusFolder)
    , m_heading(new QLabel(this))
    , m_copies(new QComboBox(this))
    , m_reader(new ReaderView(this))
    , m_metrics(new QTableWidget(this))
    , m_list(new QTreeWidget(this))
    , m_problems(new QLabel(this))
    , m_adjudicate(new QPushButton(tr("&Adjudicate into…"), this))
    , m_decisionBar(new QWidget(this))
    , m_progress(new QLabel(this))
    , m_attributePicker(new QWidget(this))
    , m_decisionStack(new QUndoStack(this))
{
    setObjectName(u"compareWindow"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Compare — %1").arg(document->article().fileName()));
    for (const RelationType &type : schema.relationTypes) {
        if (type.symmetric)
            m_symmetric.insert(type.name);
    }
    // Copy A is the open article as it is now.
    m_entities = document->annotations()->entities().toVector();
    m_relations = document->annotations()->relations();

    m_copies->setObjectName(u"compareCopies"_s);
    m_copies->setToolTip(tr("The copy compared with (B), or all copies at once"));
    // Wide enough for a folder's last parts and for "All N copies"; longer paths show in the heading.
    m_copies->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_copies->setMinimumContentsLength(24);
    auto *add = new QPushButton(tr("Add &copy…"), this);
    auto *previous = new QPushButton(tr("&Previous"), this);
    auto *next = new QPushButton(tr("&Next"), this);
    previous->setToolTip(tr("The previous disagreement (Shift+F8)"));
    next->setToolTip(tr("The next disagreement (F8)"));
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_heading->setWordWrap(true);
    m_problems->setWordWrap(true);
    m_problems->setVisible(false);

    m_metrics->setObjectName(u"compareMetrics"_s);
    m_metrics->setColumnCount(2);
    m_metrics->setHorizontalHeaderLabels({tr("Measure"), tr("Value")});
    m_metrics->verticalHeader()->hide();
    m_metrics->horizontalHeader()->setStretchLastSection(true);
    m_metrics->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_metrics->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_metrics->setToolTip(tr("Click a status to list only its items; click a measure to list them all"));

    m_list->setObjectName(u"compareItems"_s);
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Status"), tr("Decision"), tr("A"), tr("B")});
    m_list->setColumnHidden(decisionColumn, true); // shown while adjudicating
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(new QLabel(tr("Compared with:"), this));
    top->addWidget(m_copies);
    top->addWidget(add);
    top->addWidget(previous);
    top->addWidget(next);
    top->addWidget(m_adjudicate);
    m_adjudicate->setToolTip(tr("Decide unit by unit, into a gold copy in a folder of its own"));
    m_adjudicate->setObjectName(u"compareAdjudicate"_s);
    auto *decisions = new QHBoxLayout(m_decisionBar);
    decisions->setContentsMargins(0, 0, 0, 0);
    decisions->addWidget(m_progress, 1);
    const std::pair<Adjudication::Decision, QString> choices[] = {{Adjudication::Decision::AcceptA, tr("Accept &A (1)")},
                                                                  {Adjudication::Decision::AcceptB, tr("Accept &B (2)")},
                                                                  {Adjudication::Decision::Both, tr("Bo&th (3)")},
                                                                  {Adjudication::Decision::Reject, tr("&Reject (0)")}};
    const Qt::Key keys[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_0};
    for (size_t k = 0; k < std::size(choices); ++k) {
        const Adjudication::Decision decision = choices[k].first;
        auto *button = new QPushButton(choices[k].second, m_decisionBar);
        decisions->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, decision] { decide(decision); });
        auto *key = new QShortcut(QKeySequence(keys[k]), m_decisionBar, [this, decision] { decide(decision); });
        key->setContext(Qt::WindowShortcut);
    }
    auto *edit = new QPushButton(tr("&Edit… (E)"), m_decisionBar);
    edit->setObjectName(u"compareEdit"_s);
    edit->setToolTip(tr("Make the gold item by hand: its type, where it begins and ends, its attributes"));
    decisions->addWidget(edit);
    connect(edit, &QPushButton::clicked, this, &CompareWindow::editUnit);
    auto *eKey = new QShortcut(QKeySequence(Qt::Key_E), m_decisionBar, [this] { editUnit(); });
    eKey->setContext(Qt::WindowShortcut);
    auto *undecided = new QPushButton(tr("Next &undecided (N)"), m_decisionBar);
    decisions->addWidget(undecided);
    connect(undecided, &QPushButton::clicked, this, &CompareWindow::nextUndecided);
    auto *nKey = new QShortcut(QKeySequence(Qt::Key_N), m_decisionBar, [this] { nextUndecided(); });
    nKey->setContext(Qt::WindowShortcut);
    auto *undo = new QShortcut(QKeySequence::Undo, m_decisionBar, [this] { m_decisionStack->undo(); });
    auto *redo = new QShortcut(QKeySequence::Redo, m_decisionBar, [this] { m_decisionStack->redo(); });
    undo->setContext(Qt::WindowShortcut);
    redo->setContext(Qt::WindowShortcut);
    m_decisionBar->setVisible(false); // shortcuts of a hidden bar do not fire: only while adjudicating
    auto *side = new QSplitter(Qt::Vertical, this);
    side->addWidget(m_metrics);
    side->addWidget(m_list);
    side->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_reader);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_problems);
    layout->addWidget(m_decisionBar);
    layout->addWidget(m_attributePicker);
    m_attributePicker->setObjectName(u"attributePicker"_s);
    m_attributePicker->setVisible(false);
    layout->addWidget(split, 1);

    connect(add, &QPushButton::clicked, this, &CompareWindow::chooseCopy);
    connect(m_adjudicate, &QPushButton::clicked, this, &CompareWindow::chooseGoldFolder);
    m_adjudicate->setEnabled(false);
    connect(previous, &QPushButton::clicked, this, &CompareWindow::previousDisagreement);
    connect(next, &QPushButton::clicked, this, &CompareWindow::nextDisagreement);
    auto *f8 = new QShortcut(QKeySequence(Qt::Key_F8), this, [this] { nextDisagreement(); });
    auto *shiftF8 = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8), this, [this] { previousDisagreement(); });
    f8->setContext(Qt::WindowShortcut);
    shiftF8->setContext(Qt::WindowShortcut);
    connect(m_copies, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0 && m_copies->itemData(index).toInt() < 0)
            compareAll();
        else if (index >= 0)
            compareWith(index);
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            showItem(item->data(0, itemRole).toInt());
    });
    connect(m_metrics, &QTableWidget::cellClicked, this, [this](int row, int) {
        const QTableWidgetItem *measure = m_metrics->item(row, 0);
        if (m_all) {
            const QVariant marked = measure->data(markedRole);
            filterByMarked(marked.isValid() ? std::optional(Marked {marked.toULongLong(), measure->data(otherAttributesRole).toBool()})
                                            : std::nullopt);
            return;
        }
        const QVariant status = measure->data(statusRole);
        filterBy(status.isValid() ? std::optional(Status(status.toInt())) : std::nullopt);
    });
    // The analyst may close the article while the window is open: the comparison then stays as it was.
    connect(document, &QObject::destroyed, this, [this] { m_document = nullptr; });
    resize(1100, 700);
}

CompareWindow::~CompareWindow()
{
    m_reader->setDocument(nullptr, nullptr); // before the comparison's document goes
}

void CompareWindow::chooseCopy()
{
    const QString start = m_corpusFolder.isEmpty() ? QString() : QFileInfo(m_corpusFolder).absolutePath();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Another analyst's copy of the corpus"), start);
    if (!folder.isEmpty())
        addCopies({folder});
}

bool CompareWindow::addCopies(const QStringList &folders)
{
    if (!m_document)
        return false;
    const QString path = m_document->article().path;
    const QString relative = m_corpusFolder.isEmpty() ? QFileInfo(path).fileName() : QDir(m_corpusFolder).relativeFilePath(path);
    QStringList reasons;
    int first = -1;
    for (const QString &folder : folders) {
        const QString other = QDir(folder).absoluteFilePath(relative);
        if (!QFileInfo::exists(other)) {
            reasons.append(tr("%1 has no %2").arg(shownPath(folder), relative));
            continue;
        }
        Problems problems;
        std::optional<AnalystCopies::Copy> copy = AnalystCopies::readCopy(other, &problems);
        if (!copy) {
            for (const Problem &problem : std::as_const(problems))
                reasons.append(problem.toString());
            continue;
        }
        if (copy->text != m_document->text()) {
            reasons.append(tr("%1: its text differs from this article's, so its annotations cannot be compared")
                               .arg(shownPath(other)));
            continue;
        }
        m_copiesRead.push_back({QDir(folder).absolutePath(), std::move(copy->entities), std::move(copy->relations)});
        if (first < 0)
            first = int(m_copiesRead.size()) - 1;
        const QSignalBlocker quiet(m_copies); // compared once, below
        // The copies keep the combo's first rows, by their index; "All copies" stays last.
        m_copies->insertItem(int(m_copiesRead.size()) - 1, shownPath(m_copiesRead.back().folder),
                             int(m_copiesRead.size()) - 1);
    }
    m_problems->setText(reasons.join(u'\n'));
    m_problems->setVisible(!reasons.isEmpty());
    if (first < 0)
        return false;
    if (m_copiesRead.size() >= 2) {
        const QSignalBlocker quiet(m_copies);
        const QString all = tr("All %n copies", nullptr, analystCount());
        if (m_copies->count() > int(m_copiesRead.size()))
            m_copies->setItemText(m_copies->count() - 1, all);
        else
            m_copies->addItem(all, -1);
    }
    // Several copies asked for: all of them at once, as the analyst would read them.
    if (m_copiesRead.size() >= 2 && (folders.size() >= 2 || m_all))
        return showAllCopies();
    {
        const QSignalBlocker quiet(m_copies);
        m_copies->setCurrentIndex(first);
    }
    compareWith(first);
    return true;
}

bool CompareWindow::hasProblems() const
{
    return !m_problems->text().isEmpty();
}

QString CompareWindow::otherCopy() const
{
    const int index = m_copies->currentIndex();
    return index >= 0 && !m_all ? m_copiesRead[size_t(index)].folder : QString();
}

bool CompareWindow::showAllCopies()
{
    if (m_copiesRead.size() < 2 || m_adjudication)
        return false;
    {
        const QSignalBlocker quiet(m_copies);
        m_copies->setCurrentIndex(m_copies->count() - 1);
    }
    compareAll();
    return true;
}

void CompareWindow::compareAll()
{
    m_all = true;
    m_filter.reset();
    m_markedFilter.reset();
    QStringList names {tr("A: this article (%1)").arg(shownPath(m_document ? m_document->article().path : QString()))};
    std::vector<PresenceItems::Side> sides {{m_entities, m_relations}};
    for (size_t k = 0; k < m_copiesRead.size(); ++k) {
        names.append(u"%1: %2"_s.arg(PresenceItems::letter(int(k) + 1), shownPath(m_copiesRead[k].folder)));
        sides.push_back({m_copiesRead[k].entities, m_copiesRead[k].relations});
    }
    m_heading->setText(names.join(u"  ·  "_s));
    m_presence = PresenceItems::of(sides, m_symmetric);
    m_items.clear();
    m_reader->setDocument(nullptr, nullptr);
    Article article;
    if (m_document)
        article = m_document->article();
    m_shown = std::make_unique<ComparisonDocument>(article, sides, m_presence, m_schema);
    m_reader->setDocument(m_shown->document(), &m_shown->schema());
    m_list->setHeaderLabels({tr("Status"), tr("Decision"), tr("Item"), tr("Analysts")});
    fillAllMetrics();
    fillList();
    m_adjudicate->setEnabled(false);
    m_adjudicate->setToolTip(tr("Adjudication decides between two copies: choose one of them above"));
}

void CompareWindow::compareWith(int index)
{
    m_all = false;
    m_presence.clear();
    m_markedFilter.reset();
    m_list->setHeaderLabels({tr("Status"), tr("Decision"), tr("A"), tr("B")});
    m_adjudicate->setToolTip(tr("Decide unit by unit, into a gold copy in a folder of its own"));
    const Copy &copy = m_copiesRead[size_t(index)];
    m_heading->setText(tr("A: this article (%1)  ·  B: %2")
                           .arg(shownPath(m_document ? m_document->article().path : QString()),
                                shownPath(copy.folder)));
    m_items = ComparisonItems::of(m_entities, m_relations, copy.entities, copy.relations, m_symmetric);
    m_reader->setDocument(nullptr, nullptr);
    Article article;
    if (m_document)
        article = m_document->article();
    m_shown = std::make_unique<ComparisonDocument>(article, ComparisonDocument::Side {m_entities, m_relations},
                                                   ComparisonDocument::Side {copy.entities, copy.relations}, m_items,
                                                   m_schema);
    m_reader->setDocument(m_shown->document(), &m_shown->schema());
    fillMetrics(copy);
    fillList();
    m_adjudicate->setEnabled(!m_adjudication);
}

void CompareWindow::fillMetrics(const Copy &copy)
{
    m_metrics->setRowCount(0);
    auto row = [this](const QString &measure, const QString &value, std::optional<Status> status = std::nullopt) {
        const int r = m_metrics->rowCount();
        m_metrics->insertRow(r);
        auto *name = new QTableWidgetItem(measure);
        if (status) {
            name->setData(statusRole, int(*status));
            name->setIcon(statusIcon(*status));
        }
        m_metrics->setItem(r, 0, name);
        m_metrics->setItem(r, 1, new QTableWidgetItem(value));
    };
    for (const SpanMatchRule &rule : SpanMatchRule::all()) {
        const SpanScores scores = SpanScores::compute(m_entities, copy.entities, rule);
        row(tr("Entities F1, %1").arg(rule.name()), score(scores.micro().f1()));
    }
    const SpanAlignment alignment = SpanAlignment::align(m_entities, copy.entities, {SpanMatchRule::Boundaries::Overlap, false});
    const RelationAgreement relations =
        RelationAgreement::compute(m_entities, m_relations, copy.entities, copy.relations, alignment, m_symmetric);
    row(tr("Relations F1"), score(relations.all().micro().f1()));
    PositionLabels::Categories categories;
    const qsizetype length = m_shown->document()->codePoints().codePointCount();
    PositionTallies tallies(2);
    tallies.add({PositionLabels::ofCodePoints(length, m_entities, {}, categories),
                 PositionLabels::ofCodePoints(length, copy.entities, {}, categories)});
    row(tr("κ on code points"), score(CodingAgreement::cohen(tallies.pair(0, 1, PositionTallies::Positions::All)).value));
    row(tr("κ on marked code points"),
        score(CodingAgreement::cohen(tallies.pair(0, 1, PositionTallies::Positions::Marked)).value));
    for (const Status status : statuses) {
        const auto count = std::count_if(m_items.begin(), m_items.end(), [status](const auto &i) { return i.status == status; });
        if (count > 0)
            row(statusLabel(status), InterfaceLocale::withDigits(QString::number(count)), status);
    }
    m_metrics->resizeColumnToContents(0);
}

void CompareWindow::fillAllMetrics()
{
    m_metrics->setRowCount(0);
    auto row = [this](const QString &measure, const QString &value) {
        const int r = m_metrics->rowCount();
        m_metrics->insertRow(r);
        m_metrics->setItem(r, 0, new QTableWidgetItem(measure));
        m_metrics->setItem(r, 1, new QTableWidgetItem(value));
        return m_metrics->item(r, 0);
    };
    const int count = analystCount();
    auto entitiesOf = [this](int analyst) -> const std::vector<Entity> & {
        return analyst == 0 ? m_entities : m_copiesRead[size_t(analyst) - 1].entities;
    };
    const SpanMatchRule exact = SpanMatchRule::all().front();
    for (int x = 0; x < count; ++x) {
        for (int y = x + 1; y < count; ++y)
            row(tr("Entities F1, %1, %2–%3").arg(exact.name(), PresenceItems::letter(x), PresenceItems::letter(y)),
                score(SpanScores::compute(entitiesOf(x), entitiesOf(y), exact).micro().f1()));
    }
    PositionLabels::Categories categories;
    const qsizetype length = m_shown->document()->codePoints().codePointCount();
    PositionTallies tallies(count);
    std::vector<std::vector<PositionLabels::Run>> labels;
    for (int analyst = 0; analyst < count; ++analyst)
        labels.push_back(PositionLabels::ofCodePoints(length, entitiesOf(analyst), {}, categories));
    tallies.add(labels);
    row(tr("Fleiss' κ on code points"), score(CodingAgreement::fleiss(tallies.everyone(PositionTallies::Positions::All)).value));
    row(tr("Fleiss' κ on marked code points"),
        score(CodingAgreement::fleiss(tallies.everyone(PositionTallies::Positions::Marked)).value));
    // One row per set of analysts, in all first: each filters the list.
    std::map<std::pair<int, quint64>, qsizetype> counts; // (fewer analysts first, reversed), bits → items
    for (const PresenceItems::Item &item : m_presence) {
        const bool otherAttributes = item.analysts == PresenceItems::everyone(count) && item.attributesDiffer;
        counts[{-std::popcount(item.analysts) * 2 + (otherAttributes ? 1 : 0), item.analysts}] += 1;
    }
    for (const auto &[key, items] : counts) {
        const bool otherAttributes = key.first % 2 != 0;
        QTableWidgetItem *measure = row(markedLabel(key.second, otherAttributes, count),
                                        InterfaceLocale::withDigits(QString::number(items)));
        const ComparisonDocument::Presence presence = key.second != PresenceItems::everyone(count)
            ? ComparisonDocument::Presence::Some
            : otherAttributes ? ComparisonDocument::Presence::AllOtherAttributes : ComparisonDocument::Presence::All;
        measure->setIcon(presenceIcon(presence));
        measure->setData(markedRole, QVariant::fromValue(key.second));
        measure->setData(otherAttributesRole, otherAttributes);
    }
    m_metrics->resizeColumnToContents(0);
}

void CompareWindow::fillAllList()
{
    const int count = analystCount();
    auto sideOf = [this](size_t analyst) -> const Copy * { return analyst == 0 ? nullptr : &m_copiesRead[analyst - 1]; };
    QList<QTreeWidgetItem *> rows;
    for (size_t i = 0; i < m_presence.size(); ++i) {
        const PresenceItems::Item &item = m_presence[i];
        const bool otherAttributes = item.analysts == PresenceItems::everyone(count) && item.attributesDiffer;
        if (m_markedFilter && (item.analysts != m_markedFilter->analysts || otherAttributes != m_markedFilter->otherAttributes))
            continue;
        const size_t analyst = size_t(std::find_if(item.index.begin(), item.index.end(), [](int k) { return k >= 0; })
                                      - item.index.begin());
        const Copy *side = sideOf(analyst);
        const size_t index = size_t(item.index[analyst]);
        auto *row = new QTreeWidgetItem;
        row->setData(0, itemRole, int(i));
        row->setIcon(0, presenceIcon(ComparisonDocument::presence(item, count)));
        row->setText(0, markedLabel(item.analysts, otherAttributes, count));
        if (item.relation) {
            const Relation &relation = side ? side->relations[index] : m_relations[index];
            row->setText(aColumn, tr("relation %1").arg(relation.type));
        } else {
            const Entity &entity = side ? side->entities[index] : m_entities[index];
            row->setText(aColumn, entity.type + u" «" + m_shown->document()->textOf(entity) + u'»');
        }
        row->setText(bColumn, PresenceItems::letters(item.analysts, count));
        rows.append(row);
    }
    m_list->addTopLevelItems(rows);
}

void CompareWindow::filterByMarked(std::optional<Marked> marked)
{
    m_markedFilter = marked;
    fillList();
}

bool CompareWindow::isDisagreement(int index) const
{
    if (m_all)
        return !PresenceItems::isComplete(m_presence[size_t(index)], analystCount());
    return ComparisonItems::isDisagreement(m_items[size_t(index)].status);
}

void CompareWindow::fillList()
{
    m_list->clear();
    if (m_all) {
        fillAllList();
        int width = 0;
        for (const QString &label : {markedLabel(0, false, analystCount()), tr("in all, other attributes")})
            width = std::max(width, m_list->fontMetrics().horizontalAdvance(label));
        m_list->setColumnWidth(0, width + m_list->iconSize().width() + 48);
        return;
    }
    const std::vector<Entity> &b = m_copiesRead[size_t(m_copies->currentIndex())].entities;
    const std::vector<Relation> &relationsB = m_copiesRead[size_t(m_copies->currentIndex())].relations;
    auto describe = [this](const Entity &entity) -> QString {
        return entity.type + u" «" + m_shown->document()->textOf(entity) + u'»';
    };
    // Made apart and added at once: one by one, ten thousand rows cost the view a layout each.
    QList<QTreeWidgetItem *> rows;
    for (size_t i = 0; i < m_items.size(); ++i) {
        const ComparisonItems::Item &item = m_items[i];
        if (m_filter && item.status != *m_filter)
            continue;
        auto *row = new QTreeWidgetItem;
        row->setData(0, itemRole, int(i));
        row->setIcon(0, statusIcon(item.status));
        row->setText(0, statusLabel(item.status));
        if (item.relation) {
            if (item.indexA >= 0)
                row->setText(aColumn, tr("relation %1").arg(m_relations[size_t(item.indexA)].type));
            if (item.indexB >= 0)
                row->setText(bColumn, tr("relation %1").arg(relationsB[size_t(item.indexB)].type));
        } else {
            if (item.indexA >= 0)
                row->setText(aColumn, describe(m_entities[size_t(item.indexA)]));
            if (item.indexB >= 0)
                row->setText(bColumn, describe(b[size_t(item.indexB)]));
        }
        showDecision(row);
        rows.append(row);
    }
    m_list->addTopLevelItems(rows);
    // Sized by the labels, not by measuring every row.
    int width = 0;
    for (const Status status : statuses)
        width = std::max(width, m_list->fontMetrics().horizontalAdvance(statusLabel(status)));
    m_list->setColumnWidth(0, width + m_list->iconSize().width() + 32);
}

void CompareWindow::filterBy(std::optional<Status> status)
{
    m_filter = status;
    fillList();
}

int CompareWindow::currentItem() const
{
    const QTreeWidgetItem *row = m_list->currentItem();
    return row ? row->data(0, itemRole).toInt() : -1;
}

void CompareWindow::showItem(int index)
{
    const size_t count = m_all ? m_presence.size() : m_items.size();
    if (index < 0 || size_t(index) >= count || !m_shown)
        return;
    showAttributePicker(index);
    const QString shown = m_shown->shownAs(size_t(index));
    if (m_all ? m_presence[size_t(index)].relation : m_items[size_t(index)].relation) {
        if (!shown.isEmpty())
            m_reader->showRelation(shown);
        return;
    }
    m_reader->setSelectedEntity(shown);
    const qsizetype start = m_all ? m_presence[size_t(index)].start : m_items[size_t(index)].start;
    m_reader->ensureVisible(m_shown->document()->codePoints().toUtf16(start));
}

bool CompareWindow::nextDisagreement()
{
    return step(+1);
}

bool CompareWindow::previousDisagreement()
{
    return step(-1);
}

bool CompareWindow::step(int direction)
{
    // Along the list as shown (reading order, filtered), from the current row to the next disagreement.
    const int count = m_list->topLevelItemCount();
    QTreeWidgetItem *current = m_list->currentItem();
    int row = current ? m_list->indexOfTopLevelItem(current) : (direction > 0 ? -1 : count);
    for (row += direction; row >= 0 && row < count; row += direction) {
        QTreeWidgetItem *candidate = m_list->topLevelItem(row);
        if (isDisagreement(candidate->data(0, itemRole).toInt())) {
            m_list->setCurrentItem(candidate);
            m_list->scrollToItem(candidate);
            return true;
        }
    }
    return false;
}

void CompareWindow::chooseGoldFolder()
{
    const QString start = m_corpusFolder.isEmpty() ? QString() : QFileInfo(m_corpusFolder).absolutePath();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder of the gold copy"), start);
    if (!folder.isEmpty())
        startAdjudication(folder);
}

bool CompareWindow::startAdjudication(const QString &goldFolder)
{
    if (!m_document || m_copies->currentIndex() < 0 || m_adjudication || m_all)
        return false;
    const Copy &copy = m_copiesRead[size_t(m_copies->currentIndex())];
    const QString path = m_document->article().path;
    const QString relative =
        m_corpusFolder.isEmpty() ? QFileInfo(path).fileName() : QDir(m_corpusFolder).relativeFilePath(path);
    QString error;
    std::optional<GoldCopy> gold = GoldCopy::prepare(goldFolder, relative, path, m_document->text(), &error);
    auto refuse = [this](const QString &why) {
        m_problems->setText(why);
        m_problems->setVisible(true);
        return false;
    };
    if (!gold)
        return refuse(error);
    auto adjudication = std::make_unique<Adjudication>(m_entities, m_relations, copy.entities, copy.relations, m_symmetric);
    if (adjudication->units().size() != m_items.size())
        return refuse(tr("the comparison changed; compare again"));
    QFile saved(gold->decisionsPath());
    if (saved.exists()) {
        if (!saved.open(QIODevice::ReadOnly))
            return refuse(tr("cannot read %1: %2").arg(shownPath(saved.fileName()), saved.errorString()));
        qsizetype ignored = 0;
        if (!adjudication->restore(saved.readAll(), &error, &ignored))
            return refuse(tr("%1: %2").arg(shownPath(saved.fileName()), error));
        if (ignored > 0)
            m_problems->setText(tr("%n saved decision(s) name units this comparison does not have; they are left out",
                                   nullptr, int(ignored)));
        m_problems->setVisible(ignored > 0);
    }
    m_adjudication = std::move(adjudication);
    m_gold = std::move(gold);
    saveGold();
    m_copies->setEnabled(false); // one copy at a time: the decisions are about these two
    m_adjudicate->setEnabled(false);
    m_decisionBar->setVisible(true);
    m_list->setColumnHidden(decisionColumn, false);
    m_list->setColumnWidth(decisionColumn, m_list->fontMetrics().horizontalAdvance(decisionLabel(Adjudication::Decision::Reject)) + 24);
    for (int row = 0; row < m_list->topLevelItemCount(); ++row)
        showDecision(m_list->topLevelItem(row));
    showProgress();
    if (!nextUndecided())
        showAttributePicker(currentItem());
    return true;
}

bool CompareWindow::decide(Adjudication::Decision decision)
{
    const int unit = currentItem();
    if (!m_adjudication || unit < 0 || decision == Adjudication::Decision::Edit
        || !m_adjudication->canDecide(size_t(unit), decision))
        return false;
    const Adjudication::UnitState before = m_adjudication->state(size_t(unit));
    m_adjudication->decide(size_t(unit), decision);
    settleEnds(size_t(unit), before, tr("Decide: %1").arg(decisionLabel(decision)));
    return true;
}

bool CompareWindow::editUnit()
{
    const int unit = currentItem();
    if (!m_adjudication || unit < 0 || !m_adjudication->canDecide(size_t(unit), Adjudication::Decision::Edit) || !m_shown)
        return false;
    const ArticleDocument &document = *m_shown->document();
    GoldItemDialog *dialog = nullptr;
    if (m_items[size_t(unit)].relation) {
        const Relation relation = m_adjudication->proposedRelation(size_t(unit));
        const bool sideA = m_items[size_t(unit)].indexA >= 0;
        const std::vector<Entity> &entities = sideA ? m_entities : m_copiesRead[size_t(m_copies->currentIndex())].entities;
        auto find = [&entities](const QString &id) {
            const auto it = std::find_if(entities.begin(), entities.end(), [&id](const Entity &e) { return e.id == id; });
            return it != entities.end() ? *it : Entity {};
        };
        dialog = new GoldItemDialog(document, m_schema, relation, find(relation.from), find(relation.to), this);
    } else {
        std::optional<Span> selection;
        if (m_reader->hasSelection())
            selection = Span {document.codePoints().toCodePoint(m_reader->selectionStart()),
                              document.codePoints().toCodePoint(m_reader->selectionEnd()), {}};
        dialog = new GoldItemDialog(document, m_schema, m_adjudication->proposedEntity(size_t(unit)), selection, this);
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const bool relation = m_items[size_t(unit)].relation;
    connect(dialog, &QDialog::accepted, this, [this, dialog, unit, relation] {
        if (!m_adjudication)
            return;
        const Adjudication::UnitState before = m_adjudication->state(size_t(unit));
        const bool made = relation ? m_adjudication->editRelation(size_t(unit), dialog->relation())
                                   : m_adjudication->edit(size_t(unit), dialog->entity());
        if (made)
            settleEnds(size_t(unit), before, tr("Edit the gold item"));
    });
    dialog->open();
    return true;
}

void CompareWindow::settleEnds(size_t unit, const Adjudication::UnitState &before, const QString &text)
{
    // The adjudication holds the new state; it is taken back and pushed as one undo step, after the
    // adjudicator said what becomes of the relation's ends that are not in gold (when there is a choice).
    std::vector<Adjudication::OpenEnd> open = m_adjudication->openEnds(unit);
    open.erase(std::remove_if(open.begin(), open.end(), [](const auto &end) { return end.remapTargets.empty(); }), open.end());
    const Adjudication::UnitState decided = m_adjudication->state(unit);
    m_adjudication->setState(unit, before);
    auto push = [this, unit, before, text](const Adjudication::UnitState &after) {
        if (after != before)
            m_decisionStack->push(new UnitStateCommand(this, unit, before, after, text));
        nextUndecided();
    };
    if (open.empty()) {
        push(decided);
        return;
    }
    auto *dialog = new EndChoiceDialog(*m_shown->document(), m_schema, std::move(open), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, unit, decided, push] {
        if (!m_adjudication)
            return;
        const Adjudication::UnitState now = m_adjudication->state(unit); // as before: only the push changes it
        m_adjudication->setState(unit, decided);
        const QStringList targets = dialog->targets();
        for (size_t k = 0; k < dialog->ends().size(); ++k)
            m_adjudication->chooseEnd(unit, dialog->ends()[k], targets.value(qsizetype(k)));
        const Adjudication::UnitState after = m_adjudication->state(unit);
        m_adjudication->setState(unit, now);
        push(after);
    });
    dialog->open();
}

void CompareWindow::saveGold()
{
    QString error;
    if (!m_gold->write(*m_adjudication, {m_corpusFolder, m_copiesRead[size_t(m_copies->currentIndex())].folder}, &error)) {
        m_problems->setText(tr("The gold copy could not be saved: %1").arg(error));
        m_problems->setVisible(true);
    }
}

bool CompareWindow::chooseAttribute(const QString &key, bool fromA)
{
    const int unit = currentItem();
    if (!m_adjudication || unit < 0 || !m_adjudication->differingAttributes(size_t(unit)).contains(key)
        || m_adjudication->decision(size_t(unit)) == Adjudication::Decision::Agreed
        || m_adjudication->decision(size_t(unit)) == Adjudication::Decision::Edit)
        return false;
    const Adjudication::UnitState before = m_adjudication->state(size_t(unit));
    m_adjudication->chooseAttribute(size_t(unit), key, fromA);
    const Adjudication::UnitState after = m_adjudication->state(size_t(unit));
    m_adjudication->setState(size_t(unit), before);
    m_decisionStack->push(new UnitStateCommand(this, size_t(unit), before, after,
                                               tr("Take %1 from %2").arg(key, fromA ? u"A"_s : u"B"_s)));
    return true;
}

void CompareWindow::showAttributePicker(int unit)
{
    // Rebuilt for each unit: a row per attribute whose values differ, A's value and B's to pick from.
    delete m_attributePicker->layout();
    for (QWidget *child : m_attributePicker->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        child->hide();
        child->deleteLater(); // the button clicked may be the one asking for this
    }
    const QStringList keys = m_adjudication && unit >= 0 ? m_adjudication->differingAttributes(size_t(unit)) : QStringList();
    m_attributePicker->setVisible(!keys.isEmpty());
    if (keys.isEmpty())
        return;
    const ComparisonItems::Item &item = m_items[size_t(unit)];
    const Attributes &a = m_entities[size_t(item.indexA)].attributes;
    const Attributes &b = m_copiesRead[size_t(m_copies->currentIndex())].entities[size_t(item.indexB)].attributes;
    auto *grid = new QGridLayout(m_attributePicker);
    grid->setContentsMargins(0, 0, 0, 0);
    int row = 0;
    for (const QString &key : keys) {
        grid->addWidget(new QLabel(tr("%1:").arg(key), m_attributePicker), row, 0);
        const char chosen = m_adjudication->attributeChoice(size_t(unit), key);
        for (const bool fromA : {true, false}) {
            const Attributes &side = fromA ? a : b;
            const QString value = side.contains(key) ? side.value(key) : tr("(none)");
            auto *button = new QPushButton((fromA ? tr("A: %1") : tr("B: %1")).arg(value), m_attributePicker);
            button->setObjectName(u"%1:%2"_s.arg(key, fromA ? u"A"_s : u"B"_s));
            button->setCheckable(true);
            button->setChecked(chosen == (fromA ? 'A' : 'B'));
            connect(button, &QPushButton::clicked, this, [this, key, fromA] { chooseAttribute(key, fromA); });
            grid->addWidget(button, row, fromA ? 1 : 2);
        }
        ++row;
    }
    grid->setColumnStretch(3, 1);
}

void CompareWindow::applyState(size_t unit, const Adjudication::UnitState &state)
{
    m_adjudication->setState(unit, state);
    saveGold();
    if (QTreeWidgetItem *row = rowOf(int(unit)))
        showDecision(row);
    selectUnit(int(unit));
    showProgress();
    showAttributePicker(int(unit));
}

void CompareWindow::showDecision(QTreeWidgetItem *row)
{
    if (!m_adjudication)
        return;
    row->setText(decisionColumn, decisionLabel(m_adjudication->decision(size_t(row->data(0, itemRole).toInt()))));
}

void CompareWindow::showProgress()
{
    m_progress->setText(InterfaceLocale::withDigits(tr("%1 of %2 decided · gold copy: %3")
                                                        .arg(m_adjudication->decidedCount())
                                                        .arg(m_adjudication->units().size())
                                                        .arg(shownPath(m_gold->articlePath()))));
}

QTreeWidgetItem *CompareWindow::rowOf(int unit) const
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(0, itemRole).toInt() == unit)
            return item;
    }
    return nullptr; // filtered out of the list
}

void CompareWindow::selectUnit(int unit)
{
    if (QTreeWidgetItem *row = rowOf(unit)) {
        m_list->setCurrentItem(row);
        m_list->scrollToItem(row);
    }
}

bool CompareWindow::nextUndecided()
{
    if (!m_adjudication)
        return false;
    const int unit = m_adjudication->nextUndecided(currentItem());
    if (unit < 0)
        return false;
    if (m_filter && m_items[size_t(unit)].status != *m_filter)
        filterBy(std::nullopt); // the unit is hidden by the filter
    selectUnit(unit);
    return true;
}

} // namespace Hashiya
