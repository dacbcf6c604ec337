// SPDX-License-Identifier: GPL-3.0-or-later
// ParagraphHeights: running sums of paragraph heights and the paragraph at a scroll position, against sums
// taken the slow way.
#include "support/catchqt.h"
#include "ui/reader/paragraphheights.h"

#include <random>
#include <vector>

using namespace Hashiya;

namespace {

qint64 sumBefore(const std::vector<int> &heights, qsizetype paragraph)
{
    qint64 sum = 0;
    for (qsizetype i = 0; i < paragraph; ++i)
        sum += heights[size_t(i)];
    return sum;
}

// The paragraph whose pixels [top, top + height) hold `y`; the last one for y at or past the end.
qsizetype scanParagraphAt(const std::vector<int> &heights, qint64 y)
{
    qint64 top = 0;
    for (size_t i = 0; i < heights.size(); ++i) {
        if (top <= y && y < top + heights[i])
            return qsizetype(i);
        top += heights[i];
    }
    return qsizetype(heights.size()) - 1;
}

// Compares everything ParagraphHeights answers with the slow sums over `heights`.
void checkAgainstScan(const ParagraphHeights &tree, const std::vector<int> &heights, std::mt19937 &random)
{
    REQUIRE(tree.count() == qsizetype(heights.size()));
    for (size_t i = 0; i < heights.size(); ++i)
        REQUIRE(tree.height(qsizetype(i)) == heights[i]);
    for (qsizetype i = 0; i <= tree.count(); ++i) {
        if (tree.top(i) != sumBefore(heights, i)) {
            INFO("top(" << i << ")");
            CHECK(tree.top(i) == sumBefore(heights, i));
        }
    }
    const qint64 total = sumBefore(heights, qsizetype(heights.size()));
    CHECK(tree.total() == total);
    if (heights.empty())
        return;
    auto check = [&](qint64 y) {
        const qsizetype expected = scanParagraphAt(heights, y);
        if (tree.paragraphAt(y) != expected) {
            INFO("paragraphAt(" << y << ") of " << heights.size() << " paragraphs, total " << total);
            CHECK(tree.paragraphAt(y) == expected);
        }
    };
    if (total <= 3000) {
        for (qint64 y = 0; y <= total + 3; ++y)
            check(y);
    } else {
        std::uniform_int_distribution<qint64> anywhere(0, total + 50);
        for (int q = 0; q < 3000; ++q)
            check(anywhere(random));
    }
    // Both edges of every paragraph that has pixels.
    qint64 top = 0;
    for (size_t i = 0; i < heights.size(); ++i) {
        if (heights[i] > 0) {
            check(top);
            check(top + heights[i] - 1);
            check(top + heights[i]);
        }
        top += heights[i];
    }
}

std::vector<int> randomHeights(std::mt19937 &random, size_t count)
{
    std::uniform_int_distribution<int> height(0, 80);
    std::uniform_int_distribution<int> percent(1, 100);
    std::vector<int> heights(count);
    for (int &h : heights)
        h = percent(random) <= 15 ? 0 : height(random);
    return heights;
}

} // namespace

TEST_CASE("ParagraphHeights with no paragraphs has nothing above or in it", "[paragraphheights]")
{
    ParagraphHeights tree;
    CHECK(tree.count() == 0);
    CHECK(tree.total() == 0);
    tree.reset({});
    CHECK(tree.count() == 0);
    CHECK(tree.total() == 0);
    CHECK(tree.top(0) == 0);
}

