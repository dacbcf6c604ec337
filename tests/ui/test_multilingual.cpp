// SPDX-License-Identifier: GPL-3.0-or-later
// Tag all occurrences, corpus search and snapping to names, driven through the real window.
#include "model/annotationcommands.h"
#include "model/articledocument.h"
#include "session/documentsession.h"
#include "support/catchqt.h"
#include "support/samplecopy.h"
#include "support/testfiles.h"
#include "ui/corpus/corpuspanel.h"
#include "ui/corpus/corpussearchpanel.h"
#include "ui/corpus/kwicdelegate.h"
#include "ui/corpus/tagalldialog.h"
#include "ui/mainwindow.h"
#include "ui/reader/readerview.h"
#include "ui/reader/tagger.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

// An article of the test's own, beside the samples: "Bayraktar" four times (once in capitals, once with a
// suffix), an emoji before the first, and Arabic names with proclitics.
const QString notesText = u"📰 Bayraktar Ankara'da konuştu. Bayraktar'ın açıklaması: BAYRAKTAR ve Bayraktar.\n"
                          u"زار الوفد والقاهرة ثم الدوحة.\n"_s;

/// Code point offsets of every (start, end) span of `type` in the article's sidecar.
QList<std::pair<qint64, qint64>> sidecarSpans(const QString &articlePath, const QString &type)
{
    QList<std::pair<qint64, qint64>> spans;
    const QJsonArray entities =
        QJsonDocument::fromJson(Test::readBytes(articlePath + u".ann.json"_s))[u"entities"].toArray();
    for (const QJsonValue &entity : entities) {
        if (entity[u"type"].toString() != type)
            continue;
        const QJsonArray span = entity[u"spans"].toArray()[0].toArray();
        spans.append({span[0].toInteger(), span[1].toInteger()});
    }
    return spans;
}

qsizetype codePointOf(const QString &text, const QString &needle, qsizetype from = 0)
{
    const qsizetype at = text.indexOf(needle, from);
    REQUIRE(at >= 0);
    return text.left(at).toUcs4().size();
}

/// Runs `fill` on the TagAllDialog once it is shown (it runs its own event loop).
void whenTagAllOpens(const std::function<void(TagAllDialog *)> &fill)
{
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, [poll, fill] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<TagAllDialog *>(widget); dialog && dialog->isVisible()) {
                poll->stop();
                poll->deleteLater();
                fill(dialog);
                return;
            }
        }
    });
    poll->start(20);
}

struct Workspace
{
    Test::SampleCopy samples;
    MainWindow window;
    QString notes;

    Workspace()
    {
        notes = samples.path(u"bayraktar-notes.txt"_s);
        Test::writeBytes(notes, notesText.toUtf8());
        window.show();
        window.openFolder(samples.path());
        window.openArticle(notes);
        REQUIRE(QTest::qWaitFor([&] { return !window.corpusPanel()->isReading(); }, 10000));
        REQUIRE(window.document());
    }
};

} // namespace

