// SPDX-License-Identifier: GPL-3.0-or-later
// The reader on its own and in the window: direction per paragraph, keys, find, zoom, wrapping, and a
// save that fails.
#include "io/schemareader.h"
#include "model/annotationcommands.h"
#include "model/articledocument.h"
#include "session/documentsession.h"
#include "support/catchqt.h"
#include "support/samplecopy.h"
#include "support/testfiles.h"
#include "ui/mainwindow.h"
#include "ui/reader/findbar.h"
#include "ui/reader/readerview.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QFontDatabase>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

#include <cmath>
#include <memory>

using namespace Hashiya;

namespace {

struct Reader
{
    Schema schema = SchemaReader::defaultSchema();
    ArticleDocument document;
    ReaderView view;
    explicit Reader(const QString &text)
        : document(Test::articleFromText(text))
    {
        view.resize(800, 600);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        view.setDocument(&document, &schema);
        QCoreApplication::processEvents();
    }
    QRectF firstRect(const QString &word)
    {
        const qsizetype at = document.text().indexOf(word);
        REQUIRE(at >= 0);
        const QList<QRectF> rects = view.rangeRects(at, at + word.size());
        REQUIRE_FALSE(rects.isEmpty());
        QRectF united;
        for (const QRectF &rect : rects)
            united = united.united(rect);
        return united;
    }
};

// QTest::keyClicks knows only Latin keys: an Arabic layout sends key events whose text is the letter.
void typeOnArabicKeyboard(QWidget *widget, const QString &text)
{
    for (QChar letter : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(letter));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(letter));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

} // namespace

TEST_CASE("Each paragraph runs in the direction of its first letter, and the analyst can override it", "[ui][reader]")
{
    Reader reader(QStringLiteral("Baykar signed in Doha.\nوقّعت شركة بايكار في الدوحة.\n🇶🇦 قطر: أعلنت القوات المسلحة"));
    const int width = reader.view.viewport()->width();
    // Left to right: starts at the left margin. Right to left: the first word sits at the right edge.
    CHECK(reader.firstRect(QStringLiteral("Baykar")).left() < width / 4);
    CHECK(reader.firstRect(QStringLiteral("وقّعت")).right() > width * 3 / 4);
    // A flag emoji before Arabic does not make the line left to right.
    CHECK(reader.firstRect(QStringLiteral("قطر")).right() > width * 3 / 4);

    reader.view.setDirectionMode(Qt::LeftToRight);
    QCoreApplication::processEvents();
    const qsizetype arabic = reader.document.text().indexOf(QStringLiteral("وقّعت"));
    qreal leftmost = width;
    for (const QRectF &rect : reader.view.rangeRects(arabic, arabic + 27))
        leftmost = std::min(leftmost, rect.left());
    CHECK(leftmost < width / 4); // the whole line now hugs the left margin

    reader.view.setDirectionMode(Qt::RightToLeft);
    QCoreApplication::processEvents();
    CHECK(reader.firstRect(QStringLiteral("Baykar")).right() > width / 2);
}

TEST_CASE("Keys move the caret and extend the selection, Ctrl+C copies it", "[ui][reader]")
{
    Reader reader(QStringLiteral("First line of text\nİkinci satır burada"));
    reader.view.setFocus();
    reader.view.setSelection(0, 0);
    QTest::keyClick(&reader.view, Qt::Key_End, Qt::ShiftModifier);
    CHECK(reader.view.selectedText() == QStringLiteral("First line of text"));
    QTest::keyClick(&reader.view, Qt::Key_C, Qt::ControlModifier);
    CHECK(QApplication::clipboard()->text() == QStringLiteral("First line of text"));

    QTest::keyClick(&reader.view, Qt::Key_Down);
    CHECK(reader.view.cursorPosition() > reader.document.text().indexOf(u'\n'));
    QTest::keyClick(&reader.view, Qt::Key_Home);
    CHECK(reader.view.cursorPosition() == reader.document.text().indexOf(u'\n') + 1);
    QTest::keyClick(&reader.view, Qt::Key_Right, Qt::ShiftModifier | Qt::ControlModifier);
    CHECK(reader.view.selectedText().trimmed() == QStringLiteral("İkinci"));
    QTest::keyClick(&reader.view, Qt::Key_A, Qt::ControlModifier);
    CHECK(reader.view.selectedText() == reader.document.text());
}

