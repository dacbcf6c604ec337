// SPDX-License-Identifier: GPL-3.0-or-later
// Setting an article's title in the window: from the Document menu and from the corpus list's context
// menu, shown in the list and the window title, saved in the sidecar, undone in one step.
#include "model/articledocument.h"
#include "support/catchqt.h"
#include "support/samplecopy.h"
#include "ui/corpus/corpusmodel.h"
#include "ui/corpus/corpuspanel.h"
#include "ui/corpus/titledialog.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace Hashiya;

namespace {

constexpr int waitMs = 5000;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Runs `handle` on the first widget `find` returns, as soon as there is one (a dialog or a menu runs an
/// event loop of its own); gives up after a while, closing what is still open, so a failing test cannot hang.
void whenShown(QObject *context, const std::function<QWidget *()> &find, const std::function<void(QWidget *)> &handle)
{
    auto *poll = new QTimer(context);
    auto *elapsed = new int(0);
    QObject::connect(poll, &QTimer::timeout, context, [=] {
        *elapsed += 20;
        if (QWidget *widget = find(); widget && widget->isVisible()) {
            poll->stop();
            poll->deleteLater();
            delete elapsed;
            handle(widget);
        } else if (*elapsed > waitMs) {
            poll->stop();
            poll->deleteLater();
            delete elapsed;
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
            if (QWidget *popup = QApplication::activePopupWidget())
                popup->close();
        }
    });
    poll->start(20);
}

/// Types `title` into the next title dialog and presses Enter.
void answerTitleDialog(QObject *context, const QString &title, bool *asked)
{
    whenShown(
        context, [] { return qobject_cast<TitleDialog *>(QApplication::activeModalWidget()); },
        [=](QWidget *dialog) {
            *asked = true;
            auto *edit = dialog->findChild<QLineEdit *>();
            edit->selectAll();
            QTest::keyClick(edit, Qt::Key_Delete);
            edit->insert(title); // typed as an input method would: keyClicks() knows only ASCII keys
            QTest::keyClick(edit, Qt::Key_Return);
        });
}

struct Window
{
    Test::SampleCopy corpus;
    MainWindow window;
    QTableView *list = nullptr;

    Window()
    {
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.openFolder(corpus.path());
        REQUIRE(QTest::qWaitFor([this] { return !window.corpusPanel()->isReading(); }, waitMs));
        list = window.corpusPanel()->findChild<QTableView *>();
        REQUIRE(list);
    }

    QModelIndex titleIndex(const QString &path) const
    {
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, CorpusModel::TitleColumn);
            if (index.data(CorpusModel::PathRole).toString() == path)
                return index;
        }
        return {};
    }
    QString shownTitle(const QString &path) const { return titleIndex(path).data().toString(); }
};

} // namespace

TEST_CASE("Set title in the Document menu shows the title in the list and the window, saves it, and undoes it",
          "[ui][corpus][title]")
{
    Window open;
    const QString article = open.corpus.path(QStringLiteral("baku-meeting-en.txt"));
    open.window.openArticle(article);
    ArticleDocument *document = open.window.document();
    REQUIRE(document);
    const QString chosen = QStringLiteral("Azerbaijan and Türkiye expand defence-industry ties in Baku");
    REQUIRE(open.shownTitle(article) == chosen);
    CHECK(open.window.windowTitle().contains(chosen));

    auto *action = open.window.findChild<QAction *>(QStringLiteral("setTitleAction"));
    REQUIRE(action);
    REQUIRE(action->isEnabled());
    bool asked = false;
    const QString mine = QStringLiteral("Baku talks, April 2026");
    answerTitleDialog(&open.window, mine, &asked);
    action->trigger();
    REQUIRE(asked);

    CHECK(document->title() == mine);
    CHECK(open.shownTitle(article).endsWith(mine)); // after the unsaved mark, until it is saved
    CHECK(open.window.windowTitle().contains(mine));
    CHECK(document->undoStack()->count() == 1);
    const QString sidecar = article + QStringLiteral(".ann.json");
    REQUIRE(QTest::qWaitFor([&] { return readFile(sidecar).contains("\"title\": \"Baku talks, April 2026\""); },
                            waitMs));
    CHECK(readFile(sidecar).contains("\"version\": \"1.1\""));
    REQUIRE(QTest::qWaitFor([&] { return open.shownTitle(article) == mine; }, waitMs));

    QApplication::setActiveWindow(&open.window); // back from the dialog, as a window manager does
    REQUIRE(QTest::qWaitForWindowActive(&open.window));
    QTest::keyClick(&open.window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(document->title().isEmpty());
    CHECK(open.shownTitle(article).endsWith(chosen));
    CHECK(open.window.windowTitle().contains(chosen));
    REQUIRE(QTest::qWaitFor([&] { return !readFile(sidecar).contains("\"title\""); }, waitMs));
    REQUIRE(QTest::qWaitFor([&] { return open.shownTitle(article) == chosen; }, waitMs));
}

TEST_CASE("Set title in the corpus list's context menu opens that article and sets its title, and clearing it "
          "returns to the chosen one",
          "[ui][corpus][title]")
{
    Window open;
    const QString article = open.corpus.path(QStringLiteral("savunma-toplantisi-tr.txt"));
    const QString chosen = QStringLiteral("Ankara'da savunma sanayii iş birliği toplantısı");
    REQUIRE(open.shownTitle(article) == chosen);

    const auto fromContextMenu = [&](const QString &title) {
        bool asked = false;
        whenShown(
            &open.window, [] { return qobject_cast<QMenu *>(QApplication::activePopupWidget()); },
            [&open, title, &asked](QWidget *widget) {
                auto *menu = static_cast<QMenu *>(widget);
                QAction *setTitle = menu->findChild<QAction *>(QStringLiteral("setTitleAction"));
                if (!setTitle) { // no exception may cross the menu's event loop: the wait below fails instead
                    menu->close();
                    return;
                }
                answerTitleDialog(&open.window, title, &asked);
                menu->setActiveAction(setTitle);
                QTest::keyClick(menu, Qt::Key_Return);
            });
        const QModelIndex index = open.titleIndex(article);
        open.list->scrollTo(index);
        const QPoint at = open.list->visualRect(index).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, open.list->viewport()->mapToGlobal(at));
        QApplication::sendEvent(open.list->viewport(), &event);
        REQUIRE(QTest::qWaitFor([&] { return asked; }, waitMs));
    };

    fromContextMenu(QStringLiteral("SSB ile Azerbaycan görüşmesi"));
    REQUIRE(open.window.document());
    CHECK(open.window.document()->article().path == article);
    REQUIRE(QTest::qWaitFor([&] { return open.window.document()->title() == u"SSB ile Azerbaycan görüşmesi"; },
                            waitMs));
    CHECK(open.shownTitle(article).endsWith(QStringLiteral("SSB ile Azerbaycan görüşmesi")));

    fromContextMenu(QString()); // emptied: the title chosen from the text again
    REQUIRE(QTest::qWaitFor([&] { return open.window.document()->title().isEmpty(); }, waitMs));
    CHECK(open.shownTitle(article).endsWith(chosen));
    CHECK(open.window.document()->undoStack()->count() == 2);
}
