// SPDX-License-Identifier: GPL-3.0-or-later
// The annotation panel as an analyst uses it, on the offscreen platform: real widgets, key and mouse events,
// and the document's undo stack as the judge of what an edit did.
#include "io/corpus.h"
#include "io/documentfile.h"
#include "model/annotationcommands.h"
#include "support/catchqt.h"
#include "support/generateddocument.h"
#include "support/samplecopy.h"
#include "support/samples.h"
#include "support/toplevelwidgets.h"
#include "ui/annotations/annotationpanel.h"
#include "ui/annotations/entitytreemodel.h"
#include "ui/mainwindow.h"
#include "ui/reader/readerview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <functional>
#include <map>

using namespace Hashiya;

namespace {

// The first entity, in text order, with `type` and no attributes.
QString plainEntityOfType(const ArticleDocument &document, const QString &type)
{
    for (const Entity &entity : document.annotations()->entities()) {
        if (entity.type == type && entity.attributes.isEmpty())
            return entity.id;
    }
    FAIL("the sample has no plain entity of type " << type.toStdString());
    return {};
}

bool waitFor(const std::function<bool()> &condition)
{
    return QTest::qWaitFor(condition, 5000);
}

QListWidgetItem *problemFor(QListWidget *list, const QString &entityId, const QString &word)
{
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *item = list->item(i);
        if (item->data(Qt::UserRole).toString() == entityId && item->text().contains(word))
            return item;
    }
    return nullptr;
}

/// A panel in a shown, active window, on one sample article with the sample corpus's schema.
struct PanelFixture
{
    Schema schema = Test::sampleSchema();
    std::unique_ptr<ArticleDocument> document;
    AnnotationPanel panel;
    QSignalSpy activated {&panel, &AnnotationPanel::entityActivated};

    explicit PanelFixture(const QString &fileName = QStringLiteral("qatar-turkiye-ar.txt"))
        : document(Test::openSample(fileName, schema))
    {
        Test::showActive(panel, QSize(460, 900));
        panel.setDocument(document.get(), &schema);
    }

    template<typename T>
    T *child(const QString &name)
    {
        return Test::childNamed<T>(panel, name);
    }

    QTreeView *tree() { return child<QTreeView>(QStringLiteral("entityTree")); }
    QUndoStack *stack() { return document->undoStack(); }
    AnnotationSet *set() { return document->annotations(); }
    QString activatedId(int call) { return activated.at(call).at(0).toString(); }
};

} // namespace

TEST_CASE("The panel groups the entities of a sample by type with the document's counts", "[ui][panel]")
{
    PanelFixture f;
    QAbstractItemModelTester tester(f.tree()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    std::map<QString, int> counts;
    for (const Entity &entity : f.set()->entities())
        ++counts[entity.type];
    REQUIRE(counts.size() > 2);

    const QAbstractItemModel *model = f.tree()->model();
    REQUIRE(model->rowCount() == int(counts.size()));
    int previousRank = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex type = model->index(row, 0);
        const QString name = type.data(EntityTreeModel::TypeNameRole).toString();
        INFO(name.toStdString());
        CHECK(type.data(EntityTreeModel::EntityCountRole).toInt() == counts[name]);
        CHECK(model->rowCount(type) == counts[name]);
        CHECK(type.data().toString().endsWith(QStringLiteral("(%1)").arg(counts[name])));
        CHECK(f.tree()->isExpanded(type));
        // Schema order: each type comes later in the schema than the one above it.
        int rank = -1;
        for (int i = 0; i < f.schema.entityTypes.size(); ++i) {
            if (f.schema.entityTypes.at(i).name == name)
                rank = i;
        }
        CHECK(rank > previousRank);
        previousRank = rank;
    }
}

