// SPDX-License-Identifier: GPL-3.0-or-later
// The matching engine: folding with its way back, whole words with Turkish suffixes and Arabic
// proclitics, the options' spec, affixes and keyword in context.
#include "support/catchqt.h"
#include "text/affixes.h"
#include "text/codepointindex.h"
#include "text/foldedtext.h"
#include "text/keywordincontext.h"
#include "text/matchoptions.h"
#include "text/textmatcher.h"

#include <random>

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

/// The matched texts of `pattern` in `text`.
QStringList found(const QString &pattern, const QString &text, const MatchOptions &options = {},
                  const QString &language = {})
{
    QStringList texts;
    for (const TextRange &range : TextMatcher(pattern, options).findAll(text, FoldedText(text, options, language)))
        texts.append(text.mid(range.first, range.second - range.first));
    return texts;
}

MatchOptions with(const QString &spec)
{
    QString error;
    const std::optional<MatchOptions> options = MatchOptions::parse(spec, &error);
    INFO(error.toStdString());
    REQUIRE(options);
    return *options;
}

} // namespace

TEST_CASE("Turkish case rules keep I and İ apart and general rules join them", "[matching]")
{
    const QString text = u"İSTANBUL, istanbul ve İstanbul'da"_s;
    // Turkish: "Istanbul" is "ıstanbul", which none of them is; "istanbul" is all of them.
    CHECK(found(u"Istanbul"_s, text, with(u"turkish"_s)).isEmpty());
    CHECK(found(u"istanbul"_s, text, with(u"turkish"_s)) == QStringList {u"İSTANBUL"_s, u"istanbul"_s, u"İstanbul"_s});
    CHECK(found(u"ISTANBUL"_s, u"ıstanbul ISTANBUL istanbul"_s, with(u"turkish"_s))
          == QStringList {u"ıstanbul"_s, u"ISTANBUL"_s});
    // General: all four spellings are one word; the suffix stays out of the match.
    CHECK(found(u"Istanbul"_s, text, with(u"general"_s)) == QStringList {u"İSTANBUL"_s, u"istanbul"_s, u"İstanbul"_s});
    // Auto follows the article's language.
    CHECK(found(u"Istanbul"_s, text, {}, u"tr"_s).isEmpty());
    CHECK(found(u"Istanbul"_s, text, {}, u"en"_s).size() == 3);
    CHECK_FALSE(found(u"istanbul"_s, text, with(u"no-case"_s)).contains(u"İSTANBUL"_s));
}

TEST_CASE("Arabic spellings with and without hamza and marks and with proclitics are found exactly", "[matching]")
{
    const QString text = u"أنقرة وانقرة أنقَرة وأنقرة؛ والدوحة الدوحة"_s;
    CHECK(found(u"أنقرة"_s, text) == QStringList {u"أنقرة"_s, u"انقرة"_s, u"أنقَرة"_s, u"أنقرة"_s});
    CHECK(found(u"انقرة"_s, text).size() == 4);
    const std::vector<TextRange> doha = TextMatcher(u"الدوحة"_s, {}).findAll(text);
    REQUIRE(doha.size() == 2);
    CHECK(doha[0].first == text.indexOf(u"والدوحة"_s) + 1); // after the و
    CHECK(doha[0].second - doha[0].first == 6);
    // Without proclitics, only the bare word; marks kept, only the bare spelling.
    CHECK(found(u"الدوحة"_s, text, with(u"no-clitics"_s)) == QStringList {u"الدوحة"_s});
    CHECK(found(u"أنقرة"_s, text, with(u"no-marks,no-alef"_s)) == QStringList {u"أنقرة"_s, u"أنقرة"_s});
    // A name inside a longer word is not a match: قطر in القطرية.
    CHECK(found(u"قطر"_s, u"وزارة الدفاع القطرية وقطر"_s) == QStringList {u"قطر"_s});
    CHECK(found(u"الدوحه"_s, u"في الدوحة"_s).isEmpty());
    CHECK(found(u"الدوحه"_s, u"في الدوحة"_s, with(u"teh"_s)) == QStringList {u"الدوحة"_s});
    CHECK(found(u"مصطفى"_s, u"مصطفي"_s).size() == 1);
    // A match keeps the marks on its last letter.
    CHECK(found(u"قطر"_s, u"زار قطرَ أمس"_s) == QStringList {u"قطرَ"_s});
    CHECK(found(u"قطر"_s, u"زار قطـر أمس"_s) == QStringList {u"قطـر"_s}); // tatweel
}

