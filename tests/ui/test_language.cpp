// SPDX-License-Identifier: GPL-3.0-or-later
// Settings → Language: the choice is kept, and the interface speaks it (mirrored in Arabic).
#include "support/catchqt.h"
#include "ui/mainwindow.h"
#include "ui/uilanguage.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

QString menuTitle(MainWindow &window, int index)
{
    return window.menuBar()->actions().value(index)->text();
}

/// Puts the interface back in English when a test ends, whatever it chose.
struct RestoreLanguage
{
    ~RestoreLanguage()
    {
        UiLanguage::save(QString());
        UiLanguage::apply(u"en"_s);
    }
};

} // namespace

TEST_CASE("Settings → Language keeps the choice for the next start", "[language][gui]")
{
    RestoreLanguage restore;
    MainWindow window;
    auto *menu = window.findChild<QMenu *>(u"languageMenu"_s);
    REQUIRE(menu);
    QStringList names;
    for (QAction *action : menu->actions())
        names.append(action->text());
    CHECK(names == QStringList {u"System"_s, u"English"_s, u"Türkçe"_s, u"العربية"_s});
    window.findChild<QAction *>(u"language-tr"_s)->trigger();
    CHECK(UiLanguage::saved() == u"tr"_s);
    window.findChild<QAction *>(u"language-ar"_s)->trigger();
    CHECK(QSettings().value(u"interface/language"_s).toString() == u"ar"_s);
    CHECK(window.findChild<QAction *>(u"language-ar"_s)->isChecked());
    window.findChild<QAction *>(u"language-system"_s)->trigger();
    CHECK(UiLanguage::saved().isEmpty());
}

TEST_CASE("In Arabic the window is mirrored and speaks Arabic, in Turkish it speaks Turkish", "[language][gui]")
{
    RestoreLanguage restore;
    UiLanguage::apply(u"ar"_s);
    CHECK(QApplication::layoutDirection() == Qt::RightToLeft);
    {
        MainWindow window;
        CHECK(window.isRightToLeft());
        CHECK(menuTitle(window, 0) == u"&ملف"_s);
        CHECK(menuTitle(window, 1) == u"&تحرير"_s);
        // Docks and all: the corpus stands at the right, where an Arabic reader starts.
        CHECK(window.dockWidgetArea(window.findChild<QDockWidget *>(u"corpusDock"_s)) == Qt::RightDockWidgetArea);
        CHECK(window.dockWidgetArea(window.findChild<QDockWidget *>(u"annotationsDock"_s)) == Qt::LeftDockWidgetArea);
    }
    UiLanguage::apply(u"tr"_s);
    CHECK(QApplication::layoutDirection() == Qt::LeftToRight);
    {
        MainWindow window;
        CHECK_FALSE(window.isRightToLeft());
        CHECK(menuTitle(window, 0) == u"&Dosya"_s);
        CHECK(menuTitle(window, 2) == u"&Belge"_s);
        CHECK(window.dockWidgetArea(window.findChild<QDockWidget *>(u"corpusDock"_s)) == Qt::LeftDockWidgetArea);
    }
    UiLanguage::apply(u"en"_s);
    MainWindow window;
    CHECK(menuTitle(window, 0) == u"&File"_s);
}
