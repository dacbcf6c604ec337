// SPDX-License-Identifier: GPL-3.0-or-later
#include "adjudication.h"

#include "model/annotationid.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hashiya {
namespace {

using Decision = Adjudication::Decision;

const QString formatName = u"hashiya-adjudication"_s;

/// The `provenance` field of a gold item, as raw JSON for the sidecar.
QByteArray provenance(const QString &decision, const QString &from, const QStringList &analysts,
                      const QString &originalId = {})
{
    QJsonObject object {{u"decision"_s, decision}, {u"from"_s, from},
                        {u"analysts"_s, QJsonArray::fromStringList(analysts)}};
    if (!originalId.isEmpty())
        object.insert(u"id"_s, originalId);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void setProvenance(ExtraFields &extra, const QByteArray &json)
{
    extra.removeIf([](const auto &field) { return field.first == u"provenance"; });
    extra.append({u"provenance"_s, json});
}

} // namespace

Adjudication::Adjudication(std::vector<Entity> a, std::vector<Relation> relationsA, std::vector<Entity> b,
                           std::vector<Relation> relationsB, const QSet<QString> &symmetric)
    : m_a(std::move(a))
    , m_b(std::move(b))
    , m_relationsA(std::move(relationsA))
    , m_relationsB(std::move(relationsB))
    , m_units(ComparisonItems::of(m_a, m_relationsA, m_b, m_relationsB, symmetric))
{
    m_states.resize(m_units.size());
    for (size_t u = 0; u < m_units.size(); ++u) {
        if (m_units[u].status == ComparisonItems::Status::Agree)
            m_states[u].decision = Decision::Agreed;
    }
}

QString Adjudication::OpenEnd::key() const
{
    return QString(QChar::fromLatin1(side)) + (fromEnd ? u".from"_s : u".to"_s);
}

bool Adjudication::canDecide(size_t unit, Decision decision) const
{
    const ComparisonItems::Item &item = m_units.at(unit);
    if (m_states[unit].decision == Decision::Agreed)
        return false;
    switch (decision) {
    case Decision::Undecided:
    case Decision::Reject:
    case Decision::Edit:
        return true;
    case Decision::Agreed:
        return false;
    case Decision::AcceptA:
        return item.indexA >= 0;
    case Decision::AcceptB:
        return item.indexB >= 0;
    case Decision::Both:
        return item.indexA >= 0 && item.indexB >= 0;
    }
    return false;
}

bool Adjudication::decide(size_t unit, Decision decision)
{
    // An edit carries the item made: edit() and editRelation() decide it.
    if (decision == Decision::Edit || !canDecide(unit, decision))
        return false;
    m_states[unit].decision = decision;
    m_states[unit].editedEntity.reset();
    m_states[unit].editedRelation.reset();
    return true;
}

bool Adjudication::edit(size_t unit, Entity entity)
{
    const ComparisonItems::Item &item = m_units.at(unit);
    if (item.relation || !canDecide(unit, Decision::Edit) || entity.spans.isEmpty() || entity.type.isEmpty())
        return false;
    for (const Span &span : std::as_const(entity.spans)) {
        if (span.start < 0 || span.end <= span.start)
            return false;
    }
    entity.id = item.indexA >= 0 ? m_a[size_t(item.indexA)].id : m_b[size_t(item.indexB)].id;
    m_states[unit].decision = Decision::Edit;
    m_states[unit].editedEntity = std::move(entity);
    m_states[unit].editedRelation.reset();
    return true;
}

bool Adjudication::editRelation(size_t unit, Relation relation)
{
    const ComparisonItems::Item &item = m_units.at(unit);
    if (!item.relation || !canDecide(unit, Decision::Edit) || relation.type.isEmpty())
        return false;
    const Relation &base = item.indexA >= 0 ? m_relationsA[size_t(item.indexA)] : m_relationsB[size_t(item.indexB)];
    const bool sameEnds = (relation.from == base.from && relation.to == base.to)
        || (relation.from == base.to && relation.to == base.from);
    if (!sameEnds)
        return false;
    relation.id = base.id;
    m_states[unit].decision = Decision::Edit;
    m_states[unit].editedRelation = std::move(relation);
    m_states[unit].editedEntity.reset();
    return true;
}

Entity Adjudication::proposedEntity(size_t unit) const
{
    const ComparisonItems::Item &item = m_units.at(unit);
    const UnitState &state = m_states[unit];
    if (state.editedEntity)
        return *state.editedEntity;
    Entity entity = (item.indexA >= 0 && state.decision != Decision::AcceptB) ? m_a[size_t(item.indexA)] : m_b[size_t(item.indexB)];
    for (auto it = state.attributes.cbegin(); it != state.attributes.cend(); ++it) {
        const Attributes &from = (it.value() == 'A' ? m_a[size_t(item.indexA)] : m_b[size_t(item.indexB)]).attributes;
        if (from.contains(it.key()))
            entity.attributes.insert(it.key(), from.value(it.key()));
        else
            entity.attributes.remove(it.key());
    }
    return entity;
}

Relation Adjudication::proposedRelation(size_t unit) const
{
    const ComparisonItems::Item &item = m_units.at(unit);
    const UnitState &state = m_states[unit];
    if (state.editedRelation)
        return *state.editedRelation;
    return (item.indexA >= 0 && state.decision != Decision::AcceptB) ? m_relationsA[size_t(item.indexA)]
                                                                      : m_relationsB[size_t(item.indexB)];
}

QStringList Adjudication::differingAttributes(size_t unit) const
{
    const ComparisonItems::Item &item = m_units.at(unit);
    if (item.relation || item.indexA < 0 || item.indexB < 0)
        return {};
    const Attributes &a = m_a[size_t(item.indexA)].attributes;
    const Attributes &b = m_b[size_t(item.indexB)].attributes;
    QStringList keys;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        if (!b.contains(it.key()) || b.value(it.key()) != it.value())
            keys.append(it.key());
    }
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        if (!a.contains(it.key()))
            keys.append(it.key());
    }
    keys.sort();
    return keys;
}

