// SPDX-License-Identifier: GPL-3.0-or-later
#include "linediff.h"

#include <algorithm>
#include <bit>
#include <limits>
#include <utility>

namespace Hashiya {

namespace {

// Lines are split and hashed in one pass, four UTF-16 units (one 64-bit word) at a time: a source view of
// 15 MB is read once, not once for the line feeds and again for the hashes.
constexpr quint64 everyLane = 0x0001'0001'0001'0001; // a one in each 16-bit lane
constexpr quint64 lineFeeds = 0x000A * everyLane;
constexpr quint64 laneTops = 0x8000 * everyLane;
constexpr quint64 multiplier = 0x9E37'79B9'7F4A'7C15; // odd, so each mixing step is a bijection
constexpr qsizetype lanes = 4;

/// Four UTF-16 units, the first in the low 16 bits (compilers make this one load on little-endian machines).
quint64 load(const char16_t *units)
{
    return quint64(units[0]) | quint64(units[1]) << 16 | quint64(units[2]) << 32 | quint64(units[3]) << 48;
}

/// The lanes of `word` that hold '\n' have their top bit set. Exact up to the first such lane, which is all
/// that is asked of it.
quint64 lineFeedLanes(quint64 word)
{
    const quint64 x = word ^ lineFeeds;
    return (x - everyLane) & ~x & laneTops;
}

quint64 mix(quint64 hash, quint64 word)
{
    return std::rotl((hash ^ word) * multiplier, 29);
}

/// Murmur3's finaliser: every bit of the result depends on every bit of the input, so the low bits make a
/// good index into the table of lines.
quint64 finish(quint64 even, quint64 odd, qsizetype length)
{
    quint64 hash = even ^ std::rotl(odd, 17) ^ quint64(length) * multiplier;
    hash ^= hash >> 33;
    hash *= 0xFF51'AFD7'ED55'8CCD;
    hash ^= hash >> 33;
    hash *= 0xC4CE'B9FE'1A85'EC53;
    hash ^= hash >> 33;
    return hash;
}

/// One side's lines: where each starts, and a hash of each.
struct Lines
{
    QStringView text;
    std::vector<qsizetype> starts; ///< line k is [starts[k], starts[k + 1]); the last entry is the text's end
    std::vector<quint64> hashes;

    qsizetype count() const { return qsizetype(hashes.size()); }
    qsizetype start(qsizetype line) const { return starts[size_t(line)]; }
    QStringView line(qsizetype line) const { return text.sliced(start(line), start(line + 1) - start(line)); }
};

bool equal(const Lines &a, qsizetype i, const Lines &b, qsizetype j)
{
    return a.hashes[size_t(i)] == b.hashes[size_t(j)] && a.line(i) == b.line(j);
}

Lines split(QStringView text)
{
    Lines lines {text, {0}, {}};
    const char16_t *units = text.utf16();
    const qsizetype size = text.size();
    qsizetype at = 0;
    while (at < size) {
        const qsizetype start = at;
        // Even words go into one hash and odd words into the other, so that two multiplications overlap.
        // The hash depends on the line's content only, however the words reach it.
        quint64 even = 0, odd = 0;
        while (at + 2 * lanes <= size) {
            const quint64 first = load(units + at), second = load(units + at + lanes);
            if ((lineFeedLanes(first) | lineFeedLanes(second)) != 0)
                break;
            even = mix(even, first);
            odd = mix(odd, second);
            at += 2 * lanes;
        }
        while (at < size) {
            const qsizetype available = std::min(lanes, size - at);
            quint64 word = 0;
            if (available == lanes) {
                word = load(units + at);
            } else {
                for (qsizetype k = 0; k < available; ++k)
                    word |= quint64(units[at + k]) << (16 * k);
            }
            const quint64 found = lineFeedLanes(word);
            const qsizetype taken = found == 0 ? available : std::countr_zero(found) / 16 + 1;
            if (taken < lanes)
                word &= ~quint64(0) >> (16 * (lanes - taken)); // the next line's units are not this line's
            even = mix(even, word);
            std::swap(even, odd);
            at += taken;
            if (found != 0)
                break;
        }
        lines.starts.push_back(at);
        lines.hashes.push_back(finish(even, odd, at - start));
    }
    return lines;
}

/// Lines [beforeBegin, beforeEnd) of the earlier text and [afterBegin, afterEnd) of the current one.
struct Gap
{
    qsizetype beforeBegin = 0;
    qsizetype beforeEnd = 0;
    qsizetype afterBegin = 0;
    qsizetype afterEnd = 0;

