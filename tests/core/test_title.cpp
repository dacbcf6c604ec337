// SPDX-License-Identifier: GPL-3.0-or-later
// The title the analyst sets: the sidecar's optional "title" (format 1.1), its undoable command, and the
// corpus summary that shows it, or the title chosen from the text when there is none.
#include "io/articlesummary.h"
#include "io/documentfile.h"
#include "model/articledocument.h"
#include "model/documentcommands.h"
#include "model/sidecarinfo.h"
#include "support/catchqt.h"
#include "support/testfiles.h"
#include "text/articletitle.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Hashiya;
using namespace Hashiya::Test;
using namespace Qt::StringLiterals;

namespace {

// A saved page: the navigation first, then the headline.
const QString articleText = u"Skip to content\nMenu\nNavy tests a new patrol boat off the coast\n"
                            u"The navy tested its new patrol boat on Monday. The trials went well.\n"_s;
const QString chosenTitle = u"Navy tests a new patrol boat off the coast"_s;

SidecarInfo infoWithTitle(const QString &title)
{
    SidecarInfo info;
    info.annotator = u"ayse"_s;
    info.modified = u"2026-11-22T09:30:00Z"_s;
    info.title = title;
    return info;
}

} // namespace

TEST_CASE("A sidecar holds a title only when one is set, and then says version 1.1", "[title][sidecar]")
{
    const Article article = articleFromText(articleText);
    const std::vector<Entity> entities = {entity(u"e1"_s, u"ORG"_s, 33, 37)};
    const QByteArray without = writeSidecar(article, entities, {}, infoWithTitle({}));
    CHECK_FALSE(without.contains("\"title\""));
    CHECK(parseJson(without).value(u"version"_s).toString() == u"1.0"_s);

    const QString title = u"Devriye botu denizde: \"ilk\" test"_s;
    const QByteArray with = writeSidecar(article, entities, {}, infoWithTitle(title));
    const QJsonObject root = parseJson(with);
    CHECK(root.value(u"title"_s).toString() == title);
    CHECK(root.value(u"version"_s).toString() == u"1.1"_s);
    // The title line and the version are the only differences.
    QByteArray stripped = with;
    stripped.replace(QByteArray(",\n  \"title\": \"Devriye botu denizde: \\\"ilk\\\" test\""), QByteArray());
    stripped.replace(QByteArray("\"version\": \"1.1\""), QByteArray("\"version\": \"1.0\""));
    CHECK(stripped == without);
}

TEST_CASE("The title reads back, older sidecars read without one, and unknown fields are kept", "[title][sidecar]")
{
    const Article article = articleFromText(articleText);
    SECTION("with a title")
    {
        SidecarContent content;
        const QByteArray bytes = writeSidecar(article, {}, {}, infoWithTitle(u"عنوان المقال"_s));
        const Problems problems = readSidecar(article, bytes, &content);
        INFO(describe(problems).toStdString());
        CHECK(problems.isEmpty());
        CHECK(content.info.title == u"عنوان المقال"_s);
        CHECK(writeSidecar(article, {}, {}, content.info) == bytes); // byte for byte
    }
    SECTION("a 1.0 sidecar, without a title")
    {
        SidecarContent content;
        const QByteArray bytes = writeSidecar(article, {}, {}, infoWithTitle({}));
        const Problems problems = readSidecar(article, bytes, &content);
        INFO(describe(problems).toStdString());
        CHECK(problems.isEmpty());
        CHECK(content.info.title.isEmpty());
        CHECK(content.info.formatVersion == u"1.0"_s);
    }
    SECTION("a later 1.x with a field this version does not know")
    {
        QByteArray bytes = writeSidecar(article, {}, {}, infoWithTitle(u"Mine"_s));
        bytes.replace("\"version\": \"1.1\"", "\"version\": \"1.4\"");
        bytes.replace("\n}\n", ",\n  \"reviewer\": {\"name\":\"Selin\"}\n}\n");
        SidecarContent content;
        const Problems problems = readSidecar(article, bytes, &content);
        INFO(describe(problems).toStdString());
        CHECK(problems.isEmpty());
        CHECK(content.info.title == u"Mine"_s);
        CHECK(writeSidecar(article, {}, {}, content.info) == bytes);
    }
    SECTION("a title that is not a string is an error on its line")
    {
        QByteArray bytes = writeSidecar(article, {}, {}, infoWithTitle(u"Mine"_s));
        bytes.replace("\"title\": \"Mine\"", "\"title\": 7");
        const Problems problems = readSidecar(article, bytes);
        REQUIRE(problems.size() == 1);
        CHECK(problems.front().isError());
        CHECK(problems.front().message.contains(u"title"_s));
    }
}

TEST_CASE("Setting a title is one undo step, and clearing it shows the chosen title again", "[title]")
{
    ArticleDocument document(articleFromText(articleText));
    QStringList announced;
    QObject::connect(&document, &ArticleDocument::titleChanged, &document,
                     [&](const QString &title) { announced.append(title); });
    CHECK(document.title().isEmpty());
    CHECK(document.displayTitle() == chosenTitle);

    REQUIRE(document.execute(new SetTitleCommand(&document, u"  Patrol boat\n trials "_s)));
    CHECK(document.title() == u"Patrol boat trials"_s);
    CHECK(document.displayTitle() == u"Patrol boat trials"_s);
    CHECK(document.undoStack()->count() == 1);
    CHECK(document.isModified());

    document.undoStack()->undo();
    CHECK(document.title().isEmpty());
    CHECK(document.displayTitle() == chosenTitle);
    document.undoStack()->redo();
    REQUIRE(document.execute(new SetTitleCommand(&document, QString())));
    CHECK(document.displayTitle() == chosenTitle);
    CHECK(announced == (QStringList {u"Patrol boat trials"_s, QString(), u"Patrol boat trials"_s, QString()}));

    // The same title again leaves no step.
    const int steps = document.undoStack()->count();
    document.execute(new SetTitleCommand(&document, QString()));
    CHECK(document.undoStack()->count() == steps);
}

TEST_CASE("A title set and saved is what the corpus summary shows, and without one the chosen title",
          "[title][summary]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"haber.txt"_s);
    writeBytes(path, articleText.toUtf8());
    CHECK(ArticleSummary::read(path).title == chosenTitle);
    CHECK_FALSE(ArticleSummary::read(path).titleSet);

    DocumentFile::Opened opened = DocumentFile::open(path, nullptr);
    REQUIRE(opened.document);
    ArticleDocument &document = *opened.document;
    REQUIRE(document.execute(new SetTitleCommand(&document, u"Patrol boat trials"_s)));
    QString error;
    REQUIRE(DocumentFile::save(&document, u"ayse"_s, &error));
    const ArticleSummary summary = ArticleSummary::read(path);
    CHECK(summary.title == u"Patrol boat trials"_s);
    CHECK(summary.titleSet);
    CHECK(summary.entities == 0);

    // A sidecar laid out by another tool goes through the full reader: the title is read there too.
    writeBytes(path + u".ann.json"_s,
               QJsonDocument(parseJson(readBytes(path + u".ann.json"_s))).toJson(QJsonDocument::Indented));
    const ArticleSummary other = ArticleSummary::read(path);
    CHECK_FALSE(other.sidecarHasErrors);
    CHECK(other.title == u"Patrol boat trials"_s);

    REQUIRE(document.execute(new SetTitleCommand(&document, QString())));
    REQUIRE(DocumentFile::save(&document, u"ayse"_s, &error));
    CHECK(ArticleSummary::read(path).title == chosenTitle);
}
