// SPDX-License-Identifier: GPL-3.0-or-later
// Another program writing a sidecar while Hashiya saves it: no write of either side is lost without the
// analyst being asked.

#include "io/conditionalsave.h"
#include "model/annotationset.h"
#include "session/sessionfixture.h"
#include "support/catchqt.h"
#include "support/plainsidecar.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace Hashiya;
using namespace Hashiya::Test;

namespace {

struct HookReset
{
    ~HookReset()
    {
        setBeforeReplaceHook({});
        setAfterExchangeHook({});
    }
};

/// The state each race starts from: the first word tagged and saved, then the third tagged and not saved.
/// Returns the ids of the saved and the unsaved entity.
std::pair<QString, QString> savedThenTagged(SessionFixture &fixture, ArticleDocument *document)
{
    const MixedArticle &article = fixture.articles[0];
    const QString saved = fixture.tag(document, article.words.at(0), QStringLiteral("PERSON"));
    REQUIRE(fixture.session->saveNow(document));
    return {saved, fixture.tag(document, article.words.at(2), QStringLiteral("GPE"))};
}

/// Sets, with `setHook`, a hook by which another program adds the entity `id` on the article's word `word`
/// to the sidecar, the first time it runs only. The save calls a copy of the hook, so clearing it is safe.
template<typename SetHook>
void writeOutsideOnce(SetHook setHook, const QString &id, const MixedArticle &article, qsizetype word)
{
    setHook([setHook, id, &article, word](const QString &path) {
        setHook({});
        addEntityOutside(path, id, article.text, article.words.at(word));
    });
}

/// Answers the session's question as an analyst choosing Merge, after the save that asked has finished.
void mergeWhenAsked(DocumentSession &session, int *asked)
{
    QObject::connect(&session, &DocumentSession::outsideConflict, &session, [&session, asked](ArticleDocument *document) {
        ++*asked;
        QMetaObject::invokeMethod(
            &session, [&session, document] { session.settleOutsideChange(document, DocumentSession::OutsideChoice::Merge); },
            Qt::QueuedConnection);
    });
}

} // namespace

TEST_CASE("A write landing between encoding and replacing the sidecar is noticed, not overwritten", "[session][race]")
{
    SessionFixture fixture(1);
    const MixedArticle &article = fixture.articles[0];
    ArticleDocument *document = fixture.show(0);
    const auto [ours, oursLater] = savedThenTagged(fixture, document);

    HookReset reset;
    writeOutsideOnce(setBeforeReplaceHook, QStringLiteral("theirs1"), article, 4);
    int asked = 0;
    QObject::connect(fixture.session.get(), &DocumentSession::outsideConflict, fixture.session.get(),
                     [&asked] { ++asked; });
    CHECK_FALSE(fixture.session->saveNow(document));
    // Their version is on disk untouched, and the analyst is asked.
    const PlainSidecar onDisk = readPlainSidecar(fixture.sidecarOf(0));
    CHECK(onDisk.entities.contains(QStringLiteral("theirs1")));
    CHECK_FALSE(onDisk.entities.contains(oursLater));
    REQUIRE(asked == 1);
    CHECK(fixture.session->hasPendingOutsideChange(document));

    fixture.session->settleOutsideChange(document, DocumentSession::OutsideChoice::Merge);
    const PlainSidecar merged = readPlainSidecar(fixture.sidecarOf(0));
    CHECK(merged.entities.contains(QStringLiteral("theirs1")));
    CHECK(merged.entities.contains(ours));
    CHECK(merged.entities.contains(oursLater));
}

TEST_CASE("Two programs writing while Hashiya's version is in place for an instant lose nothing",
          "[session][race]")
{
    SessionFixture fixture(1);
    const MixedArticle &article = fixture.articles[0];
    ArticleDocument *document = fixture.show(0);
    const auto [ours, oursLater] = savedThenTagged(fixture, document);
    HookReset reset;
    // One program writes just after Hashiya's last look; a second one, seeing Hashiya's version in place,
    // builds on it before Hashiya has found the first.
    writeOutsideOnce(setBeforeReplaceHook, QStringLiteral("first1"), article, 4);
    writeOutsideOnce(setAfterExchangeHook, QStringLiteral("second1"), article, 6);
    int asked = 0;
    mergeWhenAsked(*fixture.session, &asked);
    CHECK_FALSE(fixture.session->saveNow(document));
    REQUIRE(QTest::qWaitFor(
        [&] {
            fixture.session->saveNow(document);
            return !document->isModified() && !fixture.session->hasPendingOutsideChange(document);
        },
        5000));
    const PlainSidecar onDisk = readPlainSidecar(fixture.sidecarOf(0));
    for (const QString &id : {ours, oursLater, QStringLiteral("first1"), QStringLiteral("second1")})
        CHECK(onDisk.entities.contains(id));
    CHECK(QDir(fixture.folder.path()).entryList(QDir::Files | QDir::Hidden).size() == 2); // article, sidecar
}