TEST_CASE("Choosing an entity row with the keyboard activates it", "[ui][panel]")
{
    PanelFixture f;
    QTreeView *tree = f.tree();
    const QAbstractItemModel *model = tree->model();
    const QModelIndex firstType = model->index(0, 0);
    REQUIRE(model->rowCount(firstType) >= 2);
    const QString firstId = model->index(0, 0, firstType).data(EntityTreeModel::EntityIdRole).toString();
    const QString secondId = model->index(1, 0, firstType).data(EntityTreeModel::EntityIdRole).toString();
    // The first type row holds the first entity of the first schema type present, in text order.
    for (const Entity &entity : f.set()->entities()) {
        if (entity.type == firstType.data(EntityTreeModel::TypeNameRole).toString()) {
            CHECK(entity.id == firstId);
            break;
        }
    }

    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Home); // the first type row: not an entity, so nothing is activated
    CHECK(f.activated.count() == 0);
    // Enter, or a double click, closes and opens a type.
    REQUIRE(tree->isExpanded(firstType));
    QTest::keyClick(tree, Qt::Key_Return);
    CHECK_FALSE(tree->isExpanded(firstType));
    const QPoint typeRow = tree->visualRect(firstType).center();
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, typeRow); // a double click starts as a click
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, typeRow);
    CHECK(tree->isExpanded(firstType));
    CHECK(f.activated.count() == 0);
    QTest::keyClick(tree, Qt::Key_Down);
    REQUIRE(f.activated.count() == 1);
    CHECK(f.activatedId(0) == firstId);
    CHECK(f.panel.selectedEntity() == firstId);
    CHECK(f.child<QLabel>(QStringLiteral("entityText"))->text() == f.document->textOf(*f.set()->entity(firstId)));

    QTest::keyClick(tree, Qt::Key_Down);
    REQUIRE(f.activated.count() == 2);
    CHECK(f.activatedId(1) == secondId);

    // Enter activates the current row again, e.g. to bring it back into view in the text.
    QTest::keyClick(tree, Qt::Key_Return);
    REQUIRE(f.activated.count() == 3);
    CHECK(f.activatedId(2) == secondId);

    // Tab goes on to the entity's editors in reading order, the attributes first.
    QTest::keyClick(tree, Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == f.child<QComboBox>(QStringLiteral("attribute:confidence")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == f.child<QComboBox>(QStringLiteral("attribute:mention")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == f.child<QPlainTextEdit>(QStringLiteral("entityNote")));
    CHECK(f.stack()->count() == 0);
}

TEST_CASE("A mouse click on an entity row activates it, setSelectedEntity selects without activating", "[ui][panel]")
{
    PanelFixture f;
    QTreeView *tree = f.tree();
    const QString id = plainEntityOfType(*f.document, QStringLiteral("ORG"));

    f.panel.setSelectedEntity(id);
    CHECK(f.activated.count() == 0);
    CHECK(f.panel.selectedEntity() == id);
    CHECK(tree->currentIndex().data(EntityTreeModel::EntityIdRole).toString() == id);
    CHECK(tree->selectionModel()->isRowSelected(tree->currentIndex().row(), tree->currentIndex().parent()));

    const QModelIndex other = tree->indexBelow(tree->currentIndex());
    REQUIRE(other.isValid());
    const QString otherId = other.data(EntityTreeModel::EntityIdRole).toString();
    REQUIRE_FALSE(otherId.isEmpty());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(other).center());
    REQUIRE(f.activated.count() == 1);
    CHECK(f.activatedId(0) == otherId);
    CHECK(f.panel.selectedEntity() == otherId);
}

TEST_CASE("Choosing a confidence makes one undo step, and the combo follows undo and redo", "[ui][panel]")
{
    PanelFixture f;
    const QString id = plainEntityOfType(*f.document, QStringLiteral("GPE"));
    f.panel.setSelectedEntity(id);
    auto *combo = f.child<QComboBox>(QStringLiteral("attribute:confidence"));
    REQUIRE(combo->isEnabled());
    CHECK(combo->currentText() == u"—");
    // GPE also takes "mention"; types it does not apply to get no editor for it.
    CHECK(f.panel.findChild<QComboBox *>(QStringLiteral("attribute:mention")));

    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_End);
    CHECK(f.set()->entity(id)->attributes.value(QStringLiteral("confidence")) == u"high");
    CHECK(f.stack()->count() == 1);
    CHECK(combo->currentText() == u"high");

    f.stack()->undo();
    CHECK_FALSE(f.set()->entity(id)->attributes.contains(QStringLiteral("confidence")));
    CHECK(combo->currentText() == u"—");

    f.stack()->redo();
    CHECK(combo->currentText() == u"high");

    // The empty entry removes the attribute again.
    QTest::keyClick(combo, Qt::Key_Home);
    CHECK_FALSE(f.set()->entity(id)->attributes.contains(QStringLiteral("confidence")));
    CHECK(f.stack()->count() == 2);
    CHECK(f.activated.count() == 0);
}

