// SPDX-License-Identifier: GPL-3.0-or-later
// The window at a first start (no saved layout), measured at 1500×950: the article gets most of the
// window, the annotation list shows ten rows, every type in the palette is in sight and the corpus list
// shows its counts and status.
#include "support/catchqt.h"
#include "support/samplecopy.h"
#include "ui/annotations/annotationpanel.h"
#include "ui/annotations/entitytreemodel.h"
#include "ui/corpus/corpusmodel.h"
#include "ui/corpus/corpuspanel.h"
#include "ui/mainwindow.h"
#include "ui/reader/readerview.h"
#include "ui/reader/typepalette.h"

#include <QHeaderView>
#include <QApplication>
#include <QDockWidget>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <cstdlib>

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

/// Forgets the layouts earlier windows saved, as on a first start, and the palette's visibility.
void forgetSavedLayout()
{
    QSettings settings;
    for (const QString &key :
         {u"window/geometry"_s, u"window/state"_s, u"window/stateRightToLeft"_s, u"reader/typePalette"_s})
        settings.remove(key);
}

/// The geometry of `widget` in the window's coordinates.
QRect inWindow(const QWidget *widget, const QWidget *window)
{
    return QRect(widget->mapTo(window, QPoint(0, 0)), widget->size());
}

void checkLayout(MainWindow &window, const Test::SampleCopy &corpus)
{
    window.resize(1500, 950);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openFolder(corpus.path());
    window.openArticle(corpus.path(u"baku-meeting-en.txt"_s));
    REQUIRE(QTest::qWaitFor([&] { return !window.corpusPanel()->isReading(); }, 10000));
    AnnotationPanel *annotations = window.annotationPanel();
    REQUIRE(QTest::qWaitFor([&] { return annotations->model()->rowCount() > 0; }, 5000));
    REQUIRE(window.size() == QSize(1500, 950));

    // The article: at least half the width, and taller than the docks below it.
    const QRect reader = inWindow(window.reader(), &window);
    INFO("reader " << reader.width() << "×" << reader.height());
    CHECK(reader.width() >= window.width() / 2);
    CHECK(reader.height() > window.findChild<QDockWidget *>(u"relationsDock"_s)->height());

    // The annotation list: room for ten rows at least.
    auto *tree = annotations->findChild<QTreeView *>(u"entityTree"_s);
    REQUIRE(tree);
    const int rowHeight = tree->sizeHintForRow(0);
    REQUIRE(rowHeight > 0);
    INFO("annotation list " << tree->viewport()->height() << " px, rows of " << rowHeight);
    CHECK(tree->viewport()->height() / rowHeight >= 10);
    // And an entity's text gets the room to be read: 16 characters at least, not "Kem…".
    const int textWidth = tree->header()->sectionSize(EntityTreeModel::TextColumn);
    INFO("entity column " << textWidth << " px, characters of " << tree->fontMetrics().averageCharWidth());
    CHECK(textWidth >= 16 * tree->fontMetrics().averageCharWidth());

    // Every type's button, whole, inside the palette.
    auto *palette = window.findChild<TypePalette *>(u"typePalette"_s);
    REQUIRE(palette);
    REQUIRE(palette->isVisible());
    REQUIRE(palette->buttons().size() == window.schema().entityTypes.size());
    for (const QToolButton *button : palette->buttons()) {
        INFO(button->text().toStdString() << " at " << button->x() << "," << button->y());
        CHECK(button->isVisible());
        CHECK(palette->rect().contains(button->geometry()));
    }

    // The corpus list: the relations and status columns in sight, whole, and titles of 16 characters.
    auto *list = window.corpusPanel()->findChild<QTableView *>();
    REQUIRE(list);
    REQUIRE(list->model()->rowCount() > 0);
    for (const int column : {int(CorpusModel::TitleColumn), int(CorpusModel::EntitiesColumn),
                             int(CorpusModel::RelationsColumn), int(CorpusModel::StatusColumn)}) {
        const QRect cell = list->visualRect(list->model()->index(0, column));
        INFO("column " << column << " at " << cell.x() << "+" << cell.width() << " of " << list->viewport()->width());
        CHECK_FALSE(list->isColumnHidden(column));
        CHECK(list->viewport()->rect().contains(cell));
    }
    CHECK(list->horizontalHeader()->sectionSize(CorpusModel::TitleColumn) >= 16 * list->fontMetrics().averageCharWidth());
}

} // namespace

TEST_CASE("At 1500×950 the article, the annotation list, the palette and the corpus list all have room", "[ui][layout]")
{
    forgetSavedLayout();
    Test::SampleCopy corpus;
    MainWindow window;
    checkLayout(window, corpus);
}

TEST_CASE("The mirrored window has the same room at 1500×950", "[ui][layout]")
{
    forgetSavedLayout();
    QApplication::setLayoutDirection(Qt::RightToLeft);
    Test::SampleCopy corpus;
    {
        MainWindow window;
        checkLayout(window, corpus);
        // The corpus is on the right, where reading starts.
        CHECK(window.corpusPanel()->mapTo(&window, QPoint(0, 0)).x()
              > window.reader()->mapTo(&window, QPoint(0, 0)).x());
    }
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

TEST_CASE("A saved layout wins over the first start's, side sizes and all", "[ui][layout]")
{
    forgetSavedLayout();
    Test::SampleCopy corpus;
    int corpusWidth = 0;
    int annotationWidth = 0;
    int relationHeight = 0;
    {
        MainWindow window;
        window.resize(1500, 950);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        auto *corpusDock = window.findChild<QDockWidget *>(u"corpusDock"_s);
        auto *annotationDock = window.findChild<QDockWidget *>(u"annotationsDock"_s);
        REQUIRE(corpusDock);
        REQUIRE(annotationDock);
        // Neither the first start's sizes nor the panels' own.
        window.resizeDocks({corpusDock, annotationDock}, {450, 420}, Qt::Horizontal);
        REQUIRE(QTest::qWaitFor([&] { return corpusDock->width() > 440 && annotationDock->width() > 410; }, 5000));
        corpusWidth = corpusDock->width();
        annotationWidth = annotationDock->width();
        relationHeight = window.findChild<QDockWidget *>(u"relationsDock"_s)->height();
        window.close(); // saves the layout
    }
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
    // Qt 6.4 drops these when the state is restored before the window is shown (the bottom docks share tabs).
    CHECK(std::abs(window.findChild<QDockWidget *>(u"corpusDock"_s)->width() - corpusWidth) <= 4);
    CHECK(std::abs(window.findChild<QDockWidget *>(u"annotationsDock"_s)->width() - annotationWidth) <= 4);
    CHECK(std::abs(window.findChild<QDockWidget *>(u"relationsDock"_s)->height() - relationHeight) <= 4);
    forgetSavedLayout();
}
