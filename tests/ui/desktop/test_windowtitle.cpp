// SPDX-License-Identifier: GPL-3.0-or-later
// The window's title follows the document: the article's title and file, its corpus, the unsaved mark.
#include "model/articledocument.h"
#include "model/documentcommands.h"
#include "session/documentsession.h"
#include "support/catchqt.h"
#include "support/samplecopy.h"
#include "ui/mainwindow.h"
#include "ui/reader/readerview.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTest>

using namespace Hashiya;

namespace {

constexpr int settleMs = 3000; // upper bound for the watcher and the autosave to act

/// The title as the window manager shows it: the unsaved mark "[*]" drawn or left out.
QString shownTitle(const QWidget &window)
{
    QString title = window.windowTitle();
    return title.replace(QStringLiteral("[*]"), window.isWindowModified() ? QStringLiteral("*") : QString());
}

} // namespace

TEST_CASE("The window title names the article, its file and its corpus, and follows each change", "[ui][title]")
{
    Test::SampleCopy corpus;
    Test::SampleCopy other;
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(shownTitle(window) == u"Hashiya");

    const QString corpusName = QDir(corpus.path()).dirName();
    const QString baku = corpus.path(QStringLiteral("baku-meeting-en.txt"));
    window.openFolder(corpus.path());
    window.openArticle(baku);
    ArticleDocument *document = window.document();
    REQUIRE(document);
    const QString chosen = QStringLiteral("Azerbaijan and Türkiye expand defence-industry ties in Baku");
    CHECK(shownTitle(window) == chosen + u" — baku-meeting-en.txt — " + corpusName + u" — Hashiya");

    SECTION("switching articles")
    {
        window.openArticle(corpus.path(QStringLiteral("mixed-briefing.txt")));
        CHECK(shownTitle(window).contains(u" — mixed-briefing.txt — " + corpusName + u" — Hashiya"));
        CHECK_FALSE(shownTitle(window).contains(chosen));
    }
    SECTION("an unsaved change marks it, saving clears the mark")
    {
        const qsizetype at = document->text().indexOf(u"Baku");
        window.reader()->setSelection(at, at + 4);
        QTest::keyClick(window.reader(), Qt::Key_O);
        REQUIRE(document->isModified());
        CHECK(shownTitle(window).contains(u"baku-meeting-en.txt* — "));
        REQUIRE(window.session()->saveNow(document));
        CHECK(shownTitle(window).contains(u"baku-meeting-en.txt — "));
    }
    SECTION("a title set, and undone")
    {
        REQUIRE(document->execute(new SetTitleCommand(document, QStringLiteral("Baku talks"))));
        CHECK(shownTitle(window).startsWith(u"Baku talks — baku-meeting-en.txt"));
        document->undoStack()->undo();
        CHECK(shownTitle(window).startsWith(chosen));
    }
    SECTION("a title set by another program")
    {
        REQUIRE(window.session()->saveNow(document));
        const QString sidecar = baku + QStringLiteral(".ann.json");
        QFile in(sidecar);
        REQUIRE(in.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
        root.insert(u"title", QStringLiteral("Pulled from elsewhere"));
        QSaveFile out(sidecar);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(root).toJson());
        REQUIRE(out.commit());
        CHECK(QTest::qWaitFor([&] { return shownTitle(window).startsWith(u"Pulled from elsewhere — "); }, settleMs));
    }
    SECTION("another corpus")
    {
        window.openFolder(other.path());
        CHECK(shownTitle(window).endsWith(u" — " + QDir(other.path()).dirName() + u" — Hashiya"));
        CHECK_FALSE(shownTitle(window).contains(corpusName));
    }
}