TEST_CASE("Match offsets map back to code points after an emoji", "[matching]")
{
    const QString text = u"📰 🇹🇷 Heyet Ankara’da; ﻿وأنقَرة"_s;
    const CodePointIndex codePoints(text);
    const std::vector<TextRange> ankara = TextMatcher(u"ankara"_s, {}).findAll(text, u"tr"_s);
    REQUIRE(ankara.size() == 1);
    CHECK(codePoints.toCodePoint(ankara[0].first) == 11); // 📰, space, two regional indicators, space, "Heyet "
    CHECK(codePoints.toCodePoint(ankara[0].second) == 17);
    const std::vector<TextRange> ankaraArabic = TextMatcher(u"انقرة"_s, {}).findAll(text);
    REQUIRE(ankaraArabic.size() == 1);
    CHECK(text.mid(ankaraArabic[0].first, ankaraArabic[0].second - ankaraArabic[0].first) == u"أنقَرة"_s);
    CHECK(codePoints.toCodePoint(ankaraArabic[0].second) == codePoints.codePointCount());
}

TEST_CASE("Folding maps every folded position back, where characters are dropped or doubled", "[matching]")
{
    const MatchOptions options = with(u"diacritics"_s);
    const QString text = u"Straße Görgün قطَرَ"_s;
    const FoldedText folded(text, options, u"en"_s);
    CHECK(folded.folded() == u"strasse gorgun قطر"_s);
    CHECK(folded.originalRange(0, 7) == TextRange {0, 6}); // "strasse" is "Straße"
    CHECK(folded.originalRange(8, 14) == TextRange {7, 13});
    CHECK(folded.originalRange(15, 18) == TextRange {14, 19}); // the marks come along
    CHECK(folded.foldedPosition(7) == 8);
    CHECK(found(u"Gorgun"_s, text, options) == QStringList {u"Görgün"_s});
    CHECK(found(u"Gorgun"_s, text).isEmpty());
    CHECK(found(u"strasse"_s, text) == QStringList {u"Straße"_s});
}

TEST_CASE("Folding a long mixed text is the folding of its words, for every set of options", "[matching]")
{
    // Folding goes through a table per set of options and writes ahead of its buffer: a text folded whole
    // must be its words folded one by one, whatever grows (ß → ss) or drops (marks, tatweel).
    const QStringList pieces {u"İstanbul"_s, u"ılık"_s, u"Straße"_s, u"e\u0301te"_s, u"Görgün'ün"_s,
                              u"قَطَرُ"_s, u"أنقرة"_s, u"ـبـ"_s, u"إلى"_s, u"😀x"_s, u"IŞIK"_s, u"ﬁle"_s,
                              u"Ωmega"_s, u"\u212Aelvin"_s, u"ŞİŞLİ"_s, u"ʼ‘´`"_s, u"ßßßßßßßßßßßß"_s};
    std::mt19937 random(19);
    QStringList words;
    for (int i = 0; i < 4000; ++i)
        words.append(pieces.at(int(random() % pieces.size())));
    const QString text = words.join(u' ');
    for (const QString &spec : {u""_s, u"diacritics,teh"_s, u"general"_s, u"turkish,no-marks,no-alef"_s,
                                u"no-case,no-apostrophes"_s}) {
        const MatchOptions options = with(spec);
        for (const QString &language : {u"tr"_s, u"en"_s}) {
            INFO(spec.toStdString() << " " << language.toStdString());
            QStringList folded;
            for (const QString &word : words)
                folded.append(FoldedText::fold(word, options, language));
            const FoldedText whole(text, options, language);
            REQUIRE(whole.folded() == folded.join(u' '));
            // Every word maps back into itself, up to its end (marks dropped at its start stay out).
            qsizetype at = 0, original = 0;
            for (qsizetype i = 0; i < words.size(); ++i) {
                const qsizetype next = at + folded.at(i).size();
                const TextRange back = whole.originalRange(at, next);
                if (next > at) {
                    REQUIRE(back.first >= original);
                    REQUIRE(back.first < original + words.at(i).size());
                    REQUIRE(back.second == original + words.at(i).size());
                }
                at = next + 1;
                original += words.at(i).size() + 1;
            }
        }
    }
    CHECK(FoldedText::fold(QString(3000, QChar(0x00DF)), {}) == QString(6000, u's'));
}

