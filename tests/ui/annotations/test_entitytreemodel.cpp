// SPDX-License-Identifier: GPL-3.0-or-later
// The entity tree model: grouping, order and texts on a sample article; row-by-row updates checked against
// a grouping computed from scratch after every edit, undo and redo; timing on 10⁵ entities.
#include "io/corpus.h"
#include "io/documentfile.h"
#include "model/annotationcommands.h"
#include "support/catchqt.h"
#include "support/generateddocument.h"
#include "support/samples.h"
#include "ui/annotations/entitytreemodel.h"
#include "ui/widgets/interfacelocale.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QIcon>
#include <QImage>
#include <QPersistentModelIndex>
#include <QUndoStack>

#include <algorithm>
#include <map>
#include <random>

using namespace Hashiya;

namespace {

// "TYPE: id id id", one line per type row, as the model shows them.
QStringList shownGroups(const QAbstractItemModel &model)
{
    QStringList groups;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex type = model.index(row, 0);
        QStringList line {type.data(EntityTreeModel::TypeNameRole).toString() + u':'};
        for (int child = 0; child < model.rowCount(type); ++child)
            line.append(model.index(child, 0, type).data(EntityTreeModel::EntityIdRole).toString());
        groups.append(line.join(u' '));
    }
    return groups;
}

// The same, computed from the set without the model: schema types in schema order, then the others by name.
QStringList expectedGroups(const ArticleDocument &document, const Schema &schema)
{
    std::map<QString, QStringList> byType;
    for (const Entity &entity : document.annotations()->entities())
        byType[entity.type].append(entity.id);
    QStringList groups;
    for (const EntityType &type : schema.entityTypes) {
        const auto it = byType.find(type.name);
        if (it != byType.end()) {
            groups.append((QStringList {type.name + u':'} + it->second).join(u' '));
            byType.erase(it);
        }
    }
    for (const auto &[type, ids] : byType)
        groups.append((QStringList {type + u':'} + ids).join(u' '));
    return groups;
}

QColor swatchColor(const QModelIndex &index)
{
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    return icon.pixmap(14, 14).toImage().pixelColor(7, 7);
}

} // namespace

TEST_CASE("The entity tree groups a sample article's entities by type, in schema and text order", "[ui][model]")
{
    const Schema schema = Test::sampleSchema();
    auto document = Test::openSample(QStringLiteral("qatar-turkiye-ar.txt"), schema);
    EntityTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(document.get(), &schema);

    REQUIRE(document->annotations()->entityCount() > 0);
    CHECK(shownGroups(model) == expectedGroups(*document, schema));

    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex type = model.index(row, 0);
        const QString name = type.data(EntityTreeModel::TypeNameRole).toString();
        const EntityType *schemaType = schema.entityType(name);
        REQUIRE(schemaType);
        CHECK(type.data(EntityTreeModel::EntityCountRole).toInt() == model.rowCount(type));
        CHECK(
            type.data().toString()
            == QStringLiteral("%1 (%2)").arg(schemaType->label(InterfaceLocale::language())).arg(model.rowCount(type)));
        CHECK_FALSE(type.data(EntityTreeModel::UnknownTypeRole).toBool());
        CHECK(swatchColor(type) == schemaType->color);

        qsizetype previousStart = -1;
        for (int child = 0; child < model.rowCount(type); ++child) {
            const QModelIndex index = model.index(child, 0, type);
            const Entity *entity =
                document->annotations()->entity(index.data(EntityTreeModel::EntityIdRole).toString());
            REQUIRE(entity);
            CHECK(entity->type == name);
            CHECK(entity->start() >= previousStart);
            previousStart = entity->start();
            CHECK(index.data().toString() == document->textOf(*entity));
            const qsizetype utf16Start = document->codePoints().toUtf16(entity->start());
            const qsizetype line = document->text().left(utf16Start).count(u'\n') + 1;
            CHECK(index.siblingAtColumn(EntityTreeModel::LineColumn).data().toString()
                  == QStringLiteral("line %1").arg(line));
            CHECK(index.siblingAtColumn(EntityTreeModel::OffsetColumn).data().toLongLong() == entity->start());
            CHECK(model.indexOfEntity(entity->id) == index);
        }
    }
}

