// SPDX-License-Identifier: GPL-3.0-or-later
// Two analysts annotate one article on two branches while one of them also edits its text. The merge
// driver sees only the sidecars: the merged one holds annotations made on two versions of the text, says
// so in article.mergedFrom, and opening the merged article places every annotation on its words again,
// by its stored quote and context. What cannot be placed becomes an orphan, never silently dropped.
#include "io/documentfile.h"
#include "io/textcache.h"
#include "support/catchqt.h"
#include "support/gitrepository.h"
#include "support/hashiyaprocess.h"
#include "support/testfiles.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace Hashiya;
using namespace Hashiya::Test;
using namespace Qt::StringLiterals;

namespace {

const QString articleName = u"haber.txt"_s;
const QString baseText =
    u"Ankara hosted the talks on Monday. The Qatari delegation arrived late, and Ankara waited.\n"_s;
// One branch adds a sentence at the start and changes "arrived late" to "arrived on time".
const QString editedText = u"Breaking news from the capital. Ankara hosted the talks on Monday. The Qatari "
                           "delegation arrived on time, and Ankara waited.\n"_s;

/// An entity over the `occurrence`-th (0-based) occurrence of `words` in `text`.
Entity over(const QString &text, const QString &words, int occurrence, const QString &id, const QString &type)
{
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i) {
        at = text.indexOf(words, at + 1);
        REQUIRE(at >= 0);
    }
    // The texts here are ASCII: UTF-16 offsets are code points.
    return Test::entity(id, type, at, at + words.size());
}

QString textAt(const ArticleDocument &document, const Entity &entity)
{
    return document.textOf(entity);
}

} // namespace

TEST_CASE("An article edited on one branch opens with every annotation of the merge on its words",
          "[cli][merge][reanchoring]")
{
    GitRepository repository;
    const QString articlePath = repository.filePath(articleName);
    const QString sidecarPath = Article::sidecarPathFor(articlePath);
    auto commitSidecar = [&](const QString &text, const std::vector<Entity> &entities, const QString &modified,
                             const QString &message) {
        writeBytes(articlePath, text.toUtf8());
        writeBytes(sidecarPath, sidecarSavedBy(articleFromText(text, articlePath), entities, {},
                                               message.section(u' ', 0, 0), modified));
        repository.commitAll(message);
    };

    // The base: the second "Ankara" is tagged, so placing by the quote alone must weigh its context.
    const Entity secondAnkara = over(baseText, u"Ankara"_s, 1, u"b1ankara0000"_s, u"GPE"_s);
    commitSidecar(baseText, {secondAnkara}, u"2026-12-01T09:00:00Z"_s, u"base sample"_s);
    const ProcessRun setup = runHashiya({u"setup-git"_s, repository.path()});
    INFO(setup.err.toStdString());
    REQUIRE(setup.exitCode == 0);
    repository.commitAll(u"setup-git"_s);

    // feature: edits the text, and tags "capital" in the new sentence; its sidecar follows its own text.
    repository.git({u"checkout"_s, u"-q"_s, u"-b"_s, u"feature"_s});
    commitSidecar(editedText,
                  {over(editedText, u"capital"_s, 0, u"f1capital000"_s, u"GPE"_s),
                   over(editedText, u"Ankara"_s, 1, u"b1ankara0000"_s, u"GPE"_s)},
                  u"2026-12-03T09:00:00Z"_s, u"mehmet edits the text"_s);
    // main: tags "Monday" and "late" on the text as it was; "late" is gone from the edited text.
    repository.git({u"checkout"_s, u"-q"_s, u"main"_s});
    commitSidecar(baseText,
                  {secondAnkara, over(baseText, u"Monday"_s, 0, u"m1monday0000"_s, u"DATE"_s),
                   over(baseText, u"late"_s, 0, u"m2late000000"_s, u"EVENT"_s)},
                  u"2026-12-02T09:00:00Z"_s, u"ayse tags main"_s);

    // Nothing conflicts: git commits the merge, with the edited text and the merged sidecar.
    repository.git({u"merge"_s, u"-q"_s, u"--no-edit"_s, u"feature"_s});
    REQUIRE(readBytes(articlePath) == editedText.toUtf8());
    const QJsonObject merged = parseJson(readBytes(sidecarPath));
    INFO(readBytes(sidecarPath).toStdString());
    REQUIRE(merged[u"article"][u"mergedFrom"].toArray().size() == 2);
    REQUIRE(merged[u"entities"].toArray().size() == 4);

    // The analyst's own copy of the text the sidecar names may be in the cache, or not.
    const bool earlierTextKept = GENERATE(false, true);
    INFO((earlierTextKept ? "the base text is in the text cache" : "no earlier text known"));
    if (earlierTextKept)
        TextCache::keep(articleFromText(baseText, articlePath));

    const DocumentFile::Opened opened = DocumentFile::open(articlePath, nullptr);
    REQUIRE(opened.document);
    INFO(describe(opened.problems).toStdString());
    const ArticleDocument &document = *opened.document;
    CHECK(opened.reanchored);
    CHECK_FALSE(document.isReadOnly());
    const AnnotationSet &annotations = *document.annotations();
    auto placed = [&](const QString &id) -> QString {
        const Entity *entity = annotations.entity(id);
        return entity ? textAt(document, *entity) : QString();
    };
    CHECK(placed(u"f1capital000"_s) == u"capital"_s);
    CHECK(placed(u"m1monday0000"_s) == u"Monday"_s);
    CHECK(placed(u"b1ankara0000"_s) == u"Ankara"_s);
    // The second Ankara, where both sides had it.
    const Entity *ankara = annotations.entity(u"b1ankara0000"_s);
    REQUIRE(ankara);
    CHECK(ankara->start() == editedText.lastIndexOf(u"Ankara"_s));
    // "late" is no longer in the text: an orphan, with what it covered.
    CHECK(annotations.entity(u"m2late000000"_s) == nullptr);
    REQUIRE(document.orphans().size() == 1);
    CHECK(document.orphans().first().entity.id == u"m2late000000"_s);
    CHECK(document.orphans().first().text() == u"late"_s);
    // Nothing lost: every entity of the merge is either placed or an orphan.
    CHECK(annotations.entityCount() + document.orphans().size() == 4);

    // Saved, the sidecar names the text it now matches, and asks for no re-anchoring again.
    QString error;
    REQUIRE(DocumentFile::save(opened.document.get(), u"ayse"_s, &error));
    const QJsonObject saved = parseJson(readBytes(sidecarPath));
    CHECK(saved[u"article"][u"sha256"].toString() == QString::fromLatin1(document.article().sha256));
    CHECK_FALSE(saved[u"article"].toObject().contains(u"mergedFrom"_s));
    const DocumentFile::Opened again = DocumentFile::open(articlePath, nullptr);
    REQUIRE(again.document);
    CHECK_FALSE(again.reanchored);
    CHECK(again.document->annotations()->entityCount() == 3);
    CHECK(again.document->orphans().size() == 1);
}
