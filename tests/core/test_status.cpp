// SPDX-License-Identifier: GPL-3.0-or-later
// The article status (new, in progress, done): its undoable command, how the sidecar writes and reads it,
// and a save and reopen on disk.
#include "io/documentfile.h"
#include "io/schemareader.h"
#include "model/articledocument.h"
#include "model/documentcommands.h"
#include "model/sidecarinfo.h"
#include "support/catchqt.h"
#include "support/testfiles.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Hashiya;
using namespace Hashiya::Test;
using namespace Qt::StringLiterals;

namespace {

const QString articleText = u"Katar Emiri Ankara'da Cumhurbaşkanı ile görüştü.\nالتقى أمير قطر بالرئيس التركي.\n"_s;

// The statuses a document announced, in order.
struct StatusRecorder
{
    QStringList seen;
    explicit StatusRecorder(ArticleDocument &document)
    {
        QObject::connect(&document, &ArticleDocument::statusChanged, &document,
                         [this](const QString &status) { seen.append(status); });
    }
};

SidecarInfo infoWithStatus(const QString &status)
{
    SidecarInfo info;
    info.annotator = u"ayse"_s;
    info.modified = u"2026-11-22T09:30:00Z"_s;
    info.status = status;
    return info;
}

// 1-based line of the first occurrence of `marker`.
qsizetype lineOf(const QByteArray &bytes, const QByteArray &marker)
{
    const qsizetype at = bytes.indexOf(marker);
    REQUIRE(at >= 0);
    return 1 + bytes.left(at).count('\n');
}

} // namespace

TEST_CASE("SidecarInfo knows the three statuses, and a new sidecar is new", "[status]")
{
    CHECK(SidecarInfo::statuses() == (QStringList {u"new"_s, u"in-progress"_s, u"done"_s}));
    CHECK(SidecarInfo().status == u"new"_s);
    const ArticleDocument document(articleFromText(articleText));
    CHECK(document.status() == u"new"_s);
}

TEST_CASE("SetStatusCommand sets the status on redo, restores it on undo and announces each change", "[status]")
{
    ArticleDocument document(articleFromText(articleText));
    StatusRecorder recorder(document);
    QUndoStack &stack = *document.undoStack();

    REQUIRE(document.execute(new SetStatusCommand(&document, u"in-progress"_s)));
    CHECK(document.status() == u"in-progress"_s);
    CHECK(document.sidecarInfo().status == u"in-progress"_s);
    CHECK(recorder.seen == QStringList {u"in-progress"_s});
    CHECK(stack.count() == 1);
    CHECK(document.isModified());

    REQUIRE(document.execute(new SetStatusCommand(&document, u"done"_s)));
    CHECK(document.status() == u"done"_s);
    CHECK(stack.count() == 2);

    stack.undo();
    CHECK(document.status() == u"in-progress"_s);
    stack.undo();
    CHECK(document.status() == u"new"_s);
    CHECK_FALSE(document.isModified());
    stack.redo();
    CHECK(document.status() == u"in-progress"_s);
    CHECK(recorder.seen == (QStringList {u"in-progress"_s, u"done"_s, u"in-progress"_s, u"new"_s, u"in-progress"_s}));
}

TEST_CASE("Setting the status a document already has leaves no undo step", "[status]")
{
    ArticleDocument document(articleFromText(articleText));
    StatusRecorder recorder(document);
    QUndoStack &stack = *document.undoStack();

    document.execute(new SetStatusCommand(&document, u"new"_s));
    CHECK(stack.count() == 0);
    CHECK_FALSE(document.isModified());
    CHECK(recorder.seen.isEmpty());

    document.execute(new SetStatusCommand(&document, u"done"_s));
    REQUIRE(stack.count() == 1);
    stack.setClean();
    document.execute(new SetStatusCommand(&document, u"done"_s));
    CHECK(stack.count() == 1);
    CHECK(stack.index() == 1);
    CHECK_FALSE(document.isModified());
    CHECK(document.status() == u"done"_s);
    CHECK(recorder.seen == QStringList {u"done"_s});
}

TEST_CASE("Setting the status a document already has leaves the redo history alone", "[status]")
{
    // Marking an article with the status it has changes nothing, so it must not cost the analyst the
    // change they just undid.
    ArticleDocument document(articleFromText(articleText));
    QUndoStack &stack = *document.undoStack();
    document.execute(new SetStatusCommand(&document, u"done"_s));
    stack.undo();
    REQUIRE(document.status() == u"new"_s);
    REQUIRE(stack.canRedo());
    document.execute(new SetStatusCommand(&document, u"new"_s));
    CHECK(stack.count() == 1);
    CHECK(stack.canRedo());
    CHECK(document.status() == u"new"_s);
}

TEST_CASE("A read-only document keeps its status", "[status]")
{
    ArticleDocument document(articleFromText(articleText));
    document.setLoadProblems(
        {Problem {Problem::Severity::Error, u"/corpus/article.txt.ann.json"_s, 3, 1, u"something is broken"_s}});
    REQUIRE(document.isReadOnly());
    CHECK_FALSE(document.execute(new SetStatusCommand(&document, u"done"_s)));
    CHECK(document.status() == u"new"_s);
    CHECK(document.undoStack()->count() == 0);
}

