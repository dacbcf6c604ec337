// SPDX-License-Identifier: GPL-3.0-or-later
// Choosing an article's title as a reader would, on the shapes pages saved from news sites take. The texts
// are written for these tests; only their shapes follow real scraped pages.
#include "support/catchqt.h"
#include "text/articletitle.h"

using namespace Hashiya;

namespace {

QString lines(std::initializer_list<const char16_t *> list)
{
    QStringList result;
    for (const char16_t *line : list)
        result.append(QString::fromUtf16(line));
    return result.join(u'\n');
}

} // namespace

TEST_CASE("A Turkish page's navigation, date and site name are skipped for its headline", "[title]")
{
    const QString text = lines({
        u"İçeriğe Atla",
        u"Menü",
        u"Ana Sayfa | Gündem | Ekonomi | Dünya | Spor",
        u"Savunma Postası",
        u"5 Aralık 2026 Cumartesi",
        u"Bu site çerezler kullanır. Siteyi kullanmaya devam ederek çerez politikamızı kabul etmiş olursunuz.",
        u"Yerli insansız deniz aracı ilk atışını başarıyla yaptı",
        u"",
        u"Ege'de yapılan testte aracın hedefi ilk denemede vurduğu bildirildi. Testi izleyen yetkililer sonuçtan "
        u"memnun olduklarını söyledi.",
        u"Kaynak: Savunma Postası",
        u"Savunma Postası",
        u"© 2026 Tüm hakları saklıdır.",
    });
    CHECK(ArticleTitle::choose(text) == QStringLiteral("Yerli insansız deniz aracı ilk atışını başarıyla yaptı"));
}

TEST_CASE("An English page's skip link, breadcrumb and byline are skipped for its headline", "[title]")
{
    const QString text = lines({
        u"Skip to content",
        u"Search",
        u"Home › World › Europe",
        u"Regional ministers agree on a joint air defence exercise",
        u"By Jane Porter",
        u"March 12, 2026 10:45 am",
        u"Defence ministers from four countries agreed on Tuesday to hold a joint exercise next spring.",
    });
    CHECK(ArticleTitle::choose(text) == QStringLiteral("Regional ministers agree on a joint air defence exercise"));
}

TEST_CASE("An Arabic page's skip link and menu are skipped, and its repeated headline is chosen", "[title]")
{
    const QString text = lines({
        u"تخطي إلى المحتوى",
        u"القائمة",
        u"الرئيسية | أخبار | اقتصاد | رياضة",
        u"٣ ديسمبر ٢٠٢٦",
        u"وزيرا الدفاع يبحثان في الدوحة توسيع التعاون في الصناعات البحرية",
        u"",
        u"وزيرا الدفاع يبحثان في الدوحة توسيع التعاون في الصناعات البحرية",
        u"",
        u"آفاق التعاون البحري",
        u"",
        u"عقد وزيرا الدفاع اجتماعاً في الدوحة تناول خطط الإنتاج المشترك للسفن. وأكد الجانبان أهمية المشروع.",
        u"المصدر: وكالة الأنباء",
        u"اترك تعليقاً",
    });
    CHECK(ArticleTitle::choose(text) == QStringLiteral("وزيرا الدفاع يبحثان في الدوحة توسيع التعاون في الصناعات البحرية"));
}

TEST_CASE("A plain article is titled by its first line, its headline", "[title]")
{
    const QString text = lines({
        u"Ankara'da savunma sanayii toplantısı yapıldı",
        u"",
        u"Türk ve Azerbaycan heyetleri Ankara'da bir araya geldi. Toplantıda ortak projeler ele alındı.",
    });
    CHECK(ArticleTitle::choose(text) == QStringLiteral("Ankara'da savunma sanayii toplantısı yapıldı"));
}

TEST_CASE("A dateline is not a title, and a lede that opens the article gives its first sentence", "[title]")
{
    SECTION("a date alone above the headline, and the place and agency before the lede")
    {
        const QString text = lines({
            u"12 March 2026",
            u"Baku hosts talks on defence cooperation",
            u"BAKU (Reuters) — The defence ministers of Azerbaijan and Türkiye met in Baku on Thursday.",
        });
        CHECK(ArticleTitle::choose(text) == QStringLiteral("Baku hosts talks on defence cooperation"));
    }
    SECTION("a labelled date glued to the lede, with section headings below")
    {
        const QString text = lines({
            u" date 2026-03-12 In a step towards closer defence ties, the two ministers met in Baku. They spoke "
            u"for two hours.",
            u"",
            u"Plans for Joint Production",
            u"",
            u"The ministers discussed plans for building armoured vehicles together.",
        });
        CHECK(ArticleTitle::choose(text)
              == QStringLiteral("In a step towards closer defence ties, the two ministers met in Baku."));
    }
    SECTION("a long lede without a headline, in Turkish, is cut at a word")
    {
        const QString text = lines({
            u"ANKARA (AA) – Türkiye ile Azerbaycan arasında savunma ve güvenlik alanındaki iş birliğinin "
            u"geliştirilmesi amacıyla düzenlenen ve iki gün süren toplantı, taraflar arasında imzalanan yeni "
            u"anlaşmalarla sona erdi. Heyetler yeniden buluşacak.",
            u"Toplantıya Katılan Heyetler",
            u"Heyetlerde bakanlık ve sanayi temsilcileri yer aldı.",
        });
        const QString title = ArticleTitle::choose(text);
        CHECK(title.startsWith(QStringLiteral("Türkiye ile Azerbaycan arasında savunma")));
        CHECK(title.endsWith(QChar(0x2026)));
        CHECK(title.size() <= ArticleTitle::maxSentenceLength);
        CHECK_FALSE(title.contains(QStringLiteral("ANKARA")));
    }
    SECTION("a number that starts a lede is not taken for a date")
    {
        CHECK(ArticleTitle::choose(u"5 soldiers were rescued from the flooded base on Monday. More followed.")
              == QStringLiteral("5 soldiers were rescued from the flooded base on Monday."));
    }
}

TEST_CASE("A headline followed by the site's name keeps only the headline", "[title]")
{
    const QString text = lines({
        u"Defence News Daily",
        u"New frigate joins the fleet after sea trials – Defence News Daily",
        u"The navy commissioned its newest frigate on Friday after three months of sea trials.",
        u"Defence News Daily",
    });
    CHECK(ArticleTitle::choose(text) == QStringLiteral("New frigate joins the fleet after sea trials"));
}

TEST_CASE("A text of furniture only, or of no words, still gets a title", "[title]")
{
    CHECK(ArticleTitle::choose(u"Skip to content\nMenu\n") == QStringLiteral("Skip to content"));
    CHECK(ArticleTitle::choose(u"\n \n\t\n").isEmpty());
    CHECK(ArticleTitle::choose(u"").isEmpty());
}