bool Adjudication::chooseAttribute(size_t unit, const QString &key, bool fromA)
{
    if (!differingAttributes(unit).contains(key) || m_states[unit].decision == Decision::Agreed
        || m_states[unit].decision == Decision::Edit)
        return false;
    m_states[unit].attributes.insert(key, fromA ? 'A' : 'B');
    if (m_states[unit].decision == Decision::Undecided)
        m_states[unit].decision = Decision::AcceptA;
    return true;
}

char Adjudication::attributeChoice(size_t unit, const QString &key) const
{
    return m_states.at(unit).attributes.value(key, 0);
}

void Adjudication::forgetAttribute(size_t unit, const QString &key)
{
    m_states.at(unit).attributes.remove(key);
}

Adjudication::UnitState Adjudication::state(size_t unit) const
{
    return m_states.at(unit);
}

void Adjudication::setState(size_t unit, const UnitState &state)
{
    m_states.at(unit) = state;
}

qsizetype Adjudication::decidedCount() const
{
    return std::count_if(m_states.begin(), m_states.end(), [](const UnitState &s) { return s.decision != Decision::Undecided; });
}

int Adjudication::nextUndecided(int unit) const
{
    const int count = int(m_units.size());
    for (int step = 1; step <= count; ++step) {
        const int candidate = ((unit < 0 ? -1 : unit) + step) % count;
        if (m_states[size_t(candidate)].decision == Decision::Undecided)
            return candidate;
    }
    return -1;
}

/// The gold entities the entity units' decisions give, and which gold entity each side's entity became.
struct Adjudication::GoldEntities
{
    Gold gold;
    QSet<QString> ids;
    QHash<int, QString> goldOfA, goldOfB; // a side's entity index → its id in gold
};

QStringList Adjudication::analystsOf(size_t unit) const
{
    QStringList analysts;
    if (m_units[unit].indexA >= 0)
        analysts.append(u"A"_s);
    if (m_units[unit].indexB >= 0)
        analysts.append(u"B"_s);
    return analysts;
}

