// SPDX-License-Identifier: GPL-3.0-or-later
// View → Sidecar source, View → Schema source and the export preview, driven through the real window.
#include "formats/exportformats.h"
#include "model/annotationcommands.h"
#include "model/articledocument.h"
#include "session/documentsession.h"
#include "support/catchqt.h"
#include "support/eventwait.h"
#include "support/samplecopy.h"
#include "support/testfiles.h"
#include "support/toplevelwidgets.h"
#include "text/sourcedisplay.h"
#include "ui/exchange/exchangesummarydialog.h"
#include "ui/exchange/exportdialog.h"
#include "ui/mainwindow.h"
#include "ui/reader/readerview.h"
#include "ui/source/exportpreview.h"
#include "ui/source/schemasourcepanel.h"
#include "ui/source/sidecarsourcepanel.h"
#include "ui/source/sourceview.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QFontDatabase>
#include <QGlyphRun>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QUndoStack>

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

struct Window
{
    Test::SampleCopy corpus;
    MainWindow window;
    Window()
    {
        window.resize(1300, 900);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.openFolder(corpus.path());
        window.openArticle(corpus.path(u"baku-meeting-en.txt"_s));
        REQUIRE(window.document());
    }
    QDockWidget *dock(const QString &name) { return window.findChild<QDockWidget *>(name); }
};

void doubleClickWord(ReaderView *reader, qsizetype at)
{
    reader->ensureVisible(at);
    QCoreApplication::processEvents();
    const QList<QRectF> rects = reader->rangeRects(at, at + 1);
    REQUIRE_FALSE(rects.isEmpty());
    QTest::mouseDClick(reader->viewport(), Qt::LeftButton, Qt::NoModifier, rects.front().center().toPoint());
}

QString lineOf(const SourceView *view, int line)
{
    return view->document()->findBlockByNumber(line).text();
}

/// True if the line is on screen in the view.
bool lineShown(SourceView *view, int line)
{
    const QTextBlock block = view->document()->findBlockByNumber(line);
    const QRect geometry = view->cursorRect(QTextCursor(block));
    return geometry.top() >= 0 && geometry.bottom() <= view->viewport()->height();
}

/// How many connections the stack's indexChanged has. QObject::receivers() is protected: a pointer to it
/// named through a class derived from QObject is an ordinary member pointer, callable on any QObject.
struct IndexChangedReceivers : QObject
{
    static int of(const QUndoStack *stack)
    {
        return (stack->*(&IndexChangedReceivers::receivers))(SIGNAL(indexChanged(int)));
    }
};

/// The article's "Baku" tagged as a place (the texts have no surrogates: UTF-16 = code points).
Entity baku(const ArticleDocument &document, const QString &id)
{
    const qsizetype at = document.text().indexOf(u"Baku"_s);
    REQUIRE(at >= 0);
    return Test::entity(id, u"GPE"_s, at, at + 4);
}

/// The formats the highlighter gave the line.
QList<QTextLayout::FormatRange> formatsOf(const SourceView *view, int line)
{
    return view->document()->findBlockByNumber(line).layout()->formats();
}

} // namespace

