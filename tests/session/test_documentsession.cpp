// SPDX-License-Identifier: GPL-3.0-or-later
// The session as the window uses it, without a window: opening many articles, closing the oldest,
// saving at exit, and long random sequences of edits, undo and switching checked against a record
// of what was done.

#include "model/annotationcommands.h"
#include "model/annotationid.h"
#include "model/annotationset.h"
#include "session/sessionfixture.h"
#include "support/catchqt.h"
#include "support/plainsidecar.h"
#include "support/recordedarticle.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Hashiya;
using namespace Hashiya::Test;

TEST_CASE("Opening twenty articles after editing one closes the oldest safely and keeps the edit", "[session]")
{
    SessionFixture fixture(21);
    ArticleDocument *first = fixture.show(0);
    const QString id = fixture.tag(first, fixture.articles[0].words.front(), QStringLiteral("PERSON"));
    for (int article = 1; article <= 20; ++article) {
        ArticleDocument *document = fixture.show(article);
        // Each article is edited and left unsaved, so closing it must save it first.
        fixture.tag(document, fixture.articles[article].words.at(1), QStringLiteral("ORG"));
        CHECK(fixture.session->documents().size() <= DocumentSession::keptOpen);
    }
    const auto [start, end] = fixture.articles[0].words.front();
    CHECK(readPlainSidecar(fixture.sidecarOf(0)).entities.value(id) == entityKey(QStringLiteral("PERSON"), start, end));
    for (int article = 1; article <= 12; ++article) // closed long ago, so written
        CHECK(readPlainSidecar(fixture.sidecarOf(article)).entities.size() == 1);
}

TEST_CASE("The article on screen stays open however many others are opened", "[session]")
{
    SessionFixture fixture(30);
    ArticleDocument *shown = fixture.show(0);
    Problems problems;
    for (int article = 1; article < 30; ++article) // as Tag all does: opened, not shown
        REQUIRE(fixture.session->open(fixture.articles[article].path, nullptr, &problems));
    CHECK(fixture.session->documents().contains(shown));
    CHECK(fixture.session->documents().size() == DocumentSession::keptOpen);
    // Still alive and usable.
    fixture.tag(shown, fixture.articles[0].words.at(2), QStringLiteral("GPE"));
    CHECK(fixture.session->saveNow(shown));
}

TEST_CASE("Closing the session with unsaved work in all eight open articles writes all eight", "[session]")
{
    SessionFixture fixture(DocumentSession::keptOpen);
    QMap<int, QString> ids;
    for (int article = 0; article < DocumentSession::keptOpen; ++article) {
        ArticleDocument *document = fixture.show(article);
        ids[article] = fixture.tag(document, fixture.articles[article].words.at(3), QStringLiteral("EVENT"));
        document->undoStack()->undo();
        document->undoStack()->redo(); // the stack is busy with its own signals when it is destroyed
    }
    REQUIRE(fixture.session->hasUnsavedChanges());
    fixture.session.reset(); // without any event loop turn: no timer has saved anything
    for (int article = 0; article < DocumentSession::keptOpen; ++article)
        CHECK(readPlainSidecar(fixture.sidecarOf(article)).entities.contains(ids[article]));
}