TEST_CASE("Tag all occurrences across the corpus tags the checked hits and one undo removes them here",
          "[multilingual][gui]")
{
    Workspace w;
    const QString qatar = w.samples.path(u"qatar-turkiye-ar.txt"_s);
    const QByteArray qatarSidecar = Test::readBytes(qatar + u".ann.json"_s);
    int hitsInNotes = 0;
    int hitsInQatar = 0;
    whenTagAllOpens([&](TagAllDialog *dialog) {
        dialog->findChild<QLineEdit *>(u"tagAllPattern"_s)->setText(u"bayraktar"_s);
        auto *type = dialog->findChild<QComboBox *>(u"tagAllType"_s);
        type->setCurrentIndex(type->findData(u"ORG"_s));
        auto *scope = dialog->findChild<QComboBox *>(u"tagAllScope"_s);
        scope->setCurrentIndex(scope->findData(int(TagAllDialog::Scope::Corpus)));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"tagAllFind"_s), Qt::LeftButton);
        QTreeWidget *results = dialog->results();
        for (int a = 0; a < results->topLevelItemCount(); ++a) {
            QTreeWidgetItem *article = results->topLevelItem(a);
            if (article->toolTip(0) == w.notes) {
                hitsInNotes = article->childCount();
                for (int h = 0; h < article->childCount(); ++h)
                    CHECK(article->child(h)->checkState(0) == Qt::Checked);
                // Reject the one in capitals.
                for (int h = 0; h < article->childCount(); ++h) {
                    if (article->child(h)->data(0, KwicDelegate::KeywordRole).toString() == u"BAYRAKTAR"_s)
                        article->child(h)->setCheckState(0, Qt::Unchecked);
                }
            } else if (article->toolTip(0) == qatar) {
                // "Bayraktar TB3" is an entity already: flagged, left unchecked.
                hitsInQatar = article->childCount();
                CHECK(article->child(0)->checkState(0) == Qt::Unchecked);
                CHECK(article->child(0)->text(1).contains(u"overlaps"_s));
            }
        }
        QTest::mouseClick(dialog->tagButton(), Qt::LeftButton);
        // What was just tagged shows as tagged now, and cannot be checked again.
        for (int a = 0; a < results->topLevelItemCount(); ++a) {
            QTreeWidgetItem *article = results->topLevelItem(a);
            if (article->toolTip(0) != w.notes)
                continue;
            int tagged = 0;
            for (int h = 0; h < article->childCount(); ++h)
                tagged += article->child(h)->flags() & Qt::ItemIsEnabled ? 0 : 1;
            CHECK(tagged == 3);
        }
        dialog->reject();
    });
    w.window.tagAllOccurrences();
    CHECK(hitsInNotes == 4);
    CHECK(hitsInQatar == 1);

    // The sidecar holds exactly the accepted hits, "Bayraktar'ın" as "Bayraktar", after the emoji.
    REQUIRE(w.window.session()->saveAll());
    const QString text = notesText;
    const qsizetype first = codePointOf(text, u"Bayraktar"_s);
    const qsizetype second = codePointOf(text, u"Bayraktar'ın"_s);
    const qsizetype last = codePointOf(text, u"Bayraktar."_s);
    CHECK(first == 2); // 📰 is one code point
    CHECK(sidecarSpans(w.notes, u"ORG"_s)
          == QList<std::pair<qint64, qint64>> {{first, first + 9}, {second, second + 9}, {last, last + 9}});
    CHECK(Test::readBytes(qatar + u".ann.json"_s) == qatarSidecar);

    // One undo in the open article removes all three.
    QApplication::setActiveWindow(&w.window); // the dialog had it
    QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(w.window.session()->saveAll());
    CHECK(sidecarSpans(w.notes, u"ORG"_s).isEmpty());
}

