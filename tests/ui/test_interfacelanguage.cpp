// SPDX-License-Identifier: GPL-3.0-or-later
// The interface language reaches what the schema names (palette, annotation tree, arcs, menus), every view
// writes numbers with one numeral system, and a new language can be had by restarting at once.
#include "model/annotationcommands.h"
#include "model/annotationset.h"
#include "model/articledocument.h"
#include "session/documentsession.h"
#include "support/catchqt.h"
#include "support/testfiles.h"
#include "ui/annotations/annotationpanel.h"
#include "ui/annotations/entitytreemodel.h"
#include "ui/annotations/problemspanel.h"
#include "ui/corpus/corpuspanel.h"
#include "ui/languagerestart.h"
#include "ui/mainwindow.h"
#include "ui/reader/readerview.h"
#include "ui/reader/tagger.h"
#include "ui/relations/relationlinker.h"
#include "ui/restartstate.h"
#include "ui/uilanguage.h"
#include "ui/widgets/interfacelocale.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

/// Puts the interface back in English, with the digits following it, when a test ends.
struct RestoreLanguage
{
    ~RestoreLanguage()
    {
        InterfaceLocale::saveDigits(std::nullopt);
        UiLanguage::save(QString());
        UiLanguage::apply(u"en"_s);
    }
};

// Twelve lines and no digit anywhere, so that every digit a view shows is one the interface wrote.
const QString articleText = u"Erdoğan Ankara'da Putin ile görüştü.\n"
                            u"Görüşmede savunma konuşuldu.\n"
                            u"زار الوفد القاهرة.\n"
                            u"Heyet yarın dönecek.\n"
                            u"Açıklama akşam yapıldı.\n"
                            u"Bakanlık bilgi verdi.\n"
                            u"Toplantı uzun sürdü.\n"
                            u"Gazeteciler bekledi.\n"
                            u"Sonra basın toplantısı yapıldı.\n"
                            u"Erdoğan yine konuştu.\n"
                            u"Putin de yanıt verdi.\n"
                            u"Haber burada bitiyor.\n"_s;

/// A corpus folder with one article, tagged and saved: two people meeting, and entities down to the
/// twelfth line, so that line numbers of two digits show.
struct TaggedCorpus
{
    QTemporaryDir dir;
    QString article;
    QString erdogan = u"erdogan"_s;
    QString putin = u"putin"_s;

    TaggedCorpus()
    {
        REQUIRE(dir.isValid());
        article = dir.filePath(u"haber.txt"_s);
        Test::writeBytes(article, articleText.toUtf8());
        MainWindow window;
        window.openFolder(dir.path());
        ArticleDocument *document = window.document();
        REQUIRE(document);
        AnnotationSet *set = document->annotations();
        const auto tag = [&](const QString &id, const QString &type, const QString &text, qsizetype from) {
            const qsizetype at = articleText.indexOf(text, from);
            REQUIRE(at >= 0);
            Entity entity;
            entity.id = id;
            entity.type = type;
            entity.spans.append(Span {at, at + text.size(), {}});
            document->execute(new AddEntityCommand(set, entity));
            return at;
        };
        tag(erdogan, u"PERSON"_s, u"Erdoğan"_s, 0);
        tag(u"ankara"_s, u"GPE"_s, u"Ankara"_s, 0);
        tag(putin, u"PERSON"_s, u"Putin"_s, 0);
        tag(u"cairo"_s, u"GPE"_s, u"القاهرة"_s, 0);
        const qsizetype later = articleText.indexOf(u"Erdoğan yine"_s);
        tag(u"erdogan2"_s, u"PERSON"_s, u"Erdoğan"_s, later);
        tag(u"putin2"_s, u"PERSON"_s, u"Putin"_s, later);
        document->execute(new AddRelationCommand(set, {u"meeting"_s, u"MEETS_WITH"_s, erdogan, putin, {}, {}, {}}));
        REQUIRE(window.session()->saveNow(document));
    }