TEST_CASE("In right-to-left text the right arrow moves backwards in reading order", "[ui][reader]")
{
    Reader reader(QStringLiteral("الدوحة وأنقرة"));
    reader.view.setFocus();
    reader.view.setSelection(3, 3);
    QTest::keyClick(&reader.view, Qt::Key_Right);
    CHECK(reader.view.cursorPosition() == 2);
    QTest::keyClick(&reader.view, Qt::Key_Left);
    QTest::keyClick(&reader.view, Qt::Key_Left);
    CHECK(reader.view.cursorPosition() == 4);
}

TEST_CASE("Hovering an entity shows its type, text, attributes and note", "[ui][reader]")
{
    Reader reader(QStringLiteral("Meeting in Ankara today."));
    Entity ankara = Test::entity(QStringLiteral("a1"), QStringLiteral("GPE"), 11, 17);
    ankara.attributes.insert(QStringLiteral("confidence"), QStringLiteral("high"));
    ankara.note = QStringLiteral("capital");
    reader.document.execute(new AddEntityCommand(reader.document.annotations(), ankara));
    CHECK(reader.view.entitiesAt(12) == QStringList {QStringLiteral("a1")});
    const QPoint over = reader.firstRect(QStringLiteral("Ankara")).center().toPoint();
    QHelpEvent help(QEvent::ToolTip, over, reader.view.viewport()->mapToGlobal(over));
    QApplication::sendEvent(reader.view.viewport(), &help);
    const QString tip = QToolTip::text();
    CHECK(tip.contains(QStringLiteral("Country, city or state")));
    CHECK(tip.contains(QStringLiteral("Ankara")));
    CHECK(tip.contains(QStringLiteral("Confidence: high"))); // the attribute by its label
    CHECK(tip.contains(QStringLiteral("capital")));
}

TEST_CASE("Zoom enlarges the text, without wrapping a long line scrolls sideways", "[ui][reader]")
{
    QString longLine;
    for (int i = 0; i < 60; ++i)
        longLine += QStringLiteral("savunma sanayii ");
    Reader reader(longLine);
    const qreal before = reader.firstRect(QStringLiteral("savunma")).height();
    reader.view.setZoom(200);
    QCoreApplication::processEvents();
    CHECK(reader.firstRect(QStringLiteral("savunma")).height() > before * 1.6);
    reader.view.setZoom(100);
    CHECK(reader.view.horizontalScrollBar()->maximum() == 0);
    reader.view.setWordWrap(false);
    reader.view.viewport()->repaint();
    QCoreApplication::processEvents();
    CHECK(reader.view.horizontalScrollBar()->maximum() > 0);
}

TEST_CASE("A long article shows its first and last paragraphs", "[ui][reader]")
{
    // Over a million UTF-16 units: its paragraphs are found on another core while it opens.
    QString text;
    for (int i = 0; text.size() < 1100000; ++i)
        text += QStringLiteral("Paragraf %1: Ankara'da savunma sanayii toplantısı yapıldı.\n").arg(i);
    text += QStringLiteral("Son paragraf.");
    Reader reader(text);
    CHECK(reader.view.verticalScrollBar()->maximum() > 10000 * QFontMetrics(reader.view.font()).height());
    CHECK(reader.firstRect(QStringLiteral("Paragraf 0:")).top() < 100);
    reader.view.ensureVisible(text.size() - 1);
    reader.view.viewport()->repaint();
    const QRectF last = reader.firstRect(QStringLiteral("Son paragraf"));
    CHECK(last.top() >= 0);
    CHECK(last.bottom() <= reader.view.viewport()->height());
}

TEST_CASE("Find ignores case the Turkish way and counts the matches", "[ui][reader]")
{
    Test::SampleCopy copy;
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openArticle(copy.path(QStringLiteral("savunma-toplantisi-tr.txt")));
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    FindBar *find = window.findBar();
    REQUIRE(find->isVisible());
    QTest::keyClicks(find->lineEdit(), QStringLiteral("istanbul"));
    CHECK(find->matchCount() == 1);
    CHECK(window.reader()->selectedText() == QStringLiteral("İstanbul"));
    find->lineEdit()->clear();
    QTest::keyClicks(find->lineEdit(), QStringLiteral("TOPLANTI"));
    CHECK(find->matchCount() == 3);
    const qsizetype first = window.reader()->selectionStart();
    QTest::keyClick(find->lineEdit(), Qt::Key_Return);
    CHECK(window.reader()->selectionStart() != first);
    QTest::keyClick(find->lineEdit(), Qt::Key_Escape);
    CHECK_FALSE(find->isVisible());
}

