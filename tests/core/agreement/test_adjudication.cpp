// SPDX-License-Identifier: GPL-3.0-or-later
// Adjudication of two analysts' annotations into gold: agreement accepted from the start, each decision's
// gold items with their provenance, relations bringing their ends along, and decisions saved and restored.
#include "agreement/adjudication.h"
#include "support/catchqt.h"
#include "support/testfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

using Decision = Adjudication::Decision;

// "Haluk Görgün met Emir Aslan in Ankara." Ankara agreed (the same id in both copies, as when both
// analysts started from one pre-annotated copy), Görgün's boundaries and Aslan's type differ, a date only
// B marked; A relates the two persons, B relates Aslan to Ankara.
Adjudication example()
{
    std::vector<Entity> a {Test::entity(u"a1"_s, u"PERSON"_s, 0, 12), Test::entity(u"a2"_s, u"PERSON"_s, 17, 27),
                           Test::entity(u"x3"_s, u"GPE"_s, 31, 37)};
    std::vector<Entity> b {Test::entity(u"b1"_s, u"PERSON"_s, 6, 12), Test::entity(u"b2"_s, u"ORG"_s, 17, 27),
                           Test::entity(u"x3"_s, u"GPE"_s, 31, 37), Test::entity(u"b4"_s, u"DATE"_s, 13, 16)};
    return Adjudication(a, {Test::relation(u"r1"_s, u"MEETS_WITH"_s, u"a1"_s, u"a2"_s)}, b,
                        {Test::relation(u"s1"_s, u"LOCATED_IN"_s, u"b2"_s, u"x3"_s)}, {u"MEETS_WITH"_s});
}

int unitOf(const Adjudication &adjudication, bool relation, ComparisonItems::Status status)
{
    for (size_t u = 0; u < adjudication.units().size(); ++u) {
        if (adjudication.units()[u].relation == relation && adjudication.units()[u].status == status)
            return int(u);
    }
    FAIL("no such unit");
    return -1;
}

QString provenanceOf(const ExtraFields &extra)
{
    for (const auto &[name, json] : extra) {
        if (name == u"provenance")
            return QString::fromUtf8(json);
    }
    return {};
}

QStringList describe(const Adjudication::Gold &gold)
{
    QStringList out;
    for (const Entity &e : gold.entities) {
        const QJsonObject p = QJsonDocument::fromJson(provenanceOf(e.extra).toUtf8()).object();
        out.append(u"%1 %2 %3-%4 %5 from %6"_s.arg(e.id, e.type).arg(e.start()).arg(e.end()).arg(p[u"decision"].toString(),
                                                                                                  p[u"from"].toString()));
    }
    for (const Relation &r : gold.relations) {
        const QJsonObject p = QJsonDocument::fromJson(provenanceOf(r.extra).toUtf8()).object();
        out.append(u"%1 %2 %3→%4 %5"_s.arg(r.id, r.type, r.from, r.to, p[u"decision"].toString()));
    }
    return out;
}

} // namespace

