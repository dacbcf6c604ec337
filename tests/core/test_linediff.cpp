// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/catchqt.h"
#include "text/linediff.h"

#include <QString>
#include <QStringList>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace Catch {

template<>
struct StringMaker<TextReplacement>
{
    static std::string convert(const TextReplacement &r)
    {
        return "{start " + std::to_string(r.start) + ", removed " + std::to_string(r.removed) + ", insertStart "
            + std::to_string(r.insertStart) + ", inserted " + std::to_string(r.inserted) + "}";
    }
};

} // namespace Catch

namespace {

using Replacements = std::vector<TextReplacement>;

/// What the source view does: the replacements from the last to the first, each with text from `after`.
QString applied(const QString &before, const QString &after, const Replacements &replacements)
{
    QString text = before;
    for (auto r = replacements.rbegin(); r != replacements.rend(); ++r)
        text.replace(r->start, r->removed, after.constData() + r->insertStart, r->inserted);
    return text;
}

/// Ascending, apart (touching ones are merged), none empty, inside both texts, and each insertStart where
/// the replacements before it put its start.
bool wellFormed(const Replacements &replacements, qsizetype beforeSize, qsizetype afterSize)
{
    qsizetype beforeEnd = -1, afterEnd = -1, shift = 0;
    for (const TextReplacement &r : replacements) {
        if (r.removed < 0 || r.inserted < 0 || r.removed + r.inserted == 0)
            return false;
        if (r.start <= beforeEnd || r.insertStart <= afterEnd || r.insertStart != r.start + shift)
            return false;
        beforeEnd = r.start + r.removed;
        afterEnd = r.insertStart + r.inserted;
        if (beforeEnd > beforeSize || afterEnd > afterSize)
            return false;
        shift += r.inserted - r.removed;
    }
    return true;
}

/// Checks the replacements from `before` to `after` and returns them.
Replacements checkedDiff(const QString &before, const QString &after)
{
    const Replacements replacements = diffLines(before, after);
    CHECK(wellFormed(replacements, before.size(), after.size()));
    CHECK(applied(before, after, replacements) == after);
    return replacements;
}

/// Where line `line` starts in the text made of `lines`, each ending with '\n'.
qsizetype offsetOfLine(const QStringList &lines, qsizetype line)
{
    qsizetype offset = 0;
    for (qsizetype k = 0; k < line; ++k)
        offset += lines.at(k).size() + 1;
    return offset;
}

QString joinedLines(const QStringList &lines)
{
    return lines.isEmpty() ? QString() : lines.join(u'\n') + u'\n';
}

/// A source view like the one this serves: a header, then one JSON object per line.
QStringList jsonLines(int count)
{
    QStringList lines {u"{"_s, u"\"generated\": \"2024-05-01T10:00:00Z\","_s, u"\"entities\": ["_s};
    for (int k = 0; k < count; ++k)
        lines.append(u"  {\"id\": \"e%1\", \"start\": %2, \"length\": 5, \"tag\": \"Person\"},"_s.arg(k).arg(k * 37));
    lines.append(u"]"_s);
    lines.append(u"}"_s);
    return lines;
}

} // namespace

TEST_CASE("Equal texts give no replacements", "[linediff]")
{
    for (const QString &text :
         {u""_s, u"a"_s, u"\n"_s, u"a\nb\n"_s, u"a\nb"_s, u"  ],\n  ],\n  ],\n"_s, joinedLines(jsonLines(200))}) {
        CAPTURE(text);
        CHECK(diffLines(text, text).empty());
        CHECK(diffLines(text, QString(text.constData(), text.size())).empty()); // equal text, not the same memory
    }
}

TEST_CASE("A line inserted at the start, in the middle or at the end is one insertion of that line", "[linediff]")
{
    const QString before = u"alpha\nbeta\ngamma\n"_s;
    CHECK(checkedDiff(before, u"new\nalpha\nbeta\ngamma\n"_s) == Replacements {{0, 0, 0, 4}});
    CHECK(checkedDiff(before, u"alpha\nnew\nbeta\ngamma\n"_s) == Replacements {{6, 0, 6, 4}});
    CHECK(checkedDiff(before, u"alpha\nbeta\ngamma\nnew\n"_s) == Replacements {{17, 0, 17, 4}});
    CHECK(checkedDiff(before, u"alpha\nbeta\ngamma\nnew"_s) == Replacements {{17, 0, 17, 3}});
}

