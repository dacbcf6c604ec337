// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreement/attributeagreement.h"

#include "agreement/spanalignment.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace Hashiya {

namespace {

QString valueLabel(const Attributes &attributes, const QString &key)
{
    const auto found = attributes.constFind(key);
    if (found == attributes.constEnd())
        return noneLabel();
    return found->isNull() ? u""_s : found.value();
}

} // namespace

CodingResult AttributeKeyAgreement::kappa() const
{
    return CodingAgreement::cohen(tallyOf(valuePairs));
}

double AttributeKeyAgreement::observed() const
{
    return n == 0 ? std::numeric_limits<double>::quiet_NaN() : double(agreeing) / double(n);
}

AttributeAgreement AttributeAgreement::forEntities(const std::vector<Entity> &a, const std::vector<Entity> &b,
                                                   const SpanAlignment &alignment)
{
    AttributeAgreement result;
    for (const EntityPair &pair : alignment.pairs()) {
        const Entity &entityA = a[size_t(pair.a)];
        const Entity &entityB = b[size_t(pair.b)];
        if (entityA.type == entityB.type)
            result.addPair(entityA.attributes, entityB.attributes);
    }
    return result;
}

AttributeAgreement AttributeAgreement::forRelations(const std::vector<Relation> &a, const std::vector<Relation> &b,
                                                    const std::vector<std::pair<int, int>> &matchedPairs)
{
    AttributeAgreement result;
    for (const auto &[i, j] : matchedPairs)
        result.addPair(a[size_t(i)].attributes, b[size_t(j)].attributes);
    return result;
}

void AttributeAgreement::addPair(const Attributes &a, const Attributes &b)
{
    // Both maps are ordered by key: walk them together to visit each key of either side once.
    auto itA = a.constBegin();
    auto itB = b.constBegin();
    while (itA != a.constEnd() || itB != b.constEnd()) {
        QString key;
        if (itB == b.constEnd() || (itA != a.constEnd() && itA.key() < itB.key()))
            key = (itA++).key();
        else if (itA == a.constEnd() || itB.key() < itA.key())
            key = (itB++).key();
        else {
            key = itA.key();
            ++itA;
            ++itB;
        }
        AttributeKeyAgreement &agreement = m_keys[key];
        LabelPair values(valueLabel(a, key), valueLabel(b, key));
        ++agreement.n;
        if (values.first == values.second)
            ++agreement.agreeing;
        agreement.valuePairs.push_back(std::move(values));
    }
}

AttributeAgreement &AttributeAgreement::operator+=(const AttributeAgreement &other)
{
    for (auto it = other.m_keys.cbegin(); it != other.m_keys.cend(); ++it) {
        AttributeKeyAgreement &mine = m_keys[it.key()];
        mine.n += it->n;
        mine.agreeing += it->agreeing;
        mine.valuePairs.insert(mine.valuePairs.end(), it->valuePairs.begin(), it->valuePairs.end());
    }
    return *this;
}

} // namespace Hashiya