TEST_CASE("Typing a note makes one undo step", "[ui][panel]")
{
    PanelFixture f;
    const QString id = plainEntityOfType(*f.document, QStringLiteral("PERSON"));
    f.panel.setSelectedEntity(id);
    auto *note = f.child<QPlainTextEdit>(QStringLiteral("entityNote"));
    REQUIRE(note->isEnabled());
    REQUIRE(note->toPlainText().isEmpty());

    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("Minister of state"));
    CHECK(f.stack()->count() == 0); // nothing per key: the note is pushed after a pause
    REQUIRE(waitFor([&] { return f.stack()->count() == 1; }));
    CHECK(f.set()->entity(id)->note == u"Minister of state");

    // More typing after the pause merges into the same step.
    QTest::keyClicks(note, QStringLiteral(" for defence"));
    REQUIRE(waitFor([&] { return f.set()->entity(id)->note == u"Minister of state for defence"; }));
    CHECK(f.stack()->count() == 1);

    // Leaving the field pushes at once.
    QTest::keyClicks(note, QStringLiteral("."));
    f.tree()->setFocus();
    CHECK(f.set()->entity(id)->note == u"Minister of state for defence.");
    CHECK(f.stack()->count() == 1);
    CHECK(note->toPlainText() == u"Minister of state for defence.");

    f.stack()->undo();
    CHECK(f.set()->entity(id)->note.isEmpty());
    CHECK(note->toPlainText().isEmpty());
    f.stack()->redo();
    CHECK(note->toPlainText() == u"Minister of state for defence.");
}

TEST_CASE("The reference is set when its field is left", "[ui][panel]")
{
    PanelFixture f;
    const QString id = plainEntityOfType(*f.document, QStringLiteral("GPE"));
    f.panel.setSelectedEntity(id);
    auto *reference = f.child<QLineEdit>(QStringLiteral("entityReference"));
    reference->setFocus();
    QTest::keyClicks(reference, QStringLiteral("wikidata:Q846"));
    CHECK(f.stack()->count() == 0);
    QTest::keyClick(reference, Qt::Key_Return);
    CHECK(f.set()->entity(id)->reference == u"wikidata:Q846");
    CHECK(f.stack()->count() == 1);
    f.stack()->undo();
    CHECK(reference->text().isEmpty());
}

TEST_CASE("A read-only document disables every editor", "[ui][panel]")
{
    PanelFixture f;
    const QString id = plainEntityOfType(*f.document, QStringLiteral("GPE"));
    f.panel.setSelectedEntity(id);
    auto *combo = f.child<QComboBox>(QStringLiteral("attribute:confidence"));
    auto *note = f.child<QPlainTextEdit>(QStringLiteral("entityNote"));
    auto *reference = f.child<QLineEdit>(QStringLiteral("entityReference"));
    REQUIRE(combo->isEnabled());
    REQUIRE(note->isEnabled());
    REQUIRE(reference->isEnabled());

    Problem broken;
    broken.file = f.document->article().sidecarPath();
    broken.message = QStringLiteral("broken sidecar");
    f.document->setLoadProblems({broken});
    REQUIRE(f.document->isReadOnly());
    CHECK_FALSE(combo->isEnabled());
    CHECK_FALSE(note->isEnabled());
    CHECK_FALSE(reference->isEnabled());
    QTest::keyClick(combo, Qt::Key_End);
    CHECK(f.stack()->count() == 0);
    CHECK(f.set()->entity(id)->attributes.isEmpty());

    // Opened read-only: disabled from the start, and choosing another entity keeps it so.
    AnnotationPanel other;
    other.setDocument(f.document.get(), &f.schema);
    other.setSelectedEntity(plainEntityOfType(*f.document, QStringLiteral("ORG")));
    auto *otherCombo = other.findChild<QComboBox *>(QStringLiteral("attribute:confidence"));
    REQUIRE(otherCombo);
    CHECK_FALSE(otherCombo->isEnabled());
    CHECK_FALSE(other.findChild<QPlainTextEdit *>(QStringLiteral("entityNote"))->isEnabled());
}