void Adjudication::takeEntity(GoldEntities &built, Entity entity, bool sideA, const QString &decision,
                              const QStringList &analysts, int index) const
{
    QString original;
    if (built.ids.contains(entity.id)) { // the other side's item kept the same id: this one gets its own
        original = entity.id;
        entity.id = newAnnotationId();
    }
    setProvenance(entity.extra, provenance(decision, sideA ? u"A"_s : u"B"_s, analysts, original));
    built.ids.insert(entity.id);
    (sideA ? built.goldOfA : built.goldOfB).insert(index, entity.id);
    built.gold.entities.push_back(std::move(entity));
}

Adjudication::GoldEntities Adjudication::goldEntities() const
{
    GoldEntities built;
    for (size_t u = 0; u < m_units.size(); ++u) {
        const ComparisonItems::Item &item = m_units[u];
        if (item.relation)
            continue;
        const QStringList analysts = analystsOf(u);
        const Decision decision = m_states[u].decision;
        switch (decision) {
        case Decision::Agreed:
            takeEntity(built, m_a[size_t(item.indexA)], true, name(decision), analysts, item.indexA);
            built.goldOfB.insert(item.indexB, built.goldOfA.value(item.indexA));
            break;
        case Decision::AcceptA:
            takeEntity(built, proposedEntity(u), true, name(decision), analysts, item.indexA);
            break;
        case Decision::AcceptB:
            takeEntity(built, proposedEntity(u), false, name(decision), analysts, item.indexB);
            break;
        case Decision::Both:
            takeEntity(built, m_a[size_t(item.indexA)], true, name(decision), analysts, item.indexA);
            takeEntity(built, m_b[size_t(item.indexB)], false, name(decision), analysts, item.indexB);
            break;
        case Decision::Edit: {
            // The edit stands for both sides' items: relations of either end at it.
            const bool sideA = item.indexA >= 0;
            takeEntity(built, proposedEntity(u), sideA, name(decision), analysts, sideA ? item.indexA : item.indexB);
            if (sideA && item.indexB >= 0)
                built.goldOfB.insert(item.indexB, built.goldOfA.value(item.indexA));
            break;
        }
        case Decision::Undecided:
        case Decision::Reject:
            break;
        }
    }
    return built;
}

std::vector<std::pair<bool, Relation>> Adjudication::acceptedRelations(size_t unit) const
{
    const ComparisonItems::Item &item = m_units[unit];
    std::vector<std::pair<bool, Relation>> relations; // side A?, relation
    switch (m_states[unit].decision) {
    case Decision::Agreed:
    case Decision::AcceptA:
        relations.emplace_back(true, m_relationsA[size_t(item.indexA)]);
        break;
    case Decision::AcceptB:
        relations.emplace_back(false, m_relationsB[size_t(item.indexB)]);
        break;
    case Decision::Both:
        relations.emplace_back(true, m_relationsA[size_t(item.indexA)]);
        relations.emplace_back(false, m_relationsB[size_t(item.indexB)]);
        break;
    case Decision::Edit:
        relations.emplace_back(item.indexA >= 0, proposedRelation(unit));
        break;
    case Decision::Undecided:
    case Decision::Reject:
        break;
    }
    return relations;
}

int Adjudication::entityIndex(const QString &id, bool sideA) const
{
    const std::vector<Entity> &side = sideA ? m_a : m_b;
    for (size_t k = 0; k < side.size(); ++k) {
        if (side[k].id == id)
            return int(k);
    }
    return -1;
}

int Adjudication::partnerOf(int index, bool sideA) const
{
    for (const ComparisonItems::Item &item : m_units) {
        if (!item.relation && item.indexA >= 0 && item.indexB >= 0 && (sideA ? item.indexA : item.indexB) == index)
            return sideA ? item.indexB : item.indexA;
    }
    return -1;
}

