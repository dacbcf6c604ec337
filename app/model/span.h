// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace Hashiya {

/// Fields of a sidecar object this version does not know, kept as raw JSON so saving preserves them.
using ExtraFields = QList<std::pair<QString, QByteArray>>;

/// A half-open range [start, end) of the canonical text, in Unicode code points.
struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
    QList<QByteArray> extra; ///< elements a newer version wrote after the known ones, as raw JSON

    qsizetype length() const { return end - start; }
    bool contains(qsizetype offset) const { return start <= offset && offset < end; }
    friend bool operator==(const Span &a, const Span &b) = default;
};

/// The fragments of one entity, ascending and disjoint; more than one makes a discontinuous entity.
/// A QList, not an inline small array: entities are kept in one ordered vector, and moving a
/// QList costs three pointers, which keeps inserting and removing among a million entities quick.
using SpanList = QList<Span>;

/// `spans` ascending, with fragments that overlap or touch joined into one: what an entity keeps
/// after a fragment is added or grown into its neighbour.
SpanList mergedSpans(SpanList spans);

} // namespace Hashiya