    qsizetype beforeCount() const { return beforeEnd - beforeBegin; }
    qsizetype afterCount() const { return afterEnd - afterBegin; }
    qsizetype size() const { return beforeCount() + afterCount(); }
};

void trimCommonLines(const Lines &before, const Lines &after, Gap &gap)
{
    while (gap.beforeBegin < gap.beforeEnd && gap.afterBegin < gap.afterEnd
           && equal(before, gap.beforeBegin, after, gap.afterBegin)) {
        ++gap.beforeBegin;
        ++gap.afterBegin;
    }
    while (gap.beforeBegin < gap.beforeEnd && gap.afterBegin < gap.afterEnd
           && equal(before, gap.beforeEnd - 1, after, gap.afterEnd - 1)) {
        --gap.beforeEnd;
        --gap.afterEnd;
    }
}

/// Pairs of lines of the gap that occur exactly once on each side of it, in an order both sides agree on
/// (the longest increasing subsequence of their positions).
std::vector<std::pair<qsizetype, qsizetype>> uniqueAnchors(const Lines &before, const Lines &after, const Gap &gap)
{
    // Open addressing with linear probing, at most two thirds full. Only lines of `before` take a slot, so
    // every probe ends. The slots are small, lines counted from the gap's start, so that more stay in cache:
    // with 10^5 lines, the time goes into fetching slots.
    struct Slot
    {
        quint32 tag = 0; ///< the high half of the hash; the low bits chose the slot
        qint32 beforeLine = 0; ///< the first line of `before` with this text
        qint32 afterLine = 0; ///< the last line of `after` with this text
        quint8 beforeCount = 0; ///< 0: the slot is free; 2: twice or more
        quint8 afterCount = 0;
    };
    const qsizetype beforeCount = gap.beforeCount();
    const size_t mask = std::bit_ceil(size_t(beforeCount + beforeCount / 2 + 1)) - 1;
    std::vector<Slot> table(mask + 1);
    const auto slotOf = [&](const Lines &side, qsizetype line) -> Slot & {
        const quint64 hash = side.hashes[size_t(line)];
        const auto tag = quint32(hash >> 32);
        for (size_t index = size_t(hash) & mask;; index = (index + 1) & mask) {
            Slot &slot = table[index];
            if (slot.beforeCount == 0
                || (slot.tag == tag && equal(before, gap.beforeBegin + slot.beforeLine, side, line))) {
                return slot;
            }
        }
    };
    for (qsizetype i = 0; i < beforeCount; ++i) {
        Slot &slot = slotOf(before, gap.beforeBegin + i);
        if (slot.beforeCount == 0) {
            slot.tag = quint32(before.hashes[size_t(gap.beforeBegin + i)] >> 32);
            slot.beforeLine = qint32(i);
        }
        slot.beforeCount = quint8(std::min(slot.beforeCount + 1, 2));
    }
    for (qsizetype j = 0; j < gap.afterCount(); ++j) {
        Slot &slot = slotOf(after, gap.afterBegin + j);
        if (slot.beforeCount != 0) {
            slot.afterCount = quint8(std::min(slot.afterCount + 1, 2));
            slot.afterLine = qint32(j);
        }
    }

    // In the order of `before`: a pass over the table, not a look-up for each line.
    std::vector<qint32> afterOf(size_t(beforeCount), -1);
    for (const Slot &slot : table) {
        if (slot.beforeCount == 1 && slot.afterCount == 1)
            afterOf[size_t(slot.beforeLine)] = slot.afterLine;
    }
    std::vector<std::pair<qsizetype, qsizetype>> pairs;
    for (qsizetype i = 0; i < beforeCount; ++i) {
        if (afterOf[size_t(i)] >= 0)
            pairs.emplace_back(gap.beforeBegin + i, gap.afterBegin + afterOf[size_t(i)]);
    }

    // Longest increasing subsequence of the `after` lines (patience sorting).
    std::vector<size_t> tails; // index into pairs of the smallest tail of each length
    std::vector<qsizetype> previous(pairs.size(), -1);
    for (size_t k = 0; k < pairs.size(); ++k) {
        if (tails.empty() || pairs[tails.back()].second < pairs[k].second) { // the usual case: in order
            if (!tails.empty())
                previous[k] = qsizetype(tails.back());
            tails.push_back(k);
            continue;
        }
        const auto position = std::lower_bound(tails.begin(), tails.end(), pairs[k].second,
                                               [&](size_t tail, qsizetype line) { return pairs[tail].second < line; });
        if (position != tails.begin())
            previous[k] = qsizetype(*(position - 1));
        if (position == tails.end())
            tails.push_back(k);
        else
            *position = k;
    }
    std::vector<std::pair<qsizetype, qsizetype>> anchors;
    for (qsizetype k = tails.empty() ? -1 : qsizetype(tails.back()); k >= 0; k = previous[size_t(k)])
        anchors.push_back(pairs[size_t(k)]);
    std::reverse(anchors.begin(), anchors.end());
    return anchors;
}

void replaceGap(std::vector<TextReplacement> &replacements, const Lines &before, const Lines &after, const Gap &gap)
{
    const TextReplacement replacement {
        before.start(gap.beforeBegin), before.start(gap.beforeEnd) - before.start(gap.beforeBegin),
        after.start(gap.afterBegin), after.start(gap.afterEnd) - after.start(gap.afterBegin)};
    if (!replacements.empty()) {
        TextReplacement &last = replacements.back();
        if (last.start + last.removed == replacement.start
            && last.insertStart + last.inserted == replacement.insertStart) {
            last.removed += replacement.removed;
            last.inserted += replacement.inserted;
            return;
        }
    }
    replacements.push_back(replacement);
}

} // namespace

std::vector<TextReplacement> diffLines(QStringView before, QStringView after)
{
    const Lines a = split(before);
    const Lines b = split(after);
    std::vector<TextReplacement> replacements;

    // Lines that the gaps may still look at. Real edits use about one look at each line; texts reordered
    // in bulk could make the recursion quadratic, so past this the gaps left become one replacement each.
    qsizetype budget = 4 * (a.count() + b.count()) + 4096;

    // Depth first, the first gap on top: the replacements come out in ascending order.
    std::vector<Gap> pending {{0, a.count(), 0, b.count()}};
    while (!pending.empty()) {
        Gap gap = pending.back();
        pending.pop_back();
        trimCommonLines(a, b, gap);
        if (gap.size() == 0)
            continue;
        std::vector<std::pair<qsizetype, qsizetype>> anchors;
        // (The table of lines counts them in 32 bits: two billion lines are more than a source view holds.)
        if (gap.beforeCount() > 0 && gap.afterCount() > 0 && gap.size() <= budget
            && gap.size() <= std::numeric_limits<qint32>::max()) {
            budget -= gap.size();
            anchors = uniqueAnchors(a, b, gap);
        }
        if (anchors.empty()) {
            replaceGap(replacements, a, b, gap);
            continue;
        }
        qsizetype beforeEnd = gap.beforeEnd, afterEnd = gap.afterEnd;
        for (auto anchor = anchors.rbegin(); anchor != anchors.rend(); ++anchor) {
            const Gap between {anchor->first + 1, beforeEnd, anchor->second + 1, afterEnd};
            if (between.size() > 0)
                pending.push_back(between);
            beforeEnd = anchor->first;
            afterEnd = anchor->second;
        }
        const Gap first {gap.beforeBegin, beforeEnd, gap.afterBegin, afterEnd};
        if (first.size() > 0)
            pending.push_back(first);
    }
    return replacements;
}

} // namespace Hashiya
