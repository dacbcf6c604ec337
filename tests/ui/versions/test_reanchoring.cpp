// SPDX-License-Identifier: GPL-3.0-or-later
// The article was edited since its sidecar was saved, before opening or while open: the annotations
// follow their text, the lost ones are listed as orphans and attached again by selecting a passage.
#include "model/annotationset.h"
#include "model/articledocument.h"
#include "support/catchqt.h"
#include "support/samplecopy.h"
#include "ui/annotations/orphanpanel.h"
#include "ui/annotations/problemspanel.h"
#include "ui/mainwindow.h"
#include "ui/reader/readerview.h"

#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QTest>

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    REQUIRE(file.commit());
}

const QString lastParagraph = u"\n\nHuseynov said that cooperation with Ankara \"has never been stronger\".\n"_s;
const QString note = u"Editor's note: figures updated on 3 April.\n\n"_s;

/// The sample with a paragraph added before and the closing one removed: "Huseynov" and "Ankara" go.
QByteArray edited(const QByteArray &original)
{
    QString text = QString::fromUtf8(original);
    REQUIRE(text.contains(lastParagraph));
    return (note + text.replace(lastParagraph, u"\n"_s)).toUtf8();
}

QString textOf(ArticleDocument *document, const QString &id)
{
    const Entity *entity = document->annotations()->entity(id);
    return entity ? document->textOf(*entity) : QString();
}

QStringList listed(OrphanPanel *panel)
{
    QStringList items;
    for (int row = 0; row < panel->list()->count(); ++row)
        items.append(panel->list()->item(row)->text());
    return items;
}

struct Corpus
{
    Test::SampleCopy copy;
    QString article = copy.path(u"baku-meeting-en.txt"_s);
    QString sidecar = article + u".ann.json"_s;
    QByteArray original = readFile(article);
    MainWindow window;

    void open()
    {
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.openFolder(copy.path());
        window.openArticle(article);
    }
};

/// Ids of the sample's entities by their text, from its sidecar; "Huseynov" alone is the closing one.
QHash<QString, QString> idsByText(const QString &sidecar)
{
    QHash<QString, QString> ids;
    for (const QJsonValue &entity : QJsonDocument::fromJson(readFile(sidecar))[u"entities"].toArray())
        ids.insert(entity[u"spans"][0][2].toString(), entity[u"id"].toString());
    return ids;
}

void checkMovedAndOrphaned(Corpus &corpus, const QHash<QString, QString> &ids)
{
    ArticleDocument *document = corpus.window.document();
    REQUIRE(document);
    CHECK_FALSE(document->isReadOnly());
    for (const QString &kept :
         {u"Azerbaijan"_s, u"Ilgar Huseynov"_s, u"Baku Defence Industry Complex"_s, u"$180 million"_s})
        CHECK(textOf(document, ids.value(kept)) == kept);
    CHECK(document->annotations()->entity(ids.value(u"Ankara"_s)) == nullptr);
    REQUIRE(document->orphans().size() == 2);

    OrphanPanel *panel = corpus.window.orphanPanel();
    REQUIRE(panel->list()->count() == 2);
    CHECK(listed(panel).join(u'|').contains(u"“Ankara”"_s));
    CHECK(qobject_cast<QDockWidget *>(panel->parentWidget())->isVisible());

    // Attach the closing "Huseynov" to the name in the first paragraph: it returns with its relation.
    const qsizetype at = document->text().indexOf(u"Huseynov"_s);
    corpus.window.reader()->setSelection(at, at + 8);
    for (int row = 0; row < panel->list()->count(); ++row) {
        if (panel->list()->item(row)->text().contains(u"“Huseynov”"_s))
            panel->list()->setCurrentRow(row);
    }
    REQUIRE(panel->attachButton()->isEnabled());
    const qsizetype relations = document->annotations()->relationCount();
    QTest::mouseClick(panel->attachButton(), Qt::LeftButton);
    const QString huseynov = ids.value(u"Huseynov"_s);
    CHECK(textOf(document, huseynov) == u"Huseynov"_s);
    CHECK(document->annotations()->relationCount() == relations + 1);
    CHECK(panel->list()->count() == 1);

    // Saved: the sidecar has it again, and the other orphan waiting.
    QTest::keyClick(&corpus.window, Qt::Key_S, Qt::ControlModifier);
    const QJsonDocument saved = QJsonDocument::fromJson(readFile(corpus.sidecar));
    CHECK(saved[u"orphans"].toArray().size() == 1);
    CHECK(saved[u"article"][u"sha256"].toString().toLatin1() == document->article().sha256);

    QTest::keyClick(&corpus.window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(document->annotations()->entity(huseynov) == nullptr);
    CHECK(panel->list()->count() == 2);
}

} // namespace

TEST_CASE("An article edited before opening: annotations follow their text and the lost ones can be attached",
          "[ui][reanchor]")
{
    Corpus corpus;
    const QHash<QString, QString> ids = idsByText(corpus.sidecar);
    writeFile(corpus.article, edited(corpus.original));
    corpus.open();
    REQUIRE(corpus.window.document()->article().path == corpus.article);
    checkMovedAndOrphaned(corpus, ids);
    const Problems &problems = corpus.window.document()->loadProblems();
    CHECK(std::any_of(problems.begin(), problems.end(),
                      [](const Problem &problem) { return problem.message.contains(u"became orphans"_s); }));
}

TEST_CASE("An article edited while open is read again and its annotations follow the text", "[ui][reanchor]")
{
    Corpus corpus;
    corpus.open();
    ArticleDocument *before = corpus.window.document();
    const QHash<QString, QString> ids = idsByText(corpus.sidecar);
    writeFile(corpus.article, edited(corpus.original));
    REQUIRE(QTest::qWaitFor([&] { return corpus.window.document() != before; }, 5000));
    CHECK(corpus.window.document()->text().startsWith(note));
    checkMovedAndOrphaned(corpus, ids);
}
