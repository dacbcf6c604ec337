// SPDX-License-Identifier: GPL-3.0-or-later
// The corpus browser on the offscreen platform: real widgets driven by key presses and mouse clicks.
#include "io/corpus.h"
#include "support/catchqt.h"
#include "support/samples.h"
#include "support/testfiles.h"
#include "ui/corpus/corpusmodel.h"
#include "ui/corpus/corpuspanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace Hashiya;
using namespace Hashiya::Test;

namespace {

/// A panel in a window of its own, with its parts at hand and its models under test.
struct Browser
{
    Browser()
    {
        panel.resize(900, 400);
        view = panel.findChild<QTableView *>();
        filter = panel.findChild<QLineEdit *>();
        progress = panel.findChild<QLabel *>();
        REQUIRE(view);
        REQUIRE(filter);
        REQUIRE(progress);
        proxy = qobject_cast<QSortFilterProxyModel *>(view->model());
        REQUIRE(proxy);
        model = qobject_cast<CorpusModel *>(proxy->sourceModel());
        REQUIRE(model);
        using Mode = QAbstractItemModelTester::FailureReportingMode;
        modelTester = std::make_unique<QAbstractItemModelTester>(model, Mode::Fatal);
        proxyTester = std::make_unique<QAbstractItemModelTester>(proxy, Mode::Fatal);
    }

    void show()
    {
        panel.show();
        QApplication::setActiveWindow(&panel);
        REQUIRE(QTest::qWaitForWindowActive(&panel));
    }

    void open(const QString &folder)
    {
        panel.setCorpus(folder, Corpus::findArticles(folder));
        REQUIRE(QTest::qWaitFor([this] { return !panel.isReading(); }, 10000));
    }

    /// What row `row` of the view shows in `column`.
    QVariant shown(int row, int column) const { return proxy->index(row, column).data(); }
    QString pathAt(int row) const { return proxy->index(row, 0).data(CorpusModel::PathRole).toString(); }
    /// The view row showing the file `name`, or -1.
    int rowOf(const QString &name) const
    {
        for (int row = 0; row < proxy->rowCount(); ++row) {
            if (shown(row, CorpusModel::FileColumn).toString() == name)
                return row;
        }
        return -1;
    }
    QList<qlonglong> column(int column) const
    {
        QList<qlonglong> values;
        for (int row = 0; row < proxy->rowCount(); ++row)
            values.append(shown(row, column).toLongLong());
        return values;
    }
    void clickHeader(int column)
    {
        QHeaderView *header = view->horizontalHeader();
        const QPoint centre(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                            header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
    }

    CorpusPanel panel;
    QTableView *view = nullptr;
    QLineEdit *filter = nullptr;
    QLabel *progress = nullptr;
    QSortFilterProxyModel *proxy = nullptr;
    CorpusModel *model = nullptr;
    std::unique_ptr<QAbstractItemModelTester> modelTester;
    std::unique_ptr<QAbstractItemModelTester> proxyTester;
};

/// Writes `name` with a sidecar of `entities` entities (one per word) and the given status.
void writeAnnotated(const QTemporaryDir &dir, const QString &name, int entities, const QString &status)
{
    const QString path = dir.filePath(name);
    QString text = QStringLiteral("Haber %1\n").arg(name);
    std::vector<Entity> list;
    for (int i = 0; i < entities; ++i) {
        const qsizetype start = text.size();
        text += QStringLiteral("Ankara ");
        list.push_back(entity(QStringLiteral("e%1").arg(i), QStringLiteral("GPE"), start, start + 6));
    }
    writeBytes(path, text.toUtf8());
    SidecarInfo info;
    info.status = status;
    writeBytes(Article::sidecarPathFor(path), writeSidecar(articleFromText(text, path), list, {}, info));
}

/// Runs `handle` on the next menu that opens (menus run an event loop of their own until closed). Closes
/// whatever popup is still open after five seconds, so that a failing test cannot hang.
void whenMenuOpens(QObject *context, const std::function<void(QMenu *)> &handle)
{
    auto *timer = new QTimer(context);
    auto waited = std::make_shared<QElapsedTimer>();
    auto handled = std::make_shared<bool>(false);
    waited->start();
    QObject::connect(timer, &QTimer::timeout, context, [timer, waited, handled, handle] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (menu && menu->isVisible() && !*handled) {
            *handled = true;
            handle(menu);
        } else if ((*handled && !menu) || waited->elapsed() > 5000) {
            if (QWidget *popup = QApplication::activePopupWidget())
                popup->close();
            timer->deleteLater();
        }
    });
    timer->start(10);
}

} // namespace

