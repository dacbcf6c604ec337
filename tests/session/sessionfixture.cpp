// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/sessionfixture.h"

#include "model/annotationcommands.h"
#include "model/annotationid.h"
#include "model/annotationset.h"
#include "session/sidecarbackups.h"

#include "support/catchqt.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Hashiya::Test {

SessionFixture::SessionFixture(int articleCount, quint32 seed)
    : session(std::make_unique<DocumentSession>())
{
    REQUIRE(folder.isValid());
    articles = writeMixedCorpus(folder.path(), articleCount, seed);
    session->setAnnotator(QStringLiteral("tester"));
}

SessionFixture::~SessionFixture()
{
    session.reset();
    for (int article = 0; article < articles.size(); ++article)
        QDir(SidecarBackups::folderFor(sidecarOf(article))).removeRecursively();
}

ArticleDocument *SessionFixture::show(int article)
{
    Problems problems;
    ArticleDocument *document = session->open(articles[article].path, nullptr, &problems);
    REQUIRE(document);
    session->setShown(document);
    return document;
}

QString SessionFixture::tag(ArticleDocument *document, const std::pair<qsizetype, qsizetype> &word, const QString &type)
{
    Entity entity;
    entity.id = newAnnotationId();
    entity.type = type;
    entity.spans.append(Span {word.first, word.second, {}});
    REQUIRE(document->execute(new AddEntityCommand(document->annotations(), entity)));
    return entity.id;
}

void addEntityOutside(const QString &sidecar, const QString &id, const QString &articleText,
                      const std::pair<qsizetype, qsizetype> &word)
{
    QFile in(sidecar);
    REQUIRE(in.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
    in.close();
    QJsonArray entities = root.value(u"entities").toArray();
    entities.append(QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("type"), QStringLiteral("ORG")},
        {QStringLiteral("spans"), QJsonArray {QJsonArray {word.first, word.second,
                                              codePointSlice(articleText, word.first, word.second)}}}});
    root.insert(u"entities", entities);
    QFile out(sidecar + u".outside");
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(root).toJson());
    out.close();
    REQUIRE(::rename(QFile::encodeName(out.fileName()).constData(), QFile::encodeName(sidecar).constData()) == 0);
}

} // namespace Hashiya::Test
