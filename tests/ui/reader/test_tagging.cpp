// SPDX-License-Identifier: GPL-3.0-or-later
// Tagging as an analyst does it, through the real window: mouse and keys in, sidecar bytes out.
#include "io/schemareader.h"
#include "model/articledocument.h"
#include "session/documentsession.h"
#include "support/catchqt.h"
#include "support/samplecopy.h"
#include "support/testfiles.h"
#include "ui/corpus/corpuspanel.h"
#include "ui/mainwindow.h"
#include "ui/reader/readerview.h"
#include "ui/reader/tagger.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Hashiya;

namespace {

using Corpus = Test::SampleCopy;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QJsonArray sidecarEntities(const QString &articlePath)
{
    return QJsonDocument::fromJson(readFile(articlePath + QStringLiteral(".ann.json")))[u"entities"].toArray();
}

// The entity of the sidecar whose first fragment has this text, or an empty object.
QJsonObject sidecarEntity(const QString &articlePath, const QString &text)
{
    for (const QJsonValue &value : sidecarEntities(articlePath)) {
        const QJsonArray span = value[u"spans"].toArray()[0].toArray();
        if (span[2].toString() == text)
            return value.toObject();
    }
    return {};
}

qsizetype codePointsBefore(const QString &text, qsizetype utf16)
{
    return text.left(utf16).toUcs4().size();
}

// Double-clicks the word at UTF-16 offset `at`, as an analyst selects a word.
void doubleClickWord(ReaderView *reader, qsizetype at)
{
    reader->ensureVisible(at);
    QCoreApplication::processEvents();
    const QList<QRectF> rects = reader->rangeRects(at, at + 1);
    REQUIRE_FALSE(rects.isEmpty());
    const QPoint point = rects.front().center().toPoint();
    QTest::mouseDClick(reader->viewport(), Qt::LeftButton, Qt::NoModifier, point);
}

void clickAt(ReaderView *reader, qsizetype at)
{
    reader->ensureVisible(at);
    QCoreApplication::processEvents();
    const QList<QRectF> rects = reader->rangeRects(at, at + 1);
    REQUIRE_FALSE(rects.isEmpty());
    QTest::mouseClick(reader->viewport(), Qt::LeftButton, Qt::NoModifier, rects.front().center().toPoint());
}

void save(MainWindow &window)
{
    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
}

struct Window
{
    MainWindow window;
    explicit Window(const QString &folder)
    {
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.openFolder(folder);
    }
};

} // namespace

TEST_CASE("A word selected in the Arabic article and tagged by key lands in the sidecar in code points",
          "[ui][tagging]")
{
    Corpus corpus;
    Window w(corpus.dir.path());
    const QString article = corpus.path(QStringLiteral("qatar-turkiye-ar.txt"));
    w.window.openArticle(article);
    ReaderView *reader = w.window.reader();
    const QString &text = w.window.document()->text();
    const QString word = QStringLiteral("استراتيجية");
    const qsizetype at = text.indexOf(word);
    REQUIRE(at > 0);

    doubleClickWord(reader, at + 2);
    CHECK(reader->selectedText() == word);
    QTest::keyClick(reader, Qt::Key_V); // EVENT in the sample schema
    save(w.window);

    const QJsonObject entity = sidecarEntity(article, word);
    REQUIRE_FALSE(entity.isEmpty());
    CHECK(entity[u"type"].toString() == QStringLiteral("EVENT"));
    const QJsonArray span = entity[u"spans"].toArray()[0].toArray();
    CHECK(span[0].toInteger() == codePointsBefore(text, at));
    CHECK(span[1].toInteger() == codePointsBefore(text, at) + word.size());
    CHECK(entity[u"id"].toString().size() == 12);
    CHECK(reader->selectedEntity() == entity[u"id"].toString());
    CHECK(reader->entitiesAt(at + 1).contains(entity[u"id"].toString()));

    SECTION("undo removes it from the view and from the sidecar")
    {
        QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier);
        CHECK(reader->entitiesAt(at + 1).isEmpty());
        save(w.window);
        CHECK(sidecarEntity(article, word).isEmpty());
    }
}

