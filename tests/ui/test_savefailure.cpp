// SPDX-License-Identifier: GPL-3.0-or-later
// The analyst tags on a really full disk (a small tmpfs filled until ENOSPC): the window says at once
// that the change is not saved and why, the sidecar keeps its last good version, and once there is room
// again the change is written without the analyst doing anything, and the window says so. Mounting needs
// root with CAP_SYS_ADMIN; without it the tests report themselves as skipped.
#include "model/articledocument.h"
#include "session/documentsession.h"
#include "support/catchqt.h"
#include "support/skip.h"
#include "support/testfiles.h"
#include "support/tmpfsmount.h"
#include "ui/mainwindow.h"
#include "ui/reader/readerview.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QStatusBar>
#include <QTest>

#include <memory>

using namespace Hashiya;
using namespace Hashiya::Test;
using namespace Qt::StringLiterals;

namespace {

/// What the permanent labels of the status bar say, the save state among them.
QStringList statusLabels(MainWindow &window)
{
    QStringList texts;
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
        texts.append(label->text());
    return texts;
}

/// The stored texts of the sidecar's entities; the sidecar must be JSON.
QStringList taggedWords(const QByteArray &sidecar)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(sidecar, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(json.isObject());
    QStringList words;
    for (const QJsonValue &entity : json[u"entities"].toArray())
        words.append(entity[u"spans"].toArray()[0].toArray()[2].toString());
    return words;
}

/// The sample corpus on a small tmpfs, open in the window on an English article.
struct CorpusOnSmallDisk
{
    TmpfsMount disk; // outlives the window, which may still hold files in it
    // The corpus in a folder of its own, so that the window, which watches it, does not see the disk fill
    // up and free again: only the session's own writes happen there.
    QString corpus = disk.path(u"corpus"_s);
    QString article = corpus + u"/baku-meeting-en.txt"_s;
    QString sidecar = article + u".ann.json"_s;
    std::unique_ptr<MainWindow> window;
    ArticleDocument *document = nullptr;

    /// False if no tmpfs can be mounted here.
    bool open()
    {
        if (!disk.isMounted())
            return false;
        REQUIRE(QDir().mkpath(corpus));
        for (const QString &name : QDir(samplePath()).entryList(QDir::Files))
            REQUIRE(QFile::copy(samplePath(name), corpus + u'/' + name));
        window = std::make_unique<MainWindow>();
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        window->openFolder(corpus);
        window->openArticle(article);
        document = window->document();
        REQUIRE(document);
        return true;
    }

    /// Every name in the corpus folder, hidden ones included: a temporary file left behind shows here.
    QStringList files() const
    {
        return QDir(corpus).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    }

    /// Selects `word` and tags it by key as ORG, as the analyst does.
    void tag(const QString &word)
    {
        const qsizetype at = document->text().indexOf(word);
        REQUIRE(at >= 0);
        window->reader()->setSelection(at, at + word.size());
        QTest::keyClick(window->reader(), Qt::Key_O);
        REQUIRE(document->isModified());
    }
};

} // namespace

TEST_CASE("On a full disk the window says at once that a tag is not saved and why, and saves it once there is room",
          "[ui][fulldisk]")
{
    CorpusOnSmallDisk fixture;
    if (!fixture.open())
        HASHIYA_SKIP(fixture.disk.unavailableReason());
    MainWindow &window = *fixture.window;
    const QByteArray lastGood = readBytes(fixture.sidecar);
    const QStringList files = fixture.files();
    REQUIRE_FALSE(statusLabels(window).contains(u"Not saved!"_s));

    fixture.disk.fill();
    fixture.tag(u"ministry"_s);

    // At once: the first automatic save fails, long before a retry would.
    REQUIRE(QTest::qWaitFor([&] { return statusLabels(window).contains(u"Not saved!"_s); },
                            DocumentSession::maxSaveDelayMs + 1500));
    const QString message = window.statusBar()->currentMessage();
    INFO(message.toStdString());
    CHECK(message.contains(u"baku-meeting-en.txt.ann.json"_s));
    CHECK(message.contains(u"No space left on device"_s));
    CHECK(readBytes(fixture.sidecar) == lastGood);
    CHECK_FALSE(taggedWords(readBytes(fixture.sidecar)).contains(u"ministry"_s));
    CHECK(fixture.files() == files);

    // Room again: the change is written by itself, and the window says so.
    fixture.disk.release();
    REQUIRE(QTest::qWaitFor([&] { return statusLabels(window).contains(u"Saved"_s); },
                            DocumentSession::retryDelayMs + 3000));
    CHECK_FALSE(fixture.document->isModified());
    CHECK(taggedWords(readBytes(fixture.sidecar)).contains(u"ministry"_s));
    CHECK(fixture.files() == files);
}

// Each failed attempt leaves a trace in the watched corpus folder (its temporary file): the watcher must
// not take that for a change, or a full disk is written to about seven times a second instead of every
// retryDelayMs, and every open article of the folder is read again each time.
TEST_CASE("While the disk stays full the window retries at the retry pace, not continuously", "[ui][retrypace]")
{
    CorpusOnSmallDisk fixture;
    if (!fixture.open())
        HASHIYA_SKIP(fixture.disk.unavailableReason());
    int attempts = 0;
    QObject::connect(fixture.window->session(), &DocumentSession::saveFailed, fixture.window.get(),
                     [&attempts] { ++attempts; });
    fixture.disk.fill();
    fixture.tag(u"ministry"_s);
    REQUIRE(QTest::qWaitFor([&] { return attempts == 1; }, DocumentSession::maxSaveDelayMs + 1500));
    // A second attempt is due after retryDelayMs, and not before.
    CHECK_FALSE(QTest::qWaitFor([&] { return attempts > 1; }, DocumentSession::retryDelayMs - 1000));
    CHECK(attempts == 1);
}
