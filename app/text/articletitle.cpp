// SPDX-License-Identifier: GPL-3.0-or-later
#include "articletitle.h"

#include "text/loosefold.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QStringTokenizer>

#include <vector>

namespace Hashiya {
namespace {

constexpr qsizetype scannedLines = 2000; // enough to see a page's header and footer repeat
constexpr qsizetype consideredLines = 40; // a title further down than this is not the page's title
constexpr qsizetype repeatWindow = 10; // a repeated headline is one of the first lines left
constexpr qsizetype headlineMaxWords = 25;
constexpr qsizetype headlineMinWords = 3;

/// The fold every comparison here uses: LooseFold's words (case with İ and ı as i, accents, Arabic marks
/// and letter forms; punctuation as single spaces, so "Skip to content »" is "skip to content").
QString fold(QStringView text)
{
    return LooseFold::words(text);
}

QSet<QString> foldedSet(std::initializer_list<const char16_t *> phrases)
{
    QSet<QString> set;
    for (const char16_t *phrase : phrases)
        set.insert(fold(QStringView(phrase)));
    return set;
}

/// Whole lines that are a page's navigation or furniture, never its title.
const QSet<QString> &navigationPhrases()
{
    static const QSet<QString> phrases = foldedSet({
        // English
        u"skip to content", u"skip to main content", u"skip to navigation", u"jump to content", u"menu",
        u"main menu", u"toggle navigation", u"search", u"home", u"homepage", u"log in", u"login", u"sign in",
        u"subscribe", u"share", u"share this", u"print", u"leave a comment", u"leave a reply", u"comments",
        u"advertisement", u"related news", u"related articles", u"read more", u"latest news", u"breaking news",
        u"follow us", u"newsletter", u"close", u"back to top", u"you may also like", u"most read", u"tags",
        u"categories", u"news",
        // Turkish
        u"içeriğe atla", u"ana içeriğe atla", u"içeriğe geç", u"menü", u"ana menü", u"ara", u"arama",
        u"ana sayfa", u"anasayfa", u"giriş yap", u"giriş", u"üye ol", u"abone ol", u"paylaş", u"yazdır",
        u"yorum yap", u"yorumlar", u"reklam", u"ilgili haberler", u"devamını oku", u"son dakika",
        u"bizi takip edin", u"kapat", u"başa dön", u"en çok okunanlar", u"etiketler", u"kategoriler",
        u"haberler", u"gündem",
        // Arabic
        u"تخطي إلى المحتوى", u"تخط إلى المحتوى", u"انتقل إلى المحتوى", u"تجاوز إلى المحتوى", u"القائمة",
        u"القائمة الرئيسية", u"بحث", u"الرئيسية", u"الصفحة الرئيسية", u"تسجيل الدخول", u"اشترك", u"مشاركة",
        u"شارك", u"طباعة", u"اترك تعليقاً", u"اترك تعليقا", u"اترك رداً", u"التعليقات", u"إعلان",
        u"أخبار ذات صلة", u"اقرأ المزيد", u"اقرأ أيضاً", u"عاجل", u"تابعنا", u"إغلاق", u"الأكثر قراءة",
        u"الوسوم", u"الأخبار",
    });
    return phrases;
}

/// Labels of a page's furniture when a colon follows them: "Source: TRT", "Kaynak: AA", "المصدر: ...".
const QSet<QString> &furnitureLabels()
{
    static const QSet<QString> labels = foldedSet({
        u"source", u"photo", u"tags", u"by", u"author", u"editor", u"category", u"date", u"updated", u"published",
        u"kaynak", u"foto", u"fotoğraf", u"etiketler", u"etiket", u"yazar", u"editör", u"muhabir", u"kategori",
        u"tarih", u"güncelleme", u"son güncelleme", u"yayınlanma", u"yayın tarihi",
        u"المصدر", u"الصورة", u"الوسوم", u"الكاتب", u"بقلم", u"التصنيف", u"التاريخ", u"آخر تحديث", u"نشر في",
    });
    return labels;
}

/// Words of a date or time: months and weekdays in the three languages, and the labels before them.
const QSet<QString> &dateWords()
{
    static const QSet<QString> words = foldedSet({
        u"january", u"february", u"march", u"april", u"may", u"june", u"july", u"august", u"september",
        u"october", u"november", u"december", u"jan", u"feb", u"mar", u"apr", u"jun", u"jul", u"aug", u"sep",
        u"sept", u"oct", u"nov", u"dec", u"monday", u"tuesday", u"wednesday", u"thursday", u"friday", u"saturday",
        u"sunday", u"am", u"pm", u"date", u"updated", u"published", u"utc", u"gmt",
        u"ocak", u"şubat", u"mart", u"nisan", u"mayıs", u"haziran", u"temmuz", u"ağustos", u"eylül", u"ekim",
        u"kasım", u"aralık", u"pazartesi", u"salı", u"çarşamba", u"perşembe", u"cuma", u"cumartesi", u"pazar",
        u"tarih", u"saat", u"güncelleme", u"yayınlanma",
        u"يناير", u"فبراير", u"مارس", u"أبريل", u"إبريل", u"مايو", u"يونيو", u"يوليو", u"أغسطس", u"سبتمبر",
        u"أكتوبر", u"نوفمبر", u"ديسمبر", u"الاثنين", u"الثلاثاء", u"الأربعاء", u"الخميس", u"الجمعة", u"السبت",
        u"الأحد", u"التاريخ", u"ص", u"م", u"هـ",
    });
    return words;
}

/// Notices that are never a title, wherever they sit in the line.
bool isNotice(const QString &folded, QStringView line)
{
    static const QStringList inside = [] {
        QStringList list;
        for (const char16_t *phrase : {u"cookie", u"çerez", u"ملفات تعريف الارتباط", u"الكوكيز", u"all rights reserved",
                                       u"tüm hakları saklıdır", u"جميع الحقوق محفوظة", u"copyright"})
            list.append(fold(QStringView(phrase)));
        return list;
    }();
    if (line.contains(QChar(0x00A9))) // ©
        return true;
    for (const QString &phrase : inside) {
        if (folded.contains(phrase)) // "cookies", "çerezlerimizi": the stem is enough
            return true;
    }
    return false;
}

qsizetype wordCount(const QString &folded)
{
    return folded.isEmpty() ? 0 : folded.count(u' ') + 1;
}

bool isDateWord(QStringView word)
{
    bool digits = true;
    for (const QChar c : word)
        digits = digits && c.isDigit();
    return digits || dateWords().contains(word.toString());
}

/// "5 Aralık 2026", "2024-04-02 14:30", "Ankara, 12 March 2026": a date, and at most a place before it.
bool isDateAlone(const QString &folded)
{
    if (wordCount(folded) > 8)
        return false;
    qsizetype dates = 0;
    qsizetype others = 0;
    for (QStringView word : qTokenize(folded, u' ')) {
        if (isDateWord(word))
            ++dates;
        else
            ++others;
    }
    return dates > 0 && others <= 1;
}

/// "Home | World | Politics", "Ana Sayfa > Gündem > Savunma": three or more short items in a row.
bool isMenu(QStringView line)
{
    auto isSeparator = [](QChar c) {
        switch (c.unicode()) {
        case u'|': case u'\u2022': case u'\u00B7': case u'\u00BB': case u'\u203A': case u'>': case u'/':
        case u'\u25B8':
            return true;
        default:
            return false;
        }
    };
    // Most lines hold fewer than two separators: counted first, without copying anything.
    qsizetype separators = 0;
    for (const QChar c : line)
        separators += isSeparator(c) ? 1 : 0;
    if (separators < 2)
        return false;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        if (i < line.size() && !isSeparator(line[i]))
            continue;
        if (wordCount(fold(line.sliced(start, i - start))) > 3)
            return false;
        start = i + 1;
    }
    return true;
}

/// A line with a colon early on whose part before it is a furniture label ("Kaynak: AA").
bool isLabelled(QStringView line)
{
    const qsizetype colon = line.indexOf(u':');
    if (colon <= 0 || colon > 30)
        return false;
    return furnitureLabels().contains(fold(line.first(colon)));
}

bool isByline(const QString &folded)
{
    return (folded.startsWith(QStringLiteral("by ")) || folded.startsWith(QStringLiteral("بقلم ")))
        && wordCount(folded) <= 5;
}

struct Line
{
    QString text; ///< trimmed, with runs of white space as one space
    QString folded;
};

bool isBoilerplate(const Line &line, const QHash<QString, int> &repeats)
{
    const qsizetype words = wordCount(line.folded);
    if (words == 0 || navigationPhrases().contains(line.folded))
        return true;
    if (words < headlineMinWords && line.text.size() < 25) // "Gündem", "Defense News", a lone link
        return true;
    if (words <= 4 && repeats.value(line.folded) > 1) // the site's name, in the page's header and footer
        return true;
    return isNotice(line.folded, line.text) || isDateAlone(line.folded) || isMenu(line.text)
        || isLabelled(line.text) || isByline(line.folded);
}

bool endsSentence(QStringView text)
{
    return text.endsWith(u'.') || text.endsWith(u'!') || text.endsWith(u':') || text.endsWith(u';')
        || text.endsWith(u',');
}

/// Short, one sentence at most, not ending like a sentence of running text.
bool isHeadlineLike(const Line &line)
{
    const qsizetype words = wordCount(line.folded);
    return words >= headlineMinWords && words <= headlineMaxWords && line.text.size() <= ArticleTitle::maxLength
        && !endsSentence(line.text);
}

/// "Headline | Site" or "Headline – Site", where the site's name stands alone elsewhere in the text, or
/// where the headline does: the headline.
QString withoutSiteName(const QString &text, const QHash<QString, int> &repeats)
{
    for (const QString &separator : {QStringLiteral(" | "), QStringLiteral(" - "), QStringLiteral(" \u2013 "),
                                     QStringLiteral(" \u2014 ")}) {
        const qsizetype at = text.lastIndexOf(separator);
        if (at <= 0)
            continue;
        const QString head = text.first(at).trimmed();
        const QString tail = fold(QStringView(text).sliced(at + separator.size()));
        if (wordCount(tail) <= 4 && (repeats.contains(tail) || repeats.contains(fold(head))))
            return head;
    }
    return text;
}

/// A lede without its dateline: "date 2024-04-02 In a ...", "ANKARA (AA) – Savunma ...",
/// "İstanbul, 5 Aralık 2026 — ...", "الدوحة (الأناضول) - ...".
QStringView withoutDateline(QStringView text)
{
    // Leading date words ("date 2024-04-02", "5 Aralık 2026,"): two at least, so "5 soldiers" stays.
    qsizetype position = 0;
    qsizetype dateEnd = 0;
    qsizetype dateTokens = 0;
    bool sawDigit = false;
    while (position < text.size()) {
        qsizetype end = text.indexOf(u' ', position);
        if (end < 0)
            end = text.size();
        const QString word = fold(text.sliced(position, end - position));
        if (word.isEmpty())
            break;
        bool allDates = true;
        bool digit = false;
        qsizetype tokens = 0;
        for (QStringView token : qTokenize(word, u' ')) {
            allDates = allDates && isDateWord(token);
            digit = digit || (!token.isEmpty() && token.front().isDigit());
            ++tokens;
        }
        if (!allDates)
            break;
        sawDigit = sawDigit || digit;
        dateTokens += tokens;
        dateEnd = end;
        position = end + 1;
    }
    if (sawDigit && dateTokens >= 2 && dateEnd > 0)
        text = text.sliced(dateEnd).trimmed();
    // "PLACE (AGENCY) – ": a few words and a dash near the start.
    for (const QStringView dash : {QStringView(u" - "), QStringView(u" \u2013 "), QStringView(u" \u2014 ")}) {
        const qsizetype at = text.indexOf(dash);
        if (at > 0 && at < 60) {
            const QStringView head = text.first(at);
            if (!head.contains(u'.') && wordCount(fold(head)) <= 6) {
                text = text.sliced(at + dash.size()).trimmed();
                break;
            }
        }
    }
    while (!text.isEmpty() && (text.front() == u'-' || text.front() == u'\u2013' || text.front() == u'\u2014'
                               || text.front() == u':' || text.front() == u','))
        text = text.sliced(1).trimmed();
    return text;
}

/// The first sentence of `text`, kept to maxSentenceLength.
QString firstSentence(QStringView text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const QChar c = text[i];
        if (c != u'.' && c != u'!' && c != u'?' && c != u'\u061F' && c != u'\u2026')
            continue;
        if (!text[i + 1].isSpace())
            continue;
        // "Dr. Ayşe", "U.S. officials": not the end of a sentence.
        const qsizetype wordStart = text.lastIndexOf(u' ', i) + 1;
        const QStringView word = text.sliced(wordStart, i - wordStart);
        if (c == u'.' && (word.size() <= 2 || word.contains(u'.')))
            continue;
        return ArticleTitle::shortened(text.first(i + 1), ArticleTitle::maxSentenceLength);
    }
    return ArticleTitle::shortened(text, ArticleTitle::maxSentenceLength);
}

} // namespace