TEST_CASE("A document without unsaved changes takes a version written during its save", "[session][race]")
{
    SessionFixture fixture(1);
    const MixedArticle &article = fixture.articles[0];
    ArticleDocument *document = fixture.show(0);
    const QString oursLater = savedThenTagged(fixture, document).second;
    HookReset reset;
    writeOutsideOnce(setBeforeReplaceHook, QStringLiteral("theirs1"), article, 4);
    int asked = 0;
    mergeWhenAsked(*fixture.session, &asked);
    fixture.session->saveNow(document);
    REQUIRE(QTest::qWaitFor([&] { return asked == 1 && !document->isModified(); }, 5000));
    const PlainSidecar onDisk = readPlainSidecar(fixture.sidecarOf(0));
    CHECK(onDisk.entities.contains(QStringLiteral("theirs1")));
    CHECK(onDisk.entities.contains(oursLater));
}

TEST_CASE("A second program writing in a tight loop while the analyst tags loses nothing", "[session][race]")
{
    const quint32 seed = QRandomGenerator::global()->generate();
    INFO("seed " << seed);
    QRandomGenerator random(seed);
    SessionFixture fixture(1, seed);
    const MixedArticle &article = fixture.articles[0];
    ArticleDocument *document = fixture.show(0);
    fixture.tag(document, article.words.at(0), QStringLiteral("PERSON"));
    REQUIRE(fixture.session->saveNow(document));
    int asked = 0;
    mergeWhenAsked(*fixture.session, &asked);

    constexpr int outsideWrites = 150;
    QProcess writer;
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    writer.start(QStringLiteral("python3"),
                 {QStringLiteral(HASHIYA_SESSION_TESTS "/outside_writer.py"), article.path, fixture.sidecarOf(0),
                  QString::number(outsideWrites), QString::number(seed)});
    REQUIRE(writer.waitForStarted());
    QStringList ours;
    QSet<std::pair<qsizetype, qsizetype>> tagged;
    while (writer.state() == QProcess::Running) {
        const auto word = article.words.at(int(random.bounded(qsizetype(article.words.size()))));
        if (!tagged.contains(word) && document == fixture.session->documents().back()) {
            tagged.insert(word);
            ours.append(fixture.tag(document, word, QStringLiteral("PERSON")));
        }
        if (random.bounded(3) == 0)
            fixture.session->saveNow(document); // often refused: their version waits for the merge
        QTest::qWait(int(random.bounded(8))); // the watcher and the merge run meanwhile
    }
    REQUIRE(writer.exitStatus() == QProcess::NormalExit);
    REQUIRE(writer.exitCode() == 0);
    const QStringList theirs = QString::fromUtf8(writer.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(theirs.last() == u"done");
    // Settle: the last outside version seen and merged, everything written.
    CHECK(QTest::qWaitFor(
        [&] {
            if (fixture.session->hasPendingOutsideChange(document))
                return false;
            fixture.session->saveNow(document);
            const PlainSidecar onDisk = readPlainSidecar(fixture.sidecarOf(0));
            return !document->isModified() && onDisk.entities.size() >= ours.size() + outsideWrites;
        },
        20000));
    const PlainSidecar onDisk = readPlainSidecar(fixture.sidecarOf(0));
    INFO("pending " << fixture.session->hasPendingOutsideChange(document) << " modified " << document->isModified()
                    << " on disk " << onDisk.entities.size() << " in the document "
                    << document->annotations()->entityCount() << " ours " << ours.size());
    REQUIRE(onDisk.valid);
    for (const QString &id : theirs.mid(0, theirs.size() - 1)) {
        INFO(id.toStdString() << " in the document: " << bool(document->annotations()->entity(id)));
        CHECK(onDisk.entities.contains(id));
    }
    for (const QString &id : ours)
        CHECK(onDisk.entities.contains(id));
    WARN("the other program wrote " << outsideWrites << " times; Hashiya asked " << asked << " times, tagged "
                                    << ours.size());
}