TEST_CASE("The sample corpus lists its articles at once and fills in counts and languages", "[ui][corpus]")
{
    Browser browser;
    browser.show();
    const QStringList articles = Corpus::findArticles(Test::samplesFolder());
    browser.panel.setCorpus(Test::samplesFolder(), articles);

    // Before any summary is read: one row per file, titled by its name.
    REQUIRE(browser.proxy->rowCount() == 4);
    CHECK(browser.panel.articleCount() == 4);
    CHECK(browser.shown(0, CorpusModel::TitleColumn).toString() == QStringLiteral("baku-meeting-en.txt"));
    CHECK_FALSE(browser.shown(0, CorpusModel::EntitiesColumn).isValid());
    CHECK(browser.progress->text().startsWith(QStringLiteral("Reading 0 of 4")));
    CHECK(browser.panel.isReading());

    REQUIRE(QTest::qWaitFor([&] { return !browser.panel.isReading(); }, 10000));
    struct Expected
    {
        QString file;
        qlonglong entities;
        qlonglong relations;
        QString language;
        QString titleStart;
    };
    const QList<Expected> expected = {
        {QStringLiteral("baku-meeting-en.txt"), 19, 6, QStringLiteral("Latin · en"), QStringLiteral("Azerbaijan")},
        {QStringLiteral("mixed-briefing.txt"), 15, 5, QStringLiteral("Mixed"), QStringLiteral("📰 Briefing")},
        {QStringLiteral("qatar-turkiye-ar.txt"), 18, 6, QStringLiteral("Arabic · ar"), QStringLiteral("قطر وتركيا")},
        {QStringLiteral("savunma-toplantisi-tr.txt"), 18, 6, QStringLiteral("Latin · tr"), QStringLiteral("Ankara'da")},
    };
    for (const Expected &article : expected) {
        INFO(article.file.toStdString());
        const int row = browser.rowOf(article.file);
        REQUIRE(row >= 0);
        CHECK(browser.shown(row, CorpusModel::EntitiesColumn).toLongLong() == article.entities);
        CHECK(browser.shown(row, CorpusModel::RelationsColumn).toLongLong() == article.relations);
        CHECK(browser.shown(row, CorpusModel::LanguageColumn).toString() == article.language);
        CHECK(browser.shown(row, CorpusModel::StatusColumn).toString() == QStringLiteral("New"));
        CHECK(browser.shown(row, CorpusModel::TitleColumn).toString().startsWith(article.titleStart));
        CHECK(browser.pathAt(row) == Test::samplesFolder() + u'/' + article.file);
        CHECK(browser.proxy->index(row, CorpusModel::TitleColumn).data(Qt::DecorationRole).isNull());
    }
    CHECK_FALSE(browser.progress->text().contains(QStringLiteral("Reading")));
    CHECK(browser.progress->text().contains(QStringLiteral("4")));
}

TEST_CASE("Typing in the filter narrows the rows to matching titles, files, languages and statuses", "[ui][corpus]")
{
    Browser browser;
    browser.show();
    browser.open(Test::samplesFolder());
    browser.filter->setFocus();

    const auto filtered = [&](const QString &text) {
        browser.filter->clear();
        QTest::keyClicks(browser.filter, text);
        QStringList files;
        for (int row = 0; row < browser.proxy->rowCount(); ++row)
            files.append(browser.shown(row, CorpusModel::FileColumn).toString());
        return files;
    };
    CHECK(filtered(QStringLiteral("arabic")) == QStringList {QStringLiteral("qatar-turkiye-ar.txt")});
    CHECK(filtered(QStringLiteral("BAKU")) == QStringList {QStringLiteral("baku-meeting-en.txt")});
    CHECK(filtered(QStringLiteral("turkish")) == QStringList {QStringLiteral("savunma-toplantisi-tr.txt")});
    CHECK(filtered(QStringLiteral("new")).size() == 4);
    CHECK(filtered(QStringLiteral("done")).isEmpty());
    // Counts are not searched: only the briefing's title says 18, though two articles have 18 entities.
    CHECK(filtered(QStringLiteral("18")) == QStringList {QStringLiteral("mixed-briefing.txt")});
    CHECK(browser.progress->text().startsWith(QStringLiteral("1 of 4")));
    CHECK(filtered(QString()).size() == 4);
}