    /// Takes the stored text from Ankara's span in the sidecar: the problems list then has a warning with
    /// a line number and numbers in its message ("span [8, 14) has no stored text").
    void dropStoredText() const
    {
        QByteArray sidecar = Test::readBytes(article + u".ann.json"_s);
        static const QRegularExpression span(uR"(\[8,14,"Ankara","[^"]*","[^"]*"\])"_s);
        const QString before = QString::fromUtf8(sidecar);
        const QString after = QString(before).replace(span, u"[8,14]"_s);
        REQUIRE(after != before);
        Test::writeBytes(article + u".ann.json"_s, after.toUtf8());
    }
};

void showWithFolder(MainWindow &window, const QString &folder)
{
    window.resize(1500, 950);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openFolder(folder);
    REQUIRE(window.document());
}

QStringList displayTexts(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            texts.append(index.data().toString());
            if (column == 0)
                texts += displayTexts(model, index);
        }
    }
    return texts;
}

/// What the annotation list, the corpus list, the problems list and the status bar show.
QStringList viewTexts(MainWindow &window)
{
    QStringList texts = displayTexts(window.annotationPanel()->model());
    texts += displayTexts(window.corpusPanel()->findChild<QTableView *>()->model());
    const QListWidget *problems = window.problemsPanel()->findChild<QListWidget *>();
    for (int row = 0; row < problems->count(); ++row)
        texts.append(problems->item(row)->text());
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
        texts.append(label->text());
    return texts;
}

/// Closing a window saves its geometry and dock layout, which later windows of the test run would take up:
/// keeps the settings' "window" group as it was.
struct KeepWindowSettings
{
    QMap<QString, QVariant> kept;
    KeepWindowSettings()
    {
        QSettings settings;
        settings.beginGroup(u"window"_s);
        for (const QString &key : settings.allKeys())
            kept.insert(key, settings.value(key));
    }
    ~KeepWindowSettings()
    {
        QSettings settings;
        settings.remove(u"window"_s);
        settings.beginGroup(u"window"_s);
        for (auto it = kept.cbegin(); it != kept.cend(); ++it)
            settings.setValue(it.key(), it.value());
    }
};

QString withoutMnemonic(QString text)
{
    return text.remove(u'&');
}

} // namespace

TEST_CASE("In Arabic and Turkish the palette, annotation tree, arcs and menus show the schema's labels",
          "[language][labels][gui]")
{
    RestoreLanguage restore;
    TaggedCorpus corpus;
    struct Case
    {
        QString language, person, gpe, meets;
    };
    const Case arabic {u"ar"_s, u"شخص"_s, u"دولة أو مدينة أو ولاية"_s, u"يلتقي بـ"_s};
    const Case turkish {u"tr"_s, u"Kişi"_s, u"Ülke, şehir veya eyalet"_s, u"ile görüşür"_s};
    for (const Case &c : {arabic, turkish}) {
        DYNAMIC_SECTION(c.language.toStdString())
        {
            UiLanguage::apply(c.language);
            CHECK(InterfaceLocale::language() == c.language);
            MainWindow window;
            showWithFolder(window, corpus.dir.path());

            // The type palette.
            const auto *tagPerson = window.findChild<QAction *>(u"tag-PERSON"_s);
            REQUIRE(tagPerson);
            CHECK(tagPerson->text() == c.person + u" (P)"_s);
            CHECK(tagPerson->toolTip().contains(c.person));

            // The annotation tree's type rows.
            const EntityTreeModel *tree = window.annotationPanel()->model();
            REQUIRE(QTest::qWaitFor([&] { return tree->rowCount() == 2; }, 5000));
            QStringList groups;
            for (int row = 0; row < tree->rowCount(); ++row)
                groups.append(tree->index(row, 0).data(EntityTreeModel::TypeNameRole).toString() + u'='
                              + tree->index(row, 0).data().toString());
            INFO(groups.join(u" | "_s).toStdString());
            CHECK(groups.contains(u"PERSON="_s + c.person + u" ("_s + InterfaceLocale::number(4) + u')'));
            CHECK(groups.contains(u"GPE="_s + c.gpe + u" ("_s + InterfaceLocale::number(2) + u')'));

            // The arc over the two people.
            ReaderView *reader = window.reader();
            REQUIRE(QTest::qWaitFor([&] { return !reader->visibleArcs().empty(); }, 5000));
            QStringList arcLabels;
            for (const ArcLayout::Shape &shape : reader->visibleArcs())
                arcLabels.append(shape.labelText);
            CHECK(arcLabels.contains(c.meets));

            // The linker's menu of relation types and the reader's context menu.
            QStringList choices;
            for (const RelationLinker::Choice &choice : window.linker()->choices(corpus.erdogan, corpus.putin, true))
                choices.append(withoutMnemonic(choice.text));
            CHECK(choices.contains(c.meets));
            std::unique_ptr<QMenu> menu(window.tagger()->createContextMenu(&window));
            QStringList tagAs;
            for (const QAction *action : menu->actions()) {
                if (action->menu()) {
                    for (const QAction *type : action->menu()->actions())
                        tagAs.append(withoutMnemonic(type->text()));
                }
            }
            CHECK(tagAs.contains(c.person));
            CHECK(tagAs.contains(c.gpe));
        }
    }
}

