// SPDX-License-Identifier: GPL-3.0-or-later
// Sidecar round trips: determinism, byte-identical reload, every field, code point offsets.
#include "io/articlereader.h"
#include "io/documentfile.h"
#include "io/jsonsource.h"
#include "io/schemareader.h"
#include "io/sidecarreader.h"
#include "model/annotationcommands.h"
#include "model/articledocument.h"
#include "support/catchqt.h"
#include "support/testfiles.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUndoStack>

#include <algorithm>
#include <random>

using namespace Hashiya;
using namespace Hashiya::Test;

namespace {

void copyFile(const QString &from, const QString &to)
{
    writeBytes(to, readBytes(from));
}

} // namespace

TEST_CASE("The same annotations give the same bytes whatever order they were made in", "[sidecar]")
{
    const Article article = articleFromText(QStringLiteral("Ankara ile Doha arasında 2026 yılında anlaşma imzalandı."));
    std::vector<Entity> entities = {entity(QStringLiteral("e1"), QStringLiteral("GPE"), 0, 6),
                                    entity(QStringLiteral("e2"), QStringLiteral("GPE"), 11, 15),
                                    entity(QStringLiteral("e3"), QStringLiteral("DATE"), 25, 29),
                                    entity(QStringLiteral("e4"), QStringLiteral("EVENT"), 25, 37),
                                    entity(QStringLiteral("e5"), QStringLiteral("ORG"), 25, 37)};
    std::vector<Relation> relations = {
        relation(QStringLiteral("r2"), QStringLiteral("MEETS_WITH"), QStringLiteral("e1"), QStringLiteral("e2")),
        relation(QStringLiteral("r1"), QStringLiteral("ON_DATE"), QStringLiteral("e4"), QStringLiteral("e3"))};

    auto encodeAfterTagging = [&](unsigned seed) {
        ArticleDocument document(article);
        std::vector<Entity> shuffled = entities;
        std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(seed));
        for (const Entity &e : shuffled)
            document.execute(new AddEntityCommand(document.annotations(), e));
        std::vector<Relation> shuffledRelations = relations;
        std::shuffle(shuffledRelations.begin(), shuffledRelations.end(), std::mt19937(seed));
        for (const Relation &r : shuffledRelations)
            document.execute(new AddRelationCommand(document.annotations(), r));
        SidecarInfo fixed;
        fixed.annotator = QStringLiteral("ayse");
        fixed.modified = QStringLiteral("2026-11-22T10:00:00Z");
        document.markSaved(fixed); // a clean document keeps annotator and time, so bytes can be compared
        SidecarInfo info;
        return DocumentFile::encode(document, &info, QStringLiteral("someone-else"));
    };
    const QByteArray first = encodeAfterTagging(1);
    for (unsigned seed = 2; seed < 12; ++seed)
        CHECK(encodeAfterTagging(seed) == first);

    // Entities by position, then type; one per line.
    const QList<QByteArray> lines = first.split('\n');
    QStringList entityLines;
    for (const QByteArray &line : lines) {
        if (line.startsWith("    {\"id\":\"e"))
            entityLines.append(QString::fromUtf8(line.mid(11, 2)));
    }
    const QStringList expectedOrder = {QStringLiteral("e1"), QStringLiteral("e2"), QStringLiteral("e3"),
                                       QStringLiteral("e4"), QStringLiteral("e5")};
    CHECK(entityLines == expectedOrder);
    CHECK(first.indexOf("\"id\":\"r1\"") < first.indexOf("\"id\":\"r2\""));
}

TEST_CASE("Loading and saving each sample sidecar reproduces it byte for byte", "[sidecar]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QStringList names =
        QDir(samplePath()).entryList({QStringLiteral("*.txt"), QStringLiteral("*.json")}, QDir::Files);
    for (const QString &name : names)
        copyFile(samplePath(name), dir.filePath(name));
    const Schema schema = SchemaReader::defaultSchema();
    int checked = 0;
    for (const QString &name : names) {
        if (!name.endsWith(QStringLiteral(".txt")))
            continue;
        const QString sidecarPath = dir.filePath(name + QStringLiteral(".ann.json"));
        const QByteArray before = readBytes(sidecarPath);
        DocumentFile::Opened opened = DocumentFile::open(dir.filePath(name), &schema);
        INFO(name.toStdString() + ": " + describe(opened.problems).toStdString());
        REQUIRE(opened.document);
        REQUIRE_FALSE(hasErrors(opened.problems));
        QString error;
        REQUIRE(DocumentFile::save(opened.document.get(), QStringLiteral("someone-else"), &error));
        CHECK(readBytes(sidecarPath) == before);
        ++checked;
    }
    CHECK(checked >= 4);
}

