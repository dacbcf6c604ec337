// SPDX-License-Identifier: GPL-3.0-or-later
// Span lists: the fragments of an entity kept ascending and disjoint.
#include "model/span.h"
#include "support/catchqt.h"

using namespace Hashiya;

namespace {

SpanList spans(std::initializer_list<std::pair<qsizetype, qsizetype>> ranges)
{
    SpanList list;
    for (const auto &[start, end] : ranges)
        list.append(Span {start, end, {}});
    return list;
}

} // namespace

TEST_CASE("mergedSpans sorts fragments and keeps separate ones apart", "[span]")
{
    CHECK(mergedSpans(spans({{20, 25}, {0, 5}})) == spans({{0, 5}, {20, 25}}));
    CHECK(mergedSpans({}).isEmpty());
}

TEST_CASE("mergedSpans joins fragments that overlap, touch or nest", "[span]")
{
    CHECK(mergedSpans(spans({{0, 5}, {5, 9}})) == spans({{0, 9}})); // touching
    CHECK(mergedSpans(spans({{4, 12}, {0, 6}})) == spans({{0, 12}})); // overlapping, out of order
    CHECK(mergedSpans(spans({{0, 20}, {3, 7}, {30, 31}})) == spans({{0, 20}, {30, 31}})); // nested
    CHECK(mergedSpans(spans({{0, 2}, {6, 8}, {1, 7}})) == spans({{0, 8}})); // a bridge joins three
}
