// SPDX-License-Identifier: GPL-3.0-or-later
// Document → Compare with…: the open article beside another analyst's copy, with F8 walking the
// disagreements in reading order, the metrics filtering the list, and copies that cannot be compared.
#include "agreement/analystcopies.h"
#include "agreement/comparisonitems.h"
#include "model/articledocument.h"
#include "support/catchqt.h"
#include "support/samplecopy.h"
#include "support/testfiles.h"
#include "ui/compare/comparewindow.h"
#include "ui/compare/endchoicedialog.h"
#include "ui/compare/golditemdialog.h"
#include "ui/mainwindow.h"
#include "ui/reader/readerview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QRadioButton>
#include <QSpinBox>
#include <QPushButton>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>

#include <functional>
#include <QTemporaryDir>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

const QString article = u"qatar-turkiye-ar.txt"_s;

/// Another analyst's copy of the samples: one entity retyped, one left out (with its relations), one
/// shortened to its first word, one relation the other way round.
struct OtherCopy
{
    Test::SampleCopy folder;

    OtherCopy()
    {
        const QString path = folder.path(article);
        Problems problems;
        std::optional<AnalystCopies::Copy> copy = AnalystCopies::readCopy(path, &problems);
        REQUIRE(copy);
        std::vector<Entity> &entities = copy->entities;
        REQUIRE(entities.size() > 6);
        entities[1].type = entities[1].type == u"ORG"_s ? u"GPE"_s : u"ORG"_s;
        const QString dropped = entities[3].id;
        entities.erase(entities.begin() + 3);
        std::erase_if(copy->relations, [&](const Relation &r) { return r.from == dropped || r.to == dropped; });
        Span &span = entities[5].spans.first();
        const QList<uint> codePoints = copy->text.toUcs4();
        for (qsizetype at = span.start + 1; at < span.end; ++at) {
            if (codePoints[at] == u' ') {
                span.end = at;
                break;
            }
        }
        REQUIRE(!copy->relations.empty());
        std::swap(copy->relations.front().from, copy->relations.front().to);
        entities[0].attributes.insert(u"role"_s, u"minister"_s); // only B gives the first entity a role
        EntityList list;
        for (const Entity &entity : entities)
            list.push_back(entity);
        Test::writeBytes(path + u".ann.json"_s,
                         Test::writeSidecar(Test::articleFromText(copy->text, path), list, copy->relations));
    }
};

/// Another analyst's copy where Baykar (بايكار) is a GPE and has no SUPPLIES relation, and the money is a
/// PERCENT.
struct RetypedCopy
{
    Test::SampleCopy folder;

    RetypedCopy()
    {
        const QString path = folder.path(article);
        Problems problems;
        std::optional<AnalystCopies::Copy> copy = AnalystCopies::readCopy(path, &problems);
        REQUIRE(copy);
        EntityList list;
        for (Entity entity : copy->entities) {
            if (entity.id == u"zz3abvd7bhhn")
                entity.type = u"GPE"_s;
            if (entity.type == u"MONEY")
                entity.type = u"PERCENT"_s;
            list.push_back(entity);
        }
        std::erase_if(copy->relations, [](const Relation &r) { return r.type == u"SUPPLIES"; });
        Test::writeBytes(path + u".ann.json"_s,
                         Test::writeSidecar(Test::articleFromText(copy->text, path), list, copy->relations));
    }
};

/// Clicks the list's row of `unit`, as the adjudicator would.
void clickUnit(CompareWindow *compare, int unit)
{
    QTreeWidget *list = compare->itemList();
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = list->topLevelItem(row);
        if (item->data(0, Qt::UserRole + 1).toInt() != unit)
            continue;
        list->scrollToItem(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
        REQUIRE(compare->currentItem() == unit);
        return;
    }
    FAIL("the unit is not listed");
}

int unitWhere(const CompareWindow &compare, const std::function<bool(const ComparisonItems::Item &)> &wanted)
{
    for (size_t i = 0; i < compare.items().size(); ++i) {
        if (wanted(compare.items()[i]))
            return int(i);
    }
    FAIL("no such unit");
    return -1;
}

template<typename Dialog>
Dialog *openDialog(CompareWindow *compare)
{
    Dialog *dialog = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        dialog = compare->findChild<Dialog *>();
        return dialog && dialog->isVisible();
    }));
    return dialog;
}

