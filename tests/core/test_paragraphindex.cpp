// SPDX-License-Identifier: GPL-3.0-or-later
// ParagraphIndex: the stretches between line breaks, overlong lines cut preferably after a space and never
// inside a surrogate pair, and the paragraph of every offset.
#include "support/catchqt.h"
#include "text/paragraphindex.h"

#include <QString>

#include <string>
#include <vector>

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maxLength = ParagraphIndex::maxLength;

struct Piece
{
    qsizetype start;
    qsizetype end;
    friend bool operator==(const Piece &, const Piece &) = default;
};

std::vector<Piece> piecesOf(const ParagraphIndex &index)
{
    std::vector<Piece> pieces;
    for (qsizetype i = 0; i < index.count(); ++i)
        pieces.push_back({index.start(i), index.end(i)});
    return pieces;
}

std::string describe(const std::vector<Piece> &pieces)
{
    std::string out;
    for (const Piece &p : pieces)
        out += '[' + std::to_string(p.start) + ',' + std::to_string(p.end) + ") ";
    return out;
}

// The lines of `text` by a plain scan: what lies between line breaks, including the empty line after a
// trailing break.
std::vector<Piece> linesOf(const QString &text)
{
    std::vector<Piece> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n') {
            lines.push_back({start, i});
            start = i + 1;
        }
    }
    lines.push_back({start, text.size()});
    return lines;
}

bool splitsSurrogatePair(const QString &text, qsizetype position)
{
    return position > 0 && position < text.size() && text[position - 1].isHighSurrogate()
        && text[position].isLowSurrogate();
}

// What every index must satisfy: its pieces follow each other with no gap and no overlap, skipping exactly
// the line breaks; none holds a line break or is longer than maxLength; a piece that does not end at a
// line break ends at a cut inside an overlong line, never inside a surrogate pair.
void checkCoversText(const QString &text, const ParagraphIndex &index)
{
    INFO(describe(piecesOf(index)));
    REQUIRE(index.count() >= 1);
    const std::vector<Piece> lines = linesOf(text);
    size_t line = 0;
    qsizetype expectedStart = 0;
    for (qsizetype i = 0; i < index.count(); ++i) {
        INFO("paragraph " << i);
        const qsizetype start = index.start(i), end = index.end(i);
        REQUIRE(start == expectedStart);
        REQUIRE(end >= start);
        CHECK(end - start <= maxLength);
        CHECK(text.sliced(start, end - start).indexOf(u'\n') < 0);
        REQUIRE(line < lines.size());
        CHECK(end <= lines[line].end);
        if (end == lines[line].end) { // the line ends here, at a break or at the end of the text
            ++line;
            expectedStart = end + 1;
        } else { // a cut
            CHECK(end > start);
            CHECK(lines[line].end - lines[line].start > maxLength);
            CHECK_FALSE(splitsSurrogatePair(text, end));
            expectedStart = end;
        }
    }
    CHECK(line == lines.size());
    CHECK(index.end(index.count() - 1) == text.size());
}

// The paragraph of `position` by a linear scan of the pieces: the one containing it, or the one it ends
// if it is a line break or the end of the text.
qsizetype scanParagraphAt(const QString &text, const ParagraphIndex &index, qsizetype position)
{
    for (qsizetype i = 0; i < index.count(); ++i) {
        if (index.start(i) <= position && position < index.end(i))
            return i;
        if (position == index.end(i) && (position == text.size() || text[position] == u'\n'))
            return i;
    }
    return -1;
}

QString repeated(const QString &piece, qsizetype times)
{
    return piece.repeated(times);
}

} // namespace

TEST_CASE("ParagraphIndex splits at line breaks and leaves the breaks out of the paragraphs", "[paragraphs]")
{
    const QString text = u"Ankara\nDoha\n\nالدوحة"_s;
    const ParagraphIndex index(text);
    // "Ankara" 0-6, break at 6; "Doha" 7-11, break at 11; empty line at 12, break at 12; the Arabic at 13-19.
    CHECK(piecesOf(index) == std::vector<Piece> {{0, 6}, {7, 11}, {12, 12}, {13, 19}});
    checkCoversText(text, index);
}