TEST_CASE("A line added after a last line without a line feed replaces that last line", "[linediff]")
{
    // "gamma" and "gamma\n" are different lines: the replacement must add the line feed too.
    CHECK(checkedDiff(u"alpha\ngamma"_s, u"alpha\ngamma\nnew"_s) == Replacements {{6, 5, 6, 9}});
    CHECK(checkedDiff(u"alpha\ngamma"_s, u"alpha\ngamma\n"_s) == Replacements {{6, 5, 6, 6}});
    CHECK(checkedDiff(u"alpha\ngamma\n"_s, u"alpha\ngamma"_s) == Replacements {{6, 6, 6, 5}});
}

TEST_CASE("A deleted line is one removal of that line", "[linediff]")
{
    const QString before = u"alpha\nbeta\ngamma\n"_s;
    CHECK(checkedDiff(before, u"beta\ngamma\n"_s) == Replacements {{0, 6, 0, 0}});
    CHECK(checkedDiff(before, u"alpha\ngamma\n"_s) == Replacements {{6, 5, 6, 0}});
    CHECK(checkedDiff(before, u"alpha\nbeta\n"_s) == Replacements {{11, 6, 11, 0}});
}

TEST_CASE("A changed line is one replacement of that line", "[linediff]")
{
    CHECK(checkedDiff(u"alpha\nbeta\ngamma\n"_s, u"alpha\nBETA!\ngamma\n"_s) == Replacements {{6, 5, 6, 6}});
    CHECK(checkedDiff(u"alpha\nbeta\ngamma\n"_s, u"ALPHA\nbeta\ngamma\n"_s) == Replacements {{0, 6, 0, 6}});
}

TEST_CASE("A change of the last line without a line feed replaces only that line", "[linediff]")
{
    CHECK(checkedDiff(u"alpha\nbeta\ngamma"_s, u"alpha\nbeta\ndelta!"_s) == Replacements {{11, 5, 11, 6}});
    CHECK(checkedDiff(u"gamma"_s, u"delta"_s) == Replacements {{0, 5, 0, 5}});
}

TEST_CASE("Changes in neighbouring lines merge into one replacement", "[linediff]")
{
    CHECK(checkedDiff(u"a\nb\nc\nd\n"_s, u"a\nB\nC\nd\n"_s) == Replacements {{2, 4, 2, 4}});
    CHECK(checkedDiff(u"a\nb\nc\nd\n"_s, u"a\nB\nd\n"_s) == Replacements {{2, 4, 2, 2}});
}

TEST_CASE("A changed header and a changed line further down give exactly two small replacements", "[linediff]")
{
    const QStringList beforeLines = jsonLines(2000);
    QStringList afterLines = beforeLines;
    afterLines[1] = u"\"generated\": \"2024-05-01T10:00:07Z\","_s;
    afterLines[1203] = u"  {\"id\": \"e1200\", \"start\": 44400, \"length\": 9, \"tag\": \"Place\"},"_s;

    const Replacements replacements = checkedDiff(joinedLines(beforeLines), joinedLines(afterLines));
    REQUIRE(replacements.size() == 2);
    CHECK(replacements[0]
          == TextReplacement {offsetOfLine(beforeLines, 1), beforeLines[1].size() + 1, offsetOfLine(afterLines, 1),
                              afterLines[1].size() + 1});
    CHECK(replacements[1]
          == TextReplacement {offsetOfLine(beforeLines, 1203), beforeLines[1203].size() + 1,
                              offsetOfLine(afterLines, 1203), afterLines[1203].size() + 1});
}

TEST_CASE("A changed header with a line inserted and another deleted further down gives three replacements",
          "[linediff]")
{
    const QStringList beforeLines = jsonLines(3000);
    QStringList afterLines = beforeLines;
    afterLines[1] = u"\"generated\": \"2024-05-02T08:30:00Z\","_s;
    afterLines.insert(900, u"  {\"id\": \"new\", \"start\": 1, \"length\": 2, \"tag\": \"Person\"},"_s);
    afterLines.removeAt(2001); // before line 2000

    const Replacements replacements = checkedDiff(joinedLines(beforeLines), joinedLines(afterLines));
    REQUIRE(replacements.size() == 3);
    CHECK(replacements[0].start == offsetOfLine(beforeLines, 1));
    CHECK(replacements[1]
          == TextReplacement {offsetOfLine(beforeLines, 900), 0, offsetOfLine(afterLines, 900),
                              afterLines[900].size() + 1});
    CHECK(replacements[2]
          == TextReplacement {offsetOfLine(beforeLines, 2000), beforeLines[2000].size() + 1,
                              offsetOfLine(afterLines, 2001), 0});
}