TEST_CASE("Reviewing a name across the corpus tags the untagged and retypes the other type, one undo per article",
          "[multilingual][gui]")
{
    Workspace w;
    // "Bayraktar" tagged ORG once and PERSON once; the other two untagged.
    const QString text = notesText;
    const qsizetype first = codePointOf(text, u"Bayraktar"_s);
    const qsizetype second = codePointOf(text, u"Bayraktar"_s, text.indexOf(u"Bayraktar'ın"_s));
    ArticleDocument *notes = w.window.document();
    Entity org = Test::entity(u"org1"_s, u"ORG"_s, first, first + 9);
    Entity person = Test::entity(u"per1"_s, u"PERSON"_s, second, second + 9);
    REQUIRE(notes->execute(new AddEntityCommand(notes->annotations(), org)));
    REQUIRE(notes->execute(new AddEntityCommand(notes->annotations(), person)));
    w.window.reader()->setSelectedEntity(u"org1"_s);

    bool reviewed = false;
    whenTagAllOpens([&](TagAllDialog *dialog) {
        // Over the corpus, for the selected entity's name and type.
        auto *scope = dialog->findChild<QComboBox *>(u"tagAllScope"_s);
        CHECK(scope->currentData().toInt() == int(TagAllDialog::Scope::Corpus));
        CHECK(dialog->findChild<QComboBox *>(u"tagAllType"_s)->currentData().toString() == u"ORG"_s);
        QTreeWidget *results = dialog->results();
        for (int a = 0; a < results->topLevelItemCount(); ++a) {
            QTreeWidgetItem *article = results->topLevelItem(a);
            if (article->toolTip(0) != w.notes)
                continue;
            for (int h = 0; h < article->childCount(); ++h) {
                QTreeWidgetItem *hit = article->child(h);
                if (hit->text(1).contains(u"PERSON"_s) || hit->text(1).contains(u"Person"_s)) {
                    // Tagged with another type: offered, not checked, until the analyst checks it.
                    CHECK(hit->checkState(0) == Qt::Unchecked);
                    CHECK(hit->flags() & Qt::ItemIsEnabled);
                    hit->setCheckState(0, Qt::Checked);
                    reviewed = true;
                }
            }
        }
        QTest::mouseClick(dialog->tagButton(), Qt::LeftButton);
        dialog->reject();
    });
    w.window.findChild<QAction *>(u"reviewNameAction"_s)->trigger();
    REQUIRE(reviewed);

    // The PERSON one is the same entity, now ORG; the untagged ones are ORG too; no second entity on it.
    const Entity *retyped = notes->annotations()->entity(u"per1"_s);
    REQUIRE(retyped);
    CHECK(retyped->type == u"ORG"_s);
    REQUIRE(w.window.session()->saveAll());
    CHECK(sidecarSpans(w.notes, u"ORG"_s).size() == 4);
    CHECK(sidecarSpans(w.notes, u"PERSON"_s).isEmpty());

    // One undo in the article takes back the whole review there: PERSON again, the new tags gone.
    QApplication::setActiveWindow(&w.window);
    QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(notes->annotations()->entity(u"per1"_s)->type == u"PERSON"_s);
    REQUIRE(w.window.session()->saveAll());
    CHECK(sidecarSpans(w.notes, u"ORG"_s).size() == 1);
}

TEST_CASE("Corpus search lists Arabic hits with proclitics as keyword-in-context lines and opens them",
          "[multilingual][gui]")
{
    Workspace w;
    CorpusSearchPanel *search = w.window.corpusSearch();
    search->setPattern(u"القاهرة"_s);
    QSignalSpy finished(search, &CorpusSearchPanel::searchFinished);
    search->search();
    REQUIRE(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 20000));
    QTreeWidget *results = search->results();
    REQUIRE(results->topLevelItemCount() == 1);
    QTreeWidgetItem *hit = results->topLevelItem(0)->child(0);
    REQUIRE(hit);
    // The hit is the name in "والقاهرة", without the proclitic.
    CHECK(hit->data(0, KwicDelegate::KeywordRole).toString() == u"القاهرة"_s);
    CHECK(hit->data(0, KwicDelegate::BeforeRole).toString().endsWith(u"الوفد و"_s));

    // Clicking it opens the article with the name selected.
    w.window.openArticle(w.samples.path(u"baku-meeting-en.txt"_s));
    QTest::mouseClick(results->viewport(), Qt::LeftButton, Qt::NoModifier, results->visualItemRect(hit).center());
    REQUIRE(w.window.document()->article().path == w.notes);
    CHECK(w.window.reader()->selectedText() == u"القاهرة"_s);

    // By type alone: every GPE of the corpus, in several articles.
    finished.clear();
    search->setPattern(QString());
    search->typeBox()->setCurrentIndex(search->typeBox()->findData(u"GPE"_s));
    search->search();
    REQUIRE(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 20000));
    CHECK(finished.first().at(0).toInt() > 10);
    CHECK(finished.first().at(1).toInt() >= 4);
    // The list, filled in while the search went on, holds exactly this search's hits.
    CHECK(results->topLevelItemCount() == finished.first().at(1).toInt());
    int listed = 0;
    for (int i = 0; i < results->topLevelItemCount(); ++i)
        listed += results->topLevelItem(i)->childCount();
    CHECK(listed == finished.first().at(0).toInt());
    CHECK(!search->isSearching());

    // A new corpus drops the search under way: none of its hits reach the new list.
    finished.clear();
    search->search();
    REQUIRE(search->isSearching());
    search->setCorpus({w.notes}, Schema {});
    CHECK(!search->isSearching());
    QCoreApplication::processEvents(); // what the dropped search posted before it stopped
    CHECK(results->topLevelItemCount() == 0);
    CHECK(finished.isEmpty());
}

