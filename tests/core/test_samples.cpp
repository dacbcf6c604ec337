// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled sample corpus: it is what a new user sees first, so it must load cleanly and show what
// Hashiya handles (Turkish with BOM and CRLF, Arabic, English, mixed scripts with emoji first).
#include "io/corpus.h"
#include "io/documentfile.h"
#include "support/catchqt.h"
#include "support/testfiles.h"

using namespace Hashiya;
using namespace Hashiya::Test;

TEST_CASE("Every sample article opens with its sidecar and schema without a problem", "[samples]")
{
    const QStringList articles = Corpus::findArticles(samplePath());
    REQUIRE(articles.size() >= 4);
    const Corpus::SchemaChoice schema = Corpus::schemaFor(samplePath());
    CHECK(schema.path.endsWith(QStringLiteral("resources/samples/hashiya-schema.json")));
    CHECK(schema.problems.isEmpty());
    for (const QString &path : articles) {
        DocumentFile::Opened opened = DocumentFile::open(path, &schema.schema);
        INFO(path.toStdString() + "\n" + describe(opened.problems).toStdString());
        REQUIRE(opened.document);
        CHECK(opened.problems.isEmpty());
        CHECK(opened.document->annotations()->entityCount() >= 10);
        CHECK(opened.document->annotations()->relationCount() >= 3);
        for (const Entity &entity : opened.document->annotations()->entities())
            CHECK(schema.schema.entityType(entity.type) != nullptr);
    }
}

TEST_CASE("The sample sidecars are as written for the project, untouched by the tests", "[samples]")
{
    // Tests that open the samples in the window work on copies; a change here means one did not.
    for (const QString &path : Corpus::findArticles(samplePath())) {
        const SidecarContent content = [&] {
            SidecarContent read;
            Test::readSidecar(Test::articleFromBytes(Test::readBytes(path), path),
                              Test::readBytes(path + QStringLiteral(".ann.json")), &read);
            return read;
        }();
        INFO(path.toStdString());
        CHECK(content.info.annotator == QStringLiteral("hashiya-samples"));
        CHECK(content.info.modified == QStringLiteral("2026-11-22T00:00:00Z"));
        CHECK(content.info.status == QStringLiteral("new"));
    }
}

TEST_CASE("The samples cover BOM with CRLF, Arabic, and an emoji before the first entity", "[samples]")
{
    DocumentFile::Opened turkish = DocumentFile::open(samplePath(QStringLiteral("savunma-toplantisi-tr.txt")), nullptr);
    REQUIRE(turkish.document);
    CHECK(turkish.document->article().hasBom);
    CHECK(turkish.document->article().lineEnding == LineEnding::CrLf);
    CHECK(turkish.document->text().contains(QStringLiteral("İstanbul")));
    CHECK(turkish.document->text().contains(QStringLiteral("ılımlı")));

    DocumentFile::Opened arabic = DocumentFile::open(samplePath(QStringLiteral("qatar-turkiye-ar.txt")), nullptr);
    REQUIRE(arabic.document);
    CHECK(arabic.document->text().contains(QChar(0x064F))); // a damma: Arabic with diacritics

    DocumentFile::Opened mixed = DocumentFile::open(samplePath(QStringLiteral("mixed-briefing.txt")), nullptr);
    REQUIRE(mixed.document);
    const ArticleDocument &document = *mixed.document;
    const Entity &first = document.annotations()->entityAt(0);
    CHECK(document.text().at(0).isHighSurrogate());
    // The stored code point offset and the UTF-16 index differ: the file really uses code points.
    CHECK(document.codePoints().toUtf16(first.start()) == first.start() + 1);
    CHECK(document.textOf(first) == QStringLiteral("18 May 2026"));
}
