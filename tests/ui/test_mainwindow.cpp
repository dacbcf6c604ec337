// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on the offscreen platform: opening the sample corpus, choosing articles, problems.
#include "model/articledocument.h"
#include "support/catchqt.h"
#include "support/samplecopy.h"
#include "support/testfiles.h"
#include "ui/annotations/annotationpanel.h"
#include "ui/annotations/entitytreemodel.h"
#include "ui/annotations/problemspanel.h"
#include "ui/corpus/corpusmodel.h"
#include "ui/corpus/corpuspanel.h"
#include "ui/mainwindow.h"
#include "ui/reader/readerview.h"

#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

// Each test opens its own copy of the samples: the window saves what changes.
QString samples()
{
    static std::vector<std::unique_ptr<Test::SampleCopy>> copies;
    copies.push_back(std::make_unique<Test::SampleCopy>());
    return copies.back()->path();
}

QTableView *corpusList(MainWindow &window)
{
    return window.corpusPanel()->findChild<QTableView *>();
}

bool waitForSummaries(MainWindow &window)
{
    return QTest::qWaitFor([&] { return !window.corpusPanel()->isReading(); }, 10000);
}

/// The corpus list's row for the file `name`, or -1.
int rowOf(const QTableView *list, const QString &name)
{
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        if (list->model()->index(row, CorpusModel::FileColumn).data().toString() == name)
            return row;
    }
    return -1;
}

/// Shows the window and opens a corpus folder in it, as an analyst starts.
void showWithFolder(MainWindow &window, const QString &folder)
{
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openFolder(folder);
}

} // namespace

TEST_CASE("Opening the sample folder lists its articles and shows the first one", "[ui][mainwindow]")
{
    MainWindow window;
    showWithFolder(window, samples());

    QTableView *list = corpusList(window);
    REQUIRE(list);
    CHECK(list->model()->rowCount() == 4);
    REQUIRE(window.document());
    CHECK(window.corpusPanel()->currentArticle() == window.document()->article().path);
    CHECK(window.reader()->document() == window.document());
    CHECK(window.windowTitle().contains(window.document()->article().fileName()));
}

TEST_CASE("Choosing an article in the corpus list with the keyboard opens it", "[ui][mainwindow]")
{
    MainWindow window;
    showWithFolder(window, samples());
    QTableView *list = corpusList(window);
    REQUIRE(list);
    REQUIRE(waitForSummaries(window));

    // Find the Arabic article's row and move there with the arrow keys, as an analyst would.
    const int arabicRow = rowOf(list, QStringLiteral("qatar-turkiye-ar.txt"));
    REQUIRE(arabicRow > 0);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < arabicRow; ++i)
        QTest::keyClick(list, Qt::Key_Down);

    REQUIRE(window.document());
    CHECK(window.document()->article().fileName() == u"qatar-turkiye-ar.txt");
    CHECK(window.reader()->document()->text().startsWith(QStringLiteral("قطر وتركيا")));
    CHECK(list->model()->index(arabicRow, CorpusModel::EntitiesColumn).data().toInt()
          == window.document()->annotations()->entityCount());
}

TEST_CASE("An article with a broken sidecar opens read-only with its problems shown", "[ui][mainwindow]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString article = dir.filePath(QStringLiteral("haber.txt"));
    QFile text(article);
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("Ankara'da toplant\xC4\xB1");
    text.close();
    QFile sidecar(article + QStringLiteral(".ann.json"));
    REQUIRE(sidecar.open(QIODevice::WriteOnly));
    const QByteArray broken = "{\n  \"format\": \"hashiya-sidecar\",\n  \"version\": \"1.0\"\n  \"article\": {}\n}\n";
    sidecar.write(broken);
    sidecar.close();

    MainWindow window;
    showWithFolder(window, dir.path());

    REQUIRE(window.document());
    CHECK(window.document()->isReadOnly());
    CHECK(window.problemsPanel()->count() == 1);
    CHECK(window.findChild<QDockWidget *>(QStringLiteral("problemsDock"))->isVisible());
    REQUIRE(sidecar.open(QIODevice::ReadOnly));
    CHECK(sidecar.readAll() == broken);
}