TEST_CASE("The sidecar source view shows the line of an entity just tagged, exactly as saved", "[ui][source]")
{
    Window w;
    QDockWidget *dock = w.dock(u"sidecarSourceDock"_s);
    REQUIRE(dock);
    CHECK_FALSE(dock->isVisible());
    QTest::keyClick(&w.window, Qt::Key_J, Qt::ControlModifier | Qt::ShiftModifier); // View → Sidecar source
    REQUIRE(QTest::qWaitFor([&] { return dock->isVisible(); }));
    SourceView *view = w.window.sidecarSource()->view();
    REQUIRE(QTest::qWaitFor([&] { return view->source().contains(u"\"hashiya-sidecar\""_s); }));
    // Opened and unchanged: the view is the file.
    CHECK(view->source().toUtf8() == Test::readBytes(w.window.document()->article().sidecarPath()));

    const QString &text = w.window.document()->text();
    const qsizetype at = text.indexOf(u"delegation"_s);
    REQUIRE(at > 0);
    doubleClickWord(w.window.reader(), at + 2);
    QTest::keyClick(w.window.reader(), Qt::Key_V); // EVENT
    const QString id = w.window.reader()->selectedEntity();
    REQUIRE(id.size() == 12);

    REQUIRE(QTest::qWaitFor([&] { return view->source().contains(id); }, 5000));
    const int marked = view->markedFirstLine();
    REQUIRE(marked >= 0);
    const QString line = lineOf(view, marked);
    CHECK(line.contains(u"{\"id\":\""_s + id + u'"'));
    CHECK(line.contains(u"\"type\":\"EVENT\""_s));
    CHECK(line.contains(u"\"delegation\""_s));
    CHECK(lineShown(view, marked));
    // Coloured (by another process where KSyntaxHighlighting is installed): the id's key, its value and the
    // punctuation at least.
    CHECK(QTest::qWaitFor([&] { return formatsOf(view, marked).size() >= 3; }));

    // Once saved, the view holds the bytes on disk.
    QTest::keyClick(&w.window, Qt::Key_S, Qt::ControlModifier);
    REQUIRE(QTest::qWaitFor([&] { return !w.window.document()->isModified(); }, 5000));
    REQUIRE(QTest::qWaitFor(
        [&] { return view->source().toUtf8() == Test::readBytes(w.window.document()->article().sidecarPath()); },
        5000));

    SECTION("undo takes the line away again")
    {
        QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier);
        REQUIRE(QTest::qWaitFor([&] { return !view->source().contains(id); }, 5000));
        CHECK(view->markedFirstLine() == -1);
    }
    SECTION("double-clicking another entity's line selects it in the reader")
    {
        const QString other = w.window.document()->annotations()->entities()[2].id;
        const int line = int(QStringView(view->source()).first(view->source().indexOf(other)).count(u'\n'));
        view->markLines(line, line); // scrolled into view, as the analyst would
        const QRect rect = view->cursorRect(QTextCursor(view->document()->findBlockByNumber(line)));
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center() + QPoint(40, 0));
        CHECK(w.window.reader()->selectedEntity() == other);
        CHECK(view->markedFirstLine() == line);
    }
    SECTION("selecting another entity marks its line")
    {
        const QString other = w.window.document()->annotations()->entities()[0].id;
        w.window.reader()->setSelectedEntity(other);
        REQUIRE(QTest::qWaitFor([&] { return lineOf(view, view->markedFirstLine()).contains(other); }));
        CHECK(lineShown(view, view->markedFirstLine()));
    }
}

TEST_CASE("The schema source view shows the corpus schema with the selected entity's type marked", "[ui][source]")
{
    Window w;
    QTest::keyClick(&w.window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier); // View → Schema source
    QDockWidget *dock = w.dock(u"schemaSourceDock"_s);
    REQUIRE(QTest::qWaitFor([&] { return dock->isVisible(); }));
    SourceView *view = w.window.schemaSource()->view();
    CHECK(view->source().toUtf8() == Test::readBytes(w.corpus.path(u"hashiya-schema.json"_s)));

    const Entity &entity = w.window.document()->annotations()->entities()[0];
    w.window.reader()->setSelectedEntity(entity.id);
    REQUIRE(view->markedFirstLine() >= 0);
    CHECK(lineOf(view, view->markedFirstLine()).contains(u"\""_s + entity.type + u'"'));
    CHECK(lineOf(view, view->markedFirstLine()).contains(u"\"name\""_s));
}