TEST_CASE("Hundreds of random edits, undos and switches end with every sidecar as recorded", "[session][random]")
{
    const quint32 seed = QRandomGenerator::global()->generate();
    INFO("seed " << seed);
    QRandomGenerator random(seed);
    constexpr int articleCount = 24;
    SessionFixture fixture(articleCount, seed);
    std::vector<RecordedArticle> record(articleCount);
    std::vector<int> open; // the session's rule, recorded independently: the last keptOpen visited
    int current = -1;
    ArticleDocument *document = nullptr;
    const QStringList types {QStringLiteral("PERSON"), QStringLiteral("ORG"), QStringLiteral("GPE"),
                             QStringLiteral("DATE")};

    auto switchTo = [&](int article) {
        const bool wasOpen = std::find(open.begin(), open.end(), article) != open.end();
        document = fixture.show(article);
        current = article;
        if (!wasOpen)
            record[size_t(article)].forgetHistory();
        std::erase(open, article);
        open.push_back(article);
        while (open.size() > size_t(DocumentSession::keptOpen))
            open.erase(open.begin());
        REQUIRE(fixture.session->documents().size() == qsizetype(open.size()));
    };
    auto pickEntity = [&](const RecordedArticle::State &state) {
        const QStringList ids = state.entities.keys();
        return ids.at(int(random.bounded(qsizetype(ids.size()))));
    };

    switchTo(0);
    for (int step = 0; step < 800; ++step) {
        RecordedArticle &article = record[size_t(current)];
        RecordedArticle::State next = article.now();
        next.lastRetyped.clear();
        const int action = int(random.bounded(100));
        const QString type = types.at(int(random.bounded(qsizetype(types.size()))));
        if (action < 12) {
            switchTo(int(random.bounded(articleCount)));
        } else if (action < 40) {
            const auto &words = fixture.articles[current].words;
            const auto word = words.at(int(random.bounded(qsizetype(words.size()))));
            const QString key = entityKey(type, word.first, word.second);
            if (std::find(next.entities.cbegin(), next.entities.cend(), key) != next.entities.cend())
                continue; // the same tag twice: the tagger would select the existing one instead
            const QString id = fixture.tag(document, word, type);
            next.entities[id] = key;
            article.push(next);
        } else if (action < 50 && !next.entities.isEmpty()) {
            const QString id = pickEntity(next);
            REQUIRE(document->execute(new RemoveEntityCommand(document->annotations(), id)));
            article.push(RecordedArticle::without(next, id));
        } else if (action < 60 && !next.entities.isEmpty()) {
            const QString id = pickEntity(next);
            // Consecutive retypes of one entity merge into one step; the record keeps them apart.
            if (id == article.now().lastRetyped || RecordedArticle::typeOf(next.entities[id]) == type)
                continue;
            REQUIRE(document->execute(ChangeEntityCommand::retype(document->annotations(), id, type)));
            QStringList parts = next.entities[id].split(u' ');
            parts[0] = type;
            next.entities[id] = parts.join(u' ');
            next.lastRetyped = id;
            article.push(next);
        } else if (action < 70 && next.entities.size() >= 2) {
            const QString from = pickEntity(next), to = pickEntity(next);
            if (from == to)
                continue;
            Relation relation {newAnnotationId(), QStringLiteral("MEETS"), from, to, {}, {}, {}};
            REQUIRE(document->execute(new AddRelationCommand(document->annotations(), relation)));
            next.relations[relation.id] = relationKey(relation.type, from, to);
            article.push(next);
        } else if (action < 82) {
            if (article.index > 0) {
                REQUIRE(document->undoStack()->canUndo());
                document->undoStack()->undo();
                --article.index;
            } else {
                REQUIRE_FALSE(document->undoStack()->canUndo());
            }
        } else if (action < 90) {
            if (article.index + 1 < article.history.size()) {
                REQUIRE(document->undoStack()->canRedo());
                document->undoStack()->redo();
                ++article.index;
            } else {
                REQUIRE_FALSE(document->undoStack()->canRedo());
            }
        } else if (action < 92) {
            QTest::qWait(int(random.bounded(2 * DocumentSession::saveDelayMs))); // time for autosave to run
        }
    }
    REQUIRE(fixture.session->saveAll());
    for (int article = 0; article < articleCount; ++article) {
        INFO(fixture.sidecarOf(article).toStdString());
        const PlainSidecar onDisk = readPlainSidecar(fixture.sidecarOf(article));
        const RecordedArticle::State &expected = record[size_t(article)].now();
        if (!onDisk.valid) {
            CHECK(expected.entities.isEmpty()); // never edited, never written
            continue;
        }
        CHECK(onDisk.entities == expected.entities);
        CHECK(onDisk.relations == expected.relations);
    }
}