TEST_CASE("After an emoji, stored offsets are code points while the view works in UTF-16", "[ui][tagging]")
{
    Corpus corpus;
    Window w(corpus.dir.path());
    const QString article = corpus.path(QStringLiteral("mixed-briefing.txt"));
    w.window.openArticle(article);
    ReaderView *reader = w.window.reader();
    const QString &text = w.window.document()->text();
    const qsizetype at = text.indexOf(QStringLiteral("memorandum"));
    REQUIRE(at > 0);
    REQUIRE(codePointsBefore(text, at) < at); // emoji and flags come before it

    doubleClickWord(reader, at + 3);
    QTest::keyClick(reader, Qt::Key_V);
    save(w.window);
    const QJsonObject entity = sidecarEntity(article, QStringLiteral("memorandum"));
    REQUIRE_FALSE(entity.isEmpty());
    CHECK(entity[u"spans"].toArray()[0].toArray()[0].toInteger() == codePointsBefore(text, at));
}

TEST_CASE("The selected entity is retyped, resized, extended with a fragment and deleted by key", "[ui][tagging]")
{
    Corpus corpus;
    Window w(corpus.dir.path());
    const QString article = corpus.path(QStringLiteral("baku-meeting-en.txt"));
    w.window.openArticle(article);
    ReaderView *reader = w.window.reader();
    ArticleDocument *document = w.window.document();
    const QString &text = document->text();
    QUndoStack *undo = document->undoStack();

    // "armoured vehicles": tag "armoured", then grow it by a word.
    const qsizetype at = text.indexOf(QStringLiteral("armoured"));
    doubleClickWord(reader, at + 1);
    QTest::keyClick(reader, Qt::Key_E); // EQUIPMENT
    const QString id = reader->selectedEntity();
    REQUIRE_FALSE(id.isEmpty());
    CHECK(document->textOf(*document->annotations()->entity(id)) == QStringLiteral("armoured"));

    QTest::keyClick(reader, Qt::Key_Right, Qt::ShiftModifier);
    CHECK(document->textOf(*document->annotations()->entity(id)) == QStringLiteral("armoured vehicles"));
    QTest::keyClick(reader, Qt::Key_Left, Qt::ShiftModifier);
    CHECK(document->textOf(*document->annotations()->entity(id)) == QStringLiteral("armoured"));
    QTest::keyClick(reader, Qt::Key_Right, Qt::ShiftModifier);

    // Retype by pressing another type's key while it is selected.
    const int steps = undo->count();
    QTest::keyClick(reader, Qt::Key_O);
    CHECK(document->annotations()->entity(id)->type == QStringLiteral("ORG"));
    CHECK(undo->count() == steps + 1);

    // A discontinuous entity: select another word and press +.
    const qsizetype radars = text.indexOf(QStringLiteral("radars"));
    doubleClickWord(reader, radars + 1);
    CHECK(reader->selectedEntity() == id); // selecting text keeps the entity being worked on
    QTest::keyClick(reader, Qt::Key_Plus);
    const Entity *extended = document->annotations()->entity(id);
    REQUIRE(extended->spans.size() == 2);
    CHECK(document->textOf(*extended) == QStringLiteral("armoured vehicles radars"));

    save(w.window);
    const QJsonObject stored = sidecarEntity(article, QStringLiteral("armoured vehicles"));
    REQUIRE_FALSE(stored.isEmpty());
    CHECK(stored[u"spans"].toArray().size() == 2);
    CHECK(stored[u"type"].toString() == QStringLiteral("ORG"));

    // Click it, delete it; undo brings it back.
    clickAt(reader, at + 2);
    CHECK(reader->selectedEntity() == id);
    QTest::keyClick(reader, Qt::Key_Delete);
    CHECK(document->annotations()->entity(id) == nullptr);
    QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(document->annotations()->entity(id) != nullptr);
}

TEST_CASE("Tab walks the entities in text order", "[ui][tagging]")
{
    Corpus corpus;
    Window w(corpus.dir.path());
    w.window.openArticle(corpus.path(QStringLiteral("baku-meeting-en.txt")));
    ReaderView *reader = w.window.reader();
    const AnnotationSet *set = w.window.document()->annotations();
    reader->setFocus();
    reader->setSelection(0, 0);
    QTest::keyClick(reader, Qt::Key_Tab);
    CHECK(reader->selectedEntity() == set->entityAt(0).id);
    QTest::keyClick(reader, Qt::Key_Tab);
    CHECK(reader->selectedEntity() == set->entityAt(1).id);
    QTest::keyClick(reader, Qt::Key_Backtab);
    CHECK(reader->selectedEntity() == set->entityAt(0).id);
    CHECK(reader->hasFocus()); // Tab did not wander off to another widget
}