std::vector<Adjudication::OpenEnd> Adjudication::openEnds(size_t unit) const
{
    std::vector<OpenEnd> open;
    if (!m_units.at(unit).relation)
        return open;
    const GoldEntities built = goldEntities();
    for (const auto &[sideA, relation] : acceptedRelations(unit)) {
        for (const bool fromEnd : {true, false}) {
            OpenEnd end;
            end.side = sideA ? 'A' : 'B';
            end.fromEnd = fromEnd;
            const int index = entityIndex(fromEnd ? relation.from : relation.to, sideA);
            if (index < 0 || (sideA ? built.goldOfA : built.goldOfB).contains(index)
                || m_states[unit].ends.contains(end.key()))
                continue;
            end.entity = (sideA ? m_a : m_b)[size_t(index)];
            const int partner = partnerOf(index, sideA);
            const QString partnerId = partner >= 0 ? (sideA ? built.goldOfB : built.goldOfA).value(partner) : QString();
            for (const Entity &candidate : built.gold.entities) {
                if (candidate.id == partnerId || (candidate.start() < end.entity.end() && end.entity.start() < candidate.end()))
                    end.remapTargets.push_back(candidate);
            }
            open.push_back(std::move(end));
        }
    }
    return open;
}

bool Adjudication::chooseEnd(size_t unit, const OpenEnd &end, const QString &target)
{
    if (!m_units.at(unit).relation)
        return false;
    if (!target.isEmpty()
        && std::none_of(end.remapTargets.begin(), end.remapTargets.end(), [&](const Entity &e) { return e.id == target; }))
        return false;
    m_states[unit].ends.insert(end.key(), target.isEmpty() ? u"pull_in"_s : u"remap:"_s + target);
    return true;
}

Adjudication::Gold Adjudication::gold() const
{
    GoldEntities built = goldEntities();
    // Relations, with their ends: the gold entity taken from the same side; else what the adjudicator chose
    // for that end; else the one its partner on the other side became; else the end itself, brought along.
    QHash<QString, int> indexA, indexB;
    for (size_t k = 0; k < m_a.size(); ++k)
        indexA.insert(m_a[k].id, int(k));
    for (size_t k = 0; k < m_b.size(); ++k)
        indexB.insert(m_b[k].id, int(k));
    QHash<int, int> partnerOfA, partnerOfB; // entity pairs of the comparison
    for (const ComparisonItems::Item &item : m_units) {
        if (!item.relation && item.indexA >= 0 && item.indexB >= 0) {
            partnerOfA.insert(item.indexA, item.indexB);
            partnerOfB.insert(item.indexB, item.indexA);
        }
    }
    auto endOf = [&](const QString &id, bool sideA, const QString &choice) -> QString {
        const int index = (sideA ? indexA : indexB).value(id, -1);
        if (index < 0)
            return {};
        QHash<int, QString> &same = sideA ? built.goldOfA : built.goldOfB;
        const QHash<int, QString> &other = sideA ? built.goldOfB : built.goldOfA;
        if (same.contains(index))
            return same.value(index);
        if (choice.startsWith(u"remap:"_s) && built.ids.contains(choice.mid(6)))
            return choice.mid(6);
        const int partner = (sideA ? partnerOfA : partnerOfB).value(index, -1);
        if (choice != u"pull_in" && partner >= 0 && other.contains(partner))
            return other.value(partner);
        takeEntity(built, (sideA ? m_a : m_b)[size_t(index)], sideA, u"brought_along"_s,
                   QStringList {sideA ? u"A"_s : u"B"_s}, index);
        return same.value(index);
    };
    QSet<QString> relationIds;
    for (size_t u = 0; u < m_units.size(); ++u) {
        if (!m_units[u].relation)
            continue;
        const QString decision = name(m_states[u].decision);
        for (auto [sideA, relation] : acceptedRelations(u)) {
            const QString side = sideA ? u"A"_s : u"B"_s;
            relation.from = endOf(relation.from, sideA, m_states[u].ends.value(side + u".from"_s));
            relation.to = endOf(relation.to, sideA, m_states[u].ends.value(side + u".to"_s));
            if (relation.from.isEmpty() || relation.to.isEmpty())
                continue; // an end the copy does not hold
            QString original;
            if (relationIds.contains(relation.id)) {
                original = relation.id;
                relation.id = newAnnotationId();
            }
            relationIds.insert(relation.id);
            setProvenance(relation.extra, provenance(decision, side, analystsOf(u), original));
            built.gold.relations.push_back(std::move(relation));
        }
    }
    std::sort(built.gold.entities.begin(), built.gold.entities.end(), entityLess);
    std::sort(built.gold.relations.begin(), built.gold.relations.end(), relationLess);
    return std::move(built.gold);
}