TEST_CASE("An entity of a type the schema lacks is flagged and listed among schema problems", "[ui][panel]")
{
    PanelFixture f;
    auto *problems = f.child<QListWidget>(QStringLiteral("schemaProblems"));
    auto *box = f.child<QGroupBox>(QStringLiteral("schemaProblemsBox"));
    REQUIRE(waitFor([&] { return box->title() == u"Schema problems: none"; }));
    REQUIRE(problems->count() == 0);

    Entity drone;
    drone.id = QStringLiteral("drone1");
    drone.type = QStringLiteral("DRONE_MODEL");
    drone.spans.append(Span {111, 117, {}}); // "Baykar"
    f.document->execute(new AddEntityCommand(f.set(), drone));

    const QAbstractItemModel *model = f.tree()->model();
    const QModelIndex flagged = model->index(model->rowCount() - 1, 0);
    CHECK(flagged.data(EntityTreeModel::TypeNameRole).toString() == u"DRONE_MODEL");
    CHECK(flagged.data(EntityTreeModel::UnknownTypeRole).toBool());
    CHECK(model->rowCount(flagged) == 1);

    REQUIRE(waitFor([&] { return problemFor(problems, drone.id, QStringLiteral("DRONE_MODEL")); }));
    QListWidgetItem *item = problemFor(problems, drone.id, QStringLiteral("DRONE_MODEL"));
    problems->scrollToItem(item);
    QTest::mouseClick(problems->viewport(), Qt::LeftButton, {}, problems->visualItemRect(item).center());
    REQUIRE(f.activated.count() == 1);
    CHECK(f.activatedId(0) == drone.id);
    CHECK(f.panel.selectedEntity() == drone.id);
    CHECK(f.tree()->currentIndex().data(EntityTreeModel::EntityIdRole).toString() == drone.id);
    CHECK(f.child<QLabel>(QStringLiteral("entityType"))->text().contains(QStringLiteral("not in the schema")));

    f.stack()->undo();
    REQUIRE(waitFor([&] { return problems->count() == 0; }));
    CHECK(f.panel.selectedEntity().isEmpty());
}

TEST_CASE("Attributes the schema lacks or does not allow are listed, shown and removable", "[ui][panel]")
{
    PanelFixture f;
    auto *problems = f.child<QListWidget>(QStringLiteral("schemaProblems"));
    const QString coloured = plainEntityOfType(*f.document, QStringLiteral("GPE"));
    const QString doubtful = plainEntityOfType(*f.document, QStringLiteral("ORG"));
    f.document->execute(
        ChangeEntityCommand::setAttribute(f.set(), coloured, QStringLiteral("colour"), QStringLiteral("red")));
    f.document->execute(
        ChangeEntityCommand::setAttribute(f.set(), doubtful, QStringLiteral("confidence"), QStringLiteral("total")));

    REQUIRE(waitFor([&] { return problems->count() == 2; }));
    CHECK(problemFor(problems, coloured, QStringLiteral("colour")));
    CHECK(problemFor(problems, doubtful, QStringLiteral("total")));

    // Activating a problem with the keyboard jumps to its entity too.
    problems->setFocus();
    problems->setCurrentRow(-1);
    QTest::keyClick(problems, Qt::Key_Home);
    QTest::keyClick(problems, Qt::Key_Return);
    REQUIRE(f.activated.count() == 2); // arriving on the problem, then Enter on it
    const QString listed = problems->currentItem()->data(Qt::UserRole).toString();
    CHECK(f.activatedId(0) == listed);
    CHECK(f.activatedId(1) == listed);
    CHECK(f.panel.selectedEntity() == listed);

    // A value the schema does not allow shows in the combo, flagged.
    f.panel.setSelectedEntity(doubtful);
    auto *combo = f.child<QComboBox>(QStringLiteral("attribute:confidence"));
    CHECK(combo->currentText().contains(QStringLiteral("total")));

    // An attribute the schema lacks shows read-only with a Remove button, which removes it in one step.
    f.panel.setSelectedEntity(coloured);
    auto *row = f.child<QWidget>(QStringLiteral("extraAttribute:colour"));
    CHECK(row->isVisible());
    auto *remove = row->findChild<QToolButton *>();
    REQUIRE(remove);
    const int steps = f.stack()->count();
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK_FALSE(f.set()->entity(coloured)->attributes.contains(QStringLiteral("colour")));
    CHECK(f.stack()->count() == steps + 1);
    CHECK_FALSE(f.panel.findChild<QWidget *>(QStringLiteral("extraAttribute:colour")));
    REQUIRE(waitFor([&] { return problems->count() == 1; }));
}