TEST_CASE("The export preview shows exactly the bytes the export writes for the first document", "[ui][source]")
{
    Window w;
    QAction *exportAction = w.window.findChild<QAction *>(u"exportAction"_s);
    REQUIRE(exportAction);
    for (const ExportFormat &format : ExportFormats::all()) {
        INFO(format.id.toStdString());
        QTemporaryDir target;
        QMap<QString, QByteArray> previewed;
        QString shownText, shownFile;
        bool filled = false;
        auto *poll = new QTimer;
        QObject::connect(poll, &QTimer::timeout, [&, poll] {
            ExportDialog *dialog = Test::findTopLevel<ExportDialog>();
            if (!dialog)
                return;
            poll->stop();
            poll->deleteLater();
            auto *combo = dialog->findChild<QComboBox *>(u"exportFormat"_s);
            combo->setCurrentIndex(combo->findData(format.id));
            dialog->findChild<QRadioButton *>(u"scopeOpen"_s)->click();
            auto *folder = dialog->findChild<QLineEdit *>(u"exportFolder"_s);
            folder->clear();
            QTest::keyClicks(folder, target.path());
            ExportPreview *preview = dialog->preview();
            // The preview follows the last choice, on its own thread.
            if (QTest::qWaitFor([&] { return !preview->isBusy(); }, 20000)) {
                previewed = preview->files();
                shownFile = preview->shownFile();
                shownText = preview->view()->toPlainText();
                filled = true;
            }
            QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
        });
        poll->start(20);
        exportAction->trigger();
        ExchangeSummaryDialog *summary = nullptr;
        REQUIRE(
            QTest::qWaitFor([&] { return (summary = Test::findTopLevel<ExchangeSummaryDialog>()) != nullptr; }, 20000));
        summary->close();
        REQUIRE(filled);

        CHECK_FALSE(previewed.isEmpty());
        CHECK(previewed == Test::filesUnder(target.path()));
        REQUIRE(previewed.contains(shownFile));
        // What is on screen is the file, line ends aside.
        QString expected = QString::fromUtf8(previewed.value(shownFile));
        expected.replace(u"\r\n"_s, u"\n"_s);
        CHECK(withoutIsolates(shownText) == expected);
    }
}

TEST_CASE("The export preview of a whole corpus shows its first document's files", "[ui][source]")
{
    Window w;
    ExportDialog dialog(w.corpus.path(), w.window.document()->article().path, {}, &w.window);
    dialog.setFormat(u"brat"_s);
    dialog.setScope(ExportDialog::Scope::All);
    dialog.show();
    ExportPreview *preview = dialog.preview();
    REQUIRE(QTest::qWaitFor([&] { return !preview->isBusy() && !preview->files().isEmpty(); }, 20000));
    // Articles are exported in name order: baku-meeting-en.txt first.
    CHECK(preview->files().contains(u"baku-meeting-en.ann"_s));
    CHECK(preview->shownFile() == u"baku-meeting-en.ann"_s);
    CHECK(preview->view()->source().startsWith(u"T1\t"_s));

    QTemporaryDir all;
    ExportRequest request = dialog.request();
    request.outputFolder = all.path();
    REQUIRE(ExportJob::run(request).ok());
    const QMap<QString, QByteArray> written = Test::filesUnder(all.path());
    for (const QString &name : {u"baku-meeting-en.ann"_s, u"baku-meeting-en.txt"_s})
        CHECK(preview->files().value(name) == written.value(name));

    // Another file of the same document.
    preview->showFile(u"baku-meeting-en.txt"_s);
    CHECK(preview->view()->source() == QString::fromUtf8(written.value(u"baku-meeting-en.txt"_s)));
}

TEST_CASE("A source view of 10 MB colours what is shown and keeps its place when lines change", "[ui][source]")
{
    QString json = u"{\n  \"entities\": [\n"_s;
    qsizetype lines = 0;
    while (json.size() < 10'000'000) {
        json +=
            u"    {\"id\":\"e%1\",\"type\":\"PERSON\",\"spans\":[[%2,%3,\"İlgar Hüseynov إلهام 😀\",\"\",\"\"]]},\n"_s
                .arg(lines)
                .arg(lines * 10)
                .arg(lines * 10 + 5);
        ++lines;
    }
    json += u"    {\"id\":\"last\"}\n  ]\n}\n"_s;
    SourceView view;
    view.resize(800, 600);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.setSource(json, SourceLanguage::Json);
    // Loaded piece by piece, so that the window answers meanwhile; a line can be marked before it is there.
    CHECK(view.isLoading());
    const int lineCount = int(json.count(u'\n')) + 1;
    const int middle = lineCount / 2;
    view.markLines(middle, middle);
    REQUIRE(QTest::qWaitFor([&] { return !view.isLoading(); }, 30000));
    CHECK(view.document()->blockCount() == lineCount);
    CHECK(view.markedFirstLine() == middle);
    CHECK(lineShown(&view, middle));
    // Coloured from another process where KSyntaxHighlighting is installed.
    REQUIRE(Test::waitForEvents([&] { return formatsOf(&view, middle).size() >= 2; }, 20000));
    // Far from anything shown nothing is coloured.
    CHECK(formatsOf(&view, lineCount / 4).isEmpty());
    view.markLines(3, 3);
    REQUIRE(Test::waitForEvents([&] { return formatsOf(&view, 3).size() >= 2; }));
    view.markLines(middle, middle);

    // One line changed near the top and one added at the mark: the view stays where it is.
    const int firstShown = view.firstShownLine();
    QString changed = json;
    changed.replace(u"\"id\":\"e1\""_s, u"\"id\":\"e1-changed\""_s);
    const qsizetype markedAt = changed.indexOf(u"\"id\":\"e%1\""_s.arg(middle - 2));
    REQUIRE(markedAt > 0);
    changed.insert(changed.lastIndexOf(u'\n', markedAt) + 1, u"    {\"id\":\"new\"},\n"_s);
    view.setSource(changed, SourceLanguage::Json);
    CHECK(withoutIsolates(view.document()->toPlainText()) == changed);
    CHECK(std::abs(view.firstShownLine() - firstShown) <= 1);
}