TEST_CASE("Every field survives a save and load, and the second save gives the same bytes", "[sidecar]")
{
    // Quotes, a backslash, a tab, a control character, a line break and an emoji in the text.
    const QString text = QStringLiteral("📰 \"Ankara\"\\Doha\tİstanbul\u0001 and\nالدوحة 🇶🇦 end");
    const Article article = articleFromText(text);
    Entity ankara = entity(QStringLiteral("a1"), QStringLiteral("GPE"), 3, 9);
    ankara.attributes.insert(QStringLiteral("confidence"), QStringLiteral("high"));
    ankara.attributes.insert(QStringLiteral("mention"), QStringLiteral("name"));
    ankara.note = QStringLiteral("Quoted \"capital\"\nsecond line");
    ankara.reference = QStringLiteral("wikidata:Q3640");
    ankara.extra.append({QStringLiteral("x-origin"), QByteArray("{\"tool\": \"brat\", \"n\": [1, 2]}")});
    Entity split = entity(QStringLiteral("a2"), QStringLiteral("LOC"), 11, 15);
    split.spans.append(Span {16, 24, {QByteArray("{\"x-fragment\":true}")}});
    Entity doha = entity(QStringLiteral("a3"), QStringLiteral("GPE"), 30, 36);
    Relation link =
        relation(QStringLiteral("r1"), QStringLiteral("MEETS_WITH"), QStringLiteral("a1"), QStringLiteral("a3"));
    link.attributes.insert(QStringLiteral("confidence"), QStringLiteral("low"));
    link.note = QStringLiteral("ملاحظة");
    link.extra.append({QStringLiteral("x-score"), QByteArray("0.75")});
    SidecarInfo info;
    info.annotator = QStringLiteral("Ayşe Yılmaz");
    info.modified = QStringLiteral("2026-11-22T10:00:00Z");
    info.extraRoot.append({QStringLiteral("x-project"), QByteArray("\"hashiya-tests\"")});
    info.extraArticle.append({QStringLiteral("x-source"), QByteArray("\"https://example.org/a\"")});

    const QByteArray bytes = writeSidecar(article, {doha, split, ankara}, {link}, info);
    SidecarContent content;
    const Problems problems = readSidecar(article, bytes, &content);
    INFO(describe(problems).toStdString());
    CHECK(problems.isEmpty());
    REQUIRE(content.entities.size() == 3);
    CHECK(content.entities[0] == ankara);
    CHECK(content.entities[1] == split);
    CHECK(content.entities[2] == doha);
    REQUIRE(content.relations.size() == 1);
    CHECK(content.relations[0] == link);
    CHECK(content.info.annotator == info.annotator);
    CHECK(content.info.extraRoot == info.extraRoot);
    CHECK(content.info.extraArticle == info.extraArticle);
    CHECK(writeSidecar(article, content.entities, content.relations, content.info) == bytes);

    // Independently: a JSON parser sees the code point offsets and the exact texts.
    const QJsonObject root = parseJson(bytes);
    const QJsonObject first = root[u"entities"].toArray()[0].toObject();
    CHECK(first[u"spans"].toArray()[0].toArray()[0].toInt() == 3);
    CHECK(first[u"spans"].toArray()[0].toArray()[2].toString() == QStringLiteral("Ankara"));
    CHECK(first[u"note"].toString() == ankara.note);
    CHECK(first[u"x-origin"].toObject()[u"tool"].toString() == QStringLiteral("brat"));
    CHECK(root[u"article"].toObject()[u"length"].toInt() == 43);
}

TEST_CASE("Offsets after an emoji are code points, not UTF-16 units", "[sidecar]")
{
    const QString text = QStringLiteral("🇹🇷📰 Ankara ve الدوحة");
    const Article article = articleFromText(text);
    // Three astral characters (two flag halves and the newspaper) come first: code point 4 is 'A'.
    const QByteArray bytes = writeSidecar(article,
                                          {entity(QStringLiteral("a"), QStringLiteral("GPE"), 4, 10),
                                           entity(QStringLiteral("b"), QStringLiteral("GPE"), 14, 20)});
    const QJsonArray entities = parseJson(bytes)[u"entities"].toArray();
    CHECK(entities[0].toObject()[u"spans"].toArray()[0].toArray()[2].toString() == QStringLiteral("Ankara"));
    CHECK(entities[1].toObject()[u"spans"].toArray()[0].toArray()[2].toString() == QStringLiteral("الدوحة"));
    CHECK(text.indexOf(QStringLiteral("Ankara")) == 7); // what a UTF-16 index would have been
}

