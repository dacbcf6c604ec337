// SPDX-License-Identifier: GPL-3.0-or-later
// Deleting an entity takes its relations with it: the window says so afterwards, and asks first when one
// of them carries a note or attributes.
#include "model/articledocument.h"
#include "support/catchqt.h"
#include "support/samplecopy.h"
#include "ui/annotations/annotationpanel.h"
#include "ui/annotations/entitytreemodel.h"
#include "ui/mainwindow.h"
#include "ui/reader/entityremoval.h"
#include "ui/reader/readerview.h"
#include "ui/uilanguage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <functional>

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

struct Window
{
    Test::SampleCopy corpus;
    MainWindow window;
    explicit Window(const QString &article)
    {
        UiLanguage::apply(u"en"_s); // English plural forms: "1 relation", "3 relations"
        EntityRemoval::setAsks(true);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.openFolder(corpus.path());
        window.openArticle(corpus.path(article));
        REQUIRE(window.document());
    }
    ~Window() { EntityRemoval::setAsks(true); }
    Q_DISABLE_COPY_MOVE(Window)

    const AnnotationSet *set() const { return window.document()->annotations(); }
    QString textOf(const QString &id) const { return window.document()->textOf(*set()->entity(id)); }
    /// Selects the entity in the reader and presses Delete there.
    void deleteInReader(const QString &id)
    {
        window.reader()->setSelectedEntity(id);
        window.reader()->setFocus();
        QTest::keyClick(window.reader(), Qt::Key_Delete);
    }
    QString message() const { return window.statusBar()->currentMessage(); }
};

/// Answers the deletion question, if it comes, and remembers that it came.
class Answerer
{
public:
    explicit Answerer(std::function<void(QMessageBox *)> answer)
        : m_answer(std::move(answer))
    {
        // The question runs its own event loop: look for it from there.
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                ++m_asked;
                m_text = box->text() + u' ' + box->informativeText();
                m_answer(box);
            }
        });
        m_timer.start(10);
    }
    int asked() const { return m_asked; }
    QString text() const { return m_text; }

private:
    std::function<void(QMessageBox *)> m_answer;
    QTimer m_timer;
    int m_asked = 0;
    QString m_text;
};

// Called from the question's event loop, so it must not throw: CHECK, then leave the question open no longer.
void clickDelete(QMessageBox *box, bool dontAskAgain)
{
    CHECK(box->objectName() == u"removeEntityQuestion"_s);
    CHECK(box->checkBox());
    if (box->checkBox())
        box->checkBox()->setChecked(dontAskAgain);
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            return button->click();
    }
    CHECK(!"the question has a Delete button");
    box->reject();
}

} // namespace

TEST_CASE("Deleting an entity says in the status bar how many relations went with it", "[ui][tagging][removal]")
{
    Window w(u"baku-meeting-en.txt"_s);
    Answerer answerer([](QMessageBox *box) { box->reject(); });
    QUndoStack *undo = w.window.document()->undoStack();

    SECTION("one relation")
    {
        const QString id = u"b25t53r2mvv6"_s; // COOPERATES_WITH one other entity, no note
        REQUIRE(w.set()->relationsOf(id).size() == 1);
        const QString text = w.textOf(id);
        w.deleteInReader(id);
        CHECK_FALSE(w.set()->entity(id));
        CHECK_FALSE(w.set()->relation(u"byzseyfnq8ja"_s));
        CHECK(w.message() == u"Deleted “" + text + u"” and 1 relation — Ctrl+Z brings them back");
        QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier);
        CHECK(w.set()->entity(id));
        CHECK(w.set()->relation(u"byzseyfnq8ja"_s));
    }
    SECTION("three relations")
    {
        const QString id = u"bt13wezjd2ns"_s;
        REQUIRE(w.set()->relationsOf(id).size() == 3);
        const QString text = w.textOf(id);
        w.deleteInReader(id);
        CHECK_FALSE(w.set()->entity(id));
        CHECK(w.message() == u"Deleted “" + text + u"” and 3 relations — Ctrl+Z brings them back");
    }
    SECTION("none")
    {
        QString id;
        for (const Entity &entity : w.set()->entities()) {
            if (w.set()->relationsOf(entity.id).isEmpty())
                id = entity.id;
        }
        REQUIRE_FALSE(id.isEmpty());
        const QString text = w.textOf(id);
        w.deleteInReader(id);
        CHECK_FALSE(w.set()->entity(id));
        CHECK(w.message() == u"Deleted “" + text + u"” — Ctrl+Z brings it back");
    }
    SECTION("from the annotation list, with its Delete key")
    {
        const QString id = u"b25t53r2mvv6"_s;
        const QString text = w.textOf(id);
        AnnotationPanel *panel = w.window.annotationPanel();
        REQUIRE(QTest::qWaitFor([&] { return panel->model()->rowCount() > 0; }, 5000));
        panel->setSelectedEntity(id);
        REQUIRE(panel->selectedEntity() == id);
        auto *tree = panel->findChild<QTreeView *>(u"entityTree"_s);
        REQUIRE(tree);
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Delete);
        CHECK_FALSE(w.set()->entity(id));
        CHECK(w.message() == u"Deleted “" + text + u"” and 1 relation — Ctrl+Z brings them back");
    }
    CHECK(undo->count() == 1);
    CHECK(answerer.asked() == 0); // no relation here carries a note or attributes
}

