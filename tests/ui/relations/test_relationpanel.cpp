// SPDX-License-Identifier: GPL-3.0-or-later
// The relations panel as an analyst uses it, on the offscreen platform: the table of a sample's relations,
// its sort and filters, the live list of problems, the editor driven by keys and the mouse, and the
// document's undo stack as the judge of what an edit did.
#include "model/annotationcommands.h"
#include "model/relationrules.h"
#include "support/catchqt.h"
#include "support/generateddocument.h"
#include "support/samples.h"
#include "support/toplevelwidgets.h"
#include "text/direction.h"
#include "ui/relations/relationpanel.h"
#include "ui/relations/relationtablemodel.h"
#include "ui/widgets/textdirectiondelegate.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <functional>

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

bool waitFor(const std::function<bool()> &condition)
{
    return QTest::qWaitFor(condition, 5000);
}

Relation relation(const QString &id, const QString &type, const QString &from, const QString &to)
{
    Relation made;
    made.id = id;
    made.type = type;
    made.from = from;
    made.to = to;
    return made;
}

// Entities of qatar-turkiye-ar.txt.
const QString doha = u"9sh6bqw92hwc"_s; // GPE الدوحة
const QString ministry = u"st0vmqzq2pe6"_s; // ORG وزارة الدفاع القطرية
const QString baykar = u"zz3abvd7bhhn"_s; // ORG بايكار
const QString qatar = u"m1aex169ge6a"_s; // GPE قطر
const QString dimdexDoha = u"vgk45cbfrgw5"_s; // GPE الدوحة, where DIMDEX takes place
// Relations of qatar-turkiye-ar.txt.
const QString agreement = u"bjv4vqaxt2q8"_s; // AGREEMENT_WITH ministry ↔ Baykar, with a note
const QString supplies = u"semn3b9m518h"_s; // SUPPLIES Baykar → Bayraktar TB3
const QString dimdexIn = u"453qy36a123m"_s; // LOCATED_IN DIMDEX 2026 → الدوحة
const QString alKaabiAlias = u"w4txax3ktqdh"_s; // ALIAS_OF الكعبي ↔ سالم بن ناصر الكعبي, two sentences apart

/// A panel in a shown, active window, on one sample article with the sample corpus's schema.
struct PanelFixture
{
    Schema schema = Test::sampleSchema();
    std::unique_ptr<ArticleDocument> document;
    RelationPanel panel;
    QSignalSpy activated {&panel, &RelationPanel::relationActivated};

    explicit PanelFixture(const QString &fileName = u"qatar-turkiye-ar.txt"_s,
                          const std::function<void(Schema &)> &adjust = {})
        : document(Test::openSample(fileName, schema))
    {
        if (adjust)
            adjust(schema);
        Test::showActive(panel, QSize(900, 900));
        panel.setDocument(document.get(), &schema);
    }

    template<typename T>
    T *child(const QString &name)
    {
        return Test::childNamed<T>(panel, name);
    }

    QTableView *table() { return child<QTableView>(u"relationTable"_s); }
    QAbstractItemModel *view() { return table()->model(); }
    QUndoStack *stack() { return document->undoStack(); }
    AnnotationSet *set() { return document->annotations(); }
    QString activatedId(int call) { return activated.at(call).at(0).toString(); }

    /// The text the table shows for a relation in `column`.
    QString cell(const QString &relationId, int column)
    {
        const QModelIndex index = panel.model()->indexOfRelation(relationId, column);
        REQUIRE(index.isValid());
        return index.data().toString();
    }

    /// The ids of the rows the table shows, top to bottom.
    QStringList shownIds()
    {
        QStringList ids;
        for (int row = 0; row < view()->rowCount(); ++row)
            ids.append(view()->index(row, 0).data(RelationTableModel::RelationIdRole).toString());
        return ids;
    }

    /// The texts a column shows, top to bottom.
    QStringList shownColumn(int column)
    {
        QStringList texts;
        for (int row = 0; row < view()->rowCount(); ++row)
            texts.append(view()->index(row, column).data().toString());
        return texts;
    }

    int viewRowOf(const QString &relationId) { return int(shownIds().indexOf(relationId)); }

    void execute(QUndoCommand *command) { REQUIRE(document->execute(command)); }

    void typeFilter(const QString &text)
    {
        QLineEdit *filter = child<QLineEdit>(u"relationFilter"_s);
        filter->setFocus();
        filter->selectAll();
        QTest::keyClick(filter, Qt::Key_Backspace);
        // keyClicks() takes only ASCII: other letters are sent one by one, as a keyboard layout would.
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, filter, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::keyClick(filter, Qt::Key_Return); // applies the filter at once
    }
};

