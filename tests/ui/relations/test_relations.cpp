// SPDX-License-Identifier: GPL-3.0-or-later
// Relations as an analyst makes and reads them, through the real window: a drag from chip to chip, or
// R, Tab and Enter; the type menu; arcs, stubs, selection and removal; sidecar bytes out.
#include "model/annotationcommands.h"
#include "model/annotationid.h"
#include "model/articledocument.h"
#include "model/relationrules.h"
#include "support/catchqt.h"
#include "support/generateddocument.h"
#include "support/samplecopy.h"
#include "support/samples.h"
#include "ui/mainwindow.h"
#include "ui/reader/readerview.h"
#include "ui/relations/relationlinker.h"
#include "ui/relations/relationpanel.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QScrollBar>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <optional>

using namespace Hashiya;

namespace {

struct Window
{
    Test::SampleCopy corpus;
    MainWindow window;
    QString article;
    explicit Window(const QString &name)
    {
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.openFolder(corpus.path());
        article = corpus.path(name);
        window.openArticle(article);
        REQUIRE(window.document());
        QCoreApplication::processEvents();
    }
    ReaderView *reader() const { return window.reader(); }
    ArticleDocument *document() const { return window.document(); }
    // Keys for the window's shortcuts; after a menu closes the window has to be active again first.
    void shortcut(Qt::Key key)
    {
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, key, Qt::ControlModifier);
    }
    void save() { shortcut(Qt::Key_S); }
    void undo() { shortcut(Qt::Key_Z); }
    QJsonArray sidecarRelations() const
    {
        QFile file(article + QStringLiteral(".ann.json"));
        REQUIRE(file.open(QIODevice::ReadOnly));
        return QJsonDocument::fromJson(file.readAll())[u"relations"].toArray();
    }
};

/// The sidecar relation with these ends and type, or an empty object.
QJsonObject findRelation(const QJsonArray &relations, const QString &type, const QString &from, const QString &to)
{
    for (const QJsonValue &value : relations) {
        if (value[u"type"].toString() == type && value[u"from"].toString() == from && value[u"to"].toString() == to)
            return value.toObject();
    }
    return {};
}

/// Once the relation type menu is open, hands it to `act` (which must close it); returns whether it
/// was ever seen. The menu runs its own event loop, so this polls from a timer.
class TypeMenuWatcher
{
public:
    explicit TypeMenuWatcher(std::function<void(QMenu *)> act)
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this, act = std::move(act)] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (menu && menu->objectName() == u"relationTypeMenu") {
                m_timer.stop();
                m_seen = true;
                act(menu);
            } else if (++m_ticks > 300) {
                m_timer.stop();
            }
        });
        m_timer.start();
    }
    bool seen() const { return m_seen; }

private:
    QTimer m_timer;
    bool m_seen = false;
    int m_ticks = 0;
};

/// The texts of the menu's enabled entries.
QStringList offeredTypes(QMenu *menu)
{
    QStringList texts;
    for (QAction *action : menu->actions()) {
        if (action->isEnabled() && !action->isSeparator())
            texts.append(action->text().remove(u'&'));
    }
    return texts;
}

QPoint chipCenter(ReaderView *reader, const QString &entityId)
{
    const Entity *entity = reader->document()->annotations()->entity(entityId);
    REQUIRE(entity);
    reader->ensureVisible(reader->document()->codePoints().toUtf16(entity->start()));
    reader->viewport()->repaint();
    const QRectF chip = reader->chipRect(entityId);
    REQUIRE_FALSE(chip.isEmpty());
    return chip.center().toPoint();
}