TEST_CASE("Folding runs of ASCII folds and maps back exactly as one character at a time", "[matching]")
{
    // Runs long enough for eight characters at a time, broken by what the table must decide: Turkish I
    // and İ, a backtick, combining marks after a run's last letter or digit, dropped Arabic marks and
    // tatweel (which shift the way back), ß, an emoji.
    const QStringList pieces {u"Ankara Istanbul "_s, u"ABCDEFGHIJKLMNOPQRSTUVWXYZ"_s, u"abcdefgh"_s, u"01234567 "_s,
                              u"I"_s, u"`"_s, u"'"_s, u"\u0301"_s, u"\u0307"_s, u"é"_s, u"ß"_s, u"يَ"_s,
                              u"ـ"_s, u"📰"_s, u"İ"_s, u"ı"_s, u" "_s, u"Zürich-Genève"_s};
    std::mt19937 random(8);
    for (int round = 0; round < 3000; ++round) {
        QString text;
        for (int i = 0, n = 4 + int(random() % 10); i < n; ++i)
            text += pieces.at(int(random() % pieces.size()));
        const QString spec = QStringList {u""_s, u"diacritics"_s, u"no-case"_s, u"turkish,no-apostrophes"_s,
                                          u"general,no-marks"_s}[int(random() % 5)];
        const MatchOptions options = with(spec);
        const QString language = random() % 2 ? u"tr"_s : u"en"_s;
        // One character at a time; a mark with the character it sits on (what counts is the last
        // character that is not a mark), taking only what the mark adds.
        QString expected;
        std::vector<qsizetype> origins; // the original position of each folded unit
        qsizetype base = -1;
        for (qsizetype i = 0; i < text.size();) {
            const qsizetype length = text.at(i).isHighSurrogate() ? 2 : 1;
            const QString character = text.mid(i, length);
            QString folded;
            if (QChar::category(character.at(0).unicode()) == QChar::Mark_NonSpacing && base >= 0) {
                const QString before = FoldedText::fold(text.mid(base, 1), options, language);
                folded = FoldedText::fold(QString(text.mid(base, 1) + character), options, language).mid(before.size());
            } else {
                folded = FoldedText::fold(character, options, language);
                if (QChar::category(character.at(0).unicode()) != QChar::Mark_NonSpacing)
                    base = i;
            }
            expected += folded;
            origins.insert(origins.end(), size_t(folded.size()), i);
            i += length;
        }
        const FoldedText whole(text, options, language);
        INFO("round " << round << " options " << spec.toStdString() << " " << language.toStdString());
        REQUIRE(whole.folded() == expected);
        for (qsizetype k = 0; k < expected.size(); ++k)
            REQUIRE(whole.originalRange(k, k + 1).first == origins[size_t(k)]);
    }
}

TEST_CASE("Whole words allow Turkish suffixes after any apostrophe, and several words any spacing", "[matching]")
{
    const QString text = u"Ankara'da Ankara’nın Ankaralı ANKARA\nSelçuk  Bayraktar ve Selçuk\nBayraktar"_s;
    CHECK(found(u"Ankara"_s, text) == QStringList {u"Ankara"_s, u"Ankara"_s, u"ANKARA"_s});
    CHECK(found(u"Ankara"_s, text, with(u"no-suffixes"_s)) == QStringList {u"ANKARA"_s});
    CHECK(found(u"Ankara"_s, text, with(u"no-words"_s)).size() == 4);
    CHECK(found(u"ankara’da"_s, text) == QStringList {u"Ankara'da"_s});
    CHECK(found(u"Selçuk Bayraktar"_s, text) == QStringList {u"Selçuk  Bayraktar"_s, u"Selçuk\nBayraktar"_s});
    CHECK(found(u"   "_s, text).isEmpty());
}