TEST_CASE("Adjudication accepts agreement at once and builds gold from each decision with provenance", "[agreement]")
{
    Adjudication adjudication = example();
    // Ankara agreed: decided from the start, and no decision can change it.
    const int ankara = unitOf(adjudication, false, ComparisonItems::Status::Agree);
    CHECK(adjudication.decision(size_t(ankara)) == Decision::Agreed);
    CHECK(!adjudication.decide(size_t(ankara), Decision::Reject));
    CHECK(adjudication.decidedCount() == 1);
    CHECK(adjudication.units().size() == 6); // 4 entity units, 2 relations

    // Only what a unit has can be accepted.
    const int date = unitOf(adjudication, false, ComparisonItems::Status::OnlyInB);
    CHECK(!adjudication.decide(size_t(date), Decision::AcceptA));
    CHECK(!adjudication.decide(size_t(date), Decision::Both));

    // Nothing decided yet: gold holds Ankara alone, from A, with both analysts named.
    CHECK(describe(adjudication.gold()) == QStringList {u"x3 GPE 31-37 agree from A"_s});
    const QJsonObject ankaraProvenance =
        QJsonDocument::fromJson(provenanceOf(adjudication.gold().entities.front().extra).toUtf8()).object();
    CHECK(ankaraProvenance[u"analysts"].toVariant().toStringList() == QStringList {u"A"_s, u"B"_s});

    // Görgün: A's span; Aslan: B's type; the date: rejected; A's relation: accepted; B's relation: accepted,
    // its end Aslan being gold already (from B), Ankara agreed.
    const int gorgun = unitOf(adjudication, false, ComparisonItems::Status::Boundaries);
    const int aslan = unitOf(adjudication, false, ComparisonItems::Status::Type);
    REQUIRE(adjudication.decide(size_t(gorgun), Decision::AcceptA));
    REQUIRE(adjudication.decide(size_t(aslan), Decision::AcceptB));
    REQUIRE(adjudication.decide(size_t(date), Decision::Reject));
    int meets = -1, located = -1;
    for (size_t u = 0; u < adjudication.units().size(); ++u) {
        if (adjudication.units()[u].relation)
            (adjudication.units()[u].indexA >= 0 ? meets : located) = int(u);
    }
    REQUIRE(meets >= 0);
    REQUIRE(located >= 0);
    REQUIRE(adjudication.decide(size_t(meets), Decision::AcceptA));
    REQUIRE(adjudication.decide(size_t(located), Decision::AcceptB));
    CHECK(adjudication.decidedCount() == 6);
    CHECK(adjudication.nextUndecided(-1) == -1);

    // A's MEETS_WITH ends at A's Aslan, which was not accepted: it goes to the entity Aslan was paired with,
    // B's ORG, instead of bringing a second Aslan along.
    CHECK(describe(adjudication.gold())
          == QStringList {u"a1 PERSON 0-12 accept_A from A"_s, u"b2 ORG 17-27 accept_B from B"_s,
                          u"x3 GPE 31-37 agree from A"_s, u"r1 MEETS_WITH a1→b2 accept_A"_s,
                          u"s1 LOCATED_IN b2→x3 accept_B"_s});

    // Rejecting Aslan altogether: the relation then brings A's Aslan along, marked as such.
    REQUIRE(adjudication.decide(size_t(aslan), Decision::Reject));
    REQUIRE(adjudication.decide(size_t(located), Decision::Reject));
    CHECK(describe(adjudication.gold())
          == QStringList {u"a1 PERSON 0-12 accept_A from A"_s, u"a2 PERSON 17-27 brought_along from A"_s,
                          u"x3 GPE 31-37 agree from A"_s, u"r1 MEETS_WITH a1→a2 accept_A"_s});
}

TEST_CASE("Both analysts' items side by side keep apart, and decisions survive a restart", "[agreement]")
{
    Adjudication adjudication = example();
    const int gorgun = unitOf(adjudication, false, ComparisonItems::Status::Boundaries);
    REQUIRE(adjudication.decide(size_t(gorgun), Decision::Both));
    const Adjudication::Gold gold = adjudication.gold();
    CHECK(describe(gold).mid(0, 2) == QStringList {u"a1 PERSON 0-12 both from A"_s, u"b1 PERSON 6-12 both from B"_s});

    // The decisions file names units by the analysts' ids: a fresh adjudication of the same copies takes
    // them back, and gives the same gold.
    const QByteArray saved = adjudication.decisionsJson({u"/copies/a"_s, u"/copies/b"_s});
    Adjudication again = example();
    QString error;
    qsizetype ignored = -1;
    REQUIRE(again.restore(saved, &error, &ignored));
    CHECK(ignored == 0);
    CHECK(again.decision(size_t(gorgun)) == Decision::Both);
    CHECK(again.decidedCount() == adjudication.decidedCount());
    CHECK(describe(again.gold()) == describe(gold));
    // The next undecided unit wraps around the end.
    const int first = again.nextUndecided(-1);
    REQUIRE(first >= 0);
    CHECK(again.nextUndecided(int(again.units().size()) - 1) == first);

    // Not a decisions file: said so, nothing taken.
    CHECK(!again.restore("{\"format\": \"hashiya-sidecar\"}", &error));
    CHECK(error.contains(u"adjudication"_s));
    CHECK(!again.restore("{", &error));
}