TEST_CASE("ParagraphIndex gives an empty text one empty paragraph", "[paragraphs]")
{
    const ParagraphIndex index {QStringView()};
    REQUIRE(index.count() == 1);
    CHECK(index.start(0) == 0);
    CHECK(index.end(0) == 0);
    CHECK(index.paragraphAt(0) == 0);
}

TEST_CASE("ParagraphIndex gives a trailing line break a final empty paragraph", "[paragraphs]")
{
    CHECK(piecesOf(ParagraphIndex(u"Doha\n"_s)) == std::vector<Piece> {{0, 4}, {5, 5}});
    CHECK(piecesOf(ParagraphIndex(u"\n"_s)) == std::vector<Piece> {{0, 0}, {1, 1}});
    CHECK(piecesOf(ParagraphIndex(u"\n\n"_s)) == std::vector<Piece> {{0, 0}, {1, 1}, {2, 2}});
    CHECK(piecesOf(ParagraphIndex(u"Doha"_s)) == std::vector<Piece> {{0, 4}});
}

TEST_CASE("ParagraphIndex::paragraphAt agrees with a line count for every offset of a mixed text", "[paragraphs]")
{
    const QString text =
        u"\nİstanbul'da toplantı yapıldı.\n\nالقاهرة 🇶🇦 والدوحة\n👨‍👩‍👧 aile\ncafe\u0301\n"_s;
    const ParagraphIndex index(text);
    checkCoversText(text, index);
    REQUIRE(index.count() == qsizetype(linesOf(text).size()));
    for (qsizetype position = 0; position <= text.size(); ++position) {
        INFO("position " << position);
        // No line is overlong, so paragraph n is line n: the number of breaks before the position.
        const qsizetype breaksBefore = text.left(position).count(u'\n');
        const qsizetype paragraph = index.paragraphAt(position);
        CHECK(paragraph == breaksBefore);
        CHECK(paragraph == scanParagraphAt(text, index, position));
        if (position < text.size() && text[position] == u'\n')
            CHECK(index.end(paragraph) == position); // the break belongs to the paragraph it ends
    }
}

TEST_CASE("ParagraphIndex cuts a line without spaces every maxLength code units", "[paragraphs]")
{
    SECTION("exactly maxLength is not cut")
    {
        const QString text = repeated(u"x"_s, maxLength);
        CHECK(piecesOf(ParagraphIndex(text)) == std::vector<Piece> {{0, maxLength}});
    }
    SECTION("one more is")
    {
        const QString text = repeated(u"x"_s, maxLength + 1);
        const ParagraphIndex index(text);
        CHECK(piecesOf(index) == std::vector<Piece> {{0, maxLength}, {maxLength, maxLength + 1}});
        checkCoversText(text, index);
    }
    SECTION("two and a bit")
    {
        const QString text = repeated(u"x"_s, 2 * maxLength + 100);
        const ParagraphIndex index(text);
        CHECK(piecesOf(index)
              == std::vector<Piece> {{0, maxLength}, {maxLength, 2 * maxLength}, {2 * maxLength, 2 * maxLength + 100}});
        checkCoversText(text, index);
    }
}

TEST_CASE("ParagraphIndex cuts an overlong line after its last space in the second half of the window", "[paragraphs]")
{
    static_assert(maxLength == 16384, "the offsets below are worked out for 16 Ki");
    SECTION("one space in the second half")
    {
        // Space at 12000 (> 8192): cut after it; the rest has no space, so it is cut hard.
        const QString text = repeated(u"x"_s, 12000) + u' ' + repeated(u"y"_s, 30000);
        const ParagraphIndex index(text);
        CHECK(piecesOf(index)
              == std::vector<Piece> {{0, 12001}, {12001, 12001 + maxLength}, {12001 + maxLength, 42001}});
        checkCoversText(text, index);
    }
    SECTION("the last of several spaces is taken")
    {
        const QString text = repeated(u"a"_s, 9000) + u' ' + repeated(u"b"_s, 3000) + u' ' + repeated(u"c"_s, 20000);
        // Spaces at 9000 and 12001; the window [0, 16384) holds both.
        const ParagraphIndex index(text);
        CHECK(piecesOf(index)
              == std::vector<Piece> {{0, 12002}, {12002, 12002 + maxLength}, {12002 + maxLength, 32002}});
        checkCoversText(text, index);
    }
    SECTION("a space in the first half only is not worth a short paragraph")
    {
        const QString text = repeated(u"x"_s, 5000) + u' ' + repeated(u"y"_s, 30000);
        const ParagraphIndex index(text);
        CHECK(piecesOf(index)
              == std::vector<Piece> {{0, maxLength}, {maxLength, 2 * maxLength}, {2 * maxLength, 35001}});
        checkCoversText(text, index);
    }
    SECTION("inside a text, offsets count from the start of the text")
    {
        const QString line = repeated(u"kelime "_s, 5000); // 35000 code units, a space every 7
        const QString text = u"Başlık\n"_s + line + u"\nSon"_s;
        const ParagraphIndex index(text);
        checkCoversText(text, index);
        // Spaces of the line at 7 + 7k + 6; the last before 7 + 16384 is at 7 + 16379 (k = 2339).
        REQUIRE(index.count() >= 3);
        CHECK(index.start(1) == 7);
        CHECK(index.end(1) == 7 + 16380);
        CHECK(text[index.end(1) - 1] == u' ');
        CHECK(index.start(index.count() - 1) == text.size() - 3);
        for (qsizetype i = 1; i + 2 < index.count(); ++i) // every cut piece of the line ends after a space
            CHECK(text[index.end(i) - 1] == u' ');
    }
}