TEST_CASE("Find matches Arabic typed without harakat, and selects the whole vowelled word", "[ui][reader]")
{
    Test::SampleCopy copy;
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openArticle(copy.path(QStringLiteral("qatar-turkiye-ar.txt")));
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    FindBar *find = window.findBar();
    typeOnArabicKeyboard(find->lineEdit(), QStringLiteral("وقعت"));
    CHECK(find->matchCount() == 1);
    CHECK(window.reader()->selectedText() == QStringLiteral("وقّعت"));
    find->lineEdit()->clear();
    typeOnArabicKeyboard(find->lineEdit(), QStringLiteral("الدوحة"));
    CHECK(find->matchCount() == 3);
}

TEST_CASE("A save that fails is reported at once and retried until it works", "[ui][reader]")
{
    Test::SampleCopy copy;
    const QString article = copy.path(QStringLiteral("baku-meeting-en.txt"));
    const QString sidecar = article + QStringLiteral(".ann.json");
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openArticle(article);
    // A folder where the sidecar should be: the atomic rename cannot replace it, even for root.
    REQUIRE(QFile::rename(sidecar, sidecar + QStringLiteral(".moved")));
    REQUIRE(QDir().mkdir(sidecar));
    ReaderView *reader = window.reader();
    const qsizetype at = window.document()->text().indexOf(QStringLiteral("projects"));
    reader->setSelection(at, at + 8);
    QTest::keyClick(reader, Qt::Key_V);
    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
    CHECK(window.isWindowModified());
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Could not save")));

    REQUIRE(QDir().rmdir(sidecar));
    REQUIRE(QTest::qWaitFor([&] { return !window.isWindowModified(); }, DocumentSession::retryDelayMs * 3));
    CHECK(Test::readBytes(sidecar).contains("\"projects\""));
}

namespace {

// Where the text at the top of the reader is: the first character of the top line, and how far below
// the viewport's top edge that line's text starts.
struct TopOfView
{
    qsizetype position = 0;
    qreal y = 0;
};

TopOfView topOfView(ReaderView *reader)
{
    TopOfView top;
    top.position = reader->positionAt(QPoint(0, 0)); // left-to-right text: the start of the line
    const QList<QRectF> rects = reader->rangeRects(top.position, top.position + 1);
    REQUIRE_FALSE(rects.isEmpty());
    top.y = rects.front().top();
    return top;
}

// The text that was at the top is there still, within a line.
void checkStillAtTop(ReaderView *reader, const TopOfView &before, const char *after)
{
    INFO("after " << after);
    const QList<QRectF> rects = reader->rangeRects(before.position, before.position + 1);
    REQUIRE_FALSE(rects.isEmpty());
    CHECK(std::abs(rects.front().top() - before.y) <= reader->verticalScrollBar()->singleStep());
}

} // namespace

