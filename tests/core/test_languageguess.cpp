// SPDX-License-Identifier: GPL-3.0-or-later
// Script and language of articles, as the corpus browser labels them.
#include "support/catchqt.h"
#include "text/languageguess.h"

using namespace Hashiya;

namespace {

const QString turkish = QStringLiteral(
    "Savunma Sanayii Başkanlığı, yerli insansız hava araçlarının ihracatında yeni bir dönemin başladığını "
    "açıkladı. Açıklamaya göre sözleşmeler önümüzdeki yıl içinde imzalanacak.");
const QString arabic = QStringLiteral("أعلنت وزارة الخارجية عن زيارة رسمية يقوم بها وفد تركي إلى العاصمة الأسبوع "
                                      "المقبل لبحث التعاون في مجال الصناعات الدفاعية.");
// An English article about Turkey: Turkish names must not make it Turkish.
const QString english =
    QStringLiteral("Defence minister Yaşar Güler met his counterpart in the capital on Tuesday. The two delegations "
                   "discussed the joint programme for armoured vehicles, training for air-defence crews and the "
                   "schedule of the next exhibition, where both countries expect to show new equipment.");

} // namespace

TEST_CASE("Turkish prose is Latin script in Turkish", "[languageguess]")
{
    const TextProfile profile = profileOf(turkish);
    CHECK(profile.script == QStringLiteral("Latin"));
    CHECK(profile.language == QStringLiteral("tr"));
}

TEST_CASE("Arabic prose with diacritics and Latin names is Arabic", "[languageguess]")
{
    CHECK(profileOf(arabic) == TextProfile {QStringLiteral("Arabic"), QStringLiteral("ar")});
    // A product name and a date in Latin letters and digits leave it Arabic.
    const QString withNames = QStringLiteral("وقّعت الوزارة عقداً مع شركة Baykar لشراء طائرات TB3 في 3 فبراير 2026");
    CHECK(profileOf(withNames) == TextProfile {QStringLiteral("Arabic"), QStringLiteral("ar")});
}

TEST_CASE("English prose that names Turkish people stays English", "[languageguess]")
{
    CHECK(profileOf(english) == TextProfile {QStringLiteral("Latin"), QStringLiteral("en")});
}

TEST_CASE("Text written in two scripts is mixed, with no language", "[languageguess]")
{
    const TextProfile profile = profileOf(QString(english + u'\n' + arabic));
    CHECK(profile.script == QStringLiteral("Mixed"));
    CHECK(profile.language.isEmpty());
}

TEST_CASE("Text without letters has no script and no language", "[languageguess]")
{
    CHECK(profileOf(QString()) == TextProfile {});
    CHECK(profileOf(QStringLiteral("  2026 — 14:30 📰 !? ")) == TextProfile {});
}

TEST_CASE("Turkish letters written as a base letter and a mark still count", "[languageguess]")
{
    // "Başkanlığı açıkladı" with ş, ğ and ç decomposed, and without the dotless ı.
    const QString decomposed =
        QStringLiteral("Bas\u0327kanlig\u0306i ac\u0327ikladi ve gu\u0308venlik go\u0308ru\u0308s\u0327mesi");
    CHECK(profileOf(decomposed).language == QStringLiteral("tr"));
    CHECK(profileOf(QStringLiteral("Baskanligi acikladi ve guvenlik gorusmesi")).language == QStringLiteral("en"));
}

TEST_CASE("Only the beginning of a long text is read", "[languageguess]")
{
    // 21 000 characters of one script, then ten times as much of the other: read whole, the second
    // script would win.
    const auto atLeast = [](const QString &sentence, qsizetype length) {
        QString text;
        while (text.size() < length)
            text += sentence + u' ';
        return text;
    };
    CHECK(profileOf(QString(atLeast(english, 21000) + atLeast(arabic, 210000))).script == QStringLiteral("Latin"));
    CHECK(profileOf(QString(atLeast(arabic, 21000) + atLeast(english, 210000))).script == QStringLiteral("Arabic"));
}