QString Adjudication::key(size_t unit) const
{
    const ComparisonItems::Item &item = m_units[unit];
    QString a = u"-"_s, b = u"-"_s;
    if (item.relation) {
        if (item.indexA >= 0)
            a = m_relationsA[size_t(item.indexA)].id;
        if (item.indexB >= 0)
            b = m_relationsB[size_t(item.indexB)].id;
    } else {
        if (item.indexA >= 0)
            a = m_a[size_t(item.indexA)].id;
        if (item.indexB >= 0)
            b = m_b[size_t(item.indexB)].id;
    }
    return (item.relation ? u"relation "_s : u"entity "_s) + a + u' ' + b;
}

namespace {

QJsonObject attributesJson(const Attributes &attributes)
{
    QJsonObject object;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

Attributes attributesOf(const QJsonObject &object)
{
    Attributes attributes;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        attributes.insert(it.key(), it.value().toString());
    return attributes;
}

QJsonObject editedJson(const Entity &entity)
{
    QJsonArray spans;
    for (const Span &span : entity.spans)
        spans.append(QJsonArray {qint64(span.start), qint64(span.end)});
    QJsonObject object {{u"type"_s, entity.type}, {u"spans"_s, spans}};
    if (!entity.attributes.isEmpty())
        object.insert(u"attributes"_s, attributesJson(entity.attributes));
    if (!entity.note.isEmpty())
        object.insert(u"note"_s, entity.note);
    return object;
}

QJsonObject editedJson(const Relation &relation)
{
    QJsonObject object {{u"type"_s, relation.type}, {u"from"_s, relation.from}, {u"to"_s, relation.to}};
    if (!relation.attributes.isEmpty())
        object.insert(u"attributes"_s, attributesJson(relation.attributes));
    if (!relation.note.isEmpty())
        object.insert(u"note"_s, relation.note);
    return object;
}

/// An edited entity as a decisions file holds it; nothing if its spans are not pairs of whole numbers.
std::optional<Entity> editedEntity(const QJsonObject &object)
{
    Entity entity;
    entity.type = object.value(u"type"_s).toString();
    for (const QJsonValue &value : object.value(u"spans"_s).toArray()) {
        const QJsonArray pair = value.toArray();
        if (pair.size() != 2 || !pair[0].isDouble() || !pair[1].isDouble())
            return std::nullopt;
        entity.spans.append(Span {qsizetype(pair[0].toInteger(-1)), qsizetype(pair[1].toInteger(-1)), {}});
    }
    entity.attributes = attributesOf(object.value(u"attributes"_s).toObject());
    entity.note = object.value(u"note"_s).toString();
    return entity;
}

} // namespace

QByteArray Adjudication::decisionsJson(const QStringList &copies) const
{
    QJsonArray decisions;
    for (size_t u = 0; u < m_units.size(); ++u) {
        const UnitState &state = m_states[u];
        if (state.decision == Decision::Undecided || state.decision == Decision::Agreed)
            continue;
        QJsonObject entry {{u"unit"_s, key(u)}, {u"decision"_s, name(state.decision)}};
        if (!state.attributes.isEmpty()) {
            QJsonObject attributes;
            for (auto it = state.attributes.cbegin(); it != state.attributes.cend(); ++it)
                attributes.insert(it.key(), QString(QChar::fromLatin1(it.value())));
            entry.insert(u"attributes"_s, attributes);
        }
        if (state.editedEntity)
            entry.insert(u"entity"_s, editedJson(*state.editedEntity));
        if (state.editedRelation)
            entry.insert(u"relation"_s, editedJson(*state.editedRelation));
        if (!state.ends.isEmpty()) {
            QJsonObject ends;
            for (auto it = state.ends.cbegin(); it != state.ends.cend(); ++it)
                ends.insert(it.key(), it.value());
            entry.insert(u"ends"_s, ends);
        }
        decisions.append(entry);
    }
    const QJsonObject root {{u"format"_s, formatName},
                            {u"version"_s, u"1.1"_s},
                            {u"copies"_s, QJsonObject {{u"A"_s, copies.value(0)}, {u"B"_s, copies.value(1)}}},
                            {u"decided"_s, decidedCount()},
                            {u"units"_s, qint64(m_units.size())},
                            {u"decisions"_s, decisions}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool Adjudication::restore(const QByteArray &json, QString *error, qsizetype *ignored)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not JSON: %1").arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = document.object();
    if (root.value(u"format"_s).toString() != formatName) {
        *error = tr("not a Hashiya adjudication file");
        return false;
    }
    if (!root.value(u"version"_s).toString().startsWith(u"1."_s)) {
        *error = tr("an adjudication file of version %1, which this Hashiya does not read").arg(root.value(u"version"_s).toString());
        return false;
    }
    QHash<QString, size_t> units;
    for (size_t u = 0; u < m_units.size(); ++u)
        units.insert(key(u), u);
    QHash<QString, Decision> byName;
    for (const Decision d : {Decision::AcceptA, Decision::AcceptB, Decision::Both, Decision::Reject, Decision::Edit})
        byName.insert(name(d), d);
    const QSet<QString> endKeys {u"A.from"_s, u"A.to"_s, u"B.from"_s, u"B.to"_s};
    qsizetype unknown = 0;
    for (const QJsonValue &value : root.value(u"decisions"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        const auto unit = units.constFind(entry.value(u"unit"_s).toString());
        const auto decision = byName.constFind(entry.value(u"decision"_s).toString());
        if (unit == units.constEnd() || decision == byName.constEnd()) {
            ++unknown;
            continue;
        }
        bool taken = false;
        if (*decision != Decision::Edit) {
            taken = decide(*unit, *decision);
        } else if (m_units[*unit].relation) {
            const QJsonObject edited = entry.value(u"relation"_s).toObject();
            Relation relation;
            relation.type = edited.value(u"type"_s).toString();
            relation.from = edited.value(u"from"_s).toString();
            relation.to = edited.value(u"to"_s).toString();
            relation.attributes = attributesOf(edited.value(u"attributes"_s).toObject());
            relation.note = edited.value(u"note"_s).toString();
            taken = editRelation(*unit, relation);
        } else if (std::optional<Entity> entity = editedEntity(entry.value(u"entity"_s).toObject())) {
            taken = edit(*unit, std::move(*entity));
        }
        if (!taken) {
            ++unknown;
            continue;
        }
        const QJsonObject attributes = entry.value(u"attributes"_s).toObject();
        for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it) {
            const QString side = it.value().toString();
            if ((side != u"A" && side != u"B") || !chooseAttribute(*unit, it.key(), side == u"A"))
                ++unknown;
        }
        m_states[*unit].decision = *decision; // a choice does not change the decision it was saved with
        const QJsonObject ends = entry.value(u"ends"_s).toObject();
        for (auto it = ends.constBegin(); it != ends.constEnd(); ++it) {
            const QString choice = it.value().toString();
            if (!m_units[*unit].relation || !endKeys.contains(it.key())
                || (choice != u"pull_in" && !(choice.startsWith(u"remap:"_s) && choice.size() > 6)))
                ++unknown;
            else
                m_states[*unit].ends.insert(it.key(), choice);
        }
    }
    if (ignored)
        *ignored = unknown;
    return true;
}

QString Adjudication::name(Decision decision)
{
    switch (decision) {
    case Decision::Undecided:
        return u"undecided"_s;
    case Decision::Agreed:
        return u"agree"_s;
    case Decision::AcceptA:
        return u"accept_A"_s;
    case Decision::AcceptB:
        return u"accept_B"_s;
    case Decision::Both:
        return u"both"_s;
    case Decision::Reject:
        return u"reject"_s;
    case Decision::Edit:
        return u"edit"_s;
    }
    return {};
}

} // namespace Hashiya
