// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A corpus of generated articles in a temporary folder, a DocumentSession over it, and the edits an
// analyst makes, as the window makes them (commands on the document's undo stack).

#include "model/articledocument.h"
#include "session/documentsession.h"
#include "support/mixedcorpus.h"

#include <QTemporaryDir>

#include <memory>

namespace Hashiya::Test {

struct SessionFixture
{
    explicit SessionFixture(int articleCount, quint32 seed = 1);
    ~SessionFixture(); ///< forgets the copies of sidecars kept meanwhile (session/sidecarbackups.h)

    /// Opens an article as the window does: saved when left, shown until another is opened.
    ArticleDocument *show(int article);
    /// Tags word `word` of the article (code points) and returns the new entity's id.
    QString tag(ArticleDocument *document, const std::pair<qsizetype, qsizetype> &word, const QString &type);
    QString sidecarOf(int article) const { return articles[article].path + QStringLiteral(".ann.json"); }

    QTemporaryDir folder;
    QList<MixedArticle> articles;
    std::unique_ptr<DocumentSession> session;
};

/// What another program does: adds an ORG entity `id` on `word` to the sidecar on disk, and replaces the
/// file by a rename.
void addEntityOutside(const QString &sidecar, const QString &id, const QString &articleText,
                      const std::pair<qsizetype, qsizetype> &word);

} // namespace Hashiya::Test