TEST_CASE("Source views follow the dark palette", "[ui][source]")
{
    SourceView view;
    view.resize(600, 300);
    view.show();
    view.setSource(u"{\"id\": \"abc\", \"n\": 12}\n"_s, SourceLanguage::Json);
    REQUIRE(QTest::qWaitFor([&] { return !formatsOf(&view, 0).isEmpty(); }));
    const QColor light = formatsOf(&view, 0).first().format.foreground().color();

    QPalette dark = view.palette();
    dark.setColor(QPalette::Base, QColor(30, 30, 32));
    dark.setColor(QPalette::Text, QColor(225, 225, 225));
    view.setPalette(dark);
    REQUIRE(QTest::qWaitFor([&] { return formatsOf(&view, 0).first().format.foreground().color() != light; }));
    // Lighter than the light theme's colour, to read on a dark base.
    CHECK(formatsOf(&view, 0).first().format.foreground().color().lightness() > light.lightness());
}

TEST_CASE("Arabic sidecar lines keep their strings in order, and a copy is the file's text", "[ui][source]")
{
    Window w;
    w.window.openArticle(w.corpus.path(u"qatar-turkiye-ar.txt"_s));
    QTest::keyClick(&w.window, Qt::Key_J, Qt::ControlModifier | Qt::ShiftModifier);
    SourceView *view = w.window.sidecarSource()->view();
    REQUIRE(QTest::qWaitFor([&] { return view->source().contains(u"qatar-turkiye-ar.txt"_s); }));
    const QString source = view->source();
    // Each Arabic string is isolated on screen, so "A","B" does not read as "B","A".
    CHECK(view->toPlainText().count(QChar(0x2068)) > 10);
    CHECK(withoutIsolates(view->toPlainText()) == source);

    view->selectAll();
    view->copy();
    CHECK(QApplication::clipboard()->text() == source);
}