TEST_CASE("An empty text before or after is replaced or removed as a whole", "[linediff]")
{
    CHECK(checkedDiff(u""_s, u"alpha\nbeta"_s) == Replacements {{0, 0, 0, 10}});
    CHECK(checkedDiff(u"alpha\nbeta"_s, u""_s) == Replacements {{0, 10, 0, 0}});
    CHECK(checkedDiff(u""_s, u"\n"_s) == Replacements {{0, 0, 0, 1}});
    CHECK(diffLines(QStringView(), QStringView()).empty());
    CHECK(diffLines(u""_s, QString()).empty());
}

TEST_CASE("Positions are UTF-16 indexes in lines with CRLF, Arabic, emoji and Turkish dotted and dotless i",
          "[linediff]")
{
    const QString before =
        u"İstanbul\r\nılık bir gün\r\nمرحبا بالعالم\r\n😀 ok 👍🏽\r\nend\r\n"_s;
    QStringList lines = before.split(u'\n');
    lines.removeLast(); // after the final line feed

    SECTION("an emoji changed in its low surrogate only")
    {
        const QString after = QString(before).replace(u"😀"_s, u"😁"_s);
        const qsizetype start = offsetOfLine(lines, 3);
        CHECK(checkedDiff(before, after) == Replacements {{start, lines[3].size() + 1, start, lines[3].size() + 1}});
        CHECK(lines[3].size() + 1 == 12); // three surrogate pairs, " ok ", "\r\n"
    }
    SECTION("dotless ı and dotted İ are not folded: a change of case is a change")
    {
        const QString after = QString(before).replace(u"ılık"_s, u"Ilık"_s);
        CHECK(checkedDiff(before, after) == Replacements {{10, 14, 10, 14}});
        CHECK(checkedDiff(after, before) == Replacements {{10, 14, 10, 14}});
        const QString dotted = QString(before).replace(u"İstanbul"_s, u"i̇stanbul"_s); // i + U+0307
        CHECK(checkedDiff(before, dotted) == Replacements {{0, 10, 0, 11}});
    }
    SECTION("an Arabic line inserted")
    {
        const QString inserted = u"سلام\r\n"_s;
        const QString after = QString(before).insert(offsetOfLine(lines, 2), inserted);
        CHECK(checkedDiff(before, after) == Replacements {{offsetOfLine(lines, 2), 0, offsetOfLine(lines, 2), 6}});
    }
    SECTION("a CRLF line end turned into LF changes that line")
    {
        const QString after = QString(before).replace(u"end\r\n"_s, u"end\n"_s);
        const qsizetype start = offsetOfLine(lines, 4);
        CHECK(checkedDiff(before, after) == Replacements {{start, 5, start, 4}});
    }
    SECTION("a lone carriage return does not end a line")
    {
        CHECK(checkedDiff(u"a\rb\nc\n"_s, u"a\rB\nc\n"_s) == Replacements {{0, 4, 0, 4}});
    }
}

