// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatedcorpus.h"

#include "benchmarks/benchmarksupport.h"
#include "io/articlereader.h"
#include "io/jsonwriter.h"
#include "io/sidecarwriter.h"
#include "io/workerpool.h"
#include "model/annotationid.h"
#include "model/sidecarinfo.h"
#include "text/codepointindex.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Hashiya::Benchmark {
namespace {

const QStringList turkishGiven = {u"Haluk"_s, u"Selçuk"_s, u"İsmail"_s, u"Ayşe"_s, u"Işıl"_s, u"Oğuz"_s,
                                  u"Gülşen"_s, u"Çağrı"_s, u"Mehmet"_s, u"Zeynep"_s};
const QStringList turkishFamily = {u"Görgün"_s, u"Bayraktar"_s, u"Demir"_s, u"Yıldırım"_s, u"Öztürk"_s,
                                   u"Kılıç"_s, u"Şahin"_s, u"Aydın"_s, u"Çelik"_s, u"Doğan"_s};
const QStringList arabicGiven = {u"خالد"_s, u"محمد"_s, u"فاطمة"_s, u"عبدالله"_s, u"نورة"_s,
                                 u"سلمان"_s, u"مريم"_s, u"حمد"_s, u"ليلى"_s, u"يوسف"_s};
const QStringList arabicFamily = {u"العطية"_s, u"الكواري"_s, u"المري"_s, u"الهاجري"_s, u"النعيمي"_s,
                                  u"الدوسري"_s, u"الشمري"_s, u"العنزي"_s, u"القحطاني"_s, u"الزهراني"_s};
const QStringList englishGiven = {u"James"_s, u"Olivia"_s, u"Henry"_s, u"Grace"_s, u"Thomas"_s,
                                  u"Emily"_s, u"Oliver"_s, u"Sophie"_s, u"Daniel"_s, u"Hannah"_s};
const QStringList englishFamily = {u"Whitfield"_s, u"Marlow"_s, u"Ashby"_s, u"Thornton"_s, u"Kendrick"_s,
                                   u"Pemberton"_s, u"Hollis"_s, u"Carrow"_s, u"Lindqvist"_s, u"Fairbairn"_s};

// Sentences with two slots, %1 a person and %2 an organisation or place.
const QStringList turkishSentences = {
    u"Savunma Sanayii Başkanı %1, %2 heyetiyle Ankara'da insansız hava araçlarının ihracatını görüştü. "_s,
    u"Toplantıda %1, %2 ile imzalanan anlaşmanın 250 milyon dolarlık ilk aşamasını açıkladı. "_s,
    u"%2 yetkilileri, %1 başkanlığındaki heyetin İstanbul'daki fuarda yeni zırhlı araçları incelediğini belirtti. "_s,
    u"Hava savunma radarlarının ortak üretimi için %1 ve %2 arasında ılımlı bir uzlaşma sağlandı. "_s,
};
const QStringList arabicSentences = {
    u"أعلن %1 أنّ %2 وقّعت اتفاقية جديدة لتطوير الطائرات المسيّرة في الدوحة. "_s,
    u"واستقبل %1 وفداً من %2 لبحث التعاون في مجال الصناعات الدفاعية والرادارات. "_s,
    u"وقالت %2 في بيان إنّ %1 ناقش صفقة المركبات المدرّعة بقيمة ٢٥٠ مليون دولار. "_s,
    u"وحضر %1 مراسم التوقيع مع ممثلي %2 في أنقرة بحضور عدد من المسؤولين. "_s,
};
const QStringList englishSentences = {
    u"%1 met the %2 delegation in Baku to review joint projects on armoured vehicles. "_s,
    u"The agreement between %2 and the ministry, signed by %1, is worth 250 million dollars. "_s,
    u"Officials of %2 said %1 had inspected the new air-defence radars at the Istanbul fair. "_s,
    u"%1 told reporters that %2 would deliver the first drones before May. "_s,
};
const QStringList organisations = {u"Baykar"_s, u"ASELSAN"_s, u"Roketsan"_s, u"TUSAŞ"_s, u"بايكار"_s,
                                   u"أسلسان"_s, u"وزارة الدفاع"_s, u"BAE Systems"_s, u"Qatar Armed Forces"_s,
                                   u"Azerbaijan"_s};

QString person(QRandomGenerator &random, int language)
{
    const QStringList &given = language == 0 ? turkishGiven : language == 1 ? arabicGiven : englishGiven;
    const QStringList &family = language == 0 ? turkishFamily : language == 1 ? arabicFamily : englishFamily;
    // 10 × 10 names, and a number-suffixed family name for rare ones (Whitfield3…): thousands in all.
    const int rare = random.bounded(40);
    return given[random.bounded(int(given.size()))] + u' ' + family[random.bounded(int(family.size()))]
        + (rare < 30 ? QString() : (language == 1 ? u"ي"_s : u"o"_s) + QString::number(random.bounded(400)));
}

void writeOne(const QString &dir, qsizetype n)
{
    QRandomGenerator random(quint32(n) * 2654435761u + 1);
    const int language = int(n % 3);
    const QStringList &sentences =
        language == 0 ? turkishSentences : language == 1 ? arabicSentences : englishSentences;
    QString text = u"Article %1\n\n"_s.arg(n);
    if (n % 10 == 0)
        text += u"📰 "_s; // an emoji before the entities: code points and UTF-16 differ
    std::vector<Entity> entities;
    std::vector<std::pair<qsizetype, qsizetype>> spans;
    auto codePoints = [](const QString &s) { return qsizetype(s.toUcs4().size()); };
    qsizetype position = codePoints(text);
    while (text.toUtf8().size() < 3000) {
        const QString &sentence = sentences[random.bounded(int(sentences.size()))];
        const QString who = person(random, language);
        const QString what = organisations[random.bounded(int(organisations.size()))];
        const qsizetype first = sentence.indexOf(u"%1"_s), second = sentence.indexOf(u"%2"_s);
        const bool personFirst = first < second;
        const QString filled = sentence.arg(who, what);
        // Code point offsets of the two names inside the filled sentence.
        const qsizetype before = codePoints(sentence.left(std::min(first, second)));
        const qsizetype firstLength = codePoints(personFirst ? who : what);
        const qsizetype between = codePoints(sentence.mid(std::min(first, second) + 2,
                                                          std::max(first, second) - std::min(first, second) - 2));
        const qsizetype secondLength = codePoints(personFirst ? what : who);
        const qsizetype a = position + before, b = a + firstLength + between;
        if (entities.size() < 8) {
            for (const auto &[start, length, isPerson] :
                 {std::tuple {a, firstLength, personFirst}, std::tuple {b, secondLength, !personFirst}}) {
                Entity entity;
                entity.id = newAnnotationId();
                entity.type = isPerson ? u"PERSON"_s : u"ORG"_s;
                entity.spans.append(Span {start, start + length, {}});
                entities.push_back(std::move(entity));
            }
        }
        text += filled;
        position += codePoints(filled);
        if (random.bounded(4) == 0) {
            text += u"\n\n"_s;
            position += 2;
        }
    }
    text += u'\n';
    const QString path = dir + u"/%1/%2.txt"_s.arg(n / 1000, 3, 10, QLatin1Char('0')).arg(n, 6, 10, QLatin1Char('0'));
    writeFile(path, text.toUtf8());
    Article article = *ArticleReader::read(path).article;
    std::vector<Relation> relations; // the people of the first two sentences, members of their organisations
    for (size_t i = 0; i + 1 < entities.size() && relations.size() < 2; i += 2) {
        const bool personFirst = entities[i].type == u"PERSON"_s;
        Relation relation;
        relation.id = newAnnotationId();
        relation.type = u"MEMBER_OF"_s;
        relation.from = entities[personFirst ? i : i + 1].id;
        relation.to = entities[personFirst ? i + 1 : i].id;
        relations.push_back(std::move(relation));
    }
    std::sort(entities.begin(), entities.end(), entityLess);
    std::sort(relations.begin(), relations.end(), relationLess);
    SidecarInfo info;
    info.status = n % 5 == 0 ? u"done"_s : u"in-progress"_s;
    JsonWriter out;
    SidecarWriter::write(out, article, CodePointIndex(article.text), info, entities, relations);
    writeFile(article.sidecarPath(), out.toByteArray());
}

} // namespace