QSet<QString> idSet(const QStringList &ids)
{
    return QSet<QString>(ids.cbegin(), ids.cend());
}

} // namespace

TEST_CASE("The table shows each relation of an English sample with its ends, type and sentence", "[ui][relationpanel]")
{
    PanelFixture f(u"baku-meeting-en.txt"_s);
    QAbstractItemModelTester modelTester(f.panel.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester viewTester(f.view(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    REQUIRE(f.view()->rowCount() == int(f.set()->relationCount()));
    REQUIRE(f.set()->relationCount() == 6);
    // Unsorted at first: the sidecar's order.
    QStringList setOrder;
    for (const Relation &relation : f.set()->relations())
        setOrder.append(relation.id);
    CHECK(f.shownIds() == setOrder);

    for (const Relation &relation : f.set()->relations()) {
        INFO(relation.id.toStdString());
        CHECK(f.cell(relation.id, RelationTableModel::SourceColumn)
              == f.document->textOf(*f.set()->entity(relation.from)));
        CHECK(f.cell(relation.id, RelationTableModel::TargetColumn)
              == f.document->textOf(*f.set()->entity(relation.to)));
        CHECK(f.cell(relation.id, RelationTableModel::StatusColumn) == u"OK");
        CHECK(f.cell(relation.id, RelationTableModel::SentenceColumn)
                  .contains(f.document->textOf(*f.set()->entity(relation.from))));
    }
    // Labels from the schema; an arrow for a direction, a double arrow for a symmetric type.
    CHECK(f.cell(u"7bvbj0r4fjs9"_s, RelationTableModel::SourceColumn) == u"Mehmet Arslan");
    CHECK(f.cell(u"7bvbj0r4fjs9"_s, RelationTableModel::TypeColumn) == u"holds title →");
    CHECK(f.cell(u"7bvbj0r4fjs9"_s, RelationTableModel::TargetColumn) == u"Deputy Minister of National Defence");
    CHECK(f.cell(u"epbzw1hznexg"_s, RelationTableModel::TypeColumn) == u"meets with ↔");
    CHECK(f.cell(u"byzseyfnq8ja"_s, RelationTableModel::SentenceColumn)
          == u"Azerbaijan and Türkiye expand defence-industry ties in Baku"); // a headline, ended by its line
    CHECK(f.cell(u"z9bnqhdq6f0k"_s, RelationTableModel::SentenceColumn)
          == u"The two sides reviewed joint projects on armoured vehicles and air-defence radars, and agreed to "
             u"meet again at TEKNOFEST Azerbaijan in May.");

    // Ends in two sentences: both, in text order; the long first one cut around the entity, whole in the tooltip.
    const QString both = f.cell(u"r9savp7aytkm"_s, RelationTableModel::SentenceColumn);
    const QStringList parts = both.split(u" ‖ "_s);
    REQUIRE(parts.size() == 2);
    CHECK(parts[0].contains(u"Ilgar Huseynov"_s));
    CHECK(parts[0].size() <= 162);
    CHECK((parts[0].startsWith(u'…') || parts[0].endsWith(u'…')));
    CHECK(parts[1] == u"Huseynov said that cooperation with Ankara \"has never been stronger\"."_s);
    const QString tip = f.panel.model()
                            ->indexOfRelation(u"r9savp7aytkm"_s, RelationTableModel::SentenceColumn)
                            .data(Qt::ToolTipRole)
                            .toString();
    CHECK(tip.startsWith(u"BAKU, 2 April 2026 — Azerbaijan's Minister of Defence Industry"_s));
    CHECK(tip.contains(u"led by Deputy Minister of National Defence Mehmet Arslan.\n\nHuseynov said"_s));
    CHECK(f.panel.violations().isEmpty());
    CHECK(f.child<QLabel>(u"relationProblemCount"_s)->text() == u"No relation problems");
}

TEST_CASE("The table shows an Arabic sample's relations, its sentences drawn right to left", "[ui][relationpanel]")
{
    PanelFixture f;
    QAbstractItemModelTester viewTester(f.view(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(f.view()->rowCount() == 6);
    CHECK(f.cell(dimdexIn, RelationTableModel::SourceColumn) == u"معرض ديمدكس 2026");
    CHECK(f.cell(dimdexIn, RelationTableModel::TypeColumn) == u"located in →");
    CHECK(f.cell(dimdexIn, RelationTableModel::TargetColumn) == u"الدوحة");
    CHECK(f.cell(dimdexIn, RelationTableModel::SentenceColumn)
          == u"ومن المقرر أن تُعرض النماذج الأولى في معرض ديمدكس 2026 في الدوحة.");
    CHECK(f.cell(agreement, RelationTableModel::NoteColumn) == u"Co-development and co-production agreement.");
    // الكعبي in the third paragraph, سالم بن ناصر الكعبي in the second: both sentences, the earlier first.
    const QStringList parts = f.cell(alKaabiAlias, RelationTableModel::SentenceColumn).split(u" ‖ "_s);
    REQUIRE(parts.size() == 2);
    CHECK(parts[0].startsWith(u"وحضر مراسم التوقيع"_s));
    CHECK(parts[1].startsWith(u"وقال الكعبي"_s));

    // The table draws each cell in the direction of its own text: the Arabic sentence right to left.
    REQUIRE(dynamic_cast<TextDirectionDelegate *>(f.table()->itemDelegate()));
    CHECK(isRightToLeftParagraph(f.cell(dimdexIn, RelationTableModel::SentenceColumn)));
    CHECK_FALSE(isRightToLeftParagraph(f.cell(dimdexIn, RelationTableModel::TypeColumn)));
}

TEST_CASE("Adding, retyping and removing relations changes rows one by one, never the whole table",
          "[ui][relationpanel]")
{
    PanelFixture f;
    RelationTableModel *model = f.panel.model();
    QAbstractItemModelTester modelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester viewTester(f.view(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    const int rows = model->rowCount();

    f.execute(new AddRelationCommand(f.set(), relation(u"c0ffee000001"_s, u"COOPERATES_WITH"_s, qatar, baykar)));
    REQUIRE(inserted.count() == 1);
    CHECK(model->rowCount() == rows + 1);
    CHECK(f.view()->rowCount() == rows + 1);
    CHECK(f.cell(u"c0ffee000001"_s, RelationTableModel::SourceColumn) == u"قطر");
    CHECK(f.cell(u"c0ffee000001"_s, RelationTableModel::TypeColumn) == u"cooperates with ↔");
    CHECK(f.cell(u"c0ffee000001"_s, RelationTableModel::TargetColumn) == u"بايكار");

    f.execute(ChangeRelationCommand::retype(f.set(), u"c0ffee000001"_s, u"EXPORTS_TO"_s));
    CHECK(changed.count() >= 1);
    CHECK(f.cell(u"c0ffee000001"_s, RelationTableModel::TypeColumn) == u"exports to →");

    // An end retyped: the row's status follows, once the check has run.
    f.execute(ChangeEntityCommand::retype(f.set(), dimdexDoha, u"ORG"_s));
    REQUIRE(waitFor([&] { return f.cell(dimdexIn, RelationTableModel::StatusColumn) != u"OK"; }));
    CHECK(f.cell(dimdexIn, RelationTableModel::StatusColumn) == u"LOCATED_IN is not allowed from EVENT to ORG");
    f.stack()->undo();
    REQUIRE(waitFor([&] { return f.cell(dimdexIn, RelationTableModel::StatusColumn) == u"OK"; }));

    // An entity removed takes its relations with it, row by row.
    const int before = model->rowCount();
    f.execute(new RemoveEntityCommand(f.set(), baykar));
    CHECK(model->rowCount() == before - 4); // ALIAS_OF, AGREEMENT_WITH, SUPPLIES and the one added above
    CHECK(removed.count() == 4);
    f.stack()->undo();
    CHECK(model->rowCount() == before);
    CHECK(f.cell(supplies, RelationTableModel::SourceColumn) == u"بايكار");

    f.execute(new RemoveRelationCommand(f.set(), u"c0ffee000001"_s));
    CHECK(model->rowCount() == rows);
    CHECK_FALSE(model->indexOfRelation(u"c0ffee000001"_s).isValid());
    f.stack()->undo();
    CHECK(f.cell(u"c0ffee000001"_s, RelationTableModel::TypeColumn) == u"exports to →");
    CHECK(resets.count() == 0);
}

TEST_CASE("Sorting by a column orders the rows, and clearing the sort brings back the sidecar's order",
          "[ui][relationpanel]")
{
    PanelFixture f(u"baku-meeting-en.txt"_s);
    QTableView *table = f.table();
    const QStringList original = f.shownIds();

    table->sortByColumn(RelationTableModel::TypeColumn, Qt::AscendingOrder);
    const QStringList ascending = f.shownColumn(RelationTableModel::TypeColumn);
    CHECK(ascending
          == QStringList {u"alias of ↔"_s, u"cooperates with ↔"_s, u"holds title →"_s, u"holds title →"_s,
                          u"meets with ↔"_s, u"on date →"_s});
    table->sortByColumn(RelationTableModel::TypeColumn, Qt::DescendingOrder);
    QStringList descending = f.shownColumn(RelationTableModel::TypeColumn);
    std::reverse(descending.begin(), descending.end());
    CHECK(descending == ascending);

    table->sortByColumn(RelationTableModel::SourceColumn, Qt::AscendingOrder);
    CHECK(f.shownColumn(RelationTableModel::SourceColumn)
          == QStringList {u"Azerbaijan"_s, u"Huseynov"_s, u"Ilgar Huseynov"_s, u"Ilgar Huseynov"_s, u"Mehmet Arslan"_s,
                          u"TEKNOFEST Azerbaijan"_s});

    // A sorted table stays sorted as relations change.
    f.execute(new AddRelationCommand(f.set(),
                                     relation(u"000000000001"_s, u"MEMBER_OF"_s, u"zs9f657kh09b"_s,
                                              u"marfetfsafjt"_s))); // Mehmet Arslan, Türkiye
    CHECK(f.shownColumn(RelationTableModel::SourceColumn).at(5) == u"Mehmet Arslan");
    f.stack()->undo();

    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    CHECK(f.shownIds() == original);
}

TEST_CASE("The filter matches any column, ignoring case and Arabic vowel marks", "[ui][relationpanel]")
{
    PanelFixture f;
    QAbstractItemModelTester viewTester(f.view(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    f.typeFilter(u"SUPPLIES"_s); // the type's name
    CHECK(f.shownIds() == QStringList {supplies});
    f.typeFilter(u"Located IN"_s); // its label, in any case
    CHECK(f.shownIds() == QStringList {dimdexIn});
    f.typeFilter(u"co-production"_s); // the note
    CHECK(f.shownIds() == QStringList {agreement});

    // وزيرُ الدولة written without its damma: the title itself, and the sentence it stands in.
    f.typeFilter(u"وزير الدولة"_s);
    CHECK(idSet(f.shownIds()) == QSet<QString> {u"13q5dr1z34xq"_s, alKaabiAlias});
    // وقّعت without its shadda: the first sentence of the article's body, and the relations read from it.
    f.typeFilter(u"وقعت"_s);
    CHECK(idSet(f.shownIds()) == QSet<QString> {agreement, supplies, u"40enytapmy3r"_s});

    // Marks typed where the text has none do not get in the way either.
    f.typeFilter(u"مَعرض ديمدكس"_s);
    CHECK(f.shownIds() == QStringList {dimdexIn});

    f.typeFilter(u"nothing like this"_s);
    CHECK(f.view()->rowCount() == 0);
    f.typeFilter({});
    CHECK(f.view()->rowCount() == 6);
}

TEST_CASE("Relations that break the rules are counted, listed and shown alone on request, and leave with undo",
          "[ui][relationpanel]")
{
    PanelFixture f;
    QSignalSpy changes(&f.panel, &RelationPanel::violationsChanged);
    auto *count = f.child<QLabel>(u"relationProblemCount"_s);
    auto *list = f.child<QListWidget>(u"relationProblems"_s);
    auto *problemsOnly = f.child<QCheckBox>(u"relationProblemsOnly"_s);
    QAbstractItemModelTester viewTester(f.view(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(count->text() == u"No relation problems");
    REQUIRE(list->count() == 0);

    const QString notAllowed = u"t00000000001"_s;
    const QString selfLink = u"t00000000002"_s;
    const QString repeat = u"t00000000003"_s;
    f.execute(new AddRelationCommand(f.set(), relation(notAllowed, u"LOCATED_IN"_s, doha, ministry)));
    f.execute(new AddRelationCommand(f.set(), relation(selfLink, u"MEETS_WITH"_s, qatar, qatar)));
    // AGREEMENT_WITH is symmetric: the other way round, it repeats the sample's own.
    f.execute(new AddRelationCommand(f.set(), relation(repeat, u"AGREEMENT_WITH"_s, baykar, ministry)));

    // Live: the count and the list follow without being asked.
    REQUIRE(waitFor([&] { return list->count() == 3; }));
    CHECK(count->text().startsWith(u"3 relation problem"_s));
    REQUIRE_FALSE(changes.isEmpty());
    CHECK(changes.last().at(0).toInt() == 3);
    const QList<RelationViolation> violations = f.panel.violations();
    REQUIRE(violations.size() == 3);
    CHECK(violations[0]
          == RelationViolation {notAllowed, RelationFault::NotAllowed, u"LOCATED_IN is not allowed from GPE to ORG"_s});
    CHECK(violations[1].fault == RelationFault::SelfLink);
    CHECK(violations[2]
          == RelationViolation {repeat, RelationFault::Duplicate, u"AGREEMENT_WITH repeats relation bjv4vqaxt2q8"_s});
    CHECK(list->item(0)->data(Qt::UserRole).toString() == notAllowed);
    CHECK(list->item(0)->text().contains(u"LOCATED_IN is not allowed from GPE to ORG"_s));
    CHECK(list->item(0)->text().contains(u"الدوحة"_s));
    CHECK(list->item(0)->text().contains(u"located in →"_s));
    CHECK(list->item(0)->text().contains(u"وزارة الدفاع القطرية"_s));
    CHECK(f.cell(notAllowed, RelationTableModel::StatusColumn) == u"LOCATED_IN is not allowed from GPE to ORG");
    CHECK(f.cell(selfLink, RelationTableModel::StatusColumn) == u"MEETS_WITH links an entity to itself");

    // Problems only.
    problemsOnly->click();
    CHECK(idSet(f.shownIds()) == QSet<QString> {notAllowed, selfLink, repeat});
    // A fixed relation leaves the list, a new problem joins it, while the box stays ticked.
    f.execute(ChangeRelationCommand::retype(f.set(), selfLink, u"ALIAS_OF"_s)); // still a self link
    f.execute(new RemoveRelationCommand(f.set(), repeat));
    REQUIRE(waitFor([&] { return list->count() == 2; }));
    CHECK(idSet(f.shownIds()) == QSet<QString> {notAllowed, selfLink});
    CHECK(f.cell(selfLink, RelationTableModel::StatusColumn) == u"ALIAS_OF links an entity to itself");
    f.execute(ChangeEntityCommand::retype(f.set(), dimdexDoha, u"ORG"_s)); // DIMDEX "located in" an ORG
    REQUIRE(waitFor([&] { return list->count() == 3; }));
    CHECK(idSet(f.shownIds()) == QSet<QString> {notAllowed, selfLink, dimdexIn});

    // Undo everything: no problems left, and no rows under "Problems only".
    while (f.stack()->canUndo())
        f.stack()->undo();
    REQUIRE(waitFor([&] { return list->count() == 0; }));
    CHECK(count->text() == u"No relation problems");
    CHECK(changes.last().at(0).toInt() == 0);
    CHECK(f.panel.violations().isEmpty());
    CHECK(f.view()->rowCount() == 0);
    problemsOnly->click();
    CHECK(f.view()->rowCount() == 6);
}

TEST_CASE("Choosing a problem selects its relation and activates it", "[ui][relationpanel]")
{
    PanelFixture f;
    const QString notAllowed = u"t00000000001"_s;
    f.execute(new AddRelationCommand(f.set(), relation(notAllowed, u"LOCATED_IN"_s, doha, ministry)));
    auto *list = f.child<QListWidget>(u"relationProblems"_s);
    REQUIRE(waitFor([&] { return list->count() == 1; }));

    list->setFocus();
    QTest::keyClick(list, Qt::Key_Home);
    QTest::keyClick(list, Qt::Key_Return);
    REQUIRE(f.activated.count() >= 1);
    CHECK(f.activatedId(f.activated.count() - 1) == notAllowed);
    CHECK(f.panel.selectedRelation() == notAllowed);
    CHECK(f.table()->currentIndex().data(RelationTableModel::RelationIdRole).toString() == notAllowed);
    // The editor says what is wrong, and offers the type though it is not allowed, flagged.
    CHECK(f.child<QLabel>(u"relationStatus"_s)->text() == u"LOCATED_IN is not allowed from GPE to ORG");
    auto *type = f.child<QComboBox>(u"relationType"_s);
    CHECK(type->currentData().toString() == u"LOCATED_IN");
    CHECK(type->currentText().contains(u"not allowed"_s));
}

TEST_CASE("Choosing a row activates its relation, and setSelectedRelation selects without activating",
          "[ui][relationpanel]")
{
    PanelFixture f;
    QTableView *table = f.table();

    f.panel.setSelectedRelation(supplies);
    CHECK(f.activated.count() == 0);
    CHECK(f.panel.selectedRelation() == supplies);
    CHECK(table->currentIndex().data(RelationTableModel::RelationIdRole).toString() == supplies);
    CHECK(table->selectionModel()->isRowSelected(table->currentIndex().row(), {}));
    CHECK(f.child<QLabel>(u"relationSource"_s)->text() == u"بايكار");
    CHECK(f.child<QLabel>(u"relationSource"_s)->layoutDirection() == Qt::RightToLeft);
    CHECK(f.child<QLabel>(u"relationTarget"_s)->text() == u"Bayraktar TB3");

    // A mouse click on another row.
    const int row = f.viewRowOf(dimdexIn);
    const QRect cell = table->visualRect(f.view()->index(row, RelationTableModel::TypeColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    REQUIRE(f.activated.count() == 1);
    CHECK(f.activatedId(0) == dimdexIn);
    CHECK(f.panel.selectedRelation() == dimdexIn);

    // The keyboard: Down moves on, Enter activates the current row again.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    REQUIRE(f.activated.count() == 2);
    const QString next = f.shownIds().at(row + 1);
    CHECK(f.activatedId(1) == next);
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(f.activated.count() == 3);
    CHECK(f.activatedId(2) == next);

    // Rows that change, filters that hide rows and rows that go do not activate anything.
    f.execute(ChangeRelationCommand::setNote(f.set(), next, u"checked"_s));
    auto *filter = f.child<QLineEdit>(u"relationFilter"_s);
    filter->setText(u"SUPPLIES"_s);
    REQUIRE(waitFor([&] { return f.view()->rowCount() == 1; }));
    filter->clear();
    REQUIRE(waitFor([&] { return f.view()->rowCount() == 6; }));
    REQUIRE(table->currentIndex().data(RelationTableModel::RelationIdRole).toString() == next);
    f.execute(new RemoveRelationCommand(f.set(), next));
    CHECK(f.activated.count() == 3);
    CHECK(f.panel.selectedRelation().isEmpty());
    f.stack()->undo(); // the selection comes back with the relation
    CHECK(f.panel.selectedRelation() == next);
    CHECK(table->currentIndex().data(RelationTableModel::RelationIdRole).toString() == next);
    CHECK(f.activated.count() == 3);
}

TEST_CASE("The type combo offers the types allowed between the ends and retypes in one step", "[ui][relationpanel]")
{
    PanelFixture f;
    f.panel.setSelectedRelation(agreement); // ORG ↔ ORG
    auto *type = f.child<QComboBox>(u"relationType"_s);
    REQUIRE(type->isEnabled());
    QStringList offered;
    for (int i = 0; i < type->count(); ++i)
        offered.append(type->itemData(i).toString());
    CHECK(offered
          == QStringList {u"MEETS_WITH"_s, u"COOPERATES_WITH"_s, u"AGREEMENT_WITH"_s, u"EXPORTS_TO"_s, u"ALIAS_OF"_s});
    CHECK(type->currentText() == u"signs agreement with ↔");

    type->setFocus();
    QTest::keyClick(type, Qt::Key_Home);
    CHECK(f.set()->relation(agreement)->type == u"MEETS_WITH");
    CHECK(f.stack()->count() == 1);
    CHECK(f.cell(agreement, RelationTableModel::TypeColumn) == u"meets with ↔");
    f.stack()->undo();
    CHECK(f.set()->relation(agreement)->type == u"AGREEMENT_WITH");
    CHECK(type->currentData().toString() == u"AGREEMENT_WITH");
    CHECK(f.activated.count() == 0);
}

TEST_CASE("Choosing a relation's confidence makes one undo step, and the combo follows undo and redo",
          "[ui][relationpanel]")
{
    PanelFixture f;
    f.panel.setSelectedRelation(supplies);
    auto *combo = f.child<QComboBox>(u"relationAttribute:confidence"_s);
    REQUIRE(combo->isEnabled());
    CHECK(combo->currentText() == u"—");
    // "mention" applies to some entity types only, not to relations.
    CHECK_FALSE(f.panel.findChild<QComboBox *>(u"relationAttribute:mention"_s));

    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_End);
    CHECK(f.set()->relation(supplies)->attributes.value(u"confidence"_s) == u"high");
    CHECK(f.stack()->count() == 1);
    CHECK(f.cell(supplies, RelationTableModel::AttributesColumn) == u"Confidence=high"); // by its label

    f.stack()->undo();
    CHECK_FALSE(f.set()->relation(supplies)->attributes.contains(u"confidence"_s));
    CHECK(combo->currentText() == u"—");
    CHECK(f.cell(supplies, RelationTableModel::AttributesColumn).isEmpty());
    f.stack()->redo();
    CHECK(combo->currentText() == u"high");
}

TEST_CASE("A free-text attribute is set when its field is left, in one undo step", "[ui][relationpanel]")
{
    PanelFixture f(u"qatar-turkiye-ar.txt"_s, [](Schema &schema) {
        schema.attributes.append({u"source"_s, u"Source"_s, {u"AGREEMENT_WITH"_s}, {}});
    });
    f.panel.setSelectedRelation(agreement);
    auto *line = f.child<QLineEdit>(u"relationAttribute:source"_s);
    line->setFocus();
    QTest::keyClicks(line, u"Anadolu"_s);
    CHECK(f.stack()->count() == 0);
    QTest::keyClick(line, Qt::Key_Return);
    CHECK(f.set()->relation(agreement)->attributes.value(u"source"_s) == u"Anadolu");
    CHECK(f.stack()->count() == 1);
    CHECK(f.cell(agreement, RelationTableModel::AttributesColumn) == u"Source=Anadolu"); // the attribute by its label
    f.stack()->undo();
    CHECK(line->text().isEmpty());
    CHECK(f.set()->relation(agreement)->attributes.isEmpty());
    // Only the types it applies to get a field for it.
    f.panel.setSelectedRelation(supplies);
    CHECK_FALSE(f.panel.findChild<QLineEdit *>(u"relationAttribute:source"_s));
}

TEST_CASE("Typing a relation's note makes one undo step", "[ui][relationpanel]")
{
    PanelFixture f;
    f.panel.setSelectedRelation(supplies);
    auto *note = f.child<QPlainTextEdit>(u"relationNote"_s);
    REQUIRE(note->isEnabled());
    REQUIRE(note->toPlainText().isEmpty());

    note->setFocus();
    QTest::keyClicks(note, u"TB3 for the navy"_s);
    CHECK(f.stack()->count() == 0); // nothing per key: the note is pushed after a pause
    REQUIRE(waitFor([&] { return f.stack()->count() == 1; }));
    CHECK(f.set()->relation(supplies)->note == u"TB3 for the navy");

    QTest::keyClicks(note, u", per the ministry"_s);
    REQUIRE(waitFor([&] { return f.set()->relation(supplies)->note == u"TB3 for the navy, per the ministry"; }));
    CHECK(f.stack()->count() == 1);

    // Leaving the field pushes at once.
    QTest::keyClicks(note, u"."_s);
    f.table()->setFocus();
    CHECK(f.set()->relation(supplies)->note == u"TB3 for the navy, per the ministry.");
    CHECK(f.stack()->count() == 1);
    CHECK(f.cell(supplies, RelationTableModel::NoteColumn) == u"TB3 for the navy, per the ministry.");

    f.stack()->undo();
    CHECK(f.set()->relation(supplies)->note.isEmpty());
    CHECK(note->toPlainText().isEmpty());
    f.stack()->redo();
    CHECK(note->toPlainText() == u"TB3 for the navy, per the ministry.");
}

TEST_CASE("Delete removes the selected relations in one undo step", "[ui][relationpanel]")
{
    PanelFixture f;
    QTableView *table = f.table();
    f.panel.setSelectedRelation(supplies);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK_FALSE(f.set()->relation(supplies));
    CHECK(f.stack()->count() == 1);
    CHECK(f.view()->rowCount() == 5);
    // The next row is selected, ready for another Delete.
    CHECK_FALSE(f.panel.selectedRelation().isEmpty());
    f.stack()->undo();
    CHECK(f.set()->relation(supplies));
    CHECK(f.view()->rowCount() == 6);

    // Two rows at once: one step.
    f.panel.setSelectedRelation(supplies);
    const QModelIndex other = f.view()->index(f.viewRowOf(dimdexIn), 0);
    table->selectionModel()->select(other, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK_FALSE(f.set()->relation(supplies));
    CHECK_FALSE(f.set()->relation(dimdexIn));
    CHECK(f.view()->rowCount() == 4);
    CHECK(f.stack()->index() == 1);
    f.stack()->undo();
    CHECK(f.set()->relation(supplies));
    CHECK(f.set()->relation(dimdexIn));
    CHECK(f.view()->rowCount() == 6);
    CHECK(f.activated.count() == 0);
}

TEST_CASE("A read-only document disables every relation editor", "[ui][relationpanel]")
{
    PanelFixture f;
    f.panel.setSelectedRelation(supplies);
    auto *type = f.child<QComboBox>(u"relationType"_s);
    auto *combo = f.child<QComboBox>(u"relationAttribute:confidence"_s);
    auto *note = f.child<QPlainTextEdit>(u"relationNote"_s);
    REQUIRE(type->isEnabled());
    REQUIRE(combo->isEnabled());
    REQUIRE(note->isEnabled());

    Problem broken;
    broken.file = f.document->article().sidecarPath();
    broken.message = u"broken sidecar"_s;
    f.document->setLoadProblems({broken});
    REQUIRE(f.document->isReadOnly());
    CHECK_FALSE(type->isEnabled());
    CHECK_FALSE(combo->isEnabled());
    CHECK_FALSE(note->isEnabled());
    QTest::keyClick(combo, Qt::Key_End);
    f.table()->setFocus();
    QTest::keyClick(f.table(), Qt::Key_Delete);
    CHECK(f.stack()->count() == 0);
    CHECK(f.set()->relation(supplies));
    CHECK(f.set()->relation(supplies)->attributes.isEmpty());

    // Opened read-only: disabled from the start, and choosing another relation keeps it so.
    RelationPanel other;
    other.setDocument(f.document.get(), &f.schema);
    other.setSelectedRelation(agreement);
    auto *otherType = other.findChild<QComboBox *>(u"relationType"_s);
    auto *otherCombo = other.findChild<QComboBox *>(u"relationAttribute:confidence"_s);
    REQUIRE(otherType);
    REQUIRE(otherCombo);
    CHECK_FALSE(otherType->isEnabled());
    CHECK_FALSE(otherCombo->isEnabled());
    CHECK_FALSE(other.findChild<QPlainTextEdit *>(u"relationNote"_s)->isEnabled());
}

TEST_CASE("Without a document the panel is empty, a closed document empties it", "[ui][relationpanel]")
{
    PanelFixture f;
    REQUIRE(f.view()->rowCount() == 6);
    f.panel.setSelectedRelation(supplies);
    f.panel.setDocument(nullptr, nullptr);
    CHECK(f.view()->rowCount() == 0);
    CHECK(f.panel.selectedRelation().isEmpty());

    f.panel.setDocument(f.document.get(), &f.schema);
    f.execute(new AddRelationCommand(f.set(), relation(u"t00000000001"_s, u"LOCATED_IN"_s, doha, ministry)));
    REQUIRE(f.panel.violations().size() == 1);
    QSignalSpy changes(&f.panel, &RelationPanel::violationsChanged);
    f.document.reset();
    CHECK(f.view()->rowCount() == 0);
    CHECK(f.panel.violations().isEmpty());
    REQUIRE(changes.count() == 1);
    CHECK(changes.at(0).at(0).toInt() == 0);
}

TEST_CASE("The panel shows 10^4 relations and follows an edit among them without a reset",
          "[ui][relationpanel][timing]")
{
    // Five thousand lines of PERSON, ORG, GPE, DATE; on each, PERSON member of ORG and ORG located in GPE.
    std::unique_ptr<ArticleDocument> document = Test::generatedDocument(20000);
    std::vector<Relation> relations;
    const EntityList &entities = document->annotations()->entities();
    for (qsizetype line = 0; line < 5000; ++line) {
        const QString person = entities[size_t(4 * line)].id;
        const QString org = entities[size_t(4 * line + 1)].id;
        const QString gpe = entities[size_t(4 * line + 2)].id;
        relations.push_back(relation(u"m%1"_s.arg(line, 6, 10, QLatin1Char('0')), u"MEMBER_OF"_s, person, org));
        relations.push_back(relation(u"l%1"_s.arg(line, 6, 10, QLatin1Char('0')), u"LOCATED_IN"_s, org, gpe));
    }
    document->annotations()->reset(EntityList(entities.toVector()), std::move(relations));
    const Schema schema = Test::sampleSchema();

    RelationPanel panel;
    panel.resize(900, 700);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    QElapsedTimer timer;
    timer.start();
    panel.setDocument(document.get(), &schema);
    QCoreApplication::processEvents();
    const qint64 opening = timer.elapsed();
    QTableView *table = panel.findChild<QTableView *>(u"relationTable"_s);
    REQUIRE(table->model()->rowCount() == 10000);
    // Entities of the type the schema lacks break the rules of the relations they are in.
    const qsizetype problems = panel.violations().size();
    CHECK(problems > 0);

    QSignalSpy resets(panel.model(), &QAbstractItemModel::modelReset);
    table->sortByColumn(RelationTableModel::SentenceColumn, Qt::AscendingOrder);
    timer.restart();
    REQUIRE(document->execute(ChangeRelationCommand::retype(document->annotations(), u"m000001"_s, u"HAS_TITLE"_s)));
    REQUIRE(waitFor([&] { return panel.violations().size() == problems + 1; }));
    const qint64 edit = timer.elapsed();
    CHECK(resets.count() == 0);

    timer.restart();
    auto *filter = panel.findChild<QLineEdit *>(u"relationFilter"_s);
    filter->setText(u"located"_s);
    QTest::keyClick(filter, Qt::Key_Return);
    const qint64 filtering = timer.elapsed();
    CHECK(table->model()->rowCount() == 5000);
    WARN("open " << opening << " ms, edit " << edit << " ms, filter " << filtering << " ms");
    // Generous bounds: a shared test machine is slow, a full reset per edit would still be far slower.
    CHECK(opening < 3000);
    CHECK(edit < 1000);
}