TEST_CASE("The entity tree shows the lines and attributes of entities", "[ui][model]")
{
    const Schema schema = Test::sampleSchema();
    auto document = Test::openSample(QStringLiteral("savunma-toplantisi-tr.txt"), schema);
    EntityTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(document.get(), &schema);

    // The sample's money entity carries confidence "medium".
    const auto it = std::find_if(document->annotations()->entities().begin(), document->annotations()->entities().end(),
                                 [](const Entity &e) { return e.type == u"MONEY" && !e.attributes.isEmpty(); });
    REQUIRE(it != document->annotations()->entities().end());
    const QModelIndex index = model.indexOfEntity(it->id);
    REQUIRE(index.isValid());
    CHECK(index.siblingAtColumn(EntityTreeModel::AttributesColumn).data().toString()
          == u"Confidence: medium"); // by label
    CHECK(model.lineOf(0) == 1);
    const qsizetype firstBreak = document->text().indexOf(u'\n');
    REQUIRE(firstBreak > 0);
    CHECK(model.lineOf(firstBreak) == 1);
    CHECK(model.lineOf(firstBreak + 1) == 2);

    document->execute(ChangeEntityCommand::setAttribute(document->annotations(), it->id, QStringLiteral("mention"),
                                                        QStringLiteral("name")));
    CHECK(model.indexOfEntity(it->id).siblingAtColumn(EntityTreeModel::AttributesColumn).data().toString()
          == u"Confidence: medium, Mention: name");
}

TEST_CASE("A type the schema lacks gets a flagged group after the schema's types", "[ui][model]")
{
    const Schema schema = Test::sampleSchema();
    auto document = Test::openSample(QStringLiteral("baku-meeting-en.txt"), schema);
    EntityTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(document.get(), &schema);
    const int typesBefore = model.rowCount();

    Entity drone;
    drone.id = QStringLiteral("unknown1");
    drone.type = QStringLiteral("DRONE_MODEL");
    drone.spans.append(Span {0, 4, {}});
    document->execute(new AddEntityCommand(document->annotations(), drone));

    REQUIRE(model.rowCount() == typesBefore + 1);
    const QModelIndex flagged = model.index(model.rowCount() - 1, 0);
    CHECK(flagged.data(EntityTreeModel::TypeNameRole).toString() == u"DRONE_MODEL");
    CHECK(flagged.data(EntityTreeModel::UnknownTypeRole).toBool());
    CHECK(flagged.data().toString().contains(QStringLiteral("not in the schema")));
    CHECK(swatchColor(flagged).rgb() == Schema::fallbackColor(QStringLiteral("DRONE_MODEL")).rgb());
    CHECK(model.indexOfType(QStringLiteral("DRONE_MODEL")) == flagged);
    CHECK(shownGroups(model) == expectedGroups(*document, schema));

    document->undoStack()->undo();
    CHECK(model.rowCount() == typesBefore);
    CHECK_FALSE(model.indexOfType(QStringLiteral("DRONE_MODEL")).isValid());
}

