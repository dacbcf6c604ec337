// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/sessionfixture.h"

#include "model/annotationcommands.h"
#include "model/annotationid.h"
#include "model/annotationset.h"

#include "support/catchqt.h"

namespace Hashiya::Test {

SessionFixture::SessionFixture(int articleCount, quint32 seed)
    : session(std::make_unique<DocumentSession>())
{
    REQUIRE(folder.isValid());
    articles = writeMixedCorpus(folder.path(), articleCount, seed);
    session->setAnnotator(QStringLiteral("tester"));
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

} // namespace Hashiya::Test