TEST_CASE("Clicking a column header sorts by it, numbers as numbers and statuses by progress", "[ui][corpus]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    writeAnnotated(dir, QStringLiteral("a.txt"), 2, QStringLiteral("done"));
    writeAnnotated(dir, QStringLiteral("b.txt"), 10, QStringLiteral("new"));
    writeAnnotated(dir, QStringLiteral("c.txt"), 9, QStringLiteral("in-progress"));
    Browser browser;
    browser.show();
    browser.open(dir.path());
    REQUIRE(browser.column(CorpusModel::EntitiesColumn) == QList<qlonglong> {2, 10, 9}); // by file name

    browser.clickHeader(CorpusModel::EntitiesColumn);
    const QList<qlonglong> once = browser.column(CorpusModel::EntitiesColumn);
    CHECK((once == QList<qlonglong> {2, 9, 10} || once == QList<qlonglong> {10, 9, 2}));
    browser.clickHeader(CorpusModel::EntitiesColumn);
    const QList<qlonglong> twice = browser.column(CorpusModel::EntitiesColumn);
    CHECK(twice == QList<qlonglong>(once.rbegin(), once.rend()));

    browser.view->sortByColumn(CorpusModel::StatusColumn, Qt::AscendingOrder);
    QStringList statuses;
    for (int row = 0; row < browser.proxy->rowCount(); ++row)
        statuses.append(browser.shown(row, CorpusModel::StatusColumn).toString());
    CHECK(statuses == QStringList {QStringLiteral("New"), QStringLiteral("In progress"), QStringLiteral("Done")});
}

TEST_CASE("Choosing a row with the keyboard or the mouse activates its article", "[ui][corpus]")
{
    Browser browser;
    browser.show();
    browser.open(Test::samplesFolder());
    QSignalSpy activated(&browser.panel, &CorpusPanel::articleActivated);

    // Selecting from outside, as the main window does after opening an article, emits nothing.
    browser.panel.setCurrentArticle(browser.pathAt(0));
    CHECK(activated.isEmpty());
    CHECK(browser.view->currentIndex().row() == 0);
    CHECK(browser.panel.currentArticle() == browser.pathAt(0));

    browser.view->setFocus();
    QTest::keyClick(browser.view, Qt::Key_Down);
    REQUIRE(activated.size() == 1);
    CHECK(activated.at(0).at(0).toString() == browser.pathAt(1));
    CHECK(browser.panel.currentArticle() == browser.pathAt(1));

    QTest::keyClick(browser.view, Qt::Key_End, Qt::ControlModifier);
    REQUIRE(activated.size() == 2);
    CHECK(activated.at(1).at(0).toString() == browser.pathAt(3));

    const QRect second = browser.view->visualRect(browser.proxy->index(2, CorpusModel::StatusColumn));
    QTest::mouseClick(browser.view->viewport(), Qt::LeftButton, {}, second.center());
    REQUIRE(activated.size() == 3);
    CHECK(activated.at(2).at(0).toString() == browser.pathAt(2));
}

TEST_CASE("Filtering and sorting never open an article by themselves", "[ui][corpus]")
{
    Browser browser;
    browser.show();
    browser.open(Test::samplesFolder());
    const QString arabic = Test::samplesFolder() + QStringLiteral("/qatar-turkiye-ar.txt");
    browser.panel.setCurrentArticle(arabic);
    QSignalSpy activated(&browser.panel, &CorpusPanel::articleActivated);

    browser.filter->setFocus();
    QTest::keyClicks(browser.filter, QStringLiteral("latin")); // hides the Arabic row
    CHECK(browser.proxy->rowCount() == 2);
    CHECK_FALSE(browser.view->selectionModel()->hasSelection());
    browser.clickHeader(CorpusModel::TitleColumn);
    browser.filter->clear(); // shows it again, selected
    CHECK(activated.isEmpty());
    CHECK(browser.panel.currentArticle() == arabic);
    REQUIRE(browser.view->currentIndex().isValid());
    CHECK(browser.view->currentIndex().data(CorpusModel::PathRole).toString() == arabic);
}