TEST_CASE("Switching articles saves the one left and keeps its history", "[ui][tagging]")
{
    Corpus corpus;
    Window w(corpus.dir.path());
    const QString english = corpus.path(QStringLiteral("baku-meeting-en.txt"));
    const QString turkish = corpus.path(QStringLiteral("savunma-toplantisi-tr.txt"));
    w.window.openArticle(english);
    ReaderView *reader = w.window.reader();
    ArticleDocument *first = w.window.document();
    const qsizetype at = first->text().indexOf(QStringLiteral("ministry"));
    doubleClickWord(reader, at + 1);
    QTest::keyClick(reader, Qt::Key_O);
    const QString id = reader->selectedEntity();

    w.window.openArticle(turkish);
    CHECK(w.window.document() != first);
    // Left without Ctrl+S: written anyway.
    CHECK_FALSE(sidecarEntity(english, QStringLiteral("ministry")).isEmpty());
    const qsizetype turkishAt = w.window.document()->text().indexOf(QStringLiteral("ılımlı"));
    doubleClickWord(reader, turkishAt + 1);
    QTest::keyClick(reader, Qt::Key_V);
    CHECK(w.window.document()->textOf(*w.window.document()->annotations()->entity(reader->selectedEntity()))
          == QStringLiteral("ılımlı"));

    w.window.openArticle(english);
    CHECK(w.window.document() == first);
    REQUIRE(first->annotations()->entity(id) != nullptr);
    QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier); // the history came back with it
    CHECK(first->annotations()->entity(id) == nullptr);
    w.window.close(); // saves everything
    CHECK(sidecarEntity(english, QStringLiteral("ministry")).isEmpty());
    CHECK_FALSE(sidecarEntity(turkish, QStringLiteral("ılımlı")).isEmpty());
}

TEST_CASE("Changes are written without Ctrl+S shortly after the analyst stops", "[ui][tagging]")
{
    Corpus corpus;
    Window w(corpus.dir.path());
    const QString article = corpus.path(QStringLiteral("baku-meeting-en.txt"));
    w.window.openArticle(article);
    ReaderView *reader = w.window.reader();
    doubleClickWord(reader, w.window.document()->text().indexOf(QStringLiteral("projects")) + 1);
    QTest::keyClick(reader, Qt::Key_V);
    CHECK(w.window.isWindowModified());
    CHECK(sidecarEntity(article, QStringLiteral("projects")).isEmpty()); // not yet
    REQUIRE(QTest::qWaitFor([&] { return !sidecarEntity(article, QStringLiteral("projects")).isEmpty(); },
                            DocumentSession::maxSaveDelayMs * 5));
    CHECK_FALSE(w.window.isWindowModified());
}

TEST_CASE("An article with a broken sidecar opens read-only and its sidecar stays byte-identical", "[ui][tagging]")
{
    QTemporaryDir dir;
    const QString data = QStringLiteral(HASHIYA_TEST_DATA "/broken/");
    for (const QString &name : {QStringLiteral("duplicate-id.txt"), QStringLiteral("duplicate-id.txt.ann.json")})
        REQUIRE(QFile::copy(data + name, dir.filePath(name)));
    const QString sidecar = dir.filePath(QStringLiteral("duplicate-id.txt.ann.json"));
    const QByteArray before = readFile(sidecar);
    {
        Window w(dir.path());
        ArticleDocument *document = w.window.document();
        REQUIRE(document);
        CHECK(document->isReadOnly());
        const qsizetype count = document->annotations()->entityCount();
        ReaderView *reader = w.window.reader();
        doubleClickWord(reader, 2);
        QTest::keyClick(reader, Qt::Key_P);
        CHECK(document->annotations()->entityCount() == count);
        save(w.window);
        w.window.close();
    }
    CHECK(readFile(sidecar) == before);
}

