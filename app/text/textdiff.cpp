// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdiff.h"

#include <QChar>

#include <algorithm>
#include <unordered_map>

namespace Hashiya {

namespace {

struct Token
{
    qsizetype start = 0;
    qsizetype length = 0;
    bool space = false;
};

bool isSpace(char32_t c)
{
    return QChar::isSpace(c);
}

std::vector<Token> tokenize(std::u32string_view text)
{
    std::vector<Token> tokens;
    for (qsizetype i = 0, n = qsizetype(text.size()); i < n;) {
        const bool space = isSpace(text[size_t(i)]);
        qsizetype end = i + 1;
        while (end < n && isSpace(text[size_t(end)]) == space)
            ++end;
        tokens.push_back({i, end - i, space});
        i = end;
    }
    return tokens;
}

/// One side's words, for comparing with the other side's.
struct Side
{
    std::u32string_view text;
    std::vector<Token> tokens;

    std::u32string_view word(size_t index) const
    {
        return text.substr(size_t(tokens[index].start), size_t(tokens[index].length));
    }
};

bool equal(const Side &a, size_t i, const Side &b, size_t j)
{
    if (a.tokens[i].space || b.tokens[j].space)
        return a.tokens[i].space && b.tokens[j].space;
    return a.word(i) == b.word(j);
}

/// Pairs of words that occur exactly once on each side, in an order both sides agree on (the longest
/// increasing subsequence of their positions).
std::vector<std::pair<size_t, size_t>> uniqueAnchors(const Side &before, const Side &after)
{
    struct Count
    {
        int before = 0;
        int after = 0;
        size_t beforeIndex = 0;
        size_t afterIndex = 0;
    };
    std::unordered_map<std::u32string_view, Count> counts;
    counts.reserve(before.tokens.size());
    for (size_t i = 0; i < before.tokens.size(); ++i) {
        if (!before.tokens[i].space) {
            Count &count = counts[before.word(i)];
            ++count.before;
            count.beforeIndex = i;
        }
    }
    for (size_t j = 0; j < after.tokens.size(); ++j) {
        if (!after.tokens[j].space) {
            if (auto found = counts.find(after.word(j)); found != counts.end()) {
                ++found->second.after;
                found->second.afterIndex = j;
            }
        }
    }
    std::vector<std::pair<size_t, size_t>> pairs;
    for (const auto &[word, count] : counts) {
        if (count.before == 1 && count.after == 1)
            pairs.emplace_back(count.beforeIndex, count.afterIndex);
    }
    std::sort(pairs.begin(), pairs.end());

    // Longest increasing subsequence of the `after` indices (patience sorting).
    std::vector<size_t> tails; // index into pairs of the smallest tail of each length
    std::vector<qsizetype> previous(pairs.size(), -1);
    for (size_t k = 0; k < pairs.size(); ++k) {
        const auto position = std::lower_bound(tails.begin(), tails.end(), pairs[k].second,
                                               [&](size_t tail, size_t value) { return pairs[tail].second < value; });
        if (position != tails.begin())
            previous[k] = qsizetype(*(position - 1));
        if (position == tails.end())
            tails.push_back(k);
        else
            *position = k;
    }
    std::vector<std::pair<size_t, size_t>> anchors;
    for (qsizetype k = tails.empty() ? -1 : qsizetype(tails.back()); k >= 0; k = previous[size_t(k)])
        anchors.push_back(pairs[size_t(k)]);
    std::reverse(anchors.begin(), anchors.end());
    return anchors;
}

} // namespace

TextMap TextMap::between(std::u32string_view before, std::u32string_view after)
{
    TextMap map;
    map.m_beforeLength = qsizetype(before.size());
    map.m_afterLength = qsizetype(after.size());
    const Side a {before, tokenize(before)};
    const Side b {after, tokenize(after)};
    std::vector<qsizetype> matchOf(a.tokens.size(), -1); // before token → after token

    // The common start and end, then the unique words between, each grown outward over equal words.
    size_t head = 0;
    while (head < a.tokens.size() && head < b.tokens.size() && equal(a, head, b, head)) {
        matchOf[head] = qsizetype(head);
        ++head;
    }
    size_t tailA = a.tokens.size(), tailB = b.tokens.size();
    while (tailA > head && tailB > head && equal(a, tailA - 1, b, tailB - 1)) {
        --tailA;
        --tailB;
        matchOf[tailA] = qsizetype(tailB);
    }
    const Side middleA {a.text, {a.tokens.begin() + qsizetype(head), a.tokens.begin() + qsizetype(tailA)}};
    const Side middleB {b.text, {b.tokens.begin() + qsizetype(head), b.tokens.begin() + qsizetype(tailB)}};
    size_t lowA = head, lowB = head; // nothing before these may be matched again (order is kept)
    const std::vector<std::pair<size_t, size_t>> anchors = uniqueAnchors(middleA, middleB);
    for (size_t k = 0; k < anchors.size(); ++k) {
        const size_t i = anchors[k].first + head, j = anchors[k].second + head;
        if (i < lowA || j < lowB)
            continue;
        // Backward from the anchor down to what is already matched, then forward to the next anchor.
        for (size_t bi = i, bj = j; bi > lowA && bj > lowB && matchOf[bi - 1] < 0 && equal(a, bi - 1, b, bj - 1);) {
            --bi;
            --bj;
            matchOf[bi] = qsizetype(bj);
        }
        const size_t nextA = k + 1 < anchors.size() ? anchors[k + 1].first + head : tailA;
        const size_t nextB = k + 1 < anchors.size() ? anchors[k + 1].second + head : tailB;
        size_t fi = i, fj = j;
        while (fi < nextA && fj < nextB && equal(a, fi, b, fj)) {
            matchOf[fi] = qsizetype(fj);
            ++fi;
            ++fj;
        }
        lowA = fi;
        lowB = fj;
    }

    for (size_t i = 0; i < a.tokens.size(); ++i) {
        if (matchOf[i] < 0)
            continue;
        const Token &from = a.tokens[i];
        const Token &to = b.tokens[size_t(matchOf[i])];
        const qsizetype length = std::min(from.length, to.length); // whitespace may differ in length
        if (!map.m_runs.empty() && map.m_runs.back().before + map.m_runs.back().length == from.start
            && map.m_runs.back().after + map.m_runs.back().length == to.start)
            map.m_runs.back().length += length;
        else
            map.m_runs.push_back({from.start, to.start, length});
    }
    return map;
}

std::optional<qsizetype> TextMap::map(qsizetype offset) const
{
    const auto run = std::upper_bound(m_runs.begin(), m_runs.end(), offset,
                                      [](qsizetype value, const Run &r) { return value < r.before; });
    if (run == m_runs.begin())
        return std::nullopt;
    const Run &found = *(run - 1);
    if (offset >= found.before + found.length)
        return std::nullopt;
    return found.after + (offset - found.before);
}

qsizetype TextMap::estimate(qsizetype offset) const
{
    if (const std::optional<qsizetype> exact = map(offset))
        return *exact;
    const auto run = std::upper_bound(m_runs.begin(), m_runs.end(), offset,
                                      [](qsizetype value, const Run &r) { return value < r.before; });
    if (run == m_runs.begin())
        return std::clamp<qsizetype>(offset, 0, m_afterLength);
    const Run &previous = *(run - 1);
    const qsizetype estimate = previous.after + previous.length + (offset - previous.before - previous.length);
    return std::clamp<qsizetype>(estimate, 0, m_afterLength);
}

std::pair<qsizetype, qsizetype> TextMap::changedStretch(qsizetype offset) const
{
    const auto next = std::upper_bound(m_runs.begin(), m_runs.end(), offset,
                                       [](qsizetype value, const Run &r) { return value < r.before; });
    const qsizetype from = next == m_runs.begin() ? 0 : (next - 1)->after + (next - 1)->length;
    const qsizetype to = next == m_runs.end() ? m_afterLength : next->after;
    return {from, std::max(from, to)};
}

qsizetype TextMap::matchedLength() const
{
    qsizetype total = 0;
    for (const Run &run : m_runs)
        total += run.length;
    return total;
}

} // namespace Hashiya
