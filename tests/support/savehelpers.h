// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the tests of saving on a failing device share: file contents, an edit, and reading back a sidecar.

#include "model/annotationcommands.h"
#include "model/annotationid.h"
#include "model/annotationset.h"
#include "model/articledocument.h"
#include "support/catchqt.h"
#include "support/testfiles.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace Hashiya::Test {

/// `size` bytes that look like the JSON Hashiya writes, all but the frame made of `fill`.
inline QByteArray jsonLike(qsizetype size, char fill)
{
    QByteArray bytes = "{\"entities\": \"" + QByteArray(size, fill);
    bytes.truncate(size - 3);
    return bytes + "\"}\n";
}

/// Tags the first occurrence of `word` as ORG: a change the sidecar does not hold yet.
inline void tagFirst(ArticleDocument *document, const QString &word)
{
    const qsizetype at = document->text().indexOf(word);
    REQUIRE(at >= 0);
    REQUIRE(document->execute(new AddEntityCommand(
        document->annotations(), entity(newAnnotationId(), QStringLiteral("ORG"), at, at + word.size()))));
}

/// The entities of `sidecar`, read against the document's article as the window reads it; the sidecar
/// must have no errors.
inline std::vector<Entity> entitiesIn(const ArticleDocument &document, const QByteArray &sidecar)
{
    SidecarContent content;
    const Problems problems = readSidecar(document.article(), sidecar, &content);
    INFO(describe(problems).toStdString());
    REQUIRE_FALSE(hasErrors(problems));
    return content.entities.toVector();
}

} // namespace Hashiya::Test