QString ArticleTitle::shortened(QStringView line, qsizetype length)
{
    const QString simple = line.toString().simplified();
    if (simple.size() <= length)
        return simple;
    qsizetype cut = length - 1; // room for the ellipsis
    // At the last space that leaves most of the room used; else mid-word, never inside a surrogate pair.
    const qsizetype space = simple.lastIndexOf(u' ', cut);
    if (space > length / 2)
        cut = space;
    else if (simple[cut - 1].isHighSurrogate())
        --cut;
    QString result = simple.first(cut);
    while (!result.isEmpty() && (result.back().isSpace() || result.back() == u',' || result.back() == u'\u060C'))
        result.chop(1);
    return result + QChar(0x2026);
}

QString ArticleTitle::choose(QStringView text)
{
    std::vector<Line> lines;
    QHash<QString, int> repeats;
    for (QStringView raw : qTokenize(text, u'\n')) {
        if (qsizetype(lines.size()) >= scannedLines)
            break;
        Line line;
        line.text = raw.toString().simplified();
        if (line.text.isEmpty())
            continue;
        // Further down, only a line short enough to be a headline or a site's name is worth a repeat count.
        if (qsizetype(lines.size()) < consideredLines || line.text.size() <= maxLength)
            line.folded = fold(line.text);
        if (!line.folded.isEmpty())
            ++repeats[line.folded];
        lines.push_back(std::move(line));
    }
    if (lines.empty())
        return {};

    std::vector<const Line *> content;
    for (qsizetype i = 0; i < qsizetype(lines.size()) && i < consideredLines; ++i) {
        if (!isBoilerplate(lines[size_t(i)], repeats))
            content.push_back(&lines[size_t(i)]);
    }
    // A headline the page shows twice (its title bar, then above the article) is the surest sign.
    for (qsizetype i = 0; i < qsizetype(content.size()) && i < repeatWindow; ++i) {
        const Line &line = *content[size_t(i)];
        if (isHeadlineLike(line) && repeats.value(line.folded) > 1)
            return shortened(line.text);
    }
    if (!content.empty()) {
        const Line &first = *content.front();
        if (isHeadlineLike(first))
            return shortened(withoutSiteName(first.text, repeats));
        // The article opens with its lede: a heading further down names a section, not the article.
        const QStringView lede = withoutDateline(first.text);
        if (wordCount(fold(lede)) >= headlineMinWords)
            return firstSentence(lede);
        return shortened(first.text);
    }
    return shortened(lines.front().text); // all furniture: the first line is as good as any
}

} // namespace Hashiya