QList<int> disagreementsInOrder(const CompareWindow &compare)
{
    QList<int> order;
    for (size_t i = 0; i < compare.items().size(); ++i) {
        if (ComparisonItems::isDisagreement(compare.items()[i].status))
            order.append(int(i));
    }
    return order;
}

} // namespace

TEST_CASE("Compare with another copy shows every item's status and F8 walks the disagreements in reading order",
          "[compare][gui]")
{
    Test::SampleCopy mine;
    OtherCopy theirs;
    MainWindow window;
    window.show();
    window.openFolder(mine.path());
    window.openArticle(mine.path(article));
    REQUIRE(window.document());

    CompareWindow *compare = window.compareWithCopies({theirs.folder.path()});
    REQUIRE(compare);
    REQUIRE(QTest::qWaitForWindowExposed(compare));
    CHECK(compare->otherCopy() == QDir(theirs.folder.path()).absolutePath());
    // Retyped, left out, shortened, reversed: every kind shows, and most items agree.
    QSet<ComparisonItems::Status> statuses;
    for (const ComparisonItems::Item &item : compare->items())
        statuses.insert(item.status);
    CHECK(statuses.contains(ComparisonItems::Status::Agree));
    CHECK(statuses.contains(ComparisonItems::Status::Type));
    CHECK(statuses.contains(ComparisonItems::Status::OnlyInA));
    CHECK(statuses.contains(ComparisonItems::Status::Boundaries));
    CHECK(compare->itemList()->topLevelItemCount() == int(compare->items().size()));
    // The reader shows the comparison, not the analyst's document.
    REQUIRE(compare->reader()->document());
    CHECK(compare->reader()->document() != window.document());

    // F8 from the top visits exactly the disagreements, in reading order, then stops; Shift+F8 goes back.
    const QList<int> expected = disagreementsInOrder(*compare);
    REQUIRE(expected.size() >= 4);
    QList<int> visited;
    qsizetype lastStart = -1;
    for (int step = 0; step < expected.size() + 2; ++step) {
        QTest::keyClick(compare->itemList(), Qt::Key_F8);
        const int current = compare->currentItem();
        if (!visited.isEmpty() && visited.last() == current)
            break; // at the last one, F8 stays
        visited.append(current);
        const ComparisonItems::Item &item = compare->items()[size_t(current)];
        CHECK(item.start >= lastStart);
        lastStart = item.start;
        if (!item.relation)
            CHECK(!compare->reader()->selectedEntity().isEmpty());
    }
    CHECK(visited == expected);
    QTest::keyClick(compare->itemList(), Qt::Key_F8, Qt::ShiftModifier);
    CHECK(compare->currentItem() == expected.at(expected.size() - 2));

    // A status's count in the metrics lists only its items; a measure lists them all again.
    QTableWidget *metrics = compare->metrics();
    int typeRow = -1, measureRow = 0;
    for (int row = 0; row < metrics->rowCount(); ++row) {
        if (metrics->item(row, 0)->text() == CompareWindow::tr("other type"))
            typeRow = row;
    }
    REQUIRE(typeRow >= 0);
    QTest::mouseClick(metrics->viewport(), Qt::LeftButton, {}, metrics->visualItemRect(metrics->item(typeRow, 1)).center());
    REQUIRE(compare->itemList()->topLevelItemCount() >= 1);
    for (int row = 0; row < compare->itemList()->topLevelItemCount(); ++row)
        CHECK(compare->itemList()->topLevelItem(row)->text(0) == CompareWindow::tr("other type"));
    QTest::mouseClick(metrics->viewport(), Qt::LeftButton, {},
                      metrics->visualItemRect(metrics->item(measureRow, 1)).center());
    CHECK(compare->itemList()->topLevelItemCount() == int(compare->items().size()));
    compare->close();
}