TEST_CASE("Matching options read and write the spec of hashiya search --fold", "[matching]")
{
    CHECK(with(QString()) == MatchOptions {});
    CHECK(MatchOptions {}.spec().isEmpty());
    const MatchOptions changed = with(u"no-case, diacritics,turkish,teh,no-clitics"_s);
    CHECK_FALSE(changed.ignoreCase);
    CHECK(changed.ignoreLatinDiacritics);
    CHECK(changed.caseRules == MatchOptions::CaseRules::Turkish);
    CHECK(changed.tehMarbutaAsHeh);
    CHECK_FALSE(changed.arabicProclitics);
    CHECK(with(changed.spec()) == changed);
    QString error;
    CHECK_FALSE(MatchOptions::parse(u"case,loud"_s, &error));
    CHECK(error.contains(u"loud"_s));
    CHECK_FALSE(MatchOptions::parse(u"no-turkish"_s, &error));
}

TEST_CASE("A name is a word without its Turkish suffix and the proclitics before its article", "[matching]")
{
    auto name = [](const QString &text) {
        const TextRange range = Affixes::nameOf(text, {0, text.size()}, MatchOptions {});
        return text.mid(range.first, range.second - range.first);
    };
    CHECK(name(u"Ankara'da"_s) == u"Ankara"_s);
    CHECK(name(u"Bayraktar’ın"_s) == u"Bayraktar"_s);
    CHECK(name(u"والقاهرة"_s) == u"القاهرة"_s);
    CHECK(name(u"وَبِالقاهرة"_s) == u"القاهرة"_s);
    // و, ب, ل also begin names: without the article they stay.
    CHECK(name(u"وزير"_s) == u"وزير"_s);
    CHECK(name(u"بغداد"_s) == u"بغداد"_s);
    CHECK(name(u"Ankara"_s) == u"Ankara"_s);
}

TEST_CASE("Affix steps take in and give back one suffix or proclitic at a time", "[matching]")
{
    const QString turkish = u"Heyet Ankara'da toplandı"_s;
    const TextRange ankara {6, 12};
    const TextRange withSuffix = Affixes::stepAffix(turkish, ankara, true, true);
    CHECK(turkish.mid(withSuffix.first, withSuffix.second - withSuffix.first) == u"Ankara'da"_s);
    CHECK(Affixes::stepAffix(turkish, withSuffix, true, false) == ankara);
    CHECK(Affixes::stepAffix(turkish, ankara, true, false) == ankara); // nothing to give back

    const QString arabic = u"زار والقاهرة"_s;
    const qsizetype word = arabic.indexOf(u"والقاهرة"_s);
    TextRange range {word, arabic.size()};
    auto text = [&](const TextRange &r) {
        return arabic.mid(r.first, r.second - r.first);
    };
    range = Affixes::stepAffix(arabic, range, false, false);
    CHECK(text(range) == u"القاهرة"_s);
    range = Affixes::stepAffix(arabic, range, false, false);
    CHECK(text(range) == u"قاهرة"_s);
    range = Affixes::stepAffix(arabic, range, false, true);
    CHECK(text(range) == u"القاهرة"_s);
    range = Affixes::stepAffix(arabic, range, false, true);
    CHECK(text(range) == u"والقاهرة"_s);
    CHECK(Affixes::stepAffix(arabic, range, false, true) == range); // a space before it
}

TEST_CASE("Keyword in context keeps one line, cuts at words and marks the cuts", "[matching]")
{
    const QString text =
        u"First line.\nThe delegation met\tin Ankara with the minister of defence industry today.\nNext"_s;
    const qsizetype at = text.indexOf(u"Ankara"_s);
    const KeywordInContext context = KeywordInContext::of(text, {at, at + 6}, 20);
    CHECK(context.keyword == u"Ankara"_s);
    CHECK(context.before.startsWith(u"…"_s));
    CHECK(context.before.endsWith(u"met in "_s)); // the tab as a space
    CHECK_FALSE(context.before.contains(u"First"_s));
    CHECK(context.after.endsWith(u"…"_s));
    CHECK_FALSE(context.after.contains(u"Next"_s));
    CHECK(context.toLine() == context.before + u"[Ankara]"_s + context.after);

    const QString arabic = u"وقال الكعبي إنّ الاتفاقية"_s;
    const qsizetype name = arabic.indexOf(u"الكعبي"_s);
    const KeywordInContext arabicContext = KeywordInContext::of(arabic, {name, name + 6});
    CHECK(arabicContext.before == u"وقال "_s); // logical order: what is read before it
    CHECK(arabicContext.after == u" إنّ الاتفاقية"_s);
}
