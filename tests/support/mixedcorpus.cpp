// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/mixedcorpus.h"

#include <QFile>
#include <QRandomGenerator>

namespace Hashiya::Test {

namespace {

const QStringList &sentences()
{
    static const QStringList all {
        QStringLiteral("Savunma Sanayii Başkanı Haluk Görgün, İstanbul'da ASELSAN ve ROKETSAN yetkilileriyle görüştü."),
        QStringLiteral("Iğdır ve Ağrı'da ılık bir gün; İzmir'deki fuarda KAAN savaş uçağı tanıtıldı."),
        QStringLiteral("Millî Savunma Bakanı Yaşar Güler, Körfez ülkelerine yapılan ihracatın 2,3 milyar doları aştığını söyledi."),
        QStringLiteral("الْتَقَى وَزِيرُ الدِّفَاعِ التُّرْكِيُّ يَشَار غُولَر بِنَظِيرِهِ السُّعُودِيِّ فِي الرِّيَاضِ."),
        QStringLiteral("وقّعت شركة بايكار اتفاقية مع المملكة العربية السعودية لتصدير طائرات أقنجي بقيمة 3 مليارات دولار."),
        QStringLiteral("وَأَكَّدَ خلوق غورغون أنّ التعاون مع الإمارات سيستمر في عام 2025."),
        QStringLiteral("📰 Turkish drone maker Baykar signed a $3 billion deal 🚀 with Saudi Arabia on Tuesday."),
        QStringLiteral("Defence minister Yaşar Güler met his Qatari counterpart in Doha; ASELSAN showed the KORKUT system."),
        QStringLiteral("🇹🇷 Ankara hosted the IDEF 2025 fair, where Haluk Görgün signed agreements with Indonesia."),
    };
    return all;
}

} // namespace

QList<std::pair<qsizetype, qsizetype>> wordsOf(const QString &text)
{
    QList<std::pair<qsizetype, qsizetype>> words;
    const QList<uint> codePoints = text.toUcs4();
    qsizetype start = -1;
    for (qsizetype i = 0; i <= codePoints.size(); ++i) {
        const bool inWord = i < codePoints.size() && (QChar::isLetterOrNumber(char32_t(codePoints[i]))
                                                      || QChar::isMark(char32_t(codePoints[i])));
        if (inWord && start < 0)
            start = i;
        else if (!inWord && start >= 0) {
            words.append({start, i});
            start = -1;
        }
    }
    return words;
}

QString codePointSlice(const QString &text, qsizetype start, qsizetype end)
{
    const QList<uint> codePoints = text.toUcs4();
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData() + start), end - start);
}

QList<MixedArticle> writeMixedCorpus(const QString &folder, int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<MixedArticle> articles;
    for (int n = 0; n < count; ++n) {
        MixedArticle article;
        article.path = folder + QStringLiteral("/article-%1.txt").arg(n, 3, 10, QLatin1Char('0'));
        QStringList paragraphs;
        const int paragraphCount = 3 + int(random.bounded(6));
        for (int p = 0; p < paragraphCount; ++p) {
            QStringList paragraph;
            const int sentenceCount = 1 + int(random.bounded(3));
            for (int s = 0; s < sentenceCount; ++s)
                paragraph.append(sentences().at(int(random.bounded(qsizetype(sentences().size())))));
            paragraphs.append(paragraph.join(u' '));
        }
        article.text = paragraphs.join(QStringLiteral("\n\n")) + u'\n';
        article.crlf = random.bounded(3) == 0;
        article.bom = random.bounded(4) == 0;
        article.words = wordsOf(article.text);
        QByteArray bytes = article.text.toUtf8();
        if (article.crlf)
            bytes.replace("\n", "\r\n");
        if (article.bom)
            bytes.prepend("\xEF\xBB\xBF");
        QFile file(article.path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(article.path));
        articles.append(article);
    }
    return articles;
}

} // namespace Hashiya::Test
