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
    m_decisions.reserve(m_units.size());
    m_attributeChoices.resize(m_units.size());
    for (const ComparisonItems::Item &unit : m_units)
        m_decisions.push_back(unit.status == ComparisonItems::Status::Agree ? Decision::Agreed : Decision::Undecided);
}

bool Adjudication::canDecide(size_t unit, Decision decision) const
{
    const ComparisonItems::Item &item = m_units.at(unit);
    if (m_decisions[unit] == Decision::Agreed)
        return false;
    switch (decision) {
    case Decision::Undecided:
    case Decision::Reject:
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
    if (!canDecide(unit, decision))
        return false;
    m_decisions[unit] = decision;
    return true;
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
    if (!differingAttributes(unit).contains(key) || m_decisions[unit] == Decision::Agreed)
        return false;
    m_attributeChoices[unit].insert(key, fromA ? 'A' : 'B');
    if (m_decisions[unit] == Decision::Undecided)
        m_decisions[unit] = Decision::AcceptA;
    return true;
}

char Adjudication::attributeChoice(size_t unit, const QString &key) const
{
    return m_attributeChoices.at(unit).value(key, 0);
}

void Adjudication::forgetAttribute(size_t unit, const QString &key)
{
    m_attributeChoices.at(unit).remove(key);
}

qsizetype Adjudication::decidedCount() const
{
    return std::count_if(m_decisions.begin(), m_decisions.end(), [](Decision d) { return d != Decision::Undecided; });
}

int Adjudication::nextUndecided(int unit) const
{
    const int count = int(m_units.size());
    for (int step = 1; step <= count; ++step) {
        const int candidate = ((unit < 0 ? -1 : unit) + step) % count;
        if (m_decisions[size_t(candidate)] == Decision::Undecided)
            return candidate;
    }
    return -1;
}

Adjudication::Gold Adjudication::gold() const
{
    Gold gold;
    QSet<QString> ids; // in gold
    QHash<int, QString> goldOfA, goldOfB; // a side's entity index → its id in gold
    auto analystsOf = [](const ComparisonItems::Item &item) {
        QStringList analysts;
        if (item.indexA >= 0)
            analysts.append(u"A"_s);
        if (item.indexB >= 0)
            analysts.append(u"B"_s);
        return analysts;
    };
    auto takeEntity = [&](const Entity &source, const QString &side, const QString &decision, const QStringList &analysts,
                          QHash<int, QString> &goldOf, int index) {
        Entity entity = source;
        QString original;
        if (ids.contains(entity.id)) { // the other side's item kept the same id: this one gets its own
            original = entity.id;
            entity.id = newAnnotationId();
        }
        setProvenance(entity.extra, provenance(decision, side, analysts, original));
        ids.insert(entity.id);
        goldOf.insert(index, entity.id);
        gold.entities.push_back(std::move(entity));
    };
    // An entity with the attribute values the adjudicator picked key by key.
    auto withChoices = [this](Entity entity, size_t unit) {
        const ComparisonItems::Item &item = m_units[unit];
        for (auto it = m_attributeChoices[unit].cbegin(); it != m_attributeChoices[unit].cend(); ++it) {
            const Attributes &from = (it.value() == 'A' ? m_a[size_t(item.indexA)] : m_b[size_t(item.indexB)]).attributes;
            if (from.contains(it.key()))
                entity.attributes.insert(it.key(), from.value(it.key()));
            else
                entity.attributes.remove(it.key());
        }
        return entity;
    };
    for (size_t u = 0; u < m_units.size(); ++u) {
        const ComparisonItems::Item &item = m_units[u];
        if (item.relation)
            continue;
        const QStringList analysts = analystsOf(item);
        switch (m_decisions[u]) {
        case Decision::Agreed:
            takeEntity(m_a[size_t(item.indexA)], u"A"_s, name(Decision::Agreed), analysts, goldOfA, item.indexA);
            goldOfB.insert(item.indexB, goldOfA.value(item.indexA));
            break;
        case Decision::AcceptA:
            takeEntity(withChoices(m_a[size_t(item.indexA)], u), u"A"_s, name(Decision::AcceptA), analysts, goldOfA,
                       item.indexA);
            break;
        case Decision::AcceptB:
            takeEntity(withChoices(m_b[size_t(item.indexB)], u), u"B"_s, name(Decision::AcceptB), analysts, goldOfB,
                       item.indexB);
            break;
        case Decision::Both:
            takeEntity(m_a[size_t(item.indexA)], u"A"_s, name(Decision::Both), analysts, goldOfA, item.indexA);
            takeEntity(m_b[size_t(item.indexB)], u"B"_s, name(Decision::Both), analysts, goldOfB, item.indexB);
            break;
        case Decision::Undecided:
        case Decision::Reject:
            break;
        }
    }
    // Relations, with their ends: the gold entity taken from the same side, else the one its partner on
    // the other side became, else the end itself, brought along.
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
    auto endOf = [&](const QString &id, bool sideA) -> QString {
        const int index = (sideA ? indexA : indexB).value(id, -1);
        if (index < 0)
            return {};
        QHash<int, QString> &same = sideA ? goldOfA : goldOfB;
        const QHash<int, QString> &other = sideA ? goldOfB : goldOfA;
        if (same.contains(index))
            return same.value(index);
        const int partner = (sideA ? partnerOfA : partnerOfB).value(index, -1);
        if (partner >= 0 && other.contains(partner))
            return other.value(partner);
        takeEntity((sideA ? m_a : m_b)[size_t(index)], sideA ? u"A"_s : u"B"_s, u"brought_along"_s,
                   QStringList {sideA ? u"A"_s : u"B"_s}, same, index);
        return same.value(index);
    };
    QSet<QString> relationIds;
    auto takeRelation = [&](const Relation &source, bool sideA, const QString &decision, const QStringList &analysts) {
        Relation relation = source;
        relation.from = endOf(source.from, sideA);
        relation.to = endOf(source.to, sideA);
        if (relation.from.isEmpty() || relation.to.isEmpty())
            return; // an end the copy does not hold
        QString original;
        if (relationIds.contains(relation.id)) {
            original = relation.id;
            relation.id = newAnnotationId();
        }
        relationIds.insert(relation.id);
        setProvenance(relation.extra, provenance(decision, sideA ? u"A"_s : u"B"_s, analysts, original));
        gold.relations.push_back(std::move(relation));
    };
    for (size_t u = 0; u < m_units.size(); ++u) {
        const ComparisonItems::Item &item = m_units[u];
        if (!item.relation)
            continue;
        const QStringList analysts = analystsOf(item);
        const Decision decision = m_decisions[u];
        if (decision == Decision::Agreed || decision == Decision::AcceptA || decision == Decision::Both)
            takeRelation(m_relationsA[size_t(item.indexA)], true, name(decision), analysts);
        if (decision == Decision::AcceptB || decision == Decision::Both)
            takeRelation(m_relationsB[size_t(item.indexB)], false, name(decision), analysts);
    }
    std::sort(gold.entities.begin(), gold.entities.end(), entityLess);
    std::sort(gold.relations.begin(), gold.relations.end(), relationLess);
    return gold;
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

QByteArray Adjudication::decisionsJson(const QStringList &copies) const
{
    QJsonArray decisions;
    for (size_t u = 0; u < m_units.size(); ++u) {
        if (m_decisions[u] == Decision::Undecided || m_decisions[u] == Decision::Agreed)
            continue;
        QJsonObject entry {{u"unit"_s, key(u)}, {u"decision"_s, name(m_decisions[u])}};
        if (!m_attributeChoices[u].isEmpty()) {
            QJsonObject attributes;
            for (auto it = m_attributeChoices[u].cbegin(); it != m_attributeChoices[u].cend(); ++it)
                attributes.insert(it.key(), QString(QChar::fromLatin1(it.value())));
            entry.insert(u"attributes"_s, attributes);
        }
        decisions.append(entry);
    }
    const QJsonObject root {{u"format"_s, formatName},
                            {u"version"_s, u"1.0"_s},
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
    for (const Decision d : {Decision::AcceptA, Decision::AcceptB, Decision::Both, Decision::Reject})
        byName.insert(name(d), d);
    qsizetype unknown = 0;
    for (const QJsonValue &value : root.value(u"decisions"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        const auto unit = units.constFind(entry.value(u"unit"_s).toString());
        const auto decision = byName.constFind(entry.value(u"decision"_s).toString());
        if (unit == units.constEnd() || decision == byName.constEnd() || !decide(*unit, *decision)) {
            ++unknown;
            continue;
        }
        const QJsonObject attributes = entry.value(u"attributes"_s).toObject();
        for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it) {
            const QString side = it.value().toString();
            if ((side != u"A" && side != u"B") || !chooseAttribute(*unit, it.key(), side == u"A"))
                ++unknown;
        }
        m_decisions[*unit] = *decision; // a choice does not change the decision it was saved with
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
    }
    return {};
}

} // namespace Hashiya
