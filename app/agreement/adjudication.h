// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement/comparisonitems.h"
#include "model/entity.h"
#include "model/relation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QStringList>

#include <optional>
#include <vector>

namespace Hashiya {

/// Adjudicating one article annotated by two analysts into a gold copy: one decision per unit (each item
/// of the comparison: an entity pair or lone entity, a relation), complete agreement accepted from the
/// start. The gold annotations follow from the decisions; every gold item records where it came from (its
/// `provenance`: the decision, the side it was taken from, and which analysts had it) and keeps that side's
/// id. A relation whose end was not accepted brings it along (the end on the same side, or the entity it
/// was paired with on the other side if that one is in gold), unless the adjudicator chose for that end:
/// pull it in, or remap it to another gold entity. The decisions are saved apart, so that an adjudication
/// continues where it stopped (docs/agreement.md, "Adjudication").
class Adjudication final
{
    Q_DECLARE_TR_FUNCTIONS(Adjudication)

public:
    enum class Decision {
        Undecided,
        Agreed, ///< complete agreement, accepted without asking
        AcceptA,
        AcceptB,
        Both, ///< both analysts' items, side by side
        Reject, ///< neither
        Edit, ///< an item the adjudicator made from one side's (other spans, type, attributes, direction)
    };

    /// Everything decided about one unit; an undo step restores it whole.
    struct UnitState
    {
        Decision decision = Decision::Undecided;
        QMap<QString, char> attributes; ///< key → 'A' or 'B'
        std::optional<Entity> editedEntity; ///< for Edit of an entity unit
        std::optional<Relation> editedRelation; ///< for Edit of a relation unit
        /// For a relation's end not in gold, by "A.from", "A.to", "B.from", "B.to": "pull_in", or
        /// "remap:ID" (a gold entity's id).
        QMap<QString, QString> ends;
        friend bool operator==(const UnitState &, const UnitState &) = default;
    };

    /// A relation's end that the gold entities lack: which relation (`side` 'A' or 'B') and which end,
    /// the entity it names there, and the gold entities it could be remapped to (the one it was paired
    /// with, and those overlapping it), by id.
    struct OpenEnd
    {
        char side = 'A';
        bool fromEnd = true;
        Entity entity;
        std::vector<Entity> remapTargets;
        QString key() const;
    };

    Adjudication(std::vector<Entity> a, std::vector<Relation> relationsA, std::vector<Entity> b,
                 std::vector<Relation> relationsB, const QSet<QString> &symmetric);

    const std::vector<ComparisonItems::Item> &units() const { return m_units; }
    Decision decision(size_t unit) const { return m_states.at(unit).decision; }
    /// Whether `decision` applies to the unit: accepting a side needs that side's item, and an agreed
    /// unit needs no decision.
    bool canDecide(size_t unit, Decision decision) const;
    /// False (and nothing changes) when the decision does not apply.
    bool decide(size_t unit, Decision decision);
    /// The attributes whose values differ between the two sides' items of an entity unit (a key one side
    /// lacks included), sorted.
    QStringList differingAttributes(size_t unit) const;
    /// For an entity unit whose sides differ in attributes: take `key`'s value from side A (`fromA`) or B
    /// (absent there: the key is left out). The gold item is A's (or B's, if the unit is decided so) with
    /// each chosen key's value; choosing decides an undecided unit as A's. False if the unit has no such key.
    bool chooseAttribute(size_t unit, const QString &key, bool fromA);
    /// The side chosen for `key` of the unit: 'A', 'B', or 0 when none was chosen.
    char attributeChoice(size_t unit, const QString &key) const;
    /// Forgets the choice for `key` (for an undo).
    void forgetAttribute(size_t unit, const QString &key);

    /// Decides the unit as Edit, its gold item being `entity` (spans, type, attributes, note as the
    /// adjudicator set them) with the id of the side it was made from (A's if the unit has one). False for
    /// a relation unit, an agreed one, or an entity without spans.
    bool edit(size_t unit, Entity entity);
    /// Decides a relation unit as Edit: `relation` is the side's relation (A's if the unit has one) with
    /// another type, attributes or direction; its ends must be that relation's two ends.
    bool editRelation(size_t unit, Relation relation);
    /// The entity the gold copy would take for an entity unit as decided now, or would start an edit
    /// from: the edited one, else the accepted side's with the attribute picks, else A's (else B's).
    Entity proposedEntity(size_t unit) const;
    /// The same for a relation unit.
    Relation proposedRelation(size_t unit) const;

    /// The ends of the unit's accepted relations that no gold entity stands for yet, with what they
    /// could be remapped to; ends with a choice already made are left out.
    std::vector<OpenEnd> openEnds(size_t unit) const;
    /// For an open end: pull the entity in (`target` empty), or remap it to the gold entity `target`.
    bool chooseEnd(size_t unit, const OpenEnd &end, const QString &target);

    UnitState state(size_t unit) const;
    /// Puts back a state state() returned (an undo).
    void setState(size_t unit, const UnitState &state);

    /// Units decided so far, agreed ones included.
    qsizetype decidedCount() const;
    /// The first undecided unit after `unit` (from the start if −1), wrapping around; −1 if none is left.
    int nextUndecided(int unit) const;

    struct Gold
    {
        std::vector<Entity> entities; ///< in entityLess order
        std::vector<Relation> relations; ///< in relationLess order
    };
    Gold gold() const;

    /// The decisions as the decisions file holds them, naming the analysts' copies (A, B).
    QByteArray decisionsJson(const QStringList &copies) const;
    /// Takes the decisions of a decisions file; units it names that this comparison lacks are ignored and
    /// counted in `ignored`. False, with the reason, if `json` is not a decisions file.
    bool restore(const QByteArray &json, QString *error, qsizetype *ignored = nullptr);

    /// "undecided", "agree", "accept_A", "accept_B", "both", "reject", "edit".
    static QString name(Decision decision);

private:
    struct GoldEntities;
    /// A unit's lasting name: its kind and the two sides' ids.
    QString key(size_t unit) const;
    QStringList analystsOf(size_t unit) const;
    GoldEntities goldEntities() const;
    void takeEntity(GoldEntities &built, Entity entity, bool sideA, const QString &decision,
                    const QStringList &analysts, int index) const;
    /// The relations the unit's decision puts in gold, with their side (A: true), ends not yet resolved.
    std::vector<std::pair<bool, Relation>> acceptedRelations(size_t unit) const;
    int entityIndex(const QString &id, bool sideA) const;
    /// The other side's entity paired with a side's entity, or −1.
    int partnerOf(int index, bool sideA) const;

    std::vector<Entity> m_a, m_b;
    std::vector<Relation> m_relationsA, m_relationsB;
    std::vector<ComparisonItems::Item> m_units;
    std::vector<UnitState> m_states; // per unit
};

} // namespace Hashiya