TEST_CASE("The selection follows an entity that is retyped", "[ui][panel]")
{
    PanelFixture f;
    const QString id = plainEntityOfType(*f.document, QStringLiteral("ORG"));
    f.panel.setSelectedEntity(id);
    f.document->execute(ChangeEntityCommand::retype(f.set(), id, QStringLiteral("FACILITY")));

    CHECK(f.panel.selectedEntity() == id);
    const QModelIndex current = f.tree()->currentIndex();
    CHECK(current.data(EntityTreeModel::EntityIdRole).toString() == id);
    CHECK(current.parent().data(EntityTreeModel::TypeNameRole).toString() == u"FACILITY");
    CHECK(f.child<QLabel>(QStringLiteral("entityType"))->text().contains(QStringLiteral("FACILITY")));
    CHECK(f.activated.count() == 0);

    f.stack()->undo();
    CHECK(f.tree()->currentIndex().parent().data(EntityTreeModel::TypeNameRole).toString() == u"ORG");
    CHECK(f.activated.count() == 0);
}

TEST_CASE("The filter keeps entities whose text or type matches", "[ui][panel]")
{
    PanelFixture f;
    auto *filter = f.child<QLineEdit>(QStringLiteral("entityFilter"));
    const QAbstractItemModel *model = f.tree()->model();
    const auto shownIds = [&] {
        QStringList ids;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex type = model->index(row, 0);
            for (int child = 0; child < model->rowCount(type); ++child)
                ids.append(model->index(child, 0, type).data(EntityTreeModel::EntityIdRole).toString());
        }
        return ids;
    };
    const auto idsWhere = [&](const std::function<bool(const Entity &)> &keep) {
        QStringList ids;
        for (const Entity &entity : f.set()->entities()) {
            if (keep(entity))
                ids.append(entity.id);
        }
        return ids;
    };
    const QStringList all = shownIds();
    REQUIRE(all.size() == f.set()->entityCount());

    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("BAYK"));
    const QStringList baykar =
        idsWhere([&](const Entity &e) { return f.document->textOf(e).contains(u"bayk", Qt::CaseInsensitive); });
    REQUIRE_FALSE(baykar.isEmpty());
    REQUIRE(waitFor([&] { return shownIds().size() < all.size(); }));
    QStringList shown = shownIds();
    CHECK(QSet<QString>(shown.begin(), shown.end()) == QSet<QString>(baykar.begin(), baykar.end()));

    // A type's label selects all of its entities; Down moves on to the results.
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("organisation"));
    const QStringList orgs = idsWhere([](const Entity &e) { return e.type == u"ORG"; });
    REQUIRE(waitFor([&] { return shownIds().size() == orgs.size(); }));
    shown = shownIds();
    CHECK(QSet<QString>(shown.begin(), shown.end()) == QSet<QString>(orgs.begin(), orgs.end()));
    QTest::keyClick(filter, Qt::Key_Down);
    CHECK(f.tree()->hasFocus());

    filter->clear();
    REQUIRE(waitFor([&] { return shownIds().size() == all.size(); }));
}