TEST_CASE("Opening the find bar or resizing the window keeps the text at the top in place", "[ui][reader]")
{
    // Paragraphs of many lengths, so that estimated heights and real ones differ.
    QString text;
    const QStringList sentences = {
        QStringLiteral("Türkiye ile Azerbaycan heyetleri Ankara'da savunma sanayii iş birliğini görüştü. "),
        QStringLiteral("The delegation reviewed joint projects on armoured vehicles and air-defence radars. "),
        QStringLiteral("İstanbul'da düzenlenecek fuara ılımlı bir katılım bekleniyor; anlaşma masada. "),
        QStringLiteral("Officials said a framework could be signed before the end of the year. ")};
    for (int paragraph = 0; paragraph < 160; ++paragraph) {
        text += QStringLiteral("%1. ").arg(paragraph);
        for (int i = 0; i < 1 + (paragraph * 7) % 9; ++i)
            text += sentences[(paragraph + i) % sentences.size()];
        text += u'\n';
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString article = dir.filePath(QStringLiteral("long.txt"));
    Test::writeBytes(article, text.toUtf8());

    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    // The reader alone in the window, so that the window's size is the reader's.
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        dock->hide();
    window.resize(1000, 800);
    window.openArticle(article);
    ReaderView *reader = window.reader();
    REQUIRE(reader->document());
    REQUIRE(QTest::qWaitFor([&] { return reader->viewport()->width() > 800; }, 2000));

    // Read down to the middle a page at a time: the paragraphs above are laid out and their heights
    // known exactly, no longer estimated.
    QScrollBar *bar = reader->verticalScrollBar();
    while (bar->value() < bar->maximum() / 2) {
        bar->setValue(bar->value() + bar->pageStep());
        reader->viewport()->repaint();
    }
    reader->viewport()->repaint();
    const TopOfView top = topOfView(reader);
    REQUIRE(top.position > text.size() / 4);

    // The find bar takes some of the reader's height.
    const int fullHeight = reader->viewport()->height();
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    REQUIRE(window.findBar()->isVisible());
    REQUIRE(QTest::qWaitFor([&] { return reader->viewport()->height() < fullHeight; }, 2000));
    reader->viewport()->repaint();
    checkStillAtTop(reader, top, "opening the find bar");

    // A lower window.
    const int withFindBar = reader->viewport()->height();
    window.resize(window.width(), window.height() - 150);
    REQUIRE(QTest::qWaitFor([&] { return reader->viewport()->height() < withFindBar; }, 2000));
    reader->viewport()->repaint();
    checkStillAtTop(reader, top, "lowering the window");

    // A narrower window: lines break elsewhere, the paragraph at the top stays there.
    const int width = reader->viewport()->width();
    window.resize(window.width() - 250, window.height());
    REQUIRE(QTest::qWaitFor([&] { return reader->viewport()->width() < width; }, 2000));
    reader->viewport()->repaint();
    checkStillAtTop(reader, top, "narrowing the window");

    // And wider again.
    window.resize(window.width() + 400, window.height() + 100);
    REQUIRE(QTest::qWaitFor([&] { return reader->viewport()->width() > width; }, 2000));
    reader->viewport()->repaint();
    checkStillAtTop(reader, top, "widening the window");
}

TEST_CASE("A deletion followed at once by another article or a closed one leaves the reader consistent", "[ui][reader]")
{
    // A deletion queues a look at whether the selected entity or relation is gone; by the time it runs,
    // the article may have been replaced or closed.
    const Schema schema = SchemaReader::defaultSchema();
    ReaderView view;
    view.resize(600, 400);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    auto first = std::make_unique<ArticleDocument>(Test::articleFromText(QStringLiteral("Ankara and Baku met.")));
    first->execute(
        new AddEntityCommand(first->annotations(), Test::entity(QStringLiteral("a1"), QStringLiteral("GPE"), 0, 6)));
    first->execute(
        new AddEntityCommand(first->annotations(), Test::entity(QStringLiteral("b1"), QStringLiteral("GPE"), 11, 15)));
    view.setDocument(first.get(), &schema);
    view.setSelectedEntity(QStringLiteral("a1"));
    auto second = std::make_unique<ArticleDocument>(Test::articleFromText(QStringLiteral("Doha hosted the talks.")));
    second->execute(
        new AddEntityCommand(second->annotations(), Test::entity(QStringLiteral("d1"), QStringLiteral("GPE"), 0, 4)));

    SECTION("another article, whose entity the analyst selects at once")
    {
        first->execute(new RemoveEntityCommand(first->annotations(), QStringLiteral("b1")));
        view.setDocument(second.get(), &schema);
        view.setSelectedEntity(QStringLiteral("d1"));
        SECTION("while the first stays open")
        {
        }
        SECTION("and the first is closed")
        {
            first.reset();
        }
        QCoreApplication::processEvents();
        // The look runs against the article shown, where d1 is still there.
        CHECK(view.selectedEntity() == QStringLiteral("d1"));
    }
    SECTION("the article shown is closed")
    {
        first->execute(new RemoveEntityCommand(first->annotations(), QStringLiteral("b1")));
        first.reset();
        QCoreApplication::processEvents();
        CHECK_FALSE(view.document());
        view.repaint();
        view.setDocument(second.get(), &schema);
        CHECK(view.selectedEntity().isEmpty());
    }
}

TEST_CASE("Emoji are drawn in colour in the reader, in Latin and Arabic lines", "[ui][reader][emoji]")
{
    if (!QFontDatabase::hasFamily(QStringLiteral("Noto Color Emoji"))) {
        WARN("Skipped: the colour emoji font is not installed (Debian: fonts-noto-color-emoji)");
        return;
    }
    Reader reader(QStringLiteral("Heyet geldi 😀 ve Ankara'da konuştu.\nوصل الوفد 😀 إلى الدوحة.\n"));
    reader.view.clearFocus(); // no caret in the picture
    QImage image(reader.view.viewport()->size(), QImage::Format_ARGB32);
    reader.view.viewport()->render(&image);
    const QString &text = reader.document.text();
    for (const qsizetype at : {text.indexOf(QStringLiteral("😀")), text.lastIndexOf(QStringLiteral("😀"))}) {
        const QList<QRectF> rects = reader.view.rangeRects(at, at + 2);
        REQUIRE(rects.size() == 1);
        const QRect box = rects.front().toAlignedRect().intersected(image.rect());
        int coloured = 0;
        for (int y = box.top(); y <= box.bottom(); ++y) {
            for (int x = box.left(); x <= box.right(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                if (pixel.hsvSaturation() > 100 && pixel.value() > 80)
                    ++coloured;
            }
        }
        INFO("emoji at " << at);
        CHECK(coloured > 20);
    }
}