TEST_CASE("A copy without the article, or with another text, is named and not compared", "[compare][gui]")
{
    Test::SampleCopy mine;
    MainWindow window;
    window.show();
    window.openFolder(mine.path());
    window.openArticle(mine.path(article));
    REQUIRE(window.document());

    QTemporaryDir empty;
    Test::SampleCopy edited;
    Test::writeBytes(edited.path(article), Test::readBytes(edited.path(article)) + "\nسطر جديد.\n");
    CompareWindow *compare = window.compareWithCopies({empty.path(), edited.path()});
    REQUIRE(compare);
    CHECK(compare->hasProblems());
    CHECK(compare->copyChooser()->count() == 0);
    CHECK(compare->items().empty());
    compare->close();
}

TEST_CASE("Adjudicating every unit with keys writes a gold copy with provenance, and reopening continues",
          "[compare][gui]")
{
    Test::SampleCopy mine;
    OtherCopy theirs;
    QTemporaryDir gold;
    REQUIRE(gold.isValid());
    MainWindow window;
    window.show();
    window.openFolder(mine.path());
    window.openArticle(mine.path(article));
    REQUIRE(window.document());

    CompareWindow *compare = window.compareWithCopies({theirs.folder.path()});
    REQUIRE(compare);
    REQUIRE(QTest::qWaitForWindowExposed(compare));
    REQUIRE(compare->startAdjudication(gold.path()));
    const Adjudication *adjudication = compare->adjudication();
    REQUIRE(adjudication);
    const qsizetype agreed = std::count_if(compare->items().begin(), compare->items().end(),
                                           [](const auto &item) { return item.status == ComparisonItems::Status::Agree; });
    CHECK(adjudication->decidedCount() == agreed);
    CHECK(compare->goldArticle() == QDir(gold.path()).absoluteFilePath(article));
    REQUIRE(compare->currentItem() >= 0);
    CHECK(adjudication->decision(size_t(compare->currentItem())) == Adjudication::Decision::Undecided);

    // Every unit decided with one key each: A's item where A has one, else B's; the list follows. Where
    // only the attributes differ, B's role is picked in the attribute picker instead.
    const size_t units = adjudication->units().size();
    bool picked = false;
    for (size_t step = 0; step < 2 * units && adjudication->decidedCount() < qsizetype(units); ++step) {
        const int current = compare->currentItem();
        const ComparisonItems::Item &item = compare->items()[size_t(current)];
        if (item.status == ComparisonItems::Status::Attributes && !picked) {
            REQUIRE(compare->attributePicker()->isVisible());
            auto *takeB = compare->attributePicker()->findChild<QPushButton *>(u"role:B"_s);
            REQUIRE(takeB);
            QTest::mouseClick(takeB, Qt::LeftButton);
            CHECK(adjudication->attributeChoice(size_t(current), u"role"_s) == 'B');
            picked = true;
            QTest::keyClick(compare->itemList(), Qt::Key_N);
            continue;
        }
        QTest::keyClick(compare->itemList(), item.indexA >= 0 ? Qt::Key_1 : Qt::Key_2);
    }
    REQUIRE(picked);
    REQUIRE(adjudication->decidedCount() == qsizetype(units));

    // One undo step per decision; redo puts it back.
    QTest::keyClick(compare->itemList(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(adjudication->decidedCount() == qsizetype(units) - 1);
    QTest::keyClick(compare->itemList(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(adjudication->decidedCount() == qsizetype(units));

    // The gold sidecar reads back strictly and holds exactly the gold items, each with its provenance.
    const Adjudication::Gold expected = adjudication->gold();
    Problems problems;
    const std::optional<AnalystCopies::Copy> written = AnalystCopies::readCopy(compare->goldArticle(), &problems);
    INFO(Test::describe(problems).toStdString());
    REQUIRE(written);
    REQUIRE(written->entities.size() == expected.entities.size());
    for (size_t i = 0; i < expected.entities.size(); ++i) {
        CHECK(written->entities[i].id == expected.entities[i].id);
        CHECK(written->entities[i].type == expected.entities[i].type);
        CHECK(written->entities[i].spans == expected.entities[i].spans);
    }
    CHECK(written->relations.size() == expected.relations.size());
    CHECK(std::any_of(written->entities.begin(), written->entities.end(),
                      [](const Entity &e) { return e.attributes.value(u"role"_s) == u"minister"_s; }));
    const QJsonObject sidecar = Test::parseJson(Test::readBytes(compare->goldArticle() + u".ann.json"_s));
    CHECK(sidecar[u"version"].toString() == u"1.2"_s);
    for (const QJsonValue &entity : sidecar[u"entities"].toArray()) {
        const QJsonObject provenance = entity[u"provenance"].toObject();
        CHECK(!provenance[u"decision"].toString().isEmpty());
        CHECK((provenance[u"from"].toString() == u"A"_s || provenance[u"from"].toString() == u"B"_s));
    }
    // Nothing was written into the analysts' copies.
    CHECK(!QFileInfo::exists(theirs.folder.path(article) + u".adjudication.json"_s));
    CHECK(!QFileInfo::exists(mine.path(article) + u".adjudication.json"_s));
    compare->close();

    // Opening the same gold folder again shows every decision.
    CompareWindow *again = window.compareWithCopies({theirs.folder.path()});
    REQUIRE(again);
    REQUIRE(again->startAdjudication(gold.path()));
    CHECK(again->adjudication()->decidedCount() == qsizetype(units));
    int shown = 0;
    for (int row = 0; row < again->itemList()->topLevelItemCount(); ++row)
        shown += again->itemList()->topLevelItem(row)->text(1).isEmpty() ? 0 : 1;
    CHECK(shown == int(units));
    again->close();
}

TEST_CASE("Adjudication edits an item by hand and asks what becomes of a relation's end gold lacks",
          "[compare][gui]")
{
    Test::SampleCopy mine;
    RetypedCopy theirs;
    QTemporaryDir gold;
    REQUIRE(gold.isValid());
    MainWindow window;
    window.show();
    window.openFolder(mine.path());
    window.openArticle(mine.path(article));
    REQUIRE(window.document());
    CompareWindow *compare = window.compareWithCopies({theirs.folder.path()});
    REQUIRE(compare);
    REQUIRE(QTest::qWaitForWindowExposed(compare));
    REQUIRE(compare->startAdjudication(gold.path()));
    const Adjudication *adjudication = compare->adjudication();
    Problems read;
    const std::vector<Entity> mineEntities = AnalystCopies::readCopy(mine.path(article), &read)->entities;
    auto entityUnitOf = [&](const QString &id) {
        return unitWhere(*compare, [&](const auto &item) {
            return !item.relation && item.indexA >= 0 && mineEntities[size_t(item.indexA)].id == id;
        });
    };

    // E on the money: the dialog starts from A's item; PERCENT chosen, the span shortened to "400", OK.
    const int money = entityUnitOf(u"p56xsm0he0az"_s);
    clickUnit(compare, money);
    QTest::keyClick(compare->itemList(), Qt::Key_E);
    auto *edit = openDialog<GoldItemDialog>(compare);
    auto *type = edit->findChild<QComboBox *>(u"goldType"_s);
    auto *last = edit->findChild<QSpinBox *>(u"goldLast"_s);
    REQUIRE(type);
    REQUIRE(last);
    CHECK(type->currentData().toString() == u"MONEY"_s);
    CHECK(last->value() == 383);
    type->setCurrentIndex(type->findData(u"PERCENT"_s)); // a combo's popup does not open offscreen
    last->selectAll();
    QTest::keyClicks(last, u"371"_s);
    CHECK(edit->findChild<QLabel *>(u"goldText"_s)->text() == u"«400»"_s);
    QTest::mouseClick(edit->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return adjudication->decision(size_t(money)) == Adjudication::Decision::Edit; }));
    auto goldEntity = [&](const QString &id) -> std::optional<Entity> {
        Problems problems;
        const auto written = AnalystCopies::readCopy(compare->goldArticle(), &problems);
        REQUIRE(written);
        for (const Entity &entity : written->entities) {
            if (entity.id == id)
                return entity;
        }
        return std::nullopt;
    };
    std::optional<Entity> edited = goldEntity(u"p56xsm0he0az"_s);
    REQUIRE(edited);
    CHECK(edited->type == u"PERCENT"_s);
    CHECK(edited->spans == SpanList {Span {368, 371, {}}});
    // One undo step: the unit is undecided again, and gold no longer holds it.
    QTest::keyClick(compare->itemList(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(adjudication->decision(size_t(money)) == Adjudication::Decision::Undecided);
    CHECK(!goldEntity(u"p56xsm0he0az"_s));
    QTest::keyClick(compare->itemList(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(adjudication->decision(size_t(money)) == Adjudication::Decision::Edit);

    // Baykar as B had it (GPE); then A's SUPPLIES, which starts at A's Baykar: asked, and pulled in.
    const int baykar = entityUnitOf(u"zz3abvd7bhhn"_s);
    clickUnit(compare, baykar);
    QTest::keyClick(compare->itemList(), Qt::Key_2);
    CHECK(adjudication->decision(size_t(baykar)) == Adjudication::Decision::AcceptB);
    const int supplies = unitWhere(*compare, [](const auto &item) { return item.relation && item.indexB < 0; });
    clickUnit(compare, supplies);
    QTest::keyClick(compare->itemList(), Qt::Key_1);
    auto *ends = openDialog<EndChoiceDialog>(compare);
    CHECK(adjudication->decision(size_t(supplies)) == Adjudication::Decision::Undecided); // waits for the answer
    REQUIRE(ends->ends().size() == 1);
    CHECK(ends->ends()[0].key() == u"A.from"_s);
    auto *remap = ends->findChild<QRadioButton *>(u"remap:A.from:zz3abvd7bhhn"_s);
    auto *pullIn = ends->findChild<QRadioButton *>(u"pullIn:A.from"_s);
    REQUIRE(remap);
    REQUIRE(pullIn);
    CHECK(pullIn->isChecked());
    QTest::mouseClick(ends->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return adjudication->decision(size_t(supplies)) == Adjudication::Decision::AcceptA; }));
    CHECK(adjudication->state(size_t(supplies)).ends.value(u"A.from"_s) == u"pull_in"_s);
    Problems problems;
    std::optional<AnalystCopies::Copy> written = AnalystCopies::readCopy(compare->goldArticle(), &problems);
    REQUIRE(written);
    // Both Baykars: B's GPE as decided, and A's ORG brought along (with an id of its own) for the relation.
    const auto baykars = std::count_if(written->entities.begin(), written->entities.end(),
                                       [](const Entity &e) { return e.start() == 95 && e.end() == 101; });
    CHECK(baykars == 2);
    const auto relation = std::find_if(written->relations.begin(), written->relations.end(),
                                       [](const Relation &r) { return r.type == u"SUPPLIES"; });
    REQUIRE(relation != written->relations.end());
    const auto from = std::find_if(written->entities.begin(), written->entities.end(),
                                   [&](const Entity &e) { return e.id == relation->from; });
    REQUIRE(from != written->entities.end());
    CHECK(from->type == u"ORG"_s);

    // Undone and decided again, remapped this time: the relation starts at B's GPE, and one Baykar is left.
    QTest::keyClick(compare->itemList(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(adjudication->decision(size_t(supplies)) == Adjudication::Decision::Undecided);
    clickUnit(compare, supplies);
    QTest::keyClick(compare->itemList(), Qt::Key_1);
    ends = openDialog<EndChoiceDialog>(compare);
    QTest::mouseClick(ends->findChild<QRadioButton *>(u"remap:A.from:zz3abvd7bhhn"_s), Qt::LeftButton);
    QTest::mouseClick(ends->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return adjudication->decision(size_t(supplies)) == Adjudication::Decision::AcceptA; }));
    written = AnalystCopies::readCopy(compare->goldArticle(), &problems);
    REQUIRE(written);
    CHECK(std::count_if(written->entities.begin(), written->entities.end(),
                        [](const Entity &e) { return e.start() == 95 && e.end() == 101; })
          == 1);
    const auto remapped = std::find_if(written->relations.begin(), written->relations.end(),
                                       [](const Relation &r) { return r.type == u"SUPPLIES"; });
    REQUIRE(remapped != written->relations.end());
    CHECK(remapped->from == u"zz3abvd7bhhn"_s);
    compare->close();
}

TEST_CASE("Three copies at once: each item says in all or in which copies, and F8 walks the rest",
          "[compare][gui]")
{
    Test::SampleCopy mine;
    OtherCopy second;
    RetypedCopy third;
    MainWindow window;
    window.show();
    window.openFolder(mine.path());
    window.openArticle(mine.path(article));
    REQUIRE(window.document());
    CompareWindow *compare = window.compareWithCopies({second.folder.path(), third.folder.path()});
    REQUIRE(compare);
    REQUIRE(QTest::qWaitForWindowExposed(compare));
    REQUIRE(compare->showsAllCopies());
    CHECK(compare->copyChooser()->currentText() == u"All 3 copies"_s);
    const std::vector<PresenceItems::Item> &items = compare->presenceItems();
    REQUIRE(!items.empty());

    // Baykar: A and B (the second copy) have the ORG, C (the third) the GPE.
    auto statusOf = [&](qsizetype start, bool relation, const QString &type) -> QString {
        for (int row = 0; row < compare->itemList()->topLevelItemCount(); ++row) {
            const QTreeWidgetItem *item = compare->itemList()->topLevelItem(row);
            const PresenceItems::Item &presence = items[size_t(item->data(0, Qt::UserRole + 1).toInt())];
            if (presence.start == start && presence.relation == relation && item->text(2).startsWith(type))
                return item->text(0);
        }
        return u"(not listed)"_s;
    };
    CHECK(statusOf(95, false, u"ORG"_s) == u"in A, B only"_s);
    CHECK(statusOf(95, false, u"GPE"_s) == u"in C only"_s);
    CHECK(statusOf(53, false, u"GPE"_s) == u"in all"_s); // الدوحة, untouched in every copy
    CHECK(statusOf(0, false, u"GPE"_s) == u"in all, other attributes"_s); // only B gave قطر a role
    CHECK(statusOf(5, false, u"GPE"_s) == u"in A, C only"_s); // B retyped تركيا
    CHECK(statusOf(68, false, u"ORG"_s) == u"in A, C only"_s); // the second copy dropped the ministry
    // The relation SUPPLIES only the third copy lacks.
    CHECK(statusOf(95, true, u"relation SUPPLIES"_s) == u"in A, B only"_s);

    // The reader shows the same: a chip naming the analysts.
    bool chipShown = false;
    for (const Entity &entity : compare->reader()->document()->annotations()->entities())
        chipShown = chipShown || entity.type.endsWith(u"◐ A, B ORG"_s);
    CHECK(chipShown);

    // F8 walks every item not in all alike, in reading order, and stops at the end.
    QList<int> expected;
    for (size_t i = 0; i < items.size(); ++i) {
        if (!PresenceItems::isComplete(items[i], 3))
            expected.append(int(i));
    }
    REQUIRE(expected.size() >= 4);
    QList<int> walked;
    for (int step = 0; step < int(items.size()) + 2; ++step) {
        QTest::keyClick(compare, Qt::Key_F8);
        const int current = compare->currentItem();
        if (!walked.isEmpty() && walked.back() == current)
            break;
        walked.append(current);
    }
    CHECK(walked == expected);

    // A metrics row filters the list: "in C only" lists the GPE Baykar and what else only C has.
    int onlyC = -1;
    for (int row = 0; row < compare->metrics()->rowCount(); ++row) {
        if (compare->metrics()->item(row, 0)->text() == u"in C only"_s)
            onlyC = row;
    }
    REQUIRE(onlyC >= 0);
    QTableWidget *metrics = compare->metrics();
    QTest::mouseClick(metrics->viewport(), Qt::LeftButton, {}, metrics->visualItemRect(metrics->item(onlyC, 0)).center());
    REQUIRE(compare->itemList()->topLevelItemCount() == metrics->item(onlyC, 1)->text().toInt());
    for (int row = 0; row < compare->itemList()->topLevelItemCount(); ++row)
        CHECK(compare->itemList()->topLevelItem(row)->text(0) == u"in C only"_s);

    // Adjudication takes two copies: not offered here, offered again for one copy.
    auto *adjudicate = compare->findChild<QPushButton *>(u"compareAdjudicate"_s);
    REQUIRE(adjudicate);
    CHECK(!adjudicate->isEnabled());
    QTemporaryDir gold;
    CHECK(!compare->startAdjudication(gold.path()));
    compare->copyChooser()->setCurrentIndex(1);
    CHECK(!compare->showsAllCopies());
    CHECK(compare->otherCopy() == QDir(third.folder.path()).absolutePath());
    CHECK(adjudicate->isEnabled());
    CHECK(!compare->items().empty());
    compare->close();
}