TEST_CASE("The entity tree follows edits, undo and redo row by row", "[ui][model]")
{
    const Schema schema = Test::sampleSchema();
    auto document = Test::generatedDocument(400);
    AnnotationSet *set = document->annotations();
    EntityTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(document.get(), &schema);
    REQUIRE(shownGroups(model) == expectedGroups(*document, schema));

    // An entity in the last group, which groups created and removed before it move: its row must keep
    // showing it, so rows may not name their group by position.
    const QString anchorId = QStringLiteral("e000000");
    REQUIRE(set->entity(anchorId)->type == Test::unknownGeneratedType);
    const QPersistentModelIndex anchor = model.indexOfEntity(anchorId);
    REQUIRE(anchor.isValid());

    // MONEY is in the schema but absent, AAA_NEW sorts before the unknown type already there.
    const QStringList types = {QStringLiteral("PERSON"), QStringLiteral("GPE"), QStringLiteral("MONEY"),
                               QStringLiteral("AAA_NEW")};
    const QStringList confidences = {QString(), QStringLiteral("low"), QStringLiteral("high")};
    std::mt19937 random(20260214);
    const auto pick = [&random](qsizetype size) {
        return qsizetype(random() % size_t(size));
    };
    const auto pickOther = [&]() {
        QString id;
        do
            id = set->entityAt(pick(set->entityCount())).id;
        while (id == anchorId);
        return id;
    };
    const qsizetype textLength = document->codePoints().codePointCount();
    QUndoStack *stack = document->undoStack();
    int added = 0;
    int groupsCreated = 0;
    int groupsRemoved = 0;
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model,
                     [&](const QModelIndex &parent) { groupsCreated += parent.isValid() ? 0 : 1; });
    QObject::connect(&model, &QAbstractItemModel::rowsRemoved, &model,
                     [&](const QModelIndex &parent) { groupsRemoved += parent.isValid() ? 0 : 1; });

    for (int step = 0; step < 400; ++step) {
        const int operation = int(random() % 8);
        INFO("step " << step << ", operation " << operation);
        switch (operation) {
        case 0: {
            Entity entity;
            entity.id = QStringLiteral("n%1").arg(++added);
            entity.type = types.at(pick(types.size()));
            const qsizetype start = pick(textLength - 5);
            entity.spans.append(Span {start, start + 1 + pick(4), {}});
            document->execute(new AddEntityCommand(set, entity));
            break;
        }
        case 1:
            document->execute(new RemoveEntityCommand(set, pickOther()));
            break;
        case 2:
            document->execute(ChangeEntityCommand::retype(set, pickOther(), types.at(pick(types.size()))));
            break;
        case 3:
            document->execute(ChangeEntityCommand::setAttribute(set, set->entityAt(pick(set->entityCount())).id,
                                                                QStringLiteral("confidence"),
                                                                confidences.at(pick(confidences.size()))));
            break;
        case 4: {
            const qsizetype start = pick(textLength - 5);
            document->execute(ChangeEntityCommand::resize(set, pickOther(), SpanList {Span {start, start + 3, {}}}));
            break;
        }
        case 5:
            stack->undo();
            break;
        case 6:
            stack->redo();
            break;
        case 7: {
            // Empties a type in one step, which removes its row; undo brings the row back.
            const QString type = types.at(pick(types.size()));
            auto *macro = new QUndoCommand;
            for (const Entity &entity : set->entities()) {
                if (entity.type == type && entity.id != anchorId)
                    new RemoveEntityCommand(set, entity.id, macro);
            }
            document->execute(macro);
            break;
        }
        }
        REQUIRE(shownGroups(model) == expectedGroups(*document, schema));
        REQUIRE_FALSE(model.isUpdating());
    }
    CHECK(groupsCreated > 0);
    CHECK(groupsRemoved > 0);
    REQUIRE(anchor.isValid());
    CHECK(anchor.data(EntityTreeModel::EntityIdRole).toString() == anchorId);
    CHECK(anchor.parent().data(EntityTreeModel::TypeNameRole).toString() == Test::unknownGeneratedType);

    // Undoing everything returns to the generated grouping.
    while (stack->canUndo())
        stack->undo();
    CHECK(shownGroups(model) == expectedGroups(*Test::generatedDocument(400), schema));

    // A reset (as after reloading) regroups from scratch.
    std::vector<Entity> entities(set->entities().begin(), set->entities().begin() + 10);
    set->reset(entities, {});
    CHECK(shownGroups(model) == expectedGroups(*document, schema));
}

TEST_CASE("The entity tree empties when its document goes away", "[ui][model]")
{
    const Schema schema = Test::sampleSchema();
    auto document = Test::generatedDocument(40);
    EntityTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(document.get(), &schema);
    REQUIRE(model.rowCount() > 0);
    document.reset();
    CHECK(model.rowCount() == 0);
    CHECK(model.document() == nullptr);
    model.setDocument(nullptr, nullptr);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("The entity tree of 10^5 entities is built and updated quickly", "[ui][model][timing]")
{
    const Schema schema = Test::sampleSchema();
    auto document = Test::generatedDocument(100'000);
    EntityTreeModel model;

    QElapsedTimer timer;
    timer.start();
    model.setDocument(document.get(), &schema);
    const qint64 buildMs = timer.elapsed();

    REQUIRE(model.rowCount() == 5);
    qsizetype total = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        total += model.rowCount(model.index(row, 0));
    CHECK(total == 100'000);

    // An entity at the very start shifts every stored position: the worst case for an insertion.
    Entity first;
    first.id = QStringLiteral("first");
    first.type = QStringLiteral("PERSON");
    first.spans.append(Span {0, 1, {}});
    timer.restart();
    document->execute(new AddEntityCommand(document->annotations(), first));
    const qint64 insertMs = timer.elapsed();
    CHECK(model.indexOfEntity(QStringLiteral("first")).row() == 0);

    timer.restart();
    document->undoStack()->undo();
    const qint64 removeMs = timer.elapsed();
    CHECK_FALSE(model.indexOfEntity(QStringLiteral("first")).isValid());

    WARN("EntityTreeModel, 10^5 entities: setDocument " << buildMs << " ms, insert at start " << insertMs
                                                        << " ms, undo it " << removeMs << " ms");
    // Generous bounds (a loaded machine, a debug build): they catch a quadratic slip, not a slow day.
    CHECK(buildMs < 2000);
    CHECK(insertMs < 500);
    CHECK(removeMs < 500);
}