TEST_CASE("Marking the open article's status in the corpus list is an undoable edit", "[ui][mainwindow]")
{
    MainWindow window;
    showWithFolder(window, samples());
    REQUIRE(waitForSummaries(window));
    REQUIRE(window.document());
    const QString path = window.document()->article().path;
    QTableView *list = corpusList(window);
    REQUIRE(list);
    const int row = rowOf(list, window.document()->article().fileName());
    REQUIRE(row >= 0);
    const QModelIndex status = list->model()->index(row, CorpusModel::StatusColumn);
    const QModelIndex title = list->model()->index(row, CorpusModel::TitleColumn);

    Q_EMIT window.corpusPanel()->statusRequested(path, QStringLiteral("done"));
    CHECK(window.document()->status() == QStringLiteral("done"));
    CHECK(window.document()->isModified());
    CHECK(status.data().toString() == QStringLiteral("Done"));
    CHECK(title.data().toString().startsWith(QStringLiteral("• ")));

    window.document()->undoStack()->undo();
    CHECK(window.document()->status() == QStringLiteral("new"));
    CHECK_FALSE(window.document()->isModified());
    CHECK(status.data().toString() == QStringLiteral("New"));
    CHECK_FALSE(title.data().toString().startsWith(QStringLiteral("• ")));
}

TEST_CASE("Marking another article's status opens it first", "[ui][mainwindow]")
{
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QString folder = samples();
    window.openFolder(folder);
    REQUIRE(window.document());
    const QString other = folder + QStringLiteral("/savunma-toplantisi-tr.txt");
    REQUIRE(window.document()->article().path != other);

    Q_EMIT window.corpusPanel()->statusRequested(other, QStringLiteral("in-progress"));
    REQUIRE(window.document());
    CHECK(window.document()->article().path == other);
    CHECK(window.document()->status() == QStringLiteral("in-progress"));
    CHECK(window.document()->undoStack()->count() == 1);
    CHECK(window.corpusPanel()->currentArticle() == other);
}

TEST_CASE("Every command in the menus has a keyboard shortcut", "[ui][mainwindow]")
{
    MainWindow window;
    showWithFolder(window, samples());
    QStringList without;
    const std::function<void(QMenu *)> visit = [&](QMenu *menu) {
        for (QAction *action : menu->actions()) {
            if (action->isSeparator())
                continue;
            if (action->menu()) {
                // Recent corpora and articles are reached by mnemonic, like a file dialog's history.
                if (action->menu()->objectName() != u"recentCorporaMenu"
                    && action->menu()->objectName() != u"recentArticlesMenu")
                    visit(action->menu());
                continue;
            }
            // One shortcut (Ctrl+Shift+X) walks through the text directions; a language or digits are chosen
            // once.
            if (action->actionGroup()
                && (action->actionGroup()->objectName() == u"directionGroup"
                    || action->actionGroup()->objectName() == u"languageGroup"
                    || action->actionGroup()->objectName() == u"digitsGroup"))
                continue;
            // About has none, as in most applications; nor has turning a question back on.
            if (action->shortcut().isEmpty() && !action->text().startsWith(u"&About")
                && action->objectName() != u"askBeforeDeletingAction")
                without.append(menu->title().remove(u'&') + u" → " + action->text().remove(u'&'));
        }
    };
    for (QAction *action : window.menuBar()->actions())
        visit(action->menu());
    CHECK(without.join(u", ").toStdString() == "");
}