TEST_CASE("A view writes every number with the chosen digits, never mixing the two systems", "[language][digits][gui]")
{
    RestoreLanguage restore;
    TaggedCorpus corpus;
    corpus.dropStoredText();
    UiLanguage::apply(u"ar"_s);
    static const QRegularExpression western(u"[0-9]"_s);
    static const QRegularExpression arabicIndic(u"[\u0660-\u0669]"_s);

    SECTION("Arabic-Indic, the Arabic interface's own")
    {
        CHECK(InterfaceLocale::digits() == InterfaceLocale::Digits::ArabicIndic);
        MainWindow window;
        showWithFolder(window, corpus.dir.path());
        REQUIRE(QTest::qWaitFor([&] { return !window.corpusPanel()->isReading(); }, 10000));
        window.reader()->setSelection(articleText.indexOf(u"Haber"_s), articleText.indexOf(u"Haber"_s));
        const QStringList texts = viewTexts(window);
        INFO(texts.join(u" | "_s).toStdString());
        CHECK(texts.contains(u"السطر ١١"_s)); // a line number of two digits, as the bug report saw it
        CHECK(window.problemsPanel()->count() == 1);
        for (const QString &text : texts) {
            INFO(text.toStdString());
            CHECK_FALSE(text.contains(western));
        }
        CHECK(texts.filter(arabicIndic).size() >= 10);
    }

    SECTION("Western, chosen under Settings → Digits")
    {
        MainWindow window;
        window.findChild<QAction *>(u"digits-western"_s)->trigger();
        CHECK(InterfaceLocale::savedDigits() == InterfaceLocale::Digits::Western);
        showWithFolder(window, corpus.dir.path());
        REQUIRE(QTest::qWaitFor([&] { return !window.corpusPanel()->isReading(); }, 10000));
        window.reader()->setSelection(articleText.indexOf(u"Haber"_s), articleText.indexOf(u"Haber"_s));
        const QStringList texts = viewTexts(window);
        CHECK(texts.contains(u"السطر 11"_s));
        for (const QString &text : texts) {
            INFO(text.toStdString());
            CHECK_FALSE(text.contains(arabicIndic));
        }
        CHECK(texts.filter(western).size() >= 10);
    }
}

TEST_CASE("Digits of numbers in a message change, the analyst's text and names do not", "[language][digits]")
{
    RestoreLanguage restore;
    InterfaceLocale::saveDigits(InterfaceLocale::Digits::ArabicIndic);
    CHECK(InterfaceLocale::number(204) == u"٢٠٤"_s);
    CHECK(InterfaceLocale::number(1204) == u"١٢٠٤"_s); // no group separator in line numbers
    CHECK(InterfaceLocale::percent(50) == u"٥٠٪"_s);
    CHECK(InterfaceLocale::withDigits(u"%1 (3 hits)"_s) == u"%1 (٣ hits)"_s); // placeholders stay
    CHECK(InterfaceLocale::withDigitsInNumbers(u"span [3, 9] of “F-16” in ORG2 at /tmp/x1: 12."_s)
          == u"span [٣, ٩] of “F-16” in ORG2 at /tmp/x1: ١٢."_s);
    InterfaceLocale::saveDigits(InterfaceLocale::Digits::Western);
    CHECK(InterfaceLocale::withDigits(u"٢٠٤"_s) == u"204"_s);
    UiLanguage::apply(u"ar"_s);
    CHECK(InterfaceLocale::number(2.5, 1) == u"2.5"_s);
    InterfaceLocale::saveDigits(std::nullopt);
    CHECK(InterfaceLocale::number(7) == u"٧"_s); // following the Arabic interface
    UiLanguage::apply(u"tr"_s);
    CHECK(InterfaceLocale::number(7) == u"7"_s);
}