TEST_CASE("A later search reads an article changed since the last one, and only its own corpus",
          "[multilingual][gui]")
{
    Workspace w;
    // The signatures first, so that the searches below rule articles out by them.
    REQUIRE(QTest::qWaitFor([&] { return !w.window.corpusPanel()->indexer()->isRunning(); }, 20000));
    CorpusSearchPanel *search = w.window.corpusSearch();
    QSignalSpy finished(search, &CorpusSearchPanel::searchFinished);
    auto hitsOf = [&](const QString &pattern) {
        finished.clear();
        search->setPattern(pattern);
        QTest::keyClick(search->patternEdit(), Qt::Key_Return);
        REQUIRE(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 20000));
        return finished.first().at(0).toInt();
    };
    const int bayraktar = hitsOf(u"Bayraktar"_s);
    CHECK(bayraktar >= 4);
    CHECK(hitsOf(u"Zwölfkämpfer"_s) == 0);
    CHECK(hitsOf(u"Bayraktar"_s) == bayraktar); // the same candidates again

    // An article gains the name on disk, as when the window reloads one changed outside: its signature is
    // out of date, so the next search reads it.
    Test::writeBytes(w.notes, (notesText + u"Zwölfkämpfer\n"_s).toUtf8());
    search->articleChanged(w.notes);
    CHECK(hitsOf(u"Zwölfkämpfer"_s) == 1);
    CHECK(hitsOf(u"Zwölfkämpfer"_s) == 1);

    // Another corpus: only its articles.
    search->setCorpus({w.samples.path(u"baku-meeting-en.txt"_s)}, Schema {});
    CHECK(hitsOf(u"Zwölfkämpfer"_s) == 0);
}

TEST_CASE("A selection of a suffixed or proclitic word tags the name and Alt+Shift+arrows step by one affix",
          "[multilingual][gui]")
{
    Workspace w;
    ReaderView *reader = w.window.reader();
    const QString text = w.window.document()->text();
    const qsizetype ankara = text.indexOf(u"Ankara'da"_s);
    reader->setFocus();
    reader->setSelection(ankara, ankara + 9);
    QTest::keyClick(reader, Qt::Key_G);
    REQUIRE(w.window.session()->saveAll());
    const qsizetype start = codePointOf(text, u"Ankara'da"_s);
    CHECK(sidecarSpans(w.notes, u"GPE"_s) == QList<std::pair<qint64, qint64>> {{start, start + 6}});

    // The entity stays selected: Alt+Shift+Right takes the suffix in, Alt+Shift+Left gives it back.
    QTest::keyClick(reader, Qt::Key_Right, Qt::AltModifier | Qt::ShiftModifier);
    REQUIRE(w.window.session()->saveAll());
    CHECK(sidecarSpans(w.notes, u"GPE"_s) == QList<std::pair<qint64, qint64>> {{start, start + 9}});
    QTest::keyClick(reader, Qt::Key_Left, Qt::AltModifier | Qt::ShiftModifier);
    REQUIRE(w.window.session()->saveAll());
    CHECK(sidecarSpans(w.notes, u"GPE"_s) == QList<std::pair<qint64, qint64>> {{start, start + 6}});

    // "والقاهرة" snaps to "القاهرة".
    const qsizetype cairo = text.indexOf(u"والقاهرة"_s);
    reader->setSelection(cairo, cairo + 8);
    QTest::keyClick(reader, Qt::Key_G);
    REQUIRE(w.window.session()->saveAll());
    const qsizetype cairoStart = codePointOf(text, u"القاهرة"_s);
    CHECK(sidecarSpans(w.notes, u"GPE"_s).contains(std::pair<qint64, qint64> {cairoStart, cairoStart + 7}));
}
