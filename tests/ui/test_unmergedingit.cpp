// SPDX-License-Identifier: GPL-3.0-or-later
// An article whose sidecar a git merge left unmerged opens read-only, saying why and how to finish the
// merge: the file holds one side's version only, and saving it would let `git add` settle the merge for
// that side. Once the merge is finished (git add), the article opens for editing again.

#include "model/articledocument.h"
#include "model/documentcommands.h"
#include "support/catchqt.h"
#include "support/gitrepository.h"
#include "support/testfiles.h"
#include "ui/annotations/problemspanel.h"
#include "ui/mainwindow.h"

#include <QListWidget>
#include <QStatusBar>
#include <QTest>

using namespace Hashiya;
using namespace Hashiya::Test;
using namespace Qt::StringLiterals;

namespace {

QStringList problemLines(const MainWindow &window)
{
    QStringList lines;
    const QListWidget *list = window.problemsPanel()->findChild<QListWidget *>();
    REQUIRE(list);
    for (int row = 0; row < list->count(); ++row)
        lines.append(list->item(row)->text());
    return lines;
}

} // namespace

TEST_CASE("An article whose sidecar is unmerged in git opens read-only until the merge is finished", "[ui][git]")
{
    const UnmergedSidecarRepository repository;
    const QString other = repository.filePath(u"diger.txt"_s);
    writeBytes(other, "Bakü'de toplantı yapıldı.\n");

    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openFolder(repository.path());
    window.openArticle(repository.article);
    REQUIRE(window.document());
    REQUIRE(window.document()->article().path == repository.article);
    CHECK(window.document()->isReadOnly());
    const QStringList lines = problemLines(window);
    INFO(lines.join(u'\n').toStdString());
    REQUIRE_FALSE(lines.isEmpty());
    CHECK(lines.first().contains(u"haber.txt.ann.json"_s));
    CHECK(lines.first().contains(u"unmerged in git"_s));
    CHECK(lines.first().contains(u"hashiya setup-git"_s));
    CHECK(lines.first().contains(u"git add"_s));
    CHECK(window.statusBar()->currentMessage().startsWith(u"Read-only"_s));

    // Nothing reaches the file: not an edit, not a save.
    CHECK_FALSE(window.document()->execute(new SetStatusCommand(window.document(), u"done"_s)));
    window.openArticle(other);
    REQUIRE(window.document()->article().path == other);
    CHECK(readBytes(repository.sidecar) == repository.ours);

    // Resolved (main's version kept) and added: the same article, still kept open, can be edited again.
    repository.git({u"add"_s, u"haber.txt.ann.json"_s});
    window.openArticle(repository.article);
    REQUIRE(window.document()->article().path == repository.article);
    CHECK_FALSE(window.document()->isReadOnly());
    CHECK(problemLines(window).filter(u"unmerged in git"_s).isEmpty());
    CHECK(window.document()->execute(new SetStatusCommand(window.document(), u"done"_s)));
}