TEST_CASE("The sidecar source view follows only the article shown, however often articles are switched", "[ui][source]")
{
    // A dozen articles, more than the session keeps open, so some close on the way and some stay.
    QTemporaryDir corpus;
    REQUIRE(corpus.isValid());
    QStringList articles;
    for (int i = 0; i < 13; ++i) {
        articles.append(corpus.filePath(u"article-%1.txt"_s.arg(i, 2, 10, QChar(u'0'))));
        Test::writeBytes(articles.back(), u"Article %1: the delegation met in Baku.\n"_s.arg(i).toUtf8());
    }
    const QString neverShown = articles.takeLast();
    MainWindow window;
    window.resize(1300, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openFolder(corpus.path());
    QDockWidget *dock = window.findChild<QDockWidget *>(u"sidecarSourceDock"_s);
    REQUIRE(dock);
    QTest::keyClick(&window, Qt::Key_J, Qt::ControlModifier | Qt::ShiftModifier); // View → Sidecar source
    REQUIRE(QTest::qWaitFor([&] { return dock->isVisible(); }));
    SidecarSourcePanel *panel = window.sidecarSource();

    for (int round = 0; round < 3; ++round) {
        for (const QString &article : articles)
            window.openArticle(article);
    }
    for (int round = 0; round < 10; ++round) {
        for (int i = 8; i < 12; ++i)
            window.openArticle(articles.at(i));
    }
    window.openArticle(articles.at(9));
    ArticleDocument *shown = window.document();
    REQUIRE(shown->article().path == articles.at(9));

    // An article open in the session that the window never showed: what every stack is connected to
    // without the panel.
    Problems problems;
    const ArticleDocument *other = window.session()->open(neverShown, nullptr, &problems);
    REQUIRE(other);
    const int baseline = IndexChangedReceivers::of(other->undoStack());
    QList<ArticleDocument *> hidden = window.session()->documents();
    hidden.removeAll(shown);
    hidden.removeAll(other);
    REQUIRE(hidden.size() >= 5);
    for (const ArticleDocument *document : hidden) {
        INFO(document->article().fileName().toStdString());
        CHECK(IndexChangedReceivers::of(document->undoStack()) == baseline);
    }
    // The panel is connected once to the stack of the article shown.
    const int withPanel = IndexChangedReceivers::of(shown->undoStack());
    panel->setDocument(nullptr);
    CHECK(IndexChangedReceivers::of(shown->undoStack()) == withPanel - 1);
    panel->setDocument(shown);
    CHECK(IndexChangedReceivers::of(shown->undoStack()) == withPanel);

    // Edits in articles not shown leave the view alone; one in the article shown refreshes it once.
    QTimer *refreshTimer = panel->findChild<QTimer *>(QString(), Qt::FindDirectChildrenOnly);
    REQUIRE(refreshTimer);
    REQUIRE(QTest::qWaitFor([&] { return !refreshTimer->isActive(); }));
    QSignalSpy refreshes(refreshTimer, &QTimer::timeout);
    int number = 0;
    for (ArticleDocument *document : hidden) {
        const QString id = u"hidden%1"_s.arg(++number, 6, 10, QChar(u'0'));
        REQUIRE(document->execute(new AddEntityCommand(document->annotations(), baku(*document, id))));
        INFO(document->article().fileName().toStdString());
        CHECK_FALSE(refreshTimer->isActive());
    }
    const QString id = u"shown0000001"_s;
    REQUIRE(shown->execute(new AddEntityCommand(shown->annotations(), baku(*shown, id))));
    CHECK(refreshTimer->isActive());
    REQUIRE(QTest::qWaitFor([&] { return panel->view()->source().contains(id); }, 5000));
    CHECK(refreshes.count() == 1);
    CHECK_FALSE(panel->view()->source().contains(u"hidden"_s));
}

TEST_CASE("A source line with escapes inside Arabic reads left to right as in the file", "[ui][source]")
{
    // The line as the file holds it: the escapes, the quotes and the braces read left to right, and only
    // the Arabic words turn.
    const QString file = u"{\"text\":\"مرحبا\\n\\nعالم\",\"note\":\"قال \\\"نعم\\\" ثم Ankara &#10; وعاد\"}\n"_s;
    SourceView view;
    view.resize(900, 200);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.setSource(file, SourceLanguage::Json);
    const QTextBlock block = view.document()->firstBlock();
    const QString shown = block.text();
    const QTextLayout *layout = block.layout();
    REQUIRE(layout->lineCount() == 1);
    const QTextLine line = layout->lineAt(0);
    // Where each character of the block is drawn: the middle of its glyphs.
    auto xOf = [&](qsizetype at) {
        const QList<QGlyphRun> runs = line.glyphRuns(int(at), 1);
        REQUIRE_FALSE(runs.isEmpty());
        return runs.front().boundingRect().center().x();
    };
    std::vector<qsizetype> escapes;
    for (qsizetype at = shown.indexOf(u'\\'); at >= 0; at = shown.indexOf(u'\\', at + 2))
        escapes.push_back(at);
    REQUIRE(escapes.size() == 4);
    for (const qsizetype at : escapes) {
        INFO("escape at " << at << ": " << shown.mid(at, 2).toStdString());
        CHECK(xOf(at) < xOf(at + 1));
        if (at > escapes.front())
            CHECK(xOf(at) > xOf(escapes.front())); // the escapes in the file's order
    }
    // The reference reads "&#10;", and the line starts with its brace on the left.
    const qsizetype reference = shown.indexOf(u"&#10;"_s);
    REQUIRE(reference > 0);
    for (qsizetype at = reference; at < reference + 4; ++at)
        CHECK(xOf(at) < xOf(at + 1));
    const qreal brace = xOf(0);
    for (qsizetype at = 1; at < shown.size(); ++at) {
        if (shown[at] != QChar(0x2068) && shown[at] != QChar(0x2069) && !shown[at].isSpace())
            CHECK(brace < xOf(at));
    }
    // Each Arabic word is right to left; the words are in the file's order, left to right.
    const qsizetype hello = shown.indexOf(u"مرحبا"_s);
    const qsizetype world = shown.indexOf(u"عالم"_s);
    CHECK(xOf(hello) > xOf(hello + 4));
    CHECK(xOf(hello) < xOf(world + 3));
    CHECK(xOf(hello) < xOf(shown.indexOf(u"Ankara"_s)));

    // A copy is the file's text.
    view.selectAll();
    view.copy();
    CHECK(QApplication::clipboard()->text() == file);
}

TEST_CASE("Source views draw emoji in colour", "[ui][source][emoji]")
{
    if (!QFontDatabase::hasFamily(u"Noto Color Emoji"_s)) {
        WARN("Skipped: the colour emoji font is not installed (Debian: fonts-noto-color-emoji)");
        return;
    }
    // Plain text is drawn in the text colour: anything saturated is the emoji's.
    const QString text = u"Heyet geldi 😀 ve konuştu\nوصل الوفد 😀 إلى الدوحة\n"_s;
    SourceView view;
    view.resize(600, 200);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.setSource(text, SourceLanguage::Plain);
    QCoreApplication::processEvents();
    QImage image(view.viewport()->size(), QImage::Format_ARGB32);
    view.viewport()->render(&image);
    for (QTextBlock block = view.document()->firstBlock(); block.isValid() && !block.text().isEmpty();
         block = block.next()) {
        const int at = int(block.text().indexOf(u"😀"_s));
        REQUIRE(at >= 0);
        // Between the carets on either side of the emoji, whichever way the line runs.
        QTextCursor cursor(block);
        cursor.setPosition(block.position() + at);
        const QRect before = view.cursorRect(cursor);
        cursor.setPosition(block.position() + at + 2);
        const QRect after = view.cursorRect(cursor);
        const QRectF box(QPointF(std::min(before.left(), after.left()), before.top()),
                         QPointF(std::max(before.left(), after.left()), before.bottom()));
        REQUIRE(box.width() > 4);
        int coloured = 0;
        for (int y = int(box.top()); y <= int(box.bottom()); ++y) {
            for (int x = int(box.left()); x <= int(box.right()); ++x) {
                const QColor pixel = image.pixelColor(QPoint(x, y));
                if (pixel.hsvSaturation() > 100 && pixel.value() > 80)
                    ++coloured;
            }
        }
        INFO(block.text().toStdString());
        CHECK(coloured > 10);
    }
}

TEST_CASE("A copy from a source view keeps the isolates the file holds itself", "[ui][source]")
{
    // Scraped text can carry its own isolates; the view adds more to keep the Arabic in order.
    const QString file = u"{\"text\":\"قال \u2068Erdoğan\u2069 في \u2067أنقرة\u2069\\n\"}\n{\"n\":\"الدوحة\"}\n"_s;
    SourceView view;
    view.resize(900, 200);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.setSource(file, SourceLanguage::Json);
    CHECK(view.toPlainText().count(QChar(0x2068)) > file.count(QChar(0x2068)));
    view.selectAll();
    view.copy();
    CHECK(QApplication::clipboard()->text() == file);
    // A part: the second line, selected from its start to the end.
    QTextCursor cursor(view.document()->findBlockByNumber(1));
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    view.setTextCursor(cursor);
    view.copy();
    CHECK(QApplication::clipboard()->text() == u"{\"n\":\"الدوحة\"}\n"_s);
}