TEST_CASE("Attribute values are picked key by key from either analyst, and saved with the decision", "[agreement]")
{
    std::vector<Entity> a {Test::entity(u"p"_s, u"PERSON"_s, 0, 12)};
    std::vector<Entity> b {Test::entity(u"p"_s, u"PERSON"_s, 0, 12)};
    a[0].attributes = {{u"role"_s, u"official"_s}, {u"rank"_s, u"1"_s}, {u"same"_s, u"x"_s}};
    b[0].attributes = {{u"role"_s, u"minister"_s}, {u"source"_s, u"AA"_s}, {u"same"_s, u"x"_s}};
    Adjudication adjudication(a, {}, b, {}, {});
    REQUIRE(adjudication.units().size() == 1);
    CHECK(adjudication.units()[0].status == ComparisonItems::Status::Attributes);
    CHECK(adjudication.differingAttributes(0) == QStringList {u"rank"_s, u"role"_s, u"source"_s});
    CHECK(!adjudication.chooseAttribute(0, u"same"_s, false)); // no difference to pick

    // B's role and B's source; rank not picked, so the base (A's) keeps it. Picking decides the unit.
    REQUIRE(adjudication.chooseAttribute(0, u"role"_s, false));
    REQUIRE(adjudication.chooseAttribute(0, u"source"_s, false));
    CHECK(adjudication.decision(0) == Decision::AcceptA);
    const Attributes expected {{u"rank"_s, u"1"_s}, {u"role"_s, u"minister"_s}, {u"same"_s, u"x"_s}, {u"source"_s, u"AA"_s}};
    CHECK(adjudication.gold().entities.front().attributes == expected);
    // A's rank picked from B, where it is absent: left out.
    REQUIRE(adjudication.chooseAttribute(0, u"rank"_s, false));
    CHECK(!adjudication.gold().entities.front().attributes.contains(u"rank"_s));
    adjudication.forgetAttribute(0, u"rank"_s);
    CHECK(adjudication.gold().entities.front().attributes == expected);

    // Saved and restored with the decision.
    Adjudication again(a, {}, b, {}, {});
    QString error;
    qsizetype ignored = -1;
    REQUIRE(again.restore(adjudication.decisionsJson({u"a"_s, u"b"_s}), &error, &ignored));
    CHECK(ignored == 0);
    CHECK(again.attributeChoice(0, u"role"_s) == 'B');
    CHECK(again.attributeChoice(0, u"rank"_s) == 0);
    CHECK(again.gold().entities.front().attributes == expected);
}

TEST_CASE("An edited item is the gold item, keeps its side's id, and survives a restart", "[agreement]")
{
    Adjudication adjudication = example();
    const int gorgun = unitOf(adjudication, false, ComparisonItems::Status::Boundaries);
    const int ankara = unitOf(adjudication, false, ComparisonItems::Status::Agree);
    int meets = -1;
    for (size_t u = 0; u < adjudication.units().size(); ++u) {
        if (adjudication.units()[u].relation && adjudication.units()[u].indexA >= 0)
            meets = int(u);
    }
    REQUIRE(meets >= 0);

    // Neither analyst's Görgün: the adjudicator's own span and a note. The id is A's.
    Entity made = Test::entity(u"anything"_s, u"PERSON"_s, 6, 27);
    made.note = u"both names"_s;
    made.attributes.insert(u"role"_s, u"official"_s);
    CHECK(adjudication.proposedEntity(size_t(gorgun)).id == u"a1"_s);
    REQUIRE(adjudication.edit(size_t(gorgun), made));
    CHECK(adjudication.decision(size_t(gorgun)) == Decision::Edit);
    CHECK(adjudication.proposedEntity(size_t(gorgun)).note == u"both names"_s);
    CHECK(describe(adjudication.gold()).contains(u"a1 PERSON 6-27 edit from A"_s));
    // No edit of an agreed unit, of a relation unit as an entity, or without a span.
    CHECK(!adjudication.edit(size_t(ankara), made));
    CHECK(!adjudication.edit(size_t(meets), made));
    CHECK(!adjudication.edit(size_t(gorgun), Entity {u"x"_s, u"PERSON"_s, {}, {}, {}, {}, {}}));
    CHECK(!adjudication.edit(size_t(gorgun), Test::entity(u"x"_s, u"PERSON"_s, 9, 9)));
    CHECK(!adjudication.decide(size_t(gorgun), Decision::Edit)); // an edit carries its item

    // A's MEETS_WITH made the other way round, as LEADS; ends other than the relation's are refused.
    Relation turned = adjudication.proposedRelation(size_t(meets));
    std::swap(turned.from, turned.to);
    turned.type = u"LEADS"_s;
    Relation elsewhere = turned;
    elsewhere.to = u"x3"_s;
    CHECK(!adjudication.editRelation(size_t(meets), elsewhere));
    CHECK(!adjudication.editRelation(size_t(gorgun), turned));
    const Adjudication::UnitState beforeRelation = adjudication.state(size_t(meets));
    REQUIRE(adjudication.editRelation(size_t(meets), turned));
    // Aslan undecided: A's Aslan comes along with the relation.
    CHECK(describe(adjudication.gold()).contains(u"r1 LEADS a2→a1 edit"_s));

    // Saved and read back: the same gold.
    Adjudication again = example();
    QString error;
    qsizetype ignored = -1;
    REQUIRE(again.restore(adjudication.decisionsJson({u"a"_s, u"b"_s}), &error, &ignored));
    CHECK(ignored == 0);
    CHECK(again.decision(size_t(gorgun)) == Decision::Edit);
    CHECK(describe(again.gold()) == describe(adjudication.gold()));
    CHECK(again.proposedEntity(size_t(gorgun)).attributes.value(u"role"_s) == u"official"_s);

    // A state put back is the state before (an undo).
    adjudication.setState(size_t(meets), beforeRelation);
    CHECK(adjudication.decision(size_t(meets)) == Decision::Undecided);
    CHECK(!describe(adjudication.gold()).contains(u"r1 LEADS a2→a1 edit"_s));

    // An edit whose spans are not pairs of numbers is not taken.
    QJsonObject file = QJsonDocument::fromJson(adjudication.decisionsJson({u"a"_s, u"b"_s})).object();
    QJsonArray decisions = file[u"decisions"_s].toArray();
    REQUIRE(decisions.size() == 1);
    QJsonObject entry = decisions[0].toObject();
    QJsonObject entity = entry[u"entity"_s].toObject();
    entity[u"spans"_s] = QJsonArray {QJsonArray {u"six"_s, 27}};
    entry[u"entity"_s] = entity;
    decisions[0] = entry;
    file[u"decisions"_s] = decisions;
    const QByteArray broken = QJsonDocument(file).toJson();
    Adjudication third = example();
    REQUIRE(third.restore(broken, &error, &ignored));
    CHECK(ignored == 1);
    CHECK(third.decision(size_t(gorgun)) == Decision::Undecided);
}

