// SPDX-License-Identifier: GPL-3.0-or-later
// Merge conflicts in a document: a sidecar the merge driver left with conflicts opens editable with them,
// saves them back unchanged (version 2.0) until the last one is resolved (then 1.3), keeps what it does not
// know, and is still an error for validate and the other readers that only read.
#include "io/documentfile.h"
#include "io/jsonsource.h"
#include "io/sidecarreader.h"
#include "model/articledocument.h"
#include "support/catchqt.h"
#include "support/mergedsidecar.h"
#include "support/testfiles.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Hashiya;
using namespace Hashiya::Test;
using namespace Qt::StringLiterals;

namespace {

QStringList kinds(const QList<MergeConflict> &conflicts)
{
    QStringList out;
    for (const MergeConflict &conflict : conflicts)
        out.append(QString::fromUtf8(MergeConflict::kindName(conflict.kind) + ' ' + conflict.itemId));
    return out;
}

/// Saves the document and returns the sidecar's JSON.
QJsonObject saved(ArticleDocument &document)
{
    QString error;
    REQUIRE(DocumentFile::save(&document, u"ayse"_s, &error));
    return parseJson(readBytes(document.article().sidecarPath()));
}

} // namespace

TEST_CASE("A sidecar with merge conflicts opens editable with them, and saves back the same bytes", "[conflicts]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const MergedArticle merged = writeMergedArticle(dir.path());
    REQUIRE(merged.merged.contains("\"version\": \"2.0\""));

    DocumentFile::Opened opened = DocumentFile::open(merged.article, nullptr);
    REQUIRE(opened.document);
    INFO(describe(opened.problems).toStdString());
    CHECK_FALSE(hasErrors(opened.problems));
    ArticleDocument &document = *opened.document;
    CHECK_FALSE(document.isReadOnly());
    const QStringList expected {u"both_changed e2"_s, u"deleted_and_changed e4"_s, u"end_deleted e5"_s};
    CHECK(kinds(document.conflicts()) == expected);
    CHECK(document.conflicts().first().oursName == u"main"_s);
    CHECK(document.conflicts().first().theirsName == u"feature"_s);
    CHECK(document.conflicts().first().field == "type");
    // What the merged file holds meanwhile: ours' type, Monday as changed, Ankara brought back.
    CHECK(document.annotations()->entity(u"e2"_s)->type == u"ORG"_s);
    CHECK(document.annotations()->entity(u"e4"_s)->type == u"EVENT"_s);
    CHECK(document.annotations()->entity(u"e5"_s));

    // Saved without a change: the same bytes, conflicts and all.
    SidecarInfo info;
    CHECK(DocumentFile::encode(document, &info, u"ayse"_s) == merged.merged);
}

TEST_CASE("validate and other readers still report each unresolved conflict as an error", "[conflicts]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const MergedArticle merged = writeMergedArticle(dir.path());

    const DocumentFile::Opened read =
        DocumentFile::open(merged.article, nullptr, {}, std::nullopt, DocumentFile::Intent::Read);
    REQUIRE(read.document);
    QStringList errors;
    for (const Problem &problem : read.problems) {
        if (problem.isError())
            errors.append(problem.message);
    }
    REQUIRE(errors.size() == 3);
    for (const QString &error : std::as_const(errors))
        CHECK(error.startsWith(u"unresolved merge conflict: "_s));
    CHECK(read.document->isReadOnly());

    // Each on its own line of the list, so an editor jumps to it.
    SidecarContent content;
    const Problems problems = readSidecar(articleFromText(merged.text, merged.article), merged.merged, &content);
    const QList<QByteArray> lines = merged.merged.split('\n');
    REQUIRE(problems.size() == 3);
    for (const Problem &problem : problems)
        CHECK(lines.value(problem.line - 1).trimmed().startsWith("{\"id\":"));
    CHECK(content.info.conflicts.size() == 3);
}

TEST_CASE("Conflicts keep what this version does not know, one it cannot read keeps the file read-only", "[conflicts]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const MergedArticle merged = writeMergedArticle(dir.path());
    const qsizetype first = merged.merged.indexOf("{\"id\":", merged.merged.indexOf("\"conflicts\""));
    REQUIRE(first > 0);

    SECTION("members a newer version added, in a conflict and at the top")
    {
        QByteArray bytes = merged.merged;
        bytes.insert(first + 1, "\"reviewer\":{\"name\":\"Zeynep\"},");
        bytes.replace("\n}\n", ",\n  \"x-tool\": [1, 2]\n}\n");
        writeBytes(merged.sidecar, bytes);
        DocumentFile::Opened opened = DocumentFile::open(merged.article, nullptr);
        REQUIRE(opened.document);
        CHECK_FALSE(opened.document->isReadOnly());
        REQUIRE(opened.document->conflicts().size() == 3);
        // Another one resolved: this one, and the unknown member at the top, stay as they were.
        QList<MergeConflict> left = opened.document->conflicts();
        left.removeAt(1);
        opened.document->setConflicts(left);
        const QByteArray written = (saved(*opened.document), readBytes(merged.sidecar));
        const QByteArray kept =
            QByteArray("{\"reviewer\":{\"name\":\"Zeynep\"},\"id\":\"") + opened.document->conflicts().first().id + '"';
        CHECK(written.contains(kept));
        CHECK(written.contains("\"x-tool\": [1, 2]"));
        CHECK(written.contains("\"version\": \"2.0\""));
    }
    SECTION("a list spread over lines, as re-anchoring writes it, is written back one conflict per line")
    {
        QByteArray bytes = merged.merged;
        bytes.replace("{\"id\":", "{\n      \"id\":");
        bytes.replace(",\"kind\":", ",\n      \"kind\":");
        writeBytes(merged.sidecar, bytes);
        DocumentFile::Opened opened = DocumentFile::open(merged.article, nullptr);
        REQUIRE(opened.document);
        REQUIRE(opened.document->conflicts().size() == 3);
        saved(*opened.document);
        const QByteArray written = readBytes(merged.sidecar);
        const QByteArray list = written.mid(written.indexOf("\"conflicts\""));
        CHECK(list.count('\n') == 6); // the opening line, three conflicts, the closing bracket and brace
        CHECK(parseJson(written)[u"conflicts"].toArray().size() == 3);
    }
    SECTION("a kind of conflict this version does not know")
    {
        QByteArray bytes = merged.merged;
        bytes.replace("\"kind\":\"end_deleted\"", "\"kind\":\"moved_apart\"");
        writeBytes(merged.sidecar, bytes);
        const DocumentFile::Opened opened = DocumentFile::open(merged.article, nullptr);
        REQUIRE(opened.document);
        CHECK(opened.document->isReadOnly()); // never saved, so never dropped
        CHECK(describe(opened.problems).contains(u"a merge conflict this version cannot read"_s));
        CHECK(opened.document->conflicts().isEmpty());
        CHECK(opened.document->sidecarInfo().extraRoot.size() == 1);
    }
    SECTION("a list that is not one")
    {
        QByteArray bytes = merged.merged;
        bytes.truncate(bytes.indexOf("\"conflicts\""));
        bytes += "\"conflicts\": 3\n}\n";
        writeBytes(merged.sidecar, bytes);
        const DocumentFile::Opened opened = DocumentFile::open(merged.article, nullptr);
        REQUIRE(opened.document);
        CHECK(opened.document->isReadOnly());
        CHECK(describe(opened.problems).contains(u"“conflicts” must be a list"_s));
    }
}