TEST_CASE("The sidecar writer writes the status only when it is not new", "[status][sidecar]")
{
    const Article article = articleFromText(articleText);
    const std::vector<Entity> entities = {entity(u"e1"_s, u"GPE"_s, 0, 5), entity(u"e2"_s, u"GPE"_s, 12, 18)};
    const QByteArray asNew = writeSidecar(article, entities, {}, infoWithStatus(u"new"_s));
    CHECK_FALSE(asNew.contains("\"status\""));
    CHECK_FALSE(parseJson(asNew).contains(u"status"_s));

    for (const QString &status : {u"in-progress"_s, u"done"_s}) {
        INFO(status.toStdString());
        const QByteArray bytes = writeSidecar(article, entities, {}, infoWithStatus(status));
        const QByteArray line = "\"status\": \"" + status.toUtf8() + '"';
        CHECK(bytes.count(line) == 1);
        CHECK(parseJson(bytes).value(u"status"_s).toString() == status);
        // The status line is the only difference: everything else is written as before.
        QByteArray without = bytes;
        without.replace(QByteArray(",\n  " + line), QByteArray());
        CHECK(without == asNew);
    }
}

TEST_CASE("The sidecar reader reads the status back, and new when there is none", "[status][sidecar]")
{
    const Article article = articleFromText(articleText);
    for (const QString &status : SidecarInfo::statuses()) {
        INFO(status.toStdString());
        SidecarContent content;
        content.info.status = u"(not read)"_s;
        const Problems problems = readSidecar(article, writeSidecar(article, {}, {}, infoWithStatus(status)), &content);
        INFO(describe(problems).toStdString());
        CHECK(problems.isEmpty());
        CHECK(content.info.status == status);
    }
}

TEST_CASE("An unknown status gives a warning that names it, on its line", "[status][sidecar]")
{
    const Article article = articleFromText(articleText);
    const QByteArray bytes =
        writeSidecar(article, {entity(u"e1"_s, u"GPE"_s, 0, 5)}, {}, infoWithStatus(u"finished"_s));
    REQUIRE(bytes.contains("\"status\": \"finished\""));
    SidecarContent content;
    const Problems problems = readSidecar(article, bytes, &content);
    INFO(describe(problems).toStdString());
    REQUIRE(problems.size() == 1);
    const Problem &warning = problems.front();
    CHECK_FALSE(warning.isError()); // the annotations are fine: the document stays editable
    CHECK(warning.message.contains(u"finished"_s));
    CHECK(warning.line == lineOf(bytes, "\"status\""));
    CHECK(warning.file == article.sidecarPath());
    // Kept as written, so saving does not silently change it.
    CHECK(content.info.status == u"finished"_s);
    CHECK(content.entities.size() == 1);
}

TEST_CASE("The status survives a save and reopen, and new removes it from the file", "[status][sidecar]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"haber.txt"_s);
    writeBytes(path, articleText.toUtf8());
    const QString sidecarPath = path + u".ann.json"_s;

    auto reopen = [&] {
        DocumentFile::Opened opened = DocumentFile::open(path, nullptr);
        INFO(describe(opened.problems).toStdString());
        REQUIRE(opened.document);
        CHECK(opened.problems.isEmpty());
        CHECK_FALSE(opened.document->isModified());
        return std::move(opened.document);
    };
    auto setAndSave = [&](ArticleDocument &document, const QString &status) {
        REQUIRE(document.execute(new SetStatusCommand(&document, status)));
        QString error;
        REQUIRE(DocumentFile::save(&document, u"ayse"_s, &error));
        CHECK_FALSE(document.isModified());
    };

    std::unique_ptr<ArticleDocument> document = reopen();
    CHECK(document->status() == u"new"_s);
    CHECK_FALSE(QFileInfo::exists(sidecarPath));

    setAndSave(*document, u"in-progress"_s);
    CHECK(readBytes(sidecarPath).contains("\"status\": \"in-progress\""));
    document = reopen();
    CHECK(document->status() == u"in-progress"_s);

    setAndSave(*document, u"done"_s);
    CHECK(readBytes(sidecarPath).contains("\"status\": \"done\""));
    document = reopen();
    CHECK(document->status() == u"done"_s);
    CHECK(document->undoStack()->count() == 0);

    setAndSave(*document, u"new"_s);
    CHECK_FALSE(readBytes(sidecarPath).contains("\"status\""));
    document = reopen();
    CHECK(document->status() == u"new"_s);
}

TEST_CASE("A sidecar written before there was a status keeps its bytes when saved unchanged", "[status][sidecar]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString name = u"baku-meeting-en.txt"_s;
    const QString path = dir.filePath(name);
    writeBytes(path, readBytes(samplePath(name)));
    const QByteArray before = readBytes(samplePath(name + u".ann.json"_s));
    REQUIRE_FALSE(before.contains("\"status\""));
    writeBytes(path + u".ann.json"_s, before);

    const Schema schema = SchemaReader::defaultSchema();
    DocumentFile::Opened opened = DocumentFile::open(path, &schema);
    INFO(describe(opened.problems).toStdString());
    REQUIRE(opened.document);
    REQUIRE_FALSE(hasErrors(opened.problems));
    CHECK(opened.document->status() == u"new"_s);
    QString error;
    REQUIRE(DocumentFile::save(opened.document.get(), u"someone-else"_s, &error));
    CHECK(readBytes(path + u".ann.json"_s) == before);
}
