// SPDX-License-Identifier: GPL-3.0-or-later
// The toolbar's icons come from the desktop's icon theme (Breeze behind it), mirrored where the theme
// mirrors them in a right-to-left interface.
#include "support/catchqt.h"
#include "ui/mainwindow.h"
#include "ui/widgets/themeicon.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QToolBar>
#include <QToolButton>

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

QImage imageOf(const QIcon &icon)
{
    return icon.pixmap(QSize(22, 22), 1.0).toImage().convertToFormat(QImage::Format_ARGB32);
}

/// Sets the interface direction for one test and puts it back.
struct InterfaceDirection
{
    explicit InterfaceDirection(Qt::LayoutDirection direction) { QApplication::setLayoutDirection(direction); }
    ~InterfaceDirection() { QApplication::setLayoutDirection(Qt::LeftToRight); }
    Q_DISABLE_COPY_MOVE(InterfaceDirection)
};

} // namespace

TEST_CASE("Undo and redo show the theme's edit-undo and edit-redo, not back and forward", "[ui][icons]")
{
    MainWindow window;
    auto *undo = window.findChild<QAction *>(u"undoAction"_s);
    auto *redo = window.findChild<QAction *>(u"redoAction"_s);
    REQUIRE(undo);
    REQUIRE(redo);
    CHECK_FALSE(undo->icon().isNull());
    CHECK(undo->icon().name() == u"edit-undo"_s);
    CHECK(redo->icon().name() == u"edit-redo"_s);
    CHECK(imageOf(undo->icon()) != imageOf(QApplication::style()->standardIcon(QStyle::SP_ArrowBack)));
    // The toolbar's other icon buttons come from the theme too.
    auto *toolbar = window.findChild<QToolBar *>(u"mainToolbar"_s);
    REQUIRE(toolbar);
    QStringList names;
    for (QAction *action : toolbar->actions())
        names.append(action->icon().name());
    CHECK(names.contains(u"document-open-folder"_s));
    CHECK(names.contains(u"document-save"_s));
}

TEST_CASE("A name no theme has falls back to the style's icon, never to nothing", "[ui][icons]")
{
    const QIcon icon = ThemeIcon::icon(u"hashiya-no-such-icon"_s, QStyle::SP_DialogSaveButton);
    CHECK_FALSE(icon.isNull());
    CHECK(ThemeIcon::icon(u"hashiya-no-such-icon"_s).isNull());
}

TEST_CASE("In a right-to-left interface the theme's rtl variant is used where it has one", "[ui][icons]")
{
    // Breeze ships system-log-out-rtl beside system-log-out; Qt 6.4 would show the left-to-right one.
    ThemeIcon::setUpThemes(); // as the window does: this test may run alone, in a process of its own
    REQUIRE(QIcon::hasThemeIcon(u"system-log-out-rtl"_s));
    CHECK(ThemeIcon::icon(u"system-log-out"_s, Qt::LeftToRight).name() == u"system-log-out"_s);
    CHECK(ThemeIcon::icon(u"system-log-out"_s, Qt::RightToLeft).name() == u"system-log-out-rtl"_s);
    // And a name that comes only as a pair has its direction's half.
    CHECK(ThemeIcon::icon(u"edit-clear-locationbar"_s, Qt::LeftToRight).name() == u"edit-clear-locationbar-ltr"_s);
    CHECK(ThemeIcon::icon(u"edit-clear-locationbar"_s, Qt::RightToLeft).name() == u"edit-clear-locationbar-rtl"_s);
    // An icon with no direction stays as it is.
    CHECK_FALSE(ThemeIcon::mirrorsInRightToLeft(u"document-save"_s));
    CHECK(imageOf(ThemeIcon::icon(u"document-save"_s, Qt::RightToLeft))
          == imageOf(ThemeIcon::icon(u"document-save"_s, Qt::LeftToRight)));
}

TEST_CASE("Undo points the other way in a right-to-left interface, as the theme's symbolic rtl icon does",
          "[ui][icons]")
{
    // Breeze mirrors undo only in its symbolic set (edit-undo-symbolic-rtl): the full-colour one is mirrored here.
    REQUIRE(ThemeIcon::mirrorsInRightToLeft(u"edit-undo"_s));
    const QImage leftToRight = imageOf(ThemeIcon::icon(u"edit-undo"_s, Qt::LeftToRight));
    REQUIRE_FALSE(leftToRight.isNull());
    REQUIRE(leftToRight != leftToRight.mirrored(true, false)); // the arrow has a direction to turn

    InterfaceDirection rightToLeft(Qt::RightToLeft);
    MainWindow window;
    auto *undo = window.findChild<QAction *>(u"undoAction"_s);
    REQUIRE(undo);
    CHECK(undo->icon().name() == u"edit-undo"_s);
    CHECK(imageOf(undo->icon()) == leftToRight.mirrored(true, false));
    // Drawn on a button, too.
    auto *toolbar = window.findChild<QToolBar *>(u"mainToolbar"_s);
    REQUIRE(toolbar);
    auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(undo));
    REQUIRE(button);
    CHECK(imageOf(button->icon()) == leftToRight.mirrored(true, false));
}

TEST_CASE("With dark colours the toolbar's icons come from Breeze Dark, light on the dark toolbar", "[ui][icons]")
{
    ThemeIcon::setUpThemes();
    // The mean lightness of an icon's drawn pixels.
    const auto lightness = [](const QIcon &icon) {
        const QImage image = imageOf(icon);
        double sum = 0;
        int drawn = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor colour = image.pixelColor(x, y);
                if (colour.alpha() > 128) {
                    sum += colour.lightnessF();
                    ++drawn;
                }
            }
        }
        return drawn ? sum / drawn : -1.0;
    };
    MainWindow window;
    auto *open = window.findChild<QToolBar *>(u"mainToolbar"_s)->actions().value(0);
    REQUIRE(open);
    const double onLight = lightness(open->icon());
    REQUIRE(onLight >= 0);
    QAction *dark = window.findChild<QAction *>(u"darkAction"_s);
    REQUIRE(dark);
    dark->setChecked(false);
    dark->trigger(); // dark colours on
    REQUIRE(dark->isChecked());
    const double onDark = lightness(open->icon());
    dark->trigger(); // and off again, for the tests after this one
    INFO("lightness on the light toolbar " << onLight << ", on the dark one " << onDark);
    CHECK(QIcon::themeName() == u"breeze"_s);
    CHECK(onDark > onLight + 0.2);
}
