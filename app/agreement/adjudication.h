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

#include <vector>

namespace Hashiya {

/// Adjudicating one article annotated by two analysts into a gold copy: one decision per unit (each item
/// of the comparison: an entity pair or lone entity, a relation), complete agreement accepted from the
/// start. The gold annotations follow from the decisions; every gold item records where it came from (its
/// `provenance`: the decision, the side it was taken from, and which analysts had it) and keeps that side's
/// id. A relation whose end was not accepted brings it along (the end on the same side, or the entity it
/// was paired with on the other side if that one is in gold). The decisions are saved apart, so that an
/// adjudication continues where it stopped (docs/agreement.md, "Adjudication").
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
    };

    Adjudication(std::vector<Entity> a, std::vector<Relation> relationsA, std::vector<Entity> b,
                 std::vector<Relation> relationsB, const QSet<QString> &symmetric);

    const std::vector<ComparisonItems::Item> &units() const { return m_units; }
    Decision decision(size_t unit) const { return m_decisions.at(unit); }
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

    /// "undecided", "agree", "accept_A", "accept_B", "both", "reject".
    static QString name(Decision decision);

private:
    /// A unit's lasting name: its kind and the two sides' ids.
    QString key(size_t unit) const;

    std::vector<Entity> m_a, m_b;
    std::vector<Relation> m_relationsA, m_relationsB;
    std::vector<ComparisonItems::Item> m_units;
    std::vector<Decision> m_decisions;
    std::vector<QMap<QString, char>> m_attributeChoices; // per unit: key → 'A' or 'B'
};

} // namespace Hashiya
