// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmarks/generatedarticle.h"

#include "benchmarks/benchmarksupport.h"
#include "io/documentfile.h"
#include "io/schemareader.h"
#include "model/annotationid.h"
#include "model/relationrules.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSet>

#include <vector>

namespace Hashiya {

namespace {

std::vector<Relation> generateRelations(const std::vector<Entity> &entities, int count)
{
    const Schema schema = SchemaReader::defaultSchema();
    QRandomGenerator random(11);
    std::vector<Relation> relations;
    QSet<QString> linked;
    const int n = int(entities.size());
    for (int attempt = 0; int(relations.size()) < count && attempt < count * 20 && n > 1; ++attempt) {
        const int from = random.bounded(n);
        const int kind = random.bounded(10);
        const int distance = kind < 7 ? 1 + random.bounded(2) : (kind < 9 ? 3 + random.bounded(18) : 0);
        const int to = distance == 0 ? random.bounded(n) : std::min(n - 1, from + distance);
        if (from == to)
            continue;
        const QList<const RelationType *> allowed =
            allowedRelationTypes(schema, entities[size_t(from)].type, entities[size_t(to)].type);
        if (allowed.isEmpty())
            continue;
        Relation relation;
        relation.id = newAnnotationId();
        relation.type = allowed[random.bounded(int(allowed.size()))]->name;
        relation.from = entities[size_t(from)].id;
        relation.to = entities[size_t(to)].id;
        const QString key = relation.type + relation.from + relation.to;
        if (linked.contains(key))
            continue;
        linked.insert(key);
        relations.push_back(std::move(relation));
    }
    return relations;
}

} // namespace

QString generateArticle(const QString &dir, int megabytes, int entities, int relations, bool oneParagraph)
{
    const QStringList &sentences = Benchmark::mixedSentences();
    QString text;
    const qsizetype target = qsizetype(megabytes) * 1000 * 1000; // UTF-8 bytes
    text.reserve(target);
    QRandomGenerator random(7);
    qsizetype bytes = 0;
    while (bytes < target) {
        const int count = 2 + random.bounded(5);
        for (int i = 0; i < count; ++i) {
            const QString &sentence = sentences[random.bounded(int(sentences.size()))];
            text += sentence;
            bytes += sentence.toUtf8().size();
        }
        if (!oneParagraph) {
            text += u'\n';
            ++bytes;
        }
    }
    if (oneParagraph)
        text += u'\n';
    // Word starts (all articles here are BMP: code points equal UTF-16 offsets).
    std::vector<std::pair<qsizetype, qsizetype>> words;
    for (qsizetype i = 0; i < text.size();) {
        // Letters with their marks (the shadda of وقّعت), so no entity splits a character.
        while (i < text.size() && !text[i].isLetterOrNumber())
            ++i;
        const qsizetype start = i;
        while (i < text.size() && (text[i].isLetterOrNumber() || text[i].isMark()))
            ++i;
        if (i > start)
            words.emplace_back(start, i);
    }
    const QStringList types = {QStringLiteral("PERSON"), QStringLiteral("ORG"), QStringLiteral("GPE"),
                               QStringLiteral("EVENT"), QStringLiteral("EQUIPMENT")};
    std::vector<Entity> tagged;
    const double stride = double(words.size()) / entities;
    for (int i = 0; i < entities; ++i) {
        const auto [start, end] = words[size_t(i * stride)];
        Entity entity;
        entity.id = newAnnotationId();
        entity.type = types[i % types.size()];
        entity.spans.append(Span {start, end, {}});
        tagged.push_back(std::move(entity));
    }
    std::vector<Relation> links = generateRelations(tagged, relations);
    const QString path = dir
        + (oneParagraph ? QStringLiteral("/article-%1mb-one-paragraph.txt") : QStringLiteral("/article-%1mb.txt"))
              .arg(megabytes);
    writeArticle(path, text, std::move(tagged), std::move(links));
    return path;
}

void writeArticle(const QString &path, const QString &text, EntityList entities, std::vector<Relation> relations)
{
    Benchmark::writeFile(path, text.toUtf8());
    QFile::remove(path + QStringLiteral(".ann.json"));
    DocumentFile::Opened opened = DocumentFile::open(path, nullptr);
    if (!opened.document)
        qFatal("cannot open %s", qPrintable(path));
    opened.document->annotations()->reset(std::move(entities), std::move(relations));
    QString error;
    if (!DocumentFile::save(opened.document.get(), QStringLiteral("benchmark"), &error))
        qFatal("%s", qPrintable(error));
}

} // namespace Hashiya