TEST_CASE("While selecting, the reader outlines what tagging will take, and tagging takes exactly that",
          "[ui][tagging]")
{
    struct Case
    {
        QString text;
        QString from; // the drag starts inside this word...
        QString to; // ...and ends inside this one, mid-word
        QString tagged;
    };
    const QList<Case> cases = {
        {QStringLiteral("Bakan Mustafayev dün Bakü'de konuştu."), QStringLiteral("Mustafayev"),
         QStringLiteral("Mustafayev"), QStringLiteral("Mustafayev")},
        {QStringLiteral("Heyetler Ankara'da toplandı."), QStringLiteral("Ankara'da"), QStringLiteral("Ankara'da"),
         QStringLiteral("Ankara")},
        {QStringLiteral("وصل الوفد والقاهرة أمس."), QStringLiteral("والقاهرة"), QStringLiteral("والقاهرة"),
         QStringLiteral("القاهرة")},
        {QStringLiteral("😀 🇹🇷 Görüşmede İlham Əliyev ve Recep Tayyip Erdoğan vardı."), QStringLiteral("İlham"),
         QStringLiteral("Əliyev"), QStringLiteral("İlham Əliyev")},
        {QStringLiteral("📰 😀 أعلنت وزارة الدفاع القطرية اليوم."), QStringLiteral("وزارة"), QStringLiteral("الدفاع"),
         QStringLiteral("وزارة الدفاع")},
    };
    const Schema schema = SchemaReader::defaultSchema();
    for (const Case &c : cases) {
        INFO(c.text.toStdString());
        ArticleDocument document(Test::articleFromText(c.text));
        ReaderView view;
        view.resize(700, 300);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        view.setDocument(&document, &schema);
        Tagger tagger(&view);
        tagger.setSchema(&schema);
        QCoreApplication::processEvents();

        // A drag from the second letter of one word to the one before last of another.
        const qsizetype fromWord = c.text.indexOf(c.from);
        const qsizetype toWord = c.text.indexOf(c.to, fromWord);
        REQUIRE(fromWord >= 0);
        REQUIRE(toWord >= 0);
        auto pointAt = [&](qsizetype at) {
            const QList<QRectF> rects = view.rangeRects(at, at + 1);
            REQUIRE(rects.size() == 1);
            return rects.front().center().toPoint();
        };
        const QPoint start = pointAt(fromWord + 1);
        const QPoint end = pointAt(toWord + c.to.size() - 3);
        QTest::mousePress(view.viewport(), Qt::LeftButton, Qt::NoModifier, start);
        QTest::mouseMove(view.viewport(), end);
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, Qt::NoModifier, end);
        REQUIRE(view.hasSelection());
        const QString selected = view.selectedText();
        CHECK(selected != c.tagged); // mid-word at both ends: snapping has work to do
        const TextRange preview = view.tagPreview();
        CHECK(c.text.mid(preview.first, preview.second - preview.first) == c.tagged);

        REQUIRE(tagger.tag(QStringLiteral("PERSON")));
        const AnnotationSet *set = document.annotations();
        REQUIRE(set->entityCount() == 1);
        const Span span = set->entityAt(0).spans.front();
        CHECK(span.start == codePointsBefore(c.text, preview.first));
        CHECK(span.end == codePointsBefore(c.text, preview.second));
        // Tagging lets go of the selection, and so of the outline.
        CHECK_FALSE(view.hasSelection());
        CHECK(view.tagPreview() == TextRange {});
    }
}

TEST_CASE("Selecting with the keyboard outlines what tagging will take", "[ui][tagging]")
{
    const QString text = QStringLiteral("😀 Bakan Mustafayev'in açıklaması");
    ArticleDocument document(Test::articleFromText(text));
    const Schema schema = SchemaReader::defaultSchema();
    ReaderView view;
    view.resize(700, 300);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.setDocument(&document, &schema);
    Tagger tagger(&view);
    const qsizetype at = text.indexOf(QStringLiteral("Mustafayev"));
    view.setSelection(at + 2, at + 2);
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(&view, Qt::Key_Right, Qt::ShiftModifier);
    CHECK(view.selectedText() == QStringLiteral("stafa"));
    CHECK(view.tagPreview() == TextRange {at, at + 10});
    // Exactly as selected when snapping is off.
    tagger.setSnapToWords(false);
    CHECK(view.tagPreview() == TextRange {at + 2, at + 7});
    tagger.setSnapToWords(true);
    QTest::keyClick(&view, Qt::Key_Escape);
    CHECK(view.tagPreview() == TextRange {});
}
