// SPDX-License-Identifier: GPL-3.0-or-later
// A long list is emptied at once and its items deleted a few milliseconds at a time, with the event loop
// answering in between; what is added meanwhile stays, and nothing is left undeleted.
#include "support/catchqt.h"
#include "ui/widgets/treeclearing.h"

#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>

using namespace Hashiya;

namespace {

/// A hit as the search panel lists it (text, context roles, a tooltip), counting its deletion.
struct CountedItem final : QTreeWidgetItem
{
    explicit CountedItem(int *deleted)
        : m_deleted(deleted)
    {
        setText(0, QStringLiteral("… Haluk Görgün said in Baku on Tuesday …"));
        for (int role = Qt::UserRole; role < Qt::UserRole + 6; ++role)
            setData(0, role, QStringLiteral("/corpus/2026/article-%1.txt").arg(role));
        setToolTip(0, QStringLiteral("PERSON"));
    }
    ~CountedItem() override { ++*m_deleted; }
    int *m_deleted;
};

/// `articles` top-level items of `hits` children each.
int fill(QTreeWidget &tree, int articles, int hits, int *deleted)
{
    QList<QTreeWidgetItem *> items;
    for (int a = 0; a < articles; ++a) {
        auto *article = new CountedItem(deleted);
        for (int h = 0; h < hits; ++h)
            article->addChild(new CountedItem(deleted));
        items.append(article);
    }
    tree.addTopLevelItems(items);
    for (QTreeWidgetItem *item : std::as_const(items))
        item->setExpanded(true);
    return articles * (hits + 1);
}

} // namespace

TEST_CASE("A cleared tree is empty at once and its items are deleted over later turns", "[ui][widgets]")
{
    QTreeWidget tree;
    tree.show();
    int deleted = 0;
    const int total = fill(tree, 60000, 3, &deleted);
    auto *clearing = new TreeClearing(&tree);

    clearing->clear();
    CHECK(tree.topLevelItemCount() == 0);
    CHECK(deleted == 0);
    CHECK(clearing->pending() == 60000);

    // What the next search lists meanwhile is not taken for what was cleared.
    int kept = 0;
    const int added = fill(tree, 3, 1, &kept);
    // Another timer of the event loop runs between the turns and sees the items go part by part.
    QList<int> seen;
    QTimer watcher;
    watcher.setInterval(0);
    QObject::connect(&watcher, &QTimer::timeout, [&] { seen.append(deleted); });
    watcher.start();
    REQUIRE(QTest::qWaitFor([&] { return clearing->pending() == 0; }, 20000));
    watcher.stop();
    CHECK(std::any_of(seen.begin(), seen.end(), [&](int d) { return d > 0 && d < total; }));
    CHECK(deleted == total);
    CHECK(kept == 0);
    CHECK(tree.topLevelItemCount() == 3);
    CHECK(tree.topLevelItem(2)->childCount() == 1);

    // Cleared twice, the second list joins the first.
    clearing->clear();
    clearing->clear();
    REQUIRE(QTest::qWaitFor([&] { return clearing->pending() == 0; }, 20000));
    CHECK(kept == added);
}

TEST_CASE("Items still waiting to be deleted go with the tree", "[ui][widgets]")
{
    int deleted = 0;
    int total = 0;
    {
        QTreeWidget tree;
        total = fill(tree, 5000, 3, &deleted);
        auto *clearing = new TreeClearing(&tree);
        clearing->clear();
        REQUIRE(clearing->pending() == 5000);
    }
    CHECK(deleted == total);
}