TEST_CASE("Alt+Z wraps lines and Ctrl+Shift+X walks through the text directions", "[ui][mainwindow]")
{
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openArticle(samples() + QStringLiteral("/qatar-turkiye-ar.txt"));
    ReaderView *reader = window.reader();
    const bool wrapped = reader->wordWrap();
    QTest::keyClick(reader, Qt::Key_Z, Qt::AltModifier);
    CHECK(reader->wordWrap() != wrapped);
    QTest::keyClick(reader, Qt::Key_Z, Qt::AltModifier);
    CHECK(reader->wordWrap() == wrapped);

    REQUIRE(reader->directionMode() == Qt::LayoutDirectionAuto);
    QTest::keyClick(reader, Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(reader->directionMode() == Qt::RightToLeft);
    QTest::keyClick(reader, Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(reader->directionMode() == Qt::LeftToRight);
    QTest::keyClick(reader, Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(reader->directionMode() == Qt::LayoutDirectionAuto);
    CHECK(window.document()->undoStack()->count() == 0); // a way of reading, not an edit
}

TEST_CASE("F1 lists the type keys and every command's shortcut", "[ui][mainwindow]")
{
    MainWindow window;
    showWithFolder(window, samples());
    QString shown;
    QTimer::singleShot(0, &window, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        REQUIRE(dialog);
        shown = dialog->findChild<QTextBrowser *>(QStringLiteral("keyboardHelp"))->toPlainText();
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::keyClick(window.reader(), Qt::Key_F1);
    CHECK(shown.contains(QStringLiteral("Person")));
    CHECK(shown.contains(QStringLiteral("Ctrl+Shift+X")));
    CHECK(shown.contains(QStringLiteral("Alt+Z")));
    CHECK(shown.contains(QStringLiteral("Edit → Undo")));
    CHECK(shown.contains(QStringLiteral("View → Wrap lines")));
}

TEST_CASE("A reference still being typed when the window closes is saved", "[ui][window]")
{
    Test::SampleCopy corpus;
    const QString article = corpus.path(u"baku-meeting-en.txt"_s);
    QString id;
    {
        MainWindow window;
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.openFolder(corpus.path());
        window.openArticle(article);
        id = window.document()->annotations()->entities()[0].id;
        // The panels take the document just after the text is shown.
        REQUIRE(QTest::qWaitFor([&] { return window.annotationPanel()->model()->document() == window.document(); }));
        window.reader()->setSelectedEntity(id);
        auto *reference = window.findChild<QLineEdit *>(u"entityReference"_s);
        REQUIRE(reference);
        REQUIRE(QTest::qWaitFor([&] { return reference->isEnabled(); }));
        QApplication::setActiveWindow(&window);
        reference->setFocus();
        QTest::keyClicks(reference, u"wikidata:Q227"_s);
        window.close(); // no Return, no leaving the field
    }
    const QJsonObject sidecar = Test::parseJson(Test::readBytes(article + u".ann.json"_s));
    bool found = false;
    for (const QJsonValue &entity : sidecar[u"entities"_s].toArray()) {
        if (entity[u"id"_s].toString() == id) {
            found = true;
            CHECK(entity[u"reference"_s].toString() == u"wikidata:Q227"_s);
        }
    }
    CHECK(found);
}

TEST_CASE("The status bar gives the caret's line and column in each article opened", "[ui][mainwindow]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString first = dir.filePath(u"first.txt"_s), second = dir.filePath(u"second.txt"_s);
    for (const auto &[path, text] :
         {std::pair(first, "one\ntwo\nthree four\n"), std::pair(second, "alpha beta\n\ngamma\n")}) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto position = [&window] {
        for (const QLabel *label : window.statusBar()->findChildren<QLabel *>()) {
            if (label->text().startsWith(u"Line "))
                return label->text();
        }
        return QString();
    };

    window.openArticle(first);
    REQUIRE(window.document());
    CHECK(position() == u"Line 1, column 1 · offset 0"_s);
    window.reader()->setSelection(14, 14); // "three |four"
    CHECK(position() == u"Line 3, column 7 · offset 14"_s);

    // The second article's lines, not the first one's.
    window.openArticle(second);
    REQUIRE(window.document()->article().path == QFileInfo(second).absoluteFilePath());
    window.reader()->setSelection(13, 13); // "g|amma"
    CHECK(position() == u"Line 3, column 2 · offset 13"_s);
    window.reader()->setSelection(11, 11); // the empty second line
    CHECK(position() == u"Line 2, column 1 · offset 11"_s);
}