TEST_CASE("ParagraphHeights gives tops and the paragraph at a position on a small example", "[paragraphheights]")
{
    ParagraphHeights tree;
    tree.reset({10, 20, 5});
    CHECK(tree.top(0) == 0);
    CHECK(tree.top(1) == 10);
    CHECK(tree.top(2) == 30);
    CHECK(tree.top(3) == 35);
    CHECK(tree.total() == 35);
    CHECK(tree.paragraphAt(0) == 0);
    CHECK(tree.paragraphAt(9) == 0);
    CHECK(tree.paragraphAt(10) == 1); // y == top(1) is the first pixel of paragraph 1
    CHECK(tree.paragraphAt(29) == 1);
    CHECK(tree.paragraphAt(30) == 2);
    CHECK(tree.paragraphAt(34) == 2);
    CHECK(tree.paragraphAt(35) == 2); // beyond the end: the last paragraph
    CHECK(tree.paragraphAt(1000000) == 2);

    tree.setHeight(1, 0);
    CHECK(tree.top(2) == 10);
    CHECK(tree.total() == 15);
    CHECK(tree.paragraphAt(10) == 2); // paragraph 1 has no pixels left: y = 10 is paragraph 2's first
    tree.setHeight(0, 3);
    CHECK(tree.top(1) == 3);
    CHECK(tree.top(2) == 3);
    CHECK(tree.paragraphAt(2) == 0);
    CHECK(tree.paragraphAt(3) == 2);
}

TEST_CASE("ParagraphHeights skips zero-height paragraphs", "[paragraphheights]")
{
    ParagraphHeights tree;
    SECTION("at the start")
    {
        tree.reset({0, 0, 7, 3});
        CHECK(tree.paragraphAt(0) == 2);
        CHECK(tree.paragraphAt(7) == 3);
        CHECK(tree.top(2) == 0);
    }
    SECTION("in the middle")
    {
        tree.reset({4, 0, 0, 6});
        CHECK(tree.paragraphAt(3) == 0);
        CHECK(tree.paragraphAt(4) == 3);
    }
    SECTION("at the end, which is still where positions beyond the end go")
    {
        tree.reset({4, 6, 0, 0});
        CHECK(tree.paragraphAt(9) == 1);
        CHECK(tree.paragraphAt(10) == 3);
        CHECK(tree.total() == 10);
    }
    SECTION("all of them")
    {
        tree.reset({0, 0, 0});
        CHECK(tree.total() == 0);
        CHECK(tree.paragraphAt(0) == 2);
    }
}

TEST_CASE("ParagraphHeights agrees with plain sums after reset and after random changes", "[paragraphheights]")
{
    std::mt19937 random(1912);
    // Sizes around powers of two, where a Fenwick tree's descent changes depth.
    for (size_t count : {1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 100, 1000, 4097}) {
        INFO(count << " paragraphs");
        std::vector<int> heights = randomHeights(random, count);
        ParagraphHeights tree;
        tree.reset(heights);
        checkAgainstScan(tree, heights, random);

        std::uniform_int_distribution<size_t> paragraph(0, count - 1);
        std::uniform_int_distribution<int> height(0, 200);
        const int changes = count > 100 ? 300 : 60;
        for (int change = 0; change < changes; ++change) {
            const size_t at = paragraph(random);
            const int h = change % 7 == 0 ? 0 : height(random);
            tree.setHeight(qsizetype(at), h);
            heights[at] = h;
            if (count <= 100 || change % 50 == 0)
                checkAgainstScan(tree, heights, random);
        }
        checkAgainstScan(tree, heights, random);

        // A second reset replaces everything, including what setHeight changed.
        heights = randomHeights(random, count);
        tree.reset(heights);
        checkAgainstScan(tree, heights, random);
    }
}

TEST_CASE("ParagraphHeights sums past the range of int", "[paragraphheights]")
{
    // 2000 paragraphs of two million pixels: the total does not fit in 32 bits.
    const std::vector<int> heights(2000, 2'000'000);
    ParagraphHeights tree;
    tree.reset(heights);
    CHECK(tree.total() == qint64(4'000'000'000));
    CHECK(tree.top(1500) == qint64(3'000'000'000));
    CHECK(tree.paragraphAt(qint64(3'000'000'000)) == 1500);
    CHECK(tree.paragraphAt(qint64(2'999'999'999)) == 1499);
    tree.setHeight(0, 1);
    CHECK(tree.top(1500) == qint64(3'000'000'000) - 1'999'999);
}