TEST_CASE("Repeated lines are matched around the unique lines next to them", "[linediff]")
{
    // Pretty-printed JSON: "  {", "    ]", "  }," repeat in every object; only the ids are unique.
    const auto object = [](const QString &id) {
        return QStringList {
            u"  {"_s, u"    \"id\": \"%1\","_s.arg(id), u"    \"tags\": ["_s, u"      \"x\""_s, u"    ]"_s, u"  },"_s};
    };
    QStringList beforeLines {u"["_s};
    for (int k = 0; k < 300; ++k)
        beforeLines += object(QString::number(k));
    beforeLines.append(u"]"_s);
    QStringList afterLines = beforeLines;
    const QStringList added = object(u"new"_s);
    for (qsizetype k = 0; k < added.size(); ++k)
        afterLines.insert(1 + 150 * 6 + k, added[k]);

    const Replacements replacements = checkedDiff(joinedLines(beforeLines), joinedLines(afterLines));
    REQUIRE(replacements.size() == 1);
    CHECK(replacements[0].removed == 0);
    CHECK(replacements[0].inserted == joinedLines(added).size());

    SECTION("a repeated line removed from one object")
    {
        QStringList fewer = beforeLines;
        const qsizetype x = 1 + 40 * 6 + 3; // the "x" of object 40
        fewer.removeAt(x);
        const Replacements removal = checkedDiff(joinedLines(beforeLines), joinedLines(fewer));
        CHECK(removal
              == Replacements {
                  {offsetOfLine(beforeLines, x), beforeLines[x].size() + 1, offsetOfLine(beforeLines, x), 0}});
    }
    SECTION("texts of repeated lines only")
    {
        const QString many = u"  ],\n"_s.repeated(50);
        CHECK(checkedDiff(many, u"  ],\n"_s.repeated(51)) == Replacements {{250, 0, 250, 5}});
        CHECK(checkedDiff(many + u"x\n"_s + many, many + u"y\n"_s + many) == Replacements {{250, 2, 250, 2}});
        checkedDiff(u"a\nb\na\nb\na\n"_s, u"b\na\nb\na\nb\n"_s);
    }
}

TEST_CASE("Lines moved in bulk still give replacements that rebuild the text", "[linediff]")
{
    const QStringList lines = jsonLines(20000);
    QStringList reversed = lines;
    std::reverse(reversed.begin(), reversed.end());
    checkedDiff(joinedLines(lines), joinedLines(reversed));

    QStringList shuffled = lines;
    std::mt19937 random(7);
    std::shuffle(shuffled.begin(), shuffled.end(), random);
    checkedDiff(joinedLines(lines), joinedLines(shuffled));

    QStringList rotated = lines; // a block moved: the longer part stays matched
    std::rotate(rotated.begin(), rotated.begin() + 100, rotated.end());
    const Replacements replacements = checkedDiff(joinedLines(lines), joinedLines(rotated));
    CHECK(replacements.size() == 2);
}

TEST_CASE("Random line edits give replacements that rebuild the edited text", "[linediff]")
{
    std::mt19937 random(20240501);
    const auto below = [&](int n) {
        return int(random() % unsigned(n));
    };
    // Few distinct lines, so that many repeat; some with surrogate pairs, CR or no text at all.
    const QStringList pool {u""_s,   u"  ],"_s, u"  {"_s,   u"a"_s,  u"b"_s, u"c\r"_s,
                            u"😀x"_s, u"İı"_s,   u"مرحبا"_s, u"\r"_s, u"d"_s, u"e"_s};
    const auto randomLine = [&] {
        return below(3) == 0 ? u"unique %1"_s.arg(random()) : pool[below(int(pool.size()))];
    };
    const auto joined = [](const QStringList &lines, bool finalLineFeed) {
        QString text = lines.join(u'\n');
        if (finalLineFeed && !lines.isEmpty())
            text += u'\n';
        return text;
    };

    for (int round = 0; round < 400; ++round) {
        QStringList beforeLines;
        for (int k = below(60); k > 0; --k)
            beforeLines.append(randomLine());
        QStringList afterLines = beforeLines;
        for (int edits = below(6); edits > 0; --edits) {
            const int at = below(int(afterLines.size()) + 1);
            switch (below(4)) {
            case 0:
                afterLines.insert(at, randomLine());
                break;
            case 1:
                if (at < afterLines.size())
                    afterLines.removeAt(at);
                break;
            case 2:
                if (at < afterLines.size())
                    afterLines[at] = randomLine();
                break;
            default: // a block moved
                if (at < afterLines.size()) {
                    const int length = 1 + below(int(afterLines.size()) - at);
                    const QStringList block = afterLines.mid(at, length);
                    afterLines.remove(at, length);
                    const int to = below(int(afterLines.size()) + 1);
                    for (int k = 0; k < length; ++k)
                        afterLines.insert(to + k, block[k]);
                }
                break;
            }
        }
        const QString before = joined(beforeLines, below(2) == 0);
        const QString after = joined(afterLines, below(2) == 0);
        CAPTURE(round, before, after);

        const Replacements replacements = diffLines(before, after);
        REQUIRE(wellFormed(replacements, before.size(), after.size()));
        REQUIRE(applied(before, after, replacements) == after);
        if (before == after)
            REQUIRE(replacements.empty());
        REQUIRE(diffLines(after, after).empty());
    }
}
