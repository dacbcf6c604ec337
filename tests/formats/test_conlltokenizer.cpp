// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/catchqt.h"

#include <QRandomGenerator>
#include <QStringList>

#include "formats/conlltokenizer.h"

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

QStringList tokenTexts(const QString &text, ConllTokenizer::Mode mode)
{
    QStringList out;
    for (const ConllToken &token : ConllTokenizer::tokenize(text, mode)) {
        QString prefix = token.startsLine ? u"¶"_s : token.startsSentence ? u"§"_s : QString();
        out.append(prefix + text.mid(token.start, token.end - token.start));
    }
    return out;
}

void checkSameTokens(const QString &text)
{
    const std::vector<ConllToken> fast = ConllTokenizer::tokenize(text, ConllTokenizer::Mode::Fast);
    const std::vector<ConllToken> finder = ConllTokenizer::tokenize(text, ConllTokenizer::Mode::BoundaryFinderOnly);
    if (fast != finder) {
        INFO(text.toStdString());
        CHECK(tokenTexts(text, ConllTokenizer::Mode::Fast)
              == tokenTexts(text, ConllTokenizer::Mode::BoundaryFinderOnly));
    }
}

} // namespace

TEST_CASE("CoNLL tokens follow word boundaries, drop spaces and start sentences at line breaks", "[formats][conll]")
{
    const QString text =
        u"Ankara'da 1.5 milyar $ harcandı. Sonra ne oldu?\nوزار أردوغانُ الدوحةَ، وأنقرة.\n\nİSTANBUL-based"_s;
    const QStringList expected = {u"¶Ankara'da"_s, u"1.5"_s,       u"milyar"_s, u"$"_s,    u"harcandı"_s,
                                  u"."_s,          u"§Sonra"_s,    u"ne"_s,     u"oldu"_s, u"?"_s,
                                  u"¶وزار"_s,      u"أردوغانُ"_s,   u"الدوحةَ"_s, u"،"_s,    u"وأنقرة"_s,
                                  u"."_s,          u"¶İSTANBUL"_s, u"-"_s,      u"based"_s};
    CHECK(tokenTexts(text, ConllTokenizer::Mode::Fast) == expected);
    CHECK(tokenTexts(text, ConllTokenizer::Mode::BoundaryFinderOnly) == expected);
}

TEST_CASE("CoNLL tokens never hold a separator", "[formats][conll]")
{
    const QString text = u"a\u00A0b\tc\u2009d \u0301e\u2028f\u001Fg 🇹🇷 x👩‍👩‍👧y"_s;
    for (const ConllToken &token : ConllTokenizer::tokenize(text)) {
        for (qsizetype i = token.start; i < token.end; ++i)
            CHECK_FALSE(ConllTokenizer::isSeparator(text[i]));
        CHECK(token.end > token.start);
    }
    CHECK(tokenTexts(text, ConllTokenizer::Mode::Fast).mid(0, 4) == QStringList {u"¶a"_s, u"b"_s, u"c"_s, u"d"_s});
}

TEST_CASE("The CoNLL tokenizer's fast path gives the boundary finder's tokens and sentences", "[formats][conll]")
{
    // Hand-picked cases around each rule the fast path implements.
    const QStringList cases = {
        u"Ankara'da konuştu. Sonra gitti."_s,
        u"e.g. this and U.S. Army. Then 3.14 and 1,000,000; 2:30 a.m. ok"_s,
        u"a.B c.d A.b A.B 1.a a.1 1'2 a'1 a:b 1:2 a,b 1,2 a;b 1;2"_s,
        u"He said \"Stop.\" Then (he left.) 'Quoted.' She ran!"_s,
        u"Wait... what?! Yes. no. «Evet.» “Tamam.” Bitti."_s,
        u"وزار أردوغانُ الدوحةَ، وأنقرة. ثم عاد؟ نعم! ١٢٣٫٤ و١٢٣"_s,
        u"x. ﻻ"_s,
        u"end. - dash. – en. — em. a.-b a.'b' c.) d"_s,
        u"$1.5 billion, 20% of #3 = 4*5/6 & 7+8"_s,
        u"Ali.Veli ali.veli İSTANBUL-based ASFAT's 'quote' ’x’ ‘y’"_s,
        u"  leading and trailing spaces  "_s,
        u"."_s,
        u"?"_s,
        u""_s,
        u"a.  \"B"_s,
        u"a. ( b"_s,
        u"Mr. Smith. mr. smith. 5. Madde 5. madde"_s,
        u"ش.م.ع. الإمارات. أ.د. محمد"_s,
    };
    for (const QString &text : cases)
        checkSameTokens(text);

    // Random lines over the fast path's alphabet, many of them dense with punctuation.
    const QStringList pieces = {
        u"Ankara"_s, u"da"_s,     u"İSTANBUL"_s, u"ılımlı"_s, u"Çok"_s, u"şey"_s,  u"Baykar"_s, u"the"_s, u"US"_s,
        u"أنقرة"_s,  u"الدوحةَ"_s, u"وقّعت"_s,     u"قطر"_s,    u"١٢"_s,  u"2026"_s, u"1"_s,      u"a"_s,   u"B"_s,
        u" "_s,      u" "_s,      u" "_s,        u"  "_s,     u"."_s,   u"."_s,    u","_s,      u";"_s,   u":"_s,
        u"'"_s,      u"’"_s,      u"‘"_s,        u"?"_s,      u"!"_s,   u"؟"_s,    u"،"_s,      u"("_s,   u")"_s,
        u"["_s,      u"]"_s,      u"\""_s,       u"«"_s,      u"»"_s,   u"“"_s,    u"”"_s,      u"-"_s,   u"–"_s,
        u"—"_s,      u"$"_s,      u"%"_s,        u"&"_s,      u"+"_s,   u"#"_s,    u"*"_s,      u"/"_s,   u"="_s,
        u"{"_s,      u"}"_s,      u"ğ"_s,        u"Ş"_s,      u"é"_s,   u"ß"_s,    u"ÿ"_s,      u"Ÿ"_s,   u"\n"_s,
    };
    QRandomGenerator random(2024);
    for (int line = 0; line < 20000; ++line) {
        QString text;
        const int count = 1 + random.bounded(14);
        for (int i = 0; i < count; ++i)
            text += pieces[random.bounded(int(pieces.size()))];
        checkSameTokens(text);
    }
}

TEST_CASE("A long text, tokenized in two halves at once, gives the tokens of its lines one by one", "[formats][conll]")
{
    // Lines of different lengths, so the cut near the middle falls at an arbitrary line; one line in the
    // boundary finder's hands (an emoji), and a blank line.
    const QStringList paragraphs = {
        u"Ankara'da 1.5 milyar $ harcandı. Sonra ne oldu?"_s,
        u"وزار أردوغانُ الدوحةَ، وأنقرة. ثم عاد."_s,
        u"The 📰 desk in İSTANBUL-based Baykar said so. Dr. Smith agreed."_s,
        QString(),
    };
    QString text;
    std::vector<ConllToken> expected;
    for (int i = 0; text.size() < (3 << 19); ++i) {
        const QString &line = paragraphs[i % paragraphs.size()];
        const qsizetype offset = text.size();
        for (ConllToken token : ConllTokenizer::tokenize(line)) {
            token.start += offset;
            token.end += offset;
            expected.push_back(token);
        }
        text += line + u'\n';
    }
    const std::vector<ConllToken> tokens = ConllTokenizer::tokenize(text);
    REQUIRE(tokens.size() == expected.size());
    CHECK(tokens == expected);
}
