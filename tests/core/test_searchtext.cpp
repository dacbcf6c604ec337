// SPDX-License-Identifier: GPL-3.0-or-later
// SearchText: what the find bar matches, and where in the original text each match lies.
#include "support/catchqt.h"
#include "text/searchtext.h"

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

using Ranges = std::vector<std::pair<qsizetype, qsizetype>>;

// The original text of each match.
QStringList found(const QString &text, const QString &needle)
{
    QStringList pieces;
    for (const auto &[from, to] : SearchText(text).find(needle))
        pieces.append(text.mid(from, to - from));
    return pieces;
}

} // namespace

TEST_CASE("SearchText folds case the Turkish way", "[search]")
{
    CHECK(found(u"İstanbul'da, ISPARTA ve ılıca"_s, u"istanbul"_s) == QStringList {u"İstanbul"_s});
    CHECK(found(u"İstanbul'da, ISPARTA ve ılıca"_s, u"isparta"_s) == QStringList {u"ISPARTA"_s});
    CHECK(found(u"İstanbul'da, ISPARTA ve ılıca"_s, u"ILICA"_s) == QStringList {u"ılıca"_s});
    CHECK(found(u"Baykar BAYKAR baykar"_s, u"Baykar"_s).size() == 3);
}

TEST_CASE("SearchText finds Arabic with or without harakat, and keeps the marks of the last letter", "[search]")
{
    const QString text = u"وَقَّعَتْ قطر وتركيا اتفاقيةً"_s;
    // Typed bare, found vowelled: the match ends after the sukun of its last letter.
    CHECK(found(text, u"وقعت"_s) == QStringList {u"وَقَّعَتْ"_s});
    // Typed vowelled, found bare.
    CHECK(found(text, u"قَطَر"_s) == QStringList {u"قطر"_s});
    // A word inside another: the tanween stays with the last letter.
    CHECK(found(text, u"اتفاقية"_s) == QStringList {u"اتفاقيةً"_s});
    // Only marks: nothing to look for.
    CHECK(found(text, u"َّ"_s).isEmpty());
}

TEST_CASE("SearchText treats the alef forms, alef maqsura and tatweel as their plain letters", "[search]")
{
    CHECK(found(u"أحمد وإبراهيم وآمنة"_s, u"احمد"_s) == QStringList {u"أحمد"_s});
    CHECK(found(u"أحمد وإبراهيم وآمنة"_s, u"ابراهيم"_s) == QStringList {u"إبراهيم"_s});
    CHECK(found(u"مصطفى"_s, u"مصطفي"_s) == QStringList {u"مصطفى"_s});
    CHECK(found(u"الدوحـــة"_s, u"الدوحة"_s) == QStringList {u"الدوحـــة"_s});
}

TEST_CASE("SearchText ranges are UTF-16 positions of the original text, after emoji and marks", "[search]")
{
    const QString text = u"📰 🇹🇷 قَطَر 🙂 Katar قطر"_s;
    const SearchText search(text);
    const Ranges latin = search.find(u"katar"_s);
    REQUIRE(latin.size() == 1);
    CHECK(latin[0].first == text.indexOf(u"Katar"_s));
    CHECK(latin[0].second == latin[0].first + 5);
    const Ranges arabic = search.find(u"قطر"_s);
    REQUIRE(arabic.size() == 2);
    CHECK(text.mid(arabic[0].first, arabic[0].second - arabic[0].first) == u"قَطَر"_s);
    CHECK(arabic[1] == std::pair<qsizetype, qsizetype>(text.lastIndexOf(u"قطر"_s), text.size()));
    CHECK(search.find(u"🙂"_s).size() == 1);
}

TEST_CASE("SearchText finds matches that do not overlap, and nothing in an empty text", "[search]")
{
    CHECK(SearchText(u"aaaa"_s).find(u"aa"_s) == Ranges {{0, 2}, {2, 4}});
    CHECK(SearchText(QString()).find(u"a"_s).empty());
    CHECK(SearchText(u"abc"_s).find(QString()).empty());
}
