// SPDX-License-Identifier: GPL-3.0-or-later
// Reading kate-syntax-highlighter's coloured output back into text and styled stretches.
#include "text/ansistyles.h"

#include <catch2/catch.hpp>

#include <QString>

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

const QString esc = QString(QChar(0x1b));

QString sgr(const QString &parameters)
{
    return esc + u'[' + parameters + u'm';
}

} // namespace

TEST_CASE("A coloured line reads back as its text with one run per styled stretch", "[core][ansi]")
{
    AnsiLineReader reader;
    QString text;
    std::vector<AnsiRun> runs;
    // As KSyntaxHighlighting writes a JSON line with --no-ansi-background: plain text has no escapes.
    const QString line = u"  "_s + sgr(u"38;2;100;74;155;1"_s) + u"{"_s + sgr(u"21"_s) + sgr(u"38;2;0;87;174"_s)
                         + u"\"key\""_s + sgr(u"0"_s) + u": "_s + sgr(u"38;2;191;3;3"_s) + u"\"خلوق 😀\""_s
                         + sgr(u"0"_s) + esc + u"[K"_s;
    reader.read(line, &text, &runs);
    CHECK(text == u"  {\"key\": \"خلوق 😀\""_s);
    REQUIRE(runs.size() == 3);
    // "{" bold purple, then the brace's colour without bold, which the key's colour replaces at once.
    CHECK(runs[0] == AnsiRun{2, 1, runs[0].style});
    CHECK(runs[1].start == 3);
    CHECK(runs[1].length == 5);
    CHECK(runs[2] == AnsiRun{10, 9, runs[2].style}); // the string, its emoji two UTF-16 units
    const AnsiStyle &brace = reader.styles()[size_t(runs[0].style)];
    CHECK(brace.foreground == 0x644a9bu);
    CHECK(brace.bold);
    const AnsiStyle &key = reader.styles()[size_t(runs[1].style)];
    CHECK(key.foreground == 0x0057aeu);
    CHECK_FALSE(key.bold);
    CHECK(reader.styles()[size_t(runs[2].style)].foreground == 0xbf0303u);
}

TEST_CASE("Styles last across lines, are kept once, and every attribute is read", "[core][ansi]")
{
    AnsiLineReader reader;
    QString text;
    std::vector<AnsiRun> first;
    reader.read(QString(sgr(u"38;2;1;2;3;3;4"_s) + u"ab"_s), &text, &first);
    std::vector<AnsiRun> second;
    reader.read(QString(u"cd"_s + sgr(u"23;24;9;48;2;255;0;0"_s) + u"e"_s + sgr(u"29;49;39"_s) + u"f"_s), &text, &second);
    CHECK(text == u"cdef"_s);
    REQUIRE(first.size() == 1);
    REQUIRE(second.size() == 2);
    CHECK(second[0] == AnsiRun{0, 2, first[0].style}); // the same style, kept once
    const AnsiStyle &italic = reader.styles()[size_t(first[0].style)];
    CHECK(italic.italic);
    CHECK(italic.underline);
    const AnsiStyle &struck = reader.styles()[size_t(second[1].style)];
    CHECK(struck.strikeOut);
    CHECK_FALSE(struck.italic);
    CHECK(struck.background == 0xff0000u);
    CHECK(struck.foreground == 0x010203u);
    CHECK(reader.styles().size() == 2); // "f" is plain: no run, no style
}

TEST_CASE("256 and 16 colours, and broken sequences, read without harm", "[core][ansi]")
{
    AnsiLineReader reader;
    QString text;
    std::vector<AnsiRun> runs;
    reader.read(QString(sgr(u"38;5;196"_s) + u"a"_s + sgr(u"38;5;244"_s) + u"b"_s + sgr(u"31"_s) + u"c"_s
                        + sgr(u"0"_s) + esc + u"x"_s + u"d"_s + esc + u"[12"_s),
                &text, &runs);
    CHECK(text == u"abcd"_s);
    REQUIRE(runs.size() == 3);
    CHECK(reader.styles()[size_t(runs[0].style)].foreground == 0xff0000u);
    CHECK(reader.styles()[size_t(runs[1].style)].foreground == 0x808080u);
    CHECK(reader.styles()[size_t(runs[2].style)].foreground == 0xcd0000u);
    // Nothing but escapes, and an escape at the very end.
    reader.read(esc, &text, &runs);
    CHECK(text.isEmpty());
}