TEST_CASE("Restart now saves first and comes back to the same article and place", "[language][restart][gui]")
{
    RestoreLanguage restore;
    KeepWindowSettings keep;
    TaggedCorpus corpus;
    MainWindow window;
    showWithFolder(window, corpus.dir.path());
    ArticleDocument *document = window.document();
    // Unsaved work: an entity tagged just now, not yet written.
    Entity fresh;
    fresh.id = u"fresh"_s;
    fresh.type = u"ORG"_s;
    const qsizetype bakanlik = articleText.indexOf(u"Bakanlık"_s);
    fresh.spans.append(Span {bakanlik, bakanlik + 8, {}});
    document->execute(new AddEntityCommand(document->annotations(), fresh));
    REQUIRE(document->isModified());
    REQUIRE_FALSE(Test::readBytes(corpus.article + u".ann.json"_s).contains("\"fresh\""));
    const qsizetype caret = articleText.indexOf(u"Putin de"_s);
    window.reader()->setSelection(caret, caret);

    auto *restart = window.findChild<LanguageRestart *>();
    REQUIRE(restart);
    QString launched;
    QStringList arguments;
    QByteArray sidecarAtLaunch;
    restart->setLauncher([&](const QString &program, const QStringList &args) {
        launched = program;
        arguments = args;
        sidecarAtLaunch = Test::readBytes(corpus.article + u".ann.json"_s);
        return true;
    });
    REQUIRE(restart->restartNow());
    CHECK_FALSE(window.isVisible());
    CHECK(launched == QCoreApplication::applicationFilePath());
    CHECK(arguments == QStringList {corpus.dir.path()});
    CHECK(sidecarAtLaunch.contains("\"fresh\"")); // saved before the new Hashiya started

    const std::optional<RestartState> state = RestartState::take();
    REQUIRE(state);
    CHECK(state->corpusFolder == corpus.dir.path());
    CHECK(state->articlePath == corpus.article);
    CHECK(state->caret == caret); // code points: the article has no character outside the BMP
    CHECK(state->arguments() == arguments);
    CHECK_FALSE(RestartState::take()); // taken once

    MainWindow after;
    showWithFolder(after, corpus.dir.path());
    state->restore(after);
    REQUIRE(after.document());
    CHECK(after.document()->article().path == corpus.article);
    CHECK(after.reader()->cursorPosition() == caret);
    CHECK(after.document()->annotations()->entity(u"fresh"_s));
}

TEST_CASE("Choosing a language offers to restart now or later", "[language][restart][gui]")
{
    RestoreLanguage restore;
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(u"language-tr"_s)->trigger();
    CHECK(UiLanguage::saved() == u"tr"_s);
    QMessageBox *box = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] { return (box = window.findChild<QMessageBox *>(u"languageRestartBox"_s)) && box->isVisible(); }, 5000));
    CHECK(box->informativeText().contains(u"undo history does not survive"_s));
    REQUIRE(box->findChild<QPushButton *>(u"restartNow"_s));
    QPushButton *later = box->findChild<QPushButton *>(u"restartLater"_s);
    REQUIRE(later);
    later->click();
    REQUIRE(QTest::qWaitFor([&] { return window.statusBar()->currentMessage().contains(u"Türkçe"_s); }, 5000));
    CHECK(window.isVisible());
    CHECK_FALSE(RestartState::take());
}