std::optional<ArcLayout::Shape> visibleShape(const std::vector<ArcLayout::Shape> &shapes, const QString &relationId)
{
    for (const ArcLayout::Shape &shape : shapes) {
        if (shape.relationId == relationId)
            return shape;
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("A relation dragged from one chip to another, typed by its first letter, lands in the sidecar",
          "[ui][relations]")
{
    Window w(QStringLiteral("savunma-toplantisi-tr.txt"));
    ReaderView *reader = w.reader();
    const QString aselsan = QStringLiteral("jjmwdj2kcgsg"); // ORG
    const QString azerbaycan = QStringLiteral("32f972yjv2kq"); // GPE
    const int steps = w.document()->undoStack()->count();

    QStringList offered;
    TypeMenuWatcher watcher([&](QMenu *menu) {
        offered = offeredTypes(menu);
        QTest::keyClick(menu, Qt::Key_E); // the only type starting with E: taken at once
    });
    const QPoint to = chipCenter(reader, azerbaycan);
    const QPoint from = chipCenter(reader, aselsan); // on the line below: both on screen now
    QTest::mousePress(reader->viewport(), Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(reader->viewport(), (from + to) / 2);
    QTest::mouseMove(reader->viewport(), to);
    CHECK(reader->pendingLinkTarget() == azerbaycan);
    QTest::mouseRelease(reader->viewport(), Qt::LeftButton, Qt::NoModifier, to);
    REQUIRE(watcher.seen());

    // Only what the schema allows from an organisation to a country.
    CHECK(offered
          == QStringList {QStringLiteral("meets with"), QStringLiteral("cooperates with"),
                          QStringLiteral("signs agreement with"), QStringLiteral("exports to"),
                          QStringLiteral("located in")});
    CHECK(w.document()->undoStack()->count() == steps + 1);
    CHECK(reader->pendingLinkTarget().isEmpty());
    const QString id = reader->selectedRelation();
    REQUIRE_FALSE(id.isEmpty());
    CHECK(isValidAnnotationId(id));
    CHECK(visibleShape(reader->visibleArcs(), id).has_value());

    w.save();
    const Relation *made = w.document()->annotations()->relation(id);
    REQUIRE(made);
    const QJsonObject saved = findRelation(w.sidecarRelations(), QStringLiteral("EXPORTS_TO"), aselsan, azerbaycan);
    REQUIRE_FALSE(saved.isEmpty());
    CHECK(saved[u"id"].toString() == id);

    SECTION("one undo takes it away again, in the view and in the sidecar")
    {
        w.undo();
        CHECK_FALSE(w.document()->annotations()->relation(id));
        CHECK_FALSE(visibleShape(reader->visibleArcs(), id).has_value());
        w.save();
        CHECK(findRelation(w.sidecarRelations(), QStringLiteral("EXPORTS_TO"), aselsan, azerbaycan).isEmpty());
    }
}

TEST_CASE("From the keyboard: R, Tab to the target, Enter, and a letter that picks among types sharing it",
          "[ui][relations]")
{
    Window w(QStringLiteral("qatar-turkiye-ar.txt"));
    ReaderView *reader = w.reader();
    const QString kaabi = QStringLiteral("zewm01htntk7"); // PERSON
    const QString qatar = QStringLiteral("x9y6x0zrd0ez"); // GPE
    reader->setFocus();
    reader->setSelectedEntity(kaabi);
    QTest::keyClick(reader, Qt::Key_R);
    REQUIRE(w.window.linker()->isLinking());
    for (int i = 0; i < 20 && reader->pendingLinkTarget() != qatar; ++i)
        QTest::keyClick(reader, Qt::Key_Tab);
    REQUIRE(reader->pendingLinkTarget() == qatar);
    // Left reads onwards in Arabic, Right goes back.
    QTest::keyClick(reader, Qt::Key_Right);
    CHECK(reader->pendingLinkTarget() != qatar);
    QTest::keyClick(reader, Qt::Key_Left);
    CHECK(reader->pendingLinkTarget() == qatar);

    QStringList offered;
    QStringList active;
    TypeMenuWatcher watcher([&](QMenu *menu) {
        offered = offeredTypes(menu);
        // Two types start with M: each press moves to the next, Enter takes it.
        QTest::keyClick(menu, Qt::Key_M);
        active.append(menu->activeAction() ? menu->activeAction()->text().remove(u'&') : QString());
        QTest::keyClick(menu, Qt::Key_M);
        active.append(menu->activeAction() ? menu->activeAction()->text().remove(u'&') : QString());
        QTest::keyClick(menu, Qt::Key_Return);
    });
    QTest::keyClick(reader, Qt::Key_Return);
    REQUIRE(watcher.seen());
    CHECK(offered == QStringList {QStringLiteral("member of"), QStringLiteral("meets with")});
    CHECK(active == QStringList {QStringLiteral("member of"), QStringLiteral("meets with")});
    CHECK_FALSE(w.window.linker()->isLinking());

    w.save();
    CHECK_FALSE(findRelation(w.sidecarRelations(), QStringLiteral("MEETS_WITH"), kaabi, qatar).isEmpty());
}

TEST_CASE("The type menu offers a directed type the other way round, and nothing when nothing fits", "[ui][relations]")
{
    Window w(QStringLiteral("baku-meeting-en.txt"));
    ReaderView *reader = w.reader();
    RelationLinker *linker = w.window.linker();
    const QString title = QStringLiteral("0epcjwwggemz"); // TITLE
    const QString arslan = QStringLiteral("zs9f657kh09b"); // PERSON
    const QString may = QStringLiteral("84k74j5tv0ef"); // DATE
    const QString money = QStringLiteral("ppq82h3rn7qa"); // MONEY

    // Title first, person second: the schema has the person hold the title.
    QStringList offered;
    TypeMenuWatcher reversed([&](QMenu *menu) {
        offered = offeredTypes(menu);
        QTest::keyClick(menu, Qt::Key_H);
    });
    const QString id = linker->link(title, arslan, false, reader->mapToGlobal(QPoint(50, 50)));
    REQUIRE(reversed.seen());
    CHECK(offered == QStringList {QStringLiteral("holds title, the other way round")});
    const Relation *made = w.document()->annotations()->relation(id);
    REQUIRE(made);
    CHECK(made->type == QStringLiteral("HAS_TITLE"));
    CHECK(made->from == arslan);
    CHECK(made->to == title);

    // A date and a sum of money: no type links them, so the menu says so and offers nothing.
    const qsizetype relations = w.document()->annotations()->relationCount();
    TypeMenuWatcher none([&](QMenu *menu) {
        offered = offeredTypes(menu);
        menu->close();
    });
    CHECK(linker->link(may, money, false, reader->mapToGlobal(QPoint(50, 50))).isEmpty());
    REQUIRE(none.seen());
    CHECK(offered.isEmpty());
    CHECK(w.document()->annotations()->relationCount() == relations);
}

TEST_CASE("With Shift a relation the schema forbids is made on purpose and listed as a problem", "[ui][relations]")
{
    Window w(QStringLiteral("baku-meeting-en.txt"));
    ReaderView *reader = w.reader();
    const QString may = QStringLiteral("84k74j5tv0ef"); // DATE
    const QString money = QStringLiteral("ppq82h3rn7qa"); // MONEY
    reader->setFocus();
    reader->setSelectedEntity(may);
    QTest::keyClick(reader, Qt::Key_R);
    for (int i = 0; i < 30 && reader->pendingLinkTarget() != money; ++i)
        QTest::keyClick(reader, Qt::Key_Tab);
    REQUIRE(reader->pendingLinkTarget() == money);

    QStringList offered;
    TypeMenuWatcher watcher([&](QMenu *menu) {
        offered = offeredTypes(menu);
        QTest::keyClick(menu, Qt::Key_O); // "on date (not allowed here)"
    });
    QTest::keyClick(reader, Qt::Key_Return, Qt::ShiftModifier);
    REQUIRE(watcher.seen());
    CHECK(offered.size() == w.window.schema().relationTypes.size());
    CHECK(offered.contains(QStringLiteral("on date (not allowed here)")));

    const QString id = reader->selectedRelation();
    REQUIRE_FALSE(id.isEmpty());
    const AnnotationSet *set = w.document()->annotations();
    const QList<RelationViolation> violations = checkRelations(
        set->relations(), [set](const QString &e) { return set->entity(e); }, &w.window.schema());
    REQUIRE(violations.size() == 1);
    CHECK(violations.front().relationId == id);
    CHECK(violations.front().fault == RelationFault::NotAllowed);
    const std::optional<ArcLayout::Shape> shape = visibleShape(reader->visibleArcs(), id);
    REQUIRE(shape.has_value());
    CHECK(shape->problem);
    // Listed in the relations dock, which follows the reader's selection.
    const QList<RelationViolation> listed = w.window.relationPanel()->violations();
    REQUIRE(listed.size() == 1);
    CHECK(listed.front().relationId == id);
    CHECK(w.window.relationPanel()->selectedRelation() == id);
    w.save();
    CHECK_FALSE(findRelation(w.sidecarRelations(), QStringLiteral("ON_DATE"), may, money).isEmpty());
}

TEST_CASE("Clicking an arc selects its relation and Delete removes it, removing an entity takes its relations along "
          "in one undo step",
          "[ui][relations]")
{
    Window w(QStringLiteral("savunma-toplantisi-tr.txt"));
    ReaderView *reader = w.reader();
    AnnotationSet *set = w.document()->annotations();
    QUndoStack *undo = w.document()->undoStack();
    const QString memberOf = QStringLiteral("bgpykyx477fp"); // Selin Aydın → Savunma Sanayii Başkanlığı
    const QString selin = QStringLiteral("72pvn6e30wpz");
    reader->setFocus();

    const std::optional<ArcLayout::Shape> shape = visibleShape(reader->visibleArcs(), memberOf);
    REQUIRE(shape.has_value());
    QTest::mouseClick(reader->viewport(), Qt::LeftButton, Qt::NoModifier, shape->labelRect.center().toPoint());
    CHECK(reader->selectedRelation() == memberOf);
    CHECK(reader->selectedEntity().isEmpty());

    int steps = undo->index();
    QTest::keyClick(reader, Qt::Key_Delete);
    CHECK_FALSE(set->relation(memberOf));
    CHECK(set->entity(selin)); // only the relation went
    CHECK(undo->index() == steps + 1);
    CHECK(reader->selectedRelation().isEmpty());
    w.undo();
    REQUIRE(set->relation(memberOf));

    // Selin Aydın holds a title and belongs to an organisation: both relations go with her.
    REQUIRE(set->relationsOf(selin).size() == 2);
    reader->setSelectedEntity(selin);
    steps = undo->index();
    QTest::keyClick(reader, Qt::Key_Delete);
    CHECK_FALSE(set->entity(selin));
    CHECK(set->relationsOf(selin).isEmpty());
    CHECK_FALSE(visibleShape(reader->visibleArcs(), memberOf).has_value());
    CHECK(undo->index() == steps + 1);
    w.undo();
    CHECK(set->entity(selin));
    CHECK(set->relationsOf(selin).size() == 2);
    CHECK(visibleShape(reader->visibleArcs(), memberOf).has_value());
}

TEST_CASE("Arcs in Arabic run right to left from source to target, and the arcs can be hidden", "[ui][relations]")
{
    Window w(QStringLiteral("qatar-turkiye-ar.txt"));
    ReaderView *reader = w.reader();
    // The Qatari ministry signs with Baykar: the ministry is read first, so it is on the right.
    const QString agreement = QStringLiteral("bjv4vqaxt2q8");
    const std::optional<ArcLayout::Shape> shape = visibleShape(reader->visibleArcs(), agreement);
    REQUIRE(shape.has_value());
    CHECK(shape->kind == ArcLayout::Kind::Arc);
    CHECK(shape->arrowHead.isEmpty()); // a symmetric type has no direction
    const QPointF start = shape->path.elementAt(0);
    const QPointF end = shape->path.currentPosition();
    CHECK(start.x() > end.x());
    CHECK(reader->chipRect(QStringLiteral("st0vmqzq2pe6")).contains(QPointF(start.x(), start.y() + 2)));

    // Baykar supplies the TB3 on the next line: a connector, with its arrow into the target's chip.
    const std::optional<ArcLayout::Shape> supplies =
        visibleShape(reader->visibleArcs(), QStringLiteral("semn3b9m518h"));
    REQUIRE(supplies.has_value());
    CHECK(supplies->kind == ArcLayout::Kind::Connector);
    CHECK(
        reader->chipRect(QStringLiteral("690f1qxn6t8j")).adjusted(-1, -2, 1, 2).contains(supplies->arrowHead.first()));

    // Pointing at the arc, or at one of its entities, makes it stand out.
    QTest::mouseMove(reader->viewport(), shape->labelRect.center().toPoint());
    CHECK(reader->hoveredRelation() == agreement);
    QTest::mouseMove(reader->viewport(), reader->chipRect(QStringLiteral("zz3abvd7bhhn")).center().toPoint());
    CHECK(reader->hoveredRelation().isEmpty());
    CHECK(reader->hoveredEntity() == QStringLiteral("zz3abvd7bhhn"));

    // Labels on one line never cover each other.
    const std::vector<ArcLayout::Shape> shapes = reader->visibleArcs();
    for (size_t i = 0; i < shapes.size(); ++i) {
        for (size_t j = i + 1; j < shapes.size(); ++j)
            CHECK_FALSE(shapes[i].labelRect.intersects(shapes[j].labelRect));
    }

    const int height = reader->verticalScrollBar()->maximum() + reader->viewport()->height();
    reader->setArcsVisible(false);
    QCoreApplication::processEvents();
    CHECK(reader->visibleArcs().empty());
    reader->viewport()->repaint();
    CHECK(reader->verticalScrollBar()->maximum() + reader->viewport()->height() <= height);
    reader->setArcsVisible(true);
    CHECK(visibleShape(reader->visibleArcs(), agreement).has_value());
}

TEST_CASE("A relation to an entity far away shows as stubs naming the other end, a click jumps there",
          "[ui][relations]")
{
    const Schema schema = Test::sampleSchema();
    std::unique_ptr<ArticleDocument> document = Test::generatedDocument(4000); // a thousand lines
    AnnotationSet *set = document->annotations();
    const Entity first = set->entityAt(0);
    const Entity far = set->entityAt(3001);
    Relation relation {newAnnotationId(), QStringLiteral("MEETS_WITH"), first.id, far.id, {}, {}, {}};
    document->execute(new AddRelationCommand(set, relation));

    ReaderView reader;
    reader.resize(900, 600);
    reader.setDocument(document.get(), &schema);
    reader.show();
    REQUIRE(QTest::qWaitForWindowExposed(&reader));

    const std::optional<ArcLayout::Shape> stub = visibleShape(reader.visibleArcs(), relation.id);
    REQUIRE(stub.has_value());
    CHECK(stub->kind == ArcLayout::Kind::Stub);
    CHECK(stub->jumpTo == far.id);
    CHECK(stub->labelText.contains(document->textOf(far)));
    CHECK(reader.chipRect(far.id).isEmpty()); // not laid out: far below

    QTest::mouseClick(reader.viewport(), Qt::LeftButton, Qt::NoModifier, stub->labelRect.center().toPoint());
    CHECK(reader.selectedRelation() == relation.id);
    QCoreApplication::processEvents();
    reader.viewport()->repaint();
    const QRectF farChip = reader.chipRect(far.id);
    REQUIRE_FALSE(farChip.isEmpty());
    CHECK(reader.viewport()->rect().contains(farChip.toRect()));
    const std::optional<ArcLayout::Shape> back = visibleShape(reader.visibleArcs(), relation.id);
    REQUIRE(back.has_value());
    CHECK(back->jumpTo == first.id);
}