TEST_CASE("ParagraphIndex never cuts a long line of emoji inside a surrogate pair", "[paragraphs]")
{
    const QString emoji = u"😀"_s;
    REQUIRE(emoji.size() == 2);
    SECTION("pairs at odd offsets: the hard cut would split one")
    {
        // "a" then pairs at (1,2), (3,4), ...: offset 16384 is a low surrogate, so the cut moves to 16383;
        // the next window ends at 16383 + 16384 = 32767, a high surrogate, where cutting is fine.
        const QString text = u"a"_s + repeated(emoji, 20000);
        const ParagraphIndex index(text);
        CHECK(piecesOf(index) == std::vector<Piece> {{0, 16383}, {16383, 32767}, {32767, 40001}});
        checkCoversText(text, index);
    }
    SECTION("pairs at even offsets: the hard cut already falls between two")
    {
        const QString text = repeated(emoji, 20000);
        const ParagraphIndex index(text);
        CHECK(piecesOf(index)
              == std::vector<Piece> {{0, maxLength}, {maxLength, 2 * maxLength}, {2 * maxLength, 40000}});
        checkCoversText(text, index);
    }
    SECTION("a space in the second half still wins")
    {
        const QString text = u"a"_s + repeated(emoji, 5000) + u' ' + repeated(emoji, 10000);
        const ParagraphIndex index(text); // the space is at 10001
        CHECK(index.end(0) == 10002);
        checkCoversText(text, index);
    }
    SECTION("after other lines, several windows")
    {
        for (const QString &prefix : {u"x\n"_s, u"xy\n"_s, u"\n"_s}) {
            const QString text = prefix + repeated(emoji, 3 * maxLength) + u"\nson"_s;
            INFO(prefix.size());
            const ParagraphIndex index(text);
            checkCoversText(text, index);
            for (qsizetype i = 0; i < index.count(); ++i) {
                CHECK_FALSE(splitsSurrogatePair(text, index.start(i)));
                CHECK_FALSE(splitsSurrogatePair(text, index.end(i)));
            }
        }
    }
}

TEST_CASE("ParagraphIndex::paragraphAt agrees with a scan across cut paragraphs", "[paragraphs]")
{
    const QString text = u"Başlık\n"_s + repeated(u"a"_s, 20000) + u"\n\n"_s + u"b"_s + repeated(u"😀"_s, 20000) + u' '
        + repeated(u"kelime "_s, 4000) + u"\nالدوحة\n"_s;
    const ParagraphIndex index(text);
    checkCoversText(text, index);
    CHECK(index.count() > qsizetype(linesOf(text).size())); // there are cuts
    for (qsizetype position = 0; position <= text.size(); ++position) {
        const qsizetype expected = scanParagraphAt(text, index, position);
        if (index.paragraphAt(position) != expected) {
            INFO("position " << position);
            CHECK(index.paragraphAt(position) == expected);
        }
    }
    // At a cut, the offset belongs to the piece that starts there.
    for (qsizetype i = 1; i < index.count(); ++i) {
        if (index.start(i) == index.end(i - 1))
            CHECK(index.paragraphAt(index.start(i)) == i);
    }
}
