// SPDX-License-Identifier: GPL-3.0-or-later
// Agreement at a team's scale: two analysts' copies of 5,000 articles, 10⁵ entities and 2·10⁴ relations on
// each side, B's copy differing from A's as a second analyst's does (shifted boundaries, other types,
// entities missed or added, relations reversed or retyped). Times `hashiya agreement` as a fresh process,
// best of --repeat, with its peak memory.
//
//   agreement_benchmark [--articles 5000] [--dir DIR] [--repeat 3]

#include "benchmarks/benchmarksupport.h"
#include "benchmarks/timedprocess.h"
#include "io/articlereader.h"
#include "io/jsonwriter.h"
#include "model/sidecarinfo.h"
#include "io/sidecarwriter.h"
#include "model/annotationid.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace Hashiya;
using namespace Hashiya::Benchmark;
using namespace Qt::StringLiterals;

namespace {

const QStringList people {u"Haluk Görgün"_s, u"Ayşe Yıldırım"_s, u"خالد العطية"_s, u"James Kendrick"_s,
                          u"Olivia Pemberton"_s, u"İsmail Demir"_s, u"محمد المري"_s, u"Henry Hollis"_s};
const QStringList places {u"Ankara"_s, u"الدوحة"_s, u"Baku"_s, u"İstanbul"_s, u"London"_s, u"أنقرة"_s};
constexpr int entitiesPerArticle = 20;
constexpr int relationsPerArticle = 4;

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

void writeSidecar(const QString &path, std::vector<Entity> entities, std::vector<Relation> relations)
{
    const Article article = *ArticleReader::read(path).article;
    std::sort(entities.begin(), entities.end(), entityLess);
    std::sort(relations.begin(), relations.end(), relationLess);
    JsonWriter out;
    SidecarWriter::write(out, article, CodePointIndex(article.text), SidecarInfo(), entities, relations);
    writeBytes(article.sidecarPath(), out.toByteArray());
}

/// Article `n` in both copies: ten sentences "X met Y in Z." with 20 entities, and B's variations.
void writeArticle(const QString &a, const QString &b, qsizetype n)
{
    QRandomGenerator random(quint32(n) * 2654435761u + 7);
    QString text = n % 10 == 0 ? u"📰 "_s : QString();
    std::vector<Entity> entities;
    auto length = [](const QString &s) { return qsizetype(s.toUcs4().size()); };
    while (int(entities.size()) < entitiesPerArticle) {
        const QString who = people[random.bounded(int(people.size()))];
        const QString whom = people[random.bounded(int(people.size()))];
        const QString where = places[random.bounded(int(places.size()))];
        const qsizetype start = length(text);
        text += who + u" met "_s + whom + u" in "_s + where + u". "_s;
        const qsizetype second = start + length(who) + 5;
        for (const auto &[at, name, type] : {std::tuple {start, who, u"PERSON"_s},
                                             std::tuple {second, whom, u"PERSON"_s}}) {
            if (int(entities.size()) < entitiesPerArticle) {
                Entity entity;
                entity.id = newAnnotationId();
                entity.type = type;
                entity.spans.append(Span {at, at + length(name), {}});
                entities.push_back(std::move(entity));
            }
        }
    }
    std::vector<Relation> relations;
    for (int r = 0; r < relationsPerArticle; ++r) {
        Relation relation;
        relation.id = newAnnotationId();
        relation.type = r % 2 == 0 ? u"MEETS_WITH"_s : u"MEMBER_OF"_s;
        relation.from = entities[size_t(2 * r)].id;
        relation.to = entities[size_t(2 * r + 1)].id;
        relations.push_back(std::move(relation));
    }
    const QString name = u"/%1/%2.txt"_s.arg(n / 500, 2, 10, QLatin1Char('0')).arg(n, 5, 10, QLatin1Char('0'));
    writeBytes(a + name, text.toUtf8());
    writeBytes(b + name, text.toUtf8());
    writeSidecar(a + name, entities, relations);

    // B: 5 % shifted, 5 % retyped, 3 % missed (with their relations), a relation reversed or retyped now and then.
    std::vector<Entity> other;
    QSet<QString> missed;
    for (Entity entity : entities) {
        const int dice = random.bounded(100);
        if (dice < 3) {
            missed.insert(entity.id);
            continue;
        }
        if (dice < 8)
            entity.spans.first().start += 1;
        else if (dice < 13)
            entity.type = u"ORG"_s;
        other.push_back(std::move(entity));
    }
    std::vector<Relation> otherRelations;
    for (Relation relation : relations) {
        if (missed.contains(relation.from) || missed.contains(relation.to))
            continue;
        const int dice = random.bounded(100);
        if (dice < 5)
            std::swap(relation.from, relation.to);
        else if (dice < 10)
            relation.type = u"COOPERATES_WITH"_s;
        otherRelations.push_back(std::move(relation));
    }
    writeSidecar(b + name, other, otherRelations);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype count = numberOption(arguments, u"--articles", 5000);
    const int repeat = int(numberOption(arguments, u"--repeat", 3));
    QTemporaryDir temporary;
    const QString dir = QDir(option(arguments, u"--dir", temporary.path())).absolutePath();
    const QString a = dir + u"/analyst-a"_s, b = dir + u"/analyst-b"_s;
    if (!QFile::exists(dir + u"/.generated-%1"_s.arg(count))) {
        QDir(a).removeRecursively();
        QDir(b).removeRecursively();
        for (qsizetype n = 0; n < count; ++n)
            writeArticle(a, b, n);
        writeBytes(dir + u"/.generated-%1"_s.arg(count), QByteArray());
    }
    std::printf("%lld articles, %lld entities and %lld relations on each side\n", qlonglong(count),
                qlonglong(count * entitiesPerArticle), qlonglong(count * relationsPerArticle));
    TimedProcess::Outcome best;
    best.seconds = 1e300;
    for (int i = 0; i < repeat; ++i) {
        const TimedProcess::Outcome outcome = TimedProcess::run(
            QStringLiteral(HASHIYA_BINARY), {u"agreement"_s, u"--json"_s, a, b}, QProcessEnvironment::systemEnvironment());
        if (outcome.exitCode != 0)
            qFatal("hashiya agreement failed: %s", outcome.standardError.constData());
        if (outcome.seconds < best.seconds)
            best = outcome;
    }
    std::printf("hashiya agreement: %.3f s (target 2), peak %.0f MB, best of %d\n", best.seconds,
                best.peakMegabytes, repeat);
    return 0;
}
