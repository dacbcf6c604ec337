// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement/labelpairs.h"
#include "model/relation.h"

#include <QMap>
#include <QString>

#include <utility>
#include <vector>

namespace Hashiya {

class SpanAlignment;

/// Agreement on one attribute key: over the matched pairs where either side has the key.
struct AttributeKeyAgreement
{
    qsizetype n = 0;
    qsizetype agreeing = 0;
    /// (A's value, B's value) per pair, "<none>" where a side lacks the key: the items of the key's κ.
    std::vector<LabelPair> valuePairs;

    double observed() const; ///< agreeing / n, NaN if n = 0
    CodingResult kappa() const; ///< Cohen's κ over the value pairs
    friend bool operator==(const AttributeKeyAgreement &a, const AttributeKeyAgreement &b) = default;
};

/// Attribute agreement between two analysts over matched annotation pairs, per attribute key.
///
/// An absent key reads "<none>", which differs from an empty value; a null value equals "" (as in
/// INCEpTION). Keys that neither side of a pair has do not count for that pair. Adds up across documents.
class AttributeAgreement final
{
public:
    /// Over the aligned entity pairs of the same type (all pairs of a typed alignment).
    static AttributeAgreement forEntities(const std::vector<Entity> &a, const std::vector<Entity> &b,
                                          const SpanAlignment &alignment);
    /// Over matched relation pairs, as RelationAgreement::matchedPairs() gives them.
    static AttributeAgreement forRelations(const std::vector<Relation> &a, const std::vector<Relation> &b,
                                           const std::vector<std::pair<int, int>> &matchedPairs);

    const QMap<QString, AttributeKeyAgreement> &keys() const { return m_keys; }
    AttributeKeyAgreement key(const QString &name) const { return m_keys.value(name); }

    AttributeAgreement &operator+=(const AttributeAgreement &other);

private:
    void addPair(const Attributes &a, const Attributes &b);

    QMap<QString, AttributeKeyAgreement> m_keys;
};

} // namespace Hashiya
