// SPDX-License-Identifier: GPL-3.0-or-later
// Quitting and starting again without arguments comes back to the article and line the analyst left, not
// to the corpus's first article.
#include "model/articledocument.h"
#include "support/catchqt.h"
#include "support/testfiles.h"
#include "ui/mainwindow.h"
#include "ui/reader/readerview.h"
#include "ui/restartstate.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

/// Three articles; the second starts with an emoji, so its code points and UTF-16 units differ.
struct ThreeArticles
{
    ThreeArticles()
    {
        REQUIRE(dir.isValid());
        Test::writeBytes(first, (u"Ankara'da bir toplantı yapıldı.\n"_s).toUtf8());
        QString text = u"📰 Haber\n\n"_s;
        for (int paragraph = 0; paragraph < 40; ++paragraph)
            text += u"Paragraf %1: Selin Aydın Bakü'de görüştü.\n\n"_s.arg(paragraph);
        Test::writeBytes(second, text.toUtf8());
        Test::writeBytes(third, (u"قطر وتركيا توقعان اتفاقية.\n"_s).toUtf8());
    }
    QTemporaryDir dir;
    QString first = dir.filePath(u"a-first.txt"_s);
    QString second = dir.filePath(u"b-second.txt"_s);
    QString third = dir.filePath(u"c-third.txt"_s);
};

} // namespace

TEST_CASE("An ordinary start goes back to the article and line last left in the last corpus", "[restart][gui]")
{
    ThreeArticles corpus;
    qsizetype caretUtf16 = 0;
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.openFolder(corpus.dir.path());
        window.openArticle(corpus.second);
        REQUIRE(window.document()->article().path == corpus.second);
        caretUtf16 = window.document()->article().text.indexOf(u"Paragraf 30"_s);
        REQUIRE(caretUtf16 > 0);
        window.reader()->setSelection(caretUtf16, caretUtf16);
        REQUIRE(window.close());
    }

    MainWindow next;
    next.resize(1200, 800);
    next.show();
    REQUIRE(QTest::qWaitForWindowExposed(&next));
    next.reopenLastCorpus();
    REQUIRE(next.document());
    REQUIRE(next.document()->article().path == corpus.first); // what the corpus opens on by itself
    const std::optional<RestartState> place = RestartState::placeToResume({}, next.corpusFolder(), std::nullopt);
    REQUIRE(place);
    CHECK(place->caret == caretUtf16 - 1); // a code point: the emoji is two UTF-16 units
    place->restore(next);
    REQUIRE(next.document());
    CHECK(next.document()->article().path == corpus.second);
    CHECK(next.reader()->cursorPosition() == caretUtf16);

    // Started on a folder or article named on the command line, the window stays where it was sent; and the
    // last place belongs to its corpus only.
    CHECK_FALSE(RestartState::placeToResume({corpus.dir.path()}, corpus.dir.path(), std::nullopt));
    QTemporaryDir other;
    CHECK_FALSE(RestartState::placeToResume({}, other.path(), std::nullopt));
}