bool GeneratedCorpus::ensure(const QString &dir, qsizetype count)
{
    const QString marker = dir + u"/.generated"_s;
    QFile stamp(marker);
    if (stamp.open(QIODevice::ReadOnly) && stamp.readAll().trimmed() == QByteArray::number(count))
        return false;
    stamp.close();
    QDir(dir).removeRecursively();
    for (qsizetype folder = 0; folder <= (count - 1) / 1000; ++folder)
        QDir().mkpath(dir + u"/%1"_s.arg(folder, 3, 10, QLatin1Char('0')));
    walkInOrder(
        count,
        [&dir](qsizetype n) {
            writeOne(dir, n);
            return 0;
        },
        [](qsizetype, int) { return true; });
    writeFile(marker, QByteArray::number(count) + '\n');
    return true;
}

QString GeneratedCorpus::rareName()
{
    return u"Thomas Whitfieldo17"_s;
}

QStringList GeneratedCorpus::rareNames(qsizetype count)
{
    QStringList names;
    for (qsizetype i = 0; i < count; ++i) {
        const QString number = QString::number((i * 37) % 400);
        switch (i % 3) {
        case 0:
            names.append(turkishFamily[(i / 3) % 10] + u"o"_s + number);
            break;
        case 1:
            names.append(arabicFamily[(i / 3) % 10] + u"ي"_s + number);
            break;
        default:
            names.append(englishFamily[(i / 3) % 10] + u"o"_s + number);
        }
    }
    return names;
}

QStringList GeneratedCorpus::someNames(qsizetype count)
{
    QStringList names;
    for (qsizetype i = 0; i < count; ++i) {
        switch (i % 3) {
        case 0:
            names.append(turkishGiven[i % 10] + u' ' + turkishFamily[(i / 3) % 10]);
            break;
        case 1:
            names.append(arabicFamily[(i / 3) % 10]);
            break;
        default:
            names.append(englishGiven[(i / 3) % 10] + u' ' + englishFamily[(i * 7) % 10]);
        }
    }
    return names;
}

} // namespace Hashiya::Benchmark
