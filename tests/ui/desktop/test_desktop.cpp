// SPDX-License-Identifier: GPL-3.0-or-later
// The window among the desktop's programs: drops, several paths from the file manager, recent articles,
// and one window per corpus.
#include "model/articledocument.h"
#include "support/catchqt.h"
#include "support/samplecopy.h"
#include "ui/corpus/corpuspanel.h"
#include "ui/desktop/instancechannel.h"
#include "ui/desktop/openrequest.h"
#include "ui/desktop/recentarticles.h"
#include "ui/mainwindow.h"
#include "ui/reader/readerview.h"

#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Hashiya;

namespace {

constexpr int waitMs = 5000;

struct ShownWindow
{
    MainWindow window;
    ShownWindow()
    {
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }
    QString shownPath() const { return window.document() ? window.document()->article().path : QString(); }
};

QList<QUrl> urlsOf(const QStringList &paths)
{
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    return urls;
}

/// Drags `urls` over the article and drops them, as a file manager does. Returns whether the window
/// accepted the drag (the cursor shows a drop is welcome) and, if it did, whether it took the drop.
struct DragResult
{
    bool entered = false;
    bool dropped = false;
};
DragResult dragAndDrop(MainWindow &window, const QList<QUrl> &urls)
{
    QMimeData data;
    data.setUrls(urls);
    // Over the reader, in the middle of the window: the event reaches the window from there.
    QWidget *target = window.reader()->viewport();
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction | Qt::MoveAction | Qt::LinkAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    DragResult result;
    result.entered = enter.isAccepted();
    if (!result.entered)
        return result;
    QDragMoveEvent move(at, Qt::CopyAction | Qt::MoveAction | Qt::LinkAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    REQUIRE(move.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction | Qt::MoveAction | Qt::LinkAction, &data, Qt::LeftButton,
                    Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    result.dropped = drop.isAccepted();
    return result;
}

QMenu *recentArticlesMenu(MainWindow &window)
{
    auto *menu = window.findChild<QMenu *>(QStringLiteral("recentArticlesMenu"));
    REQUIRE(menu);
    Q_EMIT menu->aboutToShow(); // filled as it opens
    return menu;
}

QList<QAction *> articleActions(QMenu *menu)
{
    QList<QAction *> actions;
    for (QAction *action : menu->actions()) {
        if (!action->data().toString().isEmpty())
            actions.append(action);
    }
    return actions;
}

/// The menu's Clear list action (the menu's own, not one replaced and waiting to be deleted).
QAction *clearAction(QMenu *menu)
{
    for (QAction *action : menu->actions()) {
        if (action->objectName() == u"clearRecentArticles")
            return action;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Paths are read into one corpus and the article to show", "[ui][desktop]")
{
    Test::SampleCopy corpus;
    const QString baku = corpus.path(QStringLiteral("baku-meeting-en.txt"));
    const QString qatar = corpus.path(QStringLiteral("qatar-turkiye-ar.txt"));
    const QString schema = corpus.path(QStringLiteral("hashiya-schema.json"));
    QTemporaryDir elsewhere;
    REQUIRE(elsewhere.isValid());
    const QString pdf = elsewhere.filePath(QStringLiteral("notes.pdf"));
    QFile(pdf).open(QIODevice::WriteOnly);

    const OpenRequest several = OpenRequest::fromPaths({qatar, baku + QStringLiteral(".ann.json"), pdf, schema});
    CHECK(several.corpus == QDir::cleanPath(corpus.path()));
    CHECK(several.articles == QStringList {qatar, baku});
    REQUIRE(several.refused.size() == 2);
    CHECK(several.refused[0].contains(u"notes.pdf is not an article"));
    CHECK(several.refused[1].contains(u"hashiya-schema.json is not an article"));

    const OpenRequest folder = OpenRequest::fromPaths({corpus.path()});
    CHECK(folder.corpus == QDir::cleanPath(corpus.path()));
    CHECK(folder.articles.isEmpty());

    // An article of the corpus on screen opens there, even from a folder below it.
    QDir(corpus.path()).mkdir(QStringLiteral("later"));
    const QString below = corpus.path(QStringLiteral("later/more.txt"));
    QFile(below).open(QIODevice::WriteOnly);
    CHECK(OpenRequest::fromPaths({below}, corpus.path()).corpus == QDir::cleanPath(corpus.path()));
    CHECK(OpenRequest::fromPaths({below}).corpus == corpus.path(QStringLiteral("later")));

    // Articles from two folders of the temporary folder do not make a corpus of all of it (nor of /media,
    // /srv, ...): the first article's folder is the corpus.
    QTemporaryDir other;
    REQUIRE(other.isValid());
    const QString away = other.filePath(QStringLiteral("away.txt"));
    QFile(away).open(QIODevice::WriteOnly);
    REQUIRE(QFileInfo(QFileInfo(QDir::tempPath()).absolutePath()).isRoot());
    // (The tests' home is in the temporary folder; an analyst's is not.)
    const QByteArray home = qgetenv("HOME");
    qputenv("HOME", "/nonexistent/home/analyst");
    const OpenRequest apart = OpenRequest::fromPaths({away, below});
    qputenv("HOME", home);
    CHECK(apart.corpus == QDir::cleanPath(other.path()));
    CHECK(apart.articles == QStringList {away, below});

    const OpenRequest nothing = OpenRequest::fromPaths(
        {pdf, baku + QStringLiteral(".missing"), elsewhere.filePath(QStringLiteral("x.ann.json"))});
    CHECK(nothing.isEmpty());
    CHECK(nothing.refused.size() == 3);
    const OpenRequest web = OpenRequest::fromUrls({QUrl(QStringLiteral("https://example.org/article.txt"))});
    CHECK(web.isEmpty());
    REQUIRE(web.refused.size() == 1);
    CHECK(web.refused[0].contains(u"not a file on this computer"));
}

TEST_CASE("An article dropped on the window opens among its neighbours", "[ui][desktop][drop]")
{
    Test::SampleCopy first;
    Test::SampleCopy second;
    ShownWindow open;
    open.window.openFolder(first.path());
    const QString qatar = second.path(QStringLiteral("qatar-turkiye-ar.txt"));

    const DragResult result = dragAndDrop(open.window, urlsOf({qatar}));
    CHECK(result.entered);
    CHECK(result.dropped);
    REQUIRE(QTest::qWaitFor([&] { return open.shownPath() == qatar; }, waitMs));
    CHECK(QDir::cleanPath(open.window.corpusFolder()) == QDir::cleanPath(second.path()));
    CHECK(open.window.corpusPanel()->listedArticles().size() == 4);
}

TEST_CASE("A dropped folder opens as the corpus, a dropped sidecar opens its article", "[ui][desktop][drop]")
{
    Test::SampleCopy first;
    Test::SampleCopy second;
    ShownWindow open;
    open.window.openFolder(first.path());

    REQUIRE(dragAndDrop(open.window, urlsOf({second.path()})).dropped);
    REQUIRE(QTest::qWaitFor(
        [&] { return QDir::cleanPath(open.window.corpusFolder()) == QDir::cleanPath(second.path()); }, waitMs));
    CHECK(open.shownPath().startsWith(second.path()));

    const QString savunma = first.path(QStringLiteral("savunma-toplantisi-tr.txt"));
    REQUIRE(dragAndDrop(open.window, urlsOf({savunma + QStringLiteral(".ann.json")})).dropped);
    REQUIRE(QTest::qWaitFor([&] { return open.shownPath() == savunma; }, waitMs));
    CHECK(QDir::cleanPath(open.window.corpusFolder()) == QDir::cleanPath(first.path()));
}

TEST_CASE("Several dropped articles: the first is shown, the others are recent articles", "[ui][desktop][drop]")
{
    Test::SampleCopy corpus;
    ShownWindow open;
    const QString baku = corpus.path(QStringLiteral("baku-meeting-en.txt"));
    const QString mixed = corpus.path(QStringLiteral("mixed-briefing.txt"));
    const QString qatar = corpus.path(QStringLiteral("qatar-turkiye-ar.txt"));

    REQUIRE(dragAndDrop(open.window, urlsOf({qatar, baku, mixed})).dropped);
    REQUIRE(QTest::qWaitFor([&] { return open.shownPath() == qatar; }, waitMs));
    const QStringList recent = open.window.recentArticles()->paths();
    REQUIRE(recent.size() >= 3);
    CHECK(recent.mid(0, 3) == QStringList {qatar, baku, mixed});
    CHECK(open.window.statusBar()->currentMessage().contains(u"2 more article"));
}

TEST_CASE("What cannot be opened is refused at the border, with the reason, and nothing changes", "[ui][desktop][drop]")
{
    Test::SampleCopy corpus;
    ShownWindow open;
    open.window.openFolder(corpus.path());
    const QString shown = open.shownPath();
    const QString schema = corpus.path(QStringLiteral("hashiya-schema.json"));

    DragResult result = dragAndDrop(open.window, urlsOf({schema}));
    CHECK_FALSE(result.entered); // the cursor says no
    CHECK(open.window.statusBar()->currentMessage().contains(u"hashiya-schema.json is not an article"));

    result = dragAndDrop(open.window, {QUrl(QStringLiteral("https://example.org/news.txt"))});
    CHECK_FALSE(result.entered);
    CHECK(open.window.statusBar()->currentMessage().contains(u"not a file on this computer"));

    // Plain text dragged from another program is not a file at all.
    QMimeData text;
    text.setText(QStringLiteral("some words"));
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&open.window, &enter);
    CHECK_FALSE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&open.window, &drop);
    CHECK_FALSE(drop.isAccepted());

    // One good article among bad ones: it opens, and the rest are named.
    const QString mixed = corpus.path(QStringLiteral("mixed-briefing.txt"));
    result = dragAndDrop(open.window, urlsOf({schema, mixed}));
    CHECK(result.dropped);
    REQUIRE(QTest::qWaitFor([&] { return open.shownPath() == mixed; }, waitMs));
    CHECK(open.window.statusBar()->currentMessage().contains(u"Not opened: "));
    CHECK(open.window.statusBar()->currentMessage().contains(u"hashiya-schema.json"));
    CHECK(shown != mixed);
}

TEST_CASE("File → Open recent article lists the last articles, newest first, across corpora", "[ui][desktop][recent]")
{
    Test::SampleCopy first;
    Test::SampleCopy second;
    ShownWindow open;
    open.window.recentArticles()->clear();
    const QString baku = first.path(QStringLiteral("baku-meeting-en.txt"));
    const QString qatar = second.path(QStringLiteral("qatar-turkiye-ar.txt"));
    open.window.openFolder(first.path());
    open.window.openArticle(baku);
    open.window.openFolder(second.path());
    open.window.openArticle(qatar);

    QMenu *menu = recentArticlesMenu(open.window);
    QList<QAction *> actions = articleActions(menu);
    REQUIRE(actions.size() >= 2);
    CHECK(actions[0]->data().toString() == qatar);
    CHECK(actions[0]->toolTip() == QDir::toNativeSeparators(qatar));
    CHECK(actions[0]->text().contains(u"qatar-turkiye-ar.txt"));
    const qsizetype bakuAt =
        std::find_if(actions.cbegin(), actions.cend(), [&](QAction *a) { return a->data().toString() == baku; })
        - actions.cbegin();
    REQUIRE(bakuAt < actions.size());
    CHECK(bakuAt > 0);

    // Choosing one in another corpus goes back to that corpus.
    actions[bakuAt]->trigger();
    REQUIRE(QTest::qWaitFor([&] { return open.shownPath() == baku; }, waitMs));
    CHECK(QDir::cleanPath(open.window.corpusFolder()) == QDir::cleanPath(first.path()));
    CHECK(articleActions(recentArticlesMenu(open.window)).first()->data().toString() == baku);

    // A removed article is greyed, with the reason in its tooltip.
    REQUIRE(QFile::remove(qatar));
    actions = articleActions(recentArticlesMenu(open.window));
    auto removed =
        std::find_if(actions.cbegin(), actions.cend(), [&](QAction *a) { return a->data().toString() == qatar; });
    REQUIRE(removed != actions.cend());
    CHECK_FALSE((*removed)->isEnabled());
    CHECK((*removed)->toolTip().contains(u"no longer there"));

    // At most ten, remembered for the next start.
    RecentArticles again(new QMenu(&open.window));
    CHECK(again.paths() == open.window.recentArticles()->paths());
    for (int i = 0; i < 15; ++i)
        again.add(first.path(QStringLiteral("a%1.txt").arg(i)));
    CHECK(again.paths().size() == RecentArticles::count);
    CHECK(again.paths().first().endsWith(u"a14.txt"));

    // Clear list empties it, and is greyed then.
    menu = recentArticlesMenu(open.window);
    QAction *clear = clearAction(menu);
    REQUIRE(clear);
    REQUIRE(clear->isEnabled());
    clear->trigger();
    CHECK(open.window.recentArticles()->paths().isEmpty());
    menu = recentArticlesMenu(open.window);
    CHECK(articleActions(menu).isEmpty());
    clear = clearAction(menu);
    REQUIRE(clear);
    CHECK_FALSE(clear->isEnabled());
}

TEST_CASE("A second window on the same corpus says it is open elsewhere", "[ui][desktop][instance]")
{
    Test::SampleCopy corpus;
    ShownWindow first;
    first.window.openFolder(corpus.path());
    CHECK(first.window.findChild<QMessageBox *>(QStringLiteral("corpusOpenElsewhere")) == nullptr);

    ShownWindow second;
    second.window.openFolder(corpus.path());
    auto *box = second.window.findChild<QMessageBox *>(QStringLiteral("corpusOpenElsewhere"));
    REQUIRE(box);
    CHECK(box->isVisible());
    CHECK(box->text().contains(QDir::toNativeSeparators(corpus.path())));
    box->close();
}

TEST_CASE("A second start on an open corpus hands its paths to the window and exits", "[ui][desktop][instance]")
{
    Test::SampleCopy corpus;
    ShownWindow open;
    open.window.openFolder(corpus.path());
    const QString baku = corpus.path(QStringLiteral("baku-meeting-en.txt"));
    const QString mixed = corpus.path(QStringLiteral("mixed-briefing.txt"));
    REQUIRE(open.shownPath() != mixed);

    QProcess second;
    second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    second.setProcessEnvironment(environment);
    // As the file manager starts it: `hashiya %F`, with a sidecar among the articles.
    second.start(QStringLiteral(HASHIYA_EXECUTABLE), {mixed + QStringLiteral(".ann.json"), baku});
    REQUIRE(second.waitForStarted(waitMs));
    // The event loop runs meanwhile: this window answers.
    REQUIRE(QTest::qWaitFor([&] { return second.state() == QProcess::NotRunning; }, 20000));
    CHECK(second.exitStatus() == QProcess::NormalExit);
    CHECK(second.exitCode() == 0);
    CHECK(QString::fromLocal8Bit(second.readAllStandardOutput()).contains(u"open in another window"));
    REQUIRE(QTest::qWaitFor([&] { return open.shownPath() == mixed; }, waitMs));
    CHECK(open.window.recentArticles()->paths().mid(0, 2) == QStringList {mixed, baku});

    // Once the window looks at another corpus, a start on this one is its own window again.
    Test::SampleCopy other;
    open.window.openFolder(other.path());
    CHECK_FALSE(InstanceChannel::handOver(corpus.path(), {baku}, 1000));
    // And once it closes (to restart in another language, say), a start on that one too.
    const auto listening = [&] {
        QLocalSocket probe;
        probe.connectToServer(InstanceChannel::socketName(other.path()));
        return probe.waitForConnected(1000);
    };
    REQUIRE(listening());
    REQUIRE(open.window.close());
    CHECK_FALSE(listening());
}