TEST_CASE("A first save records the article's facts: BOM, line ends, length and SHA-256", "[sidecar]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("haber.txt"));
    const QString canonical = QStringLiteral("İstanbul'da toplantı\nDoha 🇶🇦\n");
    QByteArray onDisk = QByteArray("\xEF\xBB\xBF") + canonical.toUtf8();
    onDisk.replace("\n", "\r\n");
    writeBytes(path, onDisk);

    DocumentFile::Opened opened = DocumentFile::open(path, nullptr);
    REQUIRE(opened.document);
    CHECK(opened.problems.isEmpty());
    ArticleDocument &document = *opened.document;
    CHECK(document.text() == canonical);
    document.execute(
        new AddEntityCommand(document.annotations(), entity(QStringLiteral("x1"), QStringLiteral("GPE"), 0, 8)));
    QString error;
    REQUIRE(DocumentFile::save(&document, QStringLiteral("ayse"), &error));
    CHECK_FALSE(document.isModified());

    const QJsonObject root = parseJson(readBytes(path + QStringLiteral(".ann.json")));
    const QJsonObject facts = root[u"article"].toObject();
    CHECK(facts[u"file"].toString() == QStringLiteral("haber.txt"));
    CHECK(facts[u"bom"].toBool());
    CHECK(facts[u"lineEnds"].toString() == QStringLiteral("crlf"));
    CHECK(facts[u"encoding"].toString() == QStringLiteral("utf-8"));
    CHECK(facts[u"length"].toInt() == canonical.size() - 2); // the flag is two code points, four units
    CHECK(facts[u"sha256"].toString().toLatin1()
          == QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
    CHECK(root[u"annotator"].toString() == QStringLiteral("ayse"));
    CHECK(QDateTime::fromString(root[u"modified"].toString(), Qt::ISODate).isValid());
    CHECK(readBytes(path) == onDisk); // the article itself is never touched
}

TEST_CASE("Saving without changes keeps annotator and time, a change stamps both", "[sidecar]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.txt"));
    writeBytes(path, "Ankara and Doha");
    SidecarInfo info;
    info.annotator = QStringLiteral("first");
    info.modified = QStringLiteral("2020-01-01T00:00:00Z");
    writeBytes(path + QStringLiteral(".ann.json"),
               writeSidecar(articleFromBytes("Ankara and Doha", path),
                            {entity(QStringLiteral("e1"), QStringLiteral("GPE"), 0, 6)}, {}, info));

    DocumentFile::Opened opened = DocumentFile::open(path, nullptr);
    REQUIRE(opened.document);
    QString error;
    REQUIRE(DocumentFile::save(opened.document.get(), QStringLiteral("second"), &error));
    QJsonObject root = parseJson(readBytes(path + QStringLiteral(".ann.json")));
    CHECK(root[u"annotator"].toString() == QStringLiteral("first"));
    CHECK(root[u"modified"].toString() == QStringLiteral("2020-01-01T00:00:00Z"));

    AnnotationSet *set = opened.document->annotations();
    opened.document->execute(ChangeEntityCommand::retype(set, QStringLiteral("e1"), QStringLiteral("LOC")));
    REQUIRE(DocumentFile::save(opened.document.get(), QStringLiteral("second"), &error));
    root = parseJson(readBytes(path + QStringLiteral(".ann.json")));
    CHECK(root[u"annotator"].toString() == QStringLiteral("second"));
    CHECK(root[u"modified"].toString() != QStringLiteral("2020-01-01T00:00:00Z"));
    CHECK(root[u"entities"].toArray()[0].toObject()[u"type"].toString() == QStringLiteral("LOC"));
}

TEST_CASE("A legacy-encoded article reopens with the encoding its sidecar records", "[sidecar]")
{
    if (!ArticleReader::legacyEncodings().contains(QStringLiteral("windows-1254"))) {
        WARN("skipped: this Qt has no windows-1254 codec");
        return;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("eski.txt"));
    writeBytes(path, QByteArray("\xDDstanbul'da g\xF6r\xFC\xFEme")); // "İstanbul'da görüşme" in windows-1254

    DocumentFile::Opened failed = DocumentFile::open(path, nullptr);
    CHECK_FALSE(failed.document);
    REQUIRE_FALSE(failed.problems.isEmpty());
    CHECK(failed.problems[0].message.contains(QStringLiteral("windows-1254")));

    DocumentFile::Opened opened = DocumentFile::open(path, nullptr, QStringLiteral("windows-1254"));
    REQUIRE(opened.document);
    CHECK(opened.document->text() == QStringLiteral("İstanbul'da görüşme"));
    opened.document->execute(new AddEntityCommand(opened.document->annotations(),
                                                  entity(QStringLiteral("i1"), QStringLiteral("GPE"), 0, 8)));
    QString error;
    REQUIRE(DocumentFile::save(opened.document.get(), QStringLiteral("ayse"), &error));

    DocumentFile::Opened reopened = DocumentFile::open(path, nullptr);
    INFO(describe(reopened.problems).toStdString());
    REQUIRE(reopened.document);
    CHECK(reopened.problems.isEmpty());
    CHECK(reopened.document->article().encoding == QStringLiteral("windows-1254"));
    CHECK(reopened.document->textOf(reopened.document->annotations()->entityAt(0)) == QStringLiteral("İstanbul"));
}