TEST_CASE("A relation's end that gold lacks is pulled in or remapped as the adjudicator chose", "[agreement]")
{
    Adjudication adjudication = example();
    const int gorgun = unitOf(adjudication, false, ComparisonItems::Status::Boundaries);
    const int aslan = unitOf(adjudication, false, ComparisonItems::Status::Type);
    int meets = -1;
    for (size_t u = 0; u < adjudication.units().size(); ++u) {
        if (adjudication.units()[u].relation && adjudication.units()[u].indexA >= 0)
            meets = int(u);
    }
    REQUIRE(adjudication.decide(size_t(gorgun), Decision::AcceptA));
    REQUIRE(adjudication.decide(size_t(aslan), Decision::AcceptB));
    CHECK(adjudication.openEnds(size_t(meets)).empty()); // nothing accepted there yet
    REQUIRE(adjudication.decide(size_t(meets), Decision::AcceptA));

    // A's relation ends at A's Aslan, not in gold; B's ORG Aslan (its partner, in gold) could stand for it.
    std::vector<Adjudication::OpenEnd> open = adjudication.openEnds(size_t(meets));
    REQUIRE(open.size() == 1);
    CHECK(open[0].key() == u"A.to"_s);
    CHECK(open[0].entity.id == u"a2"_s);
    REQUIRE(open[0].remapTargets.size() == 1);
    CHECK(open[0].remapTargets[0].id == u"b2"_s);
    // Without a choice the partner stands for it.
    CHECK(describe(adjudication.gold()).contains(u"r1 MEETS_WITH a1→b2 accept_A"_s));

    // Pulled in: A's Aslan comes along, and the end is no longer open.
    const Adjudication::UnitState decided = adjudication.state(size_t(meets));
    CHECK(!adjudication.chooseEnd(size_t(meets), open[0], u"x3"_s)); // not one of its targets
    REQUIRE(adjudication.chooseEnd(size_t(meets), open[0], QString()));
    CHECK(adjudication.openEnds(size_t(meets)).empty());
    QStringList gold = describe(adjudication.gold());
    CHECK(gold.contains(u"a2 PERSON 17-27 brought_along from A"_s));
    CHECK(gold.contains(u"r1 MEETS_WITH a1→a2 accept_A"_s));

    // Kept across a restart.
    Adjudication again = example();
    QString error;
    qsizetype ignored = -1;
    REQUIRE(again.restore(adjudication.decisionsJson({u"a"_s, u"b"_s}), &error, &ignored));
    CHECK(ignored == 0);
    CHECK(describe(again.gold()) == gold);

    // Remapped to the gold ORG instead.
    adjudication.setState(size_t(meets), decided);
    REQUIRE(adjudication.chooseEnd(size_t(meets), open[0], u"b2"_s));
    gold = describe(adjudication.gold());
    CHECK(gold.contains(u"r1 MEETS_WITH a1→b2 accept_A"_s));
    CHECK(!gold.contains(u"a2 PERSON 17-27 brought_along from A"_s));
    // The target rejected later: the end falls back to being brought along.
    REQUIRE(adjudication.decide(size_t(aslan), Decision::Reject));
    CHECK(describe(adjudication.gold()).contains(u"r1 MEETS_WITH a1→a2 accept_A"_s));
}
