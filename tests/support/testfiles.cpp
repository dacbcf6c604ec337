// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testfiles.h"

#include "io/articlereader.h"
#include "io/jsonsource.h"
#include "io/jsonwriter.h"
#include "io/sidecarwriter.h"
#include "model/schema.h"
#include "support/catchqt.h"
#include "text/codepointindex.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <algorithm>

namespace Hashiya::Test {

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QMap<QString, QByteArray> filesUnder(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(folder).relativeFilePath(path), readBytes(path));
    }
    return files;
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QString dataPath(const QString &relative)
{
    return QStringLiteral(HASHIYA_TEST_DATA "/") + relative;
}

QString samplePath(const QString &relative)
{
    return QStringLiteral(HASHIYA_SAMPLES "/") + relative;
}

QString interopPath(const QString &relative)
{
    const QString root = QDir::cleanPath(QStringLiteral(HASHIYA_INTEROP));
    return QFileInfo(root).isDir() ? root + u'/' + relative : QString();
}

Article articleFromBytes(const QByteArray &bytes, const QString &path)
{
    ArticleReader::Result result = ArticleReader::decode(bytes, path);
    INFO(result.problem.toString().toStdString());
    REQUIRE(result.article);
    return *result.article;
}

Article articleFromText(const QString &text, const QString &path)
{
    return articleFromBytes(text.toUtf8(), path);
}

Entity entity(const QString &id, const QString &type, qsizetype start, qsizetype end)
{
    Entity e;
    e.id = id;
    e.type = type;
    e.spans.append(Span {start, end, {}});
    return e;
}

Relation relation(const QString &id, const QString &type, const QString &from, const QString &to)
{
    Relation r;
    r.id = id;
    r.type = type;
    r.from = from;
    r.to = to;
    return r;
}

Problems readSidecar(const Article &article, const QByteArray &json, SidecarContent *content, const Schema *schema)
{
    Problems problems;
    const JsonSource source(json);
    const CodePointIndex codePoints(article.text);
    SidecarContent read = SidecarReader::read(source, article.sidecarPath(), article, codePoints, schema, &problems);
    if (content)
        *content = std::move(read);
    return problems;
}

QByteArray writeSidecar(const Article &article, const EntityList &list, std::vector<Relation> relations,
                        const SidecarInfo &info)
{
    std::vector<Entity> entities = list.toVector();
    std::sort(entities.begin(), entities.end(), entityLess);
    std::sort(relations.begin(), relations.end(), relationLess);
    JsonWriter out;
    SidecarWriter::write(out, article, CodePointIndex(article.text), info, entities, relations);
    return out.toByteArray();
}

QByteArray sidecarSavedBy(const Article &article, const std::vector<Entity> &entities,
                          std::vector<Relation> relations, const QString &annotator, const QString &modified)
{
    EntityList list;
    for (const Entity &entity : entities)
        list.push_back(entity);
    SidecarInfo info;
    info.annotator = annotator;
    info.modified = modified;
    return writeSidecar(article, list, std::move(relations), info);
}

QJsonObject parseJson(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

QString describe(const Problems &problems)
{
    QStringList lines;
    for (const Problem &problem : problems)
        lines.append(problem.toString());
    return lines.join(u'\n');
}

} // namespace Hashiya::Test