TEST_CASE("The panel opens a document of 10^5 entities without freezing", "[ui][panel][timing]")
{
    const Schema schema = Test::sampleSchema();
    auto document = Test::generatedDocument(100'000);
    AnnotationPanel panel;
    panel.resize(460, 900);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    auto *problems = panel.findChild<QListWidget *>(QStringLiteral("schemaProblems"));
    REQUIRE(problems);

    QElapsedTimer timer;
    timer.start();
    panel.setDocument(document.get(), &schema);
    const qint64 setDocumentMs = timer.elapsed();
    panel.repaint();
    const qint64 paintedMs = timer.elapsed();
    // Every 97th entity has a type the schema lacks: 1031 problems, of which the first 1000 are listed.
    REQUIRE(waitFor([&] { return problems->count() > 0; }));
    const qint64 problemsMs = timer.elapsed();
    CHECK(problems->count() == 1001);
    CHECK(panel.findChild<QGroupBox *>(QStringLiteral("schemaProblemsBox"))->title().contains(u"1031"));

    // Selecting an entity deep in the list, and editing it. Its type holds 25,000 entities: it stays closed
    // (every edit would lay them all out again) while the editor shows the entity.
    const QString id = QStringLiteral("e099998");
    timer.restart();
    panel.setSelectedEntity(id);
    const qint64 selectMs = timer.elapsed();
    auto *tree = panel.findChild<QTreeView *>(QStringLiteral("entityTree"));
    CHECK_FALSE(tree->currentIndex().isValid());
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(tree->model());
    const QModelIndex typeRow = proxy->mapFromSource(panel.model()->indexOfEntity(id).parent());
    REQUIRE(typeRow.isValid());
    CHECK(tree->model()->rowCount(typeRow) > 20'000);
    CHECK_FALSE(tree->isExpanded(typeRow));
    // Once the analyst opens the type, the list follows the selection.
    tree->expand(typeRow);
    panel.setSelectedEntity(QString());
    panel.setSelectedEntity(id);
    CHECK(tree->currentIndex().data(EntityTreeModel::EntityIdRole).toString() == id);
    auto *combo = panel.findChild<QComboBox *>(QStringLiteral("attribute:confidence"));
    REQUIRE(combo);
    timer.restart();
    QTest::keyClick(combo, Qt::Key_End);
    const qint64 editMs = timer.elapsed();
    CHECK(document->annotations()->entity(id)->attributes.value(QStringLiteral("confidence")) == u"high");

    auto *filter = panel.findChild<QLineEdit *>(QStringLiteral("entityFilter"));
    filter->setText(QStringLiteral("baykar"));
    timer.restart();
    QTest::keyClick(filter, Qt::Key_Return); // applies the filter at once
    const qint64 filterMs = timer.elapsed();
    CHECK(tree->model()->rowCount() == 2); // ORG, and the unknown type of every 97th entity

    WARN("AnnotationPanel, 10^5 entities: setDocument "
         << setDocumentMs << " ms, first paint at " << paintedMs << " ms, schema problems at " << problemsMs
         << " ms; select " << selectMs << " ms, edit " << editMs << " ms, filter " << filterMs << " ms");
    // Generous bounds: they catch a freeze, not a slow day.
    CHECK(setDocumentMs < 2000);
    CHECK(paintedMs < 3000);
    CHECK(selectMs < 1000);
    CHECK(editMs < 1000);
}

TEST_CASE("The main window opens an article with 10^5 entities and shows them in the annotations dock",
          "[ui][panel][mainwindow][timing]")
{
    // The article and a sidecar with 10^5 entities, written as the application writes them.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("large.txt"));
    {
        auto generated = Test::generatedDocument(100'000);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(generated->text().toUtf8());
        file.close();
        const Schema schema = Test::sampleSchema();
        DocumentFile::Opened opened = DocumentFile::open(path, &schema);
        REQUIRE(opened.document);
        opened.document->annotations()->reset(generated->annotations()->entities(), {});
        QString error;
        REQUIRE(DocumentFile::save(opened.document.get(), QStringLiteral("test"), &error));
    }

    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("annotationsDock"));
    REQUIRE(dock);
    CHECK(dock->isVisible());
    CHECK(window.dockWidgetArea(dock) == Qt::RightDockWidgetArea);

    QElapsedTimer timer;
    timer.start();
    window.openArticle(path);
    const qint64 openMs = timer.elapsed();
    window.repaint();
    const qint64 paintedMs = timer.elapsed();

    REQUIRE(window.document());
    CHECK(window.document()->annotations()->entityCount() == 100'000);
    // The list fills in just after the text is on screen.
    const EntityTreeModel *model = window.annotationPanel()->model();
    REQUIRE(QTest::qWaitFor([&] { return model->document() == window.document(); }, 10000));
    qsizetype shown = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        shown += model->index(row, 0).data(EntityTreeModel::EntityCountRole).toLongLong();
    CHECK(shown == 100'000);

    WARN("MainWindow::openArticle, 10^5 entities (reading the sidecar included): " << openMs << " ms, painted at "
                                                                                   << paintedMs << " ms");
    CHECK(paintedMs < 5000);
}

TEST_CASE("The View menu toggles the annotations dock", "[ui][panel][mainwindow]")
{
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("annotationsDock"));
    REQUIRE(dock);
    QAction *toggle = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(dock->toggleViewAction()))
            toggle = dock->toggleViewAction();
    }
    REQUIRE(toggle);
    REQUIRE(dock->isVisible());
    toggle->trigger();
    CHECK_FALSE(dock->isVisible());
    toggle->trigger();
    CHECK(dock->isVisible());

    // Choosing an entity in the panel selects it in the article.
    const Test::SampleCopy copy; // the window saves what changes
    window.openFolder(copy.path());
    REQUIRE(window.document());
    REQUIRE(QTest::qWaitFor([&] { return window.annotationPanel()->model()->document() == window.document(); }, 5000));
    const Entity &entity = window.document()->annotations()->entityAt(3);
    window.annotationPanel()->setSelectedEntity(entity.id);
    auto *tree = window.annotationPanel()->findChild<QTreeView *>(QStringLiteral("entityTree"));
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Return);
    CHECK(window.reader()->selectedEntity() == entity.id);
    CHECK(window.reader()->cursorPosition() == window.document()->codePoints().toUtf16(entity.start()));
}