TEST_CASE("Deleting an entity whose relation carries a note asks first, once if told so", "[ui][tagging][removal]")
{
    Window w(u"qatar-turkiye-ar.txt"_s);
    const QString id = u"st0vmqzq2pe6"_s; // its AGREEMENT_WITH relation has a note
    const QString relation = u"bjv4vqaxt2q8"_s;
    REQUIRE_FALSE(w.set()->relation(relation)->note.isEmpty());
    QUndoStack *undo = w.window.document()->undoStack();

    SECTION("cancelling deletes nothing")
    {
        Answerer answerer([](QMessageBox *box) { box->reject(); });
        w.deleteInReader(id);
        CHECK(answerer.asked() == 1);
        CHECK(answerer.text().contains(w.textOf(id)));
        CHECK(w.set()->entity(id));
        CHECK(w.set()->relation(relation));
        CHECK(undo->count() == 0);
        CHECK_FALSE(w.message().startsWith(u"Deleted"_s));
        CHECK(EntityRemoval::asks());
    }
    SECTION("deleting without \"don't ask again\" asks again the next time")
    {
        Answerer answerer([](QMessageBox *box) { clickDelete(box, false); });
        w.deleteInReader(id);
        CHECK_FALSE(w.set()->entity(id));
        CHECK_FALSE(w.set()->relation(relation));
        CHECK(w.message().startsWith(u"Deleted “"_s));
        undo->undo();
        w.deleteInReader(id);
        CHECK_FALSE(w.set()->entity(id));
        CHECK(answerer.asked() == 2);
    }
    SECTION("\"don't ask again\" is remembered, and Settings takes it back")
    {
        Answerer answerer([](QMessageBox *box) { clickDelete(box, true); });
        w.deleteInReader(id);
        CHECK_FALSE(w.set()->entity(id));
        CHECK(answerer.asked() == 1);
        CHECK_FALSE(EntityRemoval::asks());
        undo->undo();
        REQUIRE(w.set()->entity(id));
        w.deleteInReader(id);
        CHECK_FALSE(w.set()->entity(id));
        CHECK(answerer.asked() == 1); // not asked the second time

        auto *ask = w.window.findChild<QAction *>(u"askBeforeDeletingAction"_s);
        REQUIRE(ask);
        QMenu *settings = nullptr;
        for (QAction *menu : w.window.menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(ask))
                settings = menu->menu();
        }
        REQUIRE(settings);
        Q_EMIT settings->aboutToShow(); // as opening the menu does
        CHECK_FALSE(ask->isChecked());
        ask->trigger();
        CHECK(EntityRemoval::asks());
        undo->undo();
        w.deleteInReader(id);
        CHECK(answerer.asked() == 2);
    }
}