TEST_CASE("Ctrl+L reaches the filter and Down arrow leads from it into the list", "[ui][corpus]")
{
    Browser browser;
    browser.show();
    browser.open(Test::samplesFolder());
    QSignalSpy activated(&browser.panel, &CorpusPanel::articleActivated);
    browser.view->setFocus();
    REQUIRE(browser.view->hasFocus());

    QTest::keyClick(&browser.panel, Qt::Key_L, Qt::ControlModifier);
    CHECK(browser.filter->hasFocus());
    CHECK(browser.panel.filterAction()->text() == QStringLiteral("Filter articles"));
    CHECK(browser.filter->placeholderText() == QStringLiteral("Filter articles"));

    QTest::keyClicks(browser.filter, QStringLiteral("tr"));
    QTest::keyClick(browser.filter, Qt::Key_Down);
    CHECK(browser.view->hasFocus());
    REQUIRE(activated.size() == 1); // nothing was selected: the first row is taken
    CHECK(activated.at(0).at(0).toString() == browser.pathAt(0));
}

TEST_CASE("The context menu asks for a new status for the row under the pointer", "[ui][corpus]")
{
    Browser browser;
    browser.show();
    browser.open(Test::samplesFolder());
    QSignalSpy requested(&browser.panel, &CorpusPanel::statusRequested);
    QStringList offered;
    whenMenuOpens(&browser.panel, [&](QMenu *menu) {
        for (QAction *action : menu->actions())
            offered.append(action->text() + (action->isChecked() ? QStringLiteral(" ✓") : QString()));
        menu->setActiveAction(menu->actions().value(2));
        QTest::keyClick(menu, Qt::Key_Return);
    });

    const QPoint at = browser.view->visualRect(browser.proxy->index(1, CorpusModel::TitleColumn)).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, browser.view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(browser.view->viewport(), &event);

    CHECK(offered
          == QStringList {QStringLiteral("Mark as &new ✓"), QStringLiteral("Mark as &in progress"),
                          QStringLiteral("Mark as &done"), QString(), QStringLiteral("Set &title…")});
    REQUIRE(requested.size() == 1);
    CHECK(requested.at(0).at(0).toString() == browser.pathAt(1));
    CHECK(requested.at(0).at(1).toString() == QStringLiteral("done"));
}

TEST_CASE("Unsaved articles are marked, and a refresh shows what was saved", "[ui][corpus]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    writeAnnotated(dir, QStringLiteral("a.txt"), 2, QStringLiteral("new"));
    Browser browser;
    browser.open(dir.path());
    const QString path = dir.filePath(QStringLiteral("a.txt"));
    const QModelIndex title = browser.proxy->index(0, CorpusModel::TitleColumn);
    const QString plain = title.data().toString();

    browser.panel.setUnsaved(path, true);
    browser.panel.setArticleStatus(path, QStringLiteral("done"));
    CHECK(title.data().toString() == u"• " + plain);
    CHECK(title.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Unsaved changes")));
    CHECK(browser.shown(0, CorpusModel::StatusColumn).toString() == QStringLiteral("Done"));

    // Saved elsewhere with more entities; the panel reads it again when told.
    writeAnnotated(dir, QStringLiteral("a.txt"), 5, QStringLiteral("in-progress"));
    browser.panel.setUnsaved(path, false);
    browser.panel.refreshArticle(path);
    REQUIRE(QTest::qWaitFor([&] { return browser.shown(0, CorpusModel::EntitiesColumn).toLongLong() == 5; }, 10000));
    CHECK(browser.shown(0, CorpusModel::StatusColumn).toString() == QStringLiteral("In progress"));
    CHECK(title.data().toString() == plain);
}

TEST_CASE("Unreadable articles and broken sidecars are marked with the reason", "[ui][corpus]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    writeAnnotated(dir, QStringLiteral("a.txt"), 2, QStringLiteral("new"));
    writeBytes(dir.filePath(QStringLiteral("a.txt.ann.json")), QByteArrayLiteral("{\n  \"format\": \n"));
    writeBytes(dir.filePath(QStringLiteral("b.txt")), QByteArrayLiteral("Ankara \xC3\x28"));
    writeAnnotated(dir, QStringLiteral("c.txt"), 1, QStringLiteral("new"));
    Browser browser;
    browser.open(dir.path());

    const auto title = [&](int row) {
        return browser.proxy->index(row, CorpusModel::TitleColumn);
    };
    CHECK_FALSE(title(0).data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(title(0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("sidecar")));
    CHECK_FALSE(browser.shown(0, CorpusModel::EntitiesColumn).isValid());
    CHECK_FALSE(title(1).data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(title(1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("article cannot be read")));
    CHECK(title(1).data().toString() == QStringLiteral("b.txt"));
    CHECK(title(2).data(Qt::DecorationRole).isNull());
}
