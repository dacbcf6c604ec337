// SPDX-License-Identifier: GPL-3.0-or-later
// A list's header lets the analyst hide and show columns, all but the one rows are recognised by, and the
// choice is kept for the next start.
#include "support/catchqt.h"
#include "ui/widgets/columnchooser.h"

#include <QApplication>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QStandardItemModel>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

const QString settingsKey = u"test/hiddenColumns"_s;

/// A list of four columns (Name, Line, Offset, Attributes), as the annotation list has.
struct FourColumnList
{
    FourColumnList()
    {
        model.setHorizontalHeaderLabels({u"Name"_s, u"Line"_s, u"Offset"_s, u"Attributes"_s});
        view.setModel(&model);
        view.resize(400, 200);
        view.show();
    }
    QStandardItemModel model{3, 4};
    QTreeView view;
};

} // namespace

TEST_CASE("Columns hidden at first stay hidden until the analyst shows them, and the choice is kept",
          "[ui][columns]")
{
    QSettings().remove(settingsKey);
    {
        FourColumnList list;
        ColumnChooser chooser(list.view.header(), 0, settingsKey, {2});
        CHECK(list.view.isColumnHidden(2));
        CHECK_FALSE(list.view.isColumnHidden(1));
        chooser.setColumnShown(2, true);
        chooser.setColumnShown(3, false);
        chooser.setColumnShown(0, false); // the column rows are recognised by never hides
        CHECK_FALSE(list.view.isColumnHidden(0));
        CHECK_FALSE(list.view.isColumnHidden(2));
        CHECK(list.view.isColumnHidden(3));
    }
    FourColumnList next; // the next start
    ColumnChooser chooser(next.view.header(), 0, settingsKey, {2});
    CHECK_FALSE(next.view.isColumnHidden(2));
    CHECK(next.view.isColumnHidden(3));
    CHECK_FALSE(next.view.isColumnHidden(0));
}

TEST_CASE("The header's context menu lists every column but the kept one, checked when shown", "[ui][columns]")
{
    QSettings().remove(settingsKey);
    FourColumnList list;
    ColumnChooser chooser(list.view.header(), 0, settingsKey, {2});
    QStringList offered;
    bool offsetChecked = true;
    bool toggled = false;
    // The menu runs its own loop: look at it, and untick Line, once it is on screen.
    QTimer::singleShot(0, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions()) {
            offered.append(action->text());
            if (action->text() == u"Offset")
                offsetChecked = action->isChecked();
        }
        if (QAction *line = menu->findChild<QAction *>(u"column-1"_s)) {
            line->trigger();
            toggled = true;
        }
        menu->close();
    });
    Q_EMIT list.view.header()->customContextMenuRequested(QPoint(5, 5));
    CHECK(offered == QStringList{u"Line"_s, u"Offset"_s, u"Attributes"_s});
    CHECK_FALSE(offsetChecked);
    REQUIRE(toggled);
    CHECK(list.view.isColumnHidden(1));
}
