// SPDX-License-Identifier: GPL-3.0-or-later
// The merge driver through git itself: two branches change one article's sidecar at once — both add, one
// deletes what the other retyped, both retype one entity differently, a relation on one side ends at an
// entity the other deleted, the same name tagged on both — and `git merge`, `git rebase` and
// `git cherry-pick` each leave a valid sidecar that holds every change and names its conflicts by branch
// or commit. Sides that are not sidecars leave a text merge with markers, never half-merged JSON.
#include "agreement/analystcopies.h"
#include "support/catchqt.h"
#include "support/hashiyaprocess.h"
#include "support/testfiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace Hashiya;
using namespace Hashiya::Test;
using namespace Qt::StringLiterals;

namespace {

const QString article = u"qatar-turkiye-ar.txt"_s;

/// `git ARGUMENTS` in `repository`; its exit code, and what it printed.
ProcessRun git(const QString &repository, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(repository);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"C"_s);
    environment.insert(u"GIT_EDITOR"_s, u"true"_s);
    process.setProcessEnvironment(environment);
    process.start(u"git"_s, arguments);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void gitOk(const QString &repository, const QStringList &arguments)
{
    const ProcessRun run = git(repository, arguments);
    INFO(QString(u"git "_s + arguments.join(u' ') + u"\n"_s + run.out + run.err).toStdString());
    REQUIRE(run.exitCode == 0);
}

/// A repository with the Arabic sample, set up for the merge driver by `hashiya setup-git`.
struct Repository
{
    QTemporaryDir dir;
    AnalystCopies::Copy base;

    Repository()
    {
        REQUIRE(dir.isValid());
        const QString samples = QStringLiteral(HASHIYA_SAMPLES);
        for (const QString &name : QStringList {article, article + u".ann.json"_s, u"hashiya-schema.json"_s})
            REQUIRE(QFile::copy(samples + u'/' + name, dir.filePath(name)));
        Problems problems;
        std::optional<AnalystCopies::Copy> read = AnalystCopies::readCopy(dir.filePath(article), &problems);
        REQUIRE(read);
        base = std::move(*read);
        gitOk(path(), {u"init"_s, u"-q"_s, u"-b"_s, u"main"_s});
        gitOk(path(), {u"config"_s, u"user.name"_s, u"Ayşe Demir"_s});
        gitOk(path(), {u"config"_s, u"user.email"_s, u"ayse@example.org"_s});
        // Set up as a team would: hashiya setup-git writes .gitattributes and the driver's config.
        const ProcessRun setup = runHashiya({u"setup-git"_s, path()});
        INFO(setup.err.toStdString());
        REQUIRE(setup.exitCode == 0);
        gitOk(path(), {u"add"_s, u"."_s});
        gitOk(path(), {u"commit"_s, u"-q"_s, u"-m"_s, u"The sample"_s});
    }
    QString path() const { return dir.path(); }

    /// Commits the article's annotations as `entities` and `relations`, saved at `modified`.
    void commit(const std::vector<Entity> &entities, const std::vector<Relation> &relations, const QString &modified,
                const QString &message)
    {
        writeBytes(dir.filePath(article + u".ann.json"_s),
                   sidecarSavedBy(articleFromText(base.text, dir.filePath(article)), entities, relations,
                                  message.section(u' ', 0, 0), modified));
        gitOk(path(), {u"commit"_s, u"-q"_s, u"-am"_s, message});
    }
};

Entity *find(std::vector<Entity> &entities, const QString &id)
{
    const auto it = std::find_if(entities.begin(), entities.end(), [&id](const Entity &e) { return e.id == id; });
    REQUIRE(it != entities.end());
    return &*it;
}

/// An entity over the first occurrence of `words` in the text.
Entity entityOver(const QString &text, const QString &words, const QString &id, const QString &type)
{
    const QList<uint> all = text.toUcs4(), wanted = words.toUcs4();
    for (qsizetype at = 0; at + wanted.size() <= all.size(); ++at) {
        if (all.mid(at, wanted.size()) == wanted)
            return Test::entity(id, type, at, at + wanted.size());
    }
    FAIL("the words are not in the text");
    return {};
}

/// main and feature change the sample at once, as the file's header says.
void divergingBranches(Repository &repository)
{
    const QString &text = repository.base.text;
    gitOk(repository.path(), {u"checkout"_s, u"-q"_s, u"-b"_s, u"feature"_s});
    {
        std::vector<Entity> entities = repository.base.entities;
        std::vector<Relation> relations = repository.base.relations;
        entities.push_back(entityOver(text, u"التعاون"_s, u"f1added00000"_s, u"EVENT"_s)); // added here
        find(entities, u"8d0xcry574c8"_s)->type = u"EVENT"_s; // the date, retyped here, deleted on main
        find(entities, u"690f1qxn6t8j"_s)->type = u"EVENT"_s; // retyped on both sides
        relations.push_back(Test::relation(u"frel00000000"_s, u"MEMBER_OF"_s, u"vm3wd1vjp3rj"_s, u"18p3ysspcarz"_s));
        entities.push_back(entityOver(text, u"الدفاعي"_s, u"ftagged00000"_s, u"ORG"_s)); // also tagged on main
        // The schema changes on both branches too, in different types.
        const QString schema = repository.dir.filePath(u"hashiya-schema.json"_s);
        writeBytes(schema, readBytes(schema).replace("\"color\": \"#ff9da7\"", "\"color\": \"#000000\""));
        repository.commit(entities, relations, u"2026-12-03T09:00:00Z"_s, u"mehmet tags the feature"_s);
    }
    gitOk(repository.path(), {u"checkout"_s, u"-q"_s, u"main"_s});
    {
        std::vector<Entity> entities = repository.base.entities;
        entities.push_back(entityOver(text, u"البلدين"_s, u"m1added00000"_s, u"GPE"_s)); // added here
        std::erase_if(entities, [](const Entity &e) { return e.id == u"8d0xcry574c8" || e.id == u"18p3ysspcarz"; });
        find(entities, u"690f1qxn6t8j"_s)->type = u"ORG"_s;
        entities.push_back(entityOver(text, u"الدفاعي"_s, u"mtagged00000"_s, u"ORG"_s));
        const QString schema = repository.dir.filePath(u"hashiya-schema.json"_s);
        writeBytes(schema, readBytes(schema).replace("    {\"name\": \"TITLE\"",
                                                     "    {\"name\": \"VESSEL\", \"short\": \"VSL\"},\n    {\"name\": \"TITLE\""));
        repository.commit(entities, repository.base.relations, u"2026-12-02T09:00:00Z"_s, u"ayse tags main"_s);
    }
}

struct Merged
{
    QJsonObject sidecar;
    QHash<QString, QJsonObject> entities;
    QHash<QString, QJsonObject> relations;
    QList<QJsonObject> conflicts;
};

Merged readMerged(const Repository &repository)
{
    Merged merged;
    merged.sidecar = parseJson(readBytes(repository.dir.filePath(article + u".ann.json"_s)));
    for (const QJsonValue &e : merged.sidecar[u"entities"].toArray())
        merged.entities.insert(e[u"id"].toString(), e.toObject());
    for (const QJsonValue &r : merged.sidecar[u"relations"].toArray())
        merged.relations.insert(r[u"id"].toString(), r.toObject());
    for (const QJsonValue &c : merged.sidecar[u"conflicts"].toArray())
        merged.conflicts.append(c.toObject());
    return merged;
}

/// The merge both ways of joining the branches give: every change, each conflict named.
void checkMerged(const Merged &merged, const QString &mainName, const QString &featureName)
{
    INFO(QJsonDocument(merged.sidecar).toJson().toStdString());
    CHECK(merged.sidecar[u"version"].toString() == u"2.0"_s);
    CHECK(merged.entities.contains(u"m1added00000"_s));
    CHECK(merged.entities.contains(u"f1added00000"_s));
    CHECK(merged.entities.value(u"8d0xcry574c8"_s)[u"type"].toString() == u"EVENT"_s); // kept as retyped
    CHECK(merged.entities.contains(u"18p3ysspcarz"_s)); // brought back for the relation
    CHECK(merged.relations.contains(u"frel00000000"_s));
    // The same name tagged on both sides: one entity, main's id.
    CHECK(merged.entities.contains(u"mtagged00000"_s) != merged.entities.contains(u"ftagged00000"_s));
    QStringList kinds;
    for (const QJsonObject &conflict : merged.conflicts) {
        kinds.append(conflict[u"kind"].toString() + u' ' + conflict[u"itemId"].toString() + u' '
                     + conflict[u"field"].toString());
        CHECK(conflict[u"oursName"].toString().contains(mainName));
        CHECK(conflict[u"theirsName"].toString().contains(featureName));
    }
    kinds.sort();
    CHECK(kinds
          == QStringList {u"both_changed 690f1qxn6t8j type"_s, u"deleted_and_changed 8d0xcry574c8 "_s,
                          u"end_deleted 18p3ysspcarz "_s});
    for (const QJsonObject &conflict : merged.conflicts) {
        if (conflict[u"kind"].toString() == u"both_changed") {
            CHECK(conflict[u"base"].toString() == u"EQUIPMENT"_s);
            CHECK(conflict[u"ours"].toString() != conflict[u"theirs"].toString());
        }
    }
}

} // namespace

TEST_CASE("git merge, rebase and cherry-pick merge sidecars annotation by annotation", "[cli][merge]")
{
    Repository repository;
    divergingBranches(repository);
    const QString sidecar = repository.dir.filePath(article + u".ann.json"_s);

    SECTION("merge")
    {
        const ProcessRun merge = git(repository.path(), {u"merge"_s, u"feature"_s});
        CHECK(merge.exitCode != 0); // conflicts were recorded: git leaves the file for the analyst
        const Merged merged = readMerged(repository);
        checkMerged(merged, u"main"_s, u"feature"_s);
        CHECK(merged.entities.contains(u"mtagged00000"_s));
        // Who saved last: the later side.
        CHECK(merged.sidecar[u"annotator"].toString() == u"mehmet"_s);
        // The schema merged type by type: main's new type and feature's colour.
        const QByteArray schema = readBytes(repository.dir.filePath(u"hashiya-schema.json"_s));
        CHECK(schema.contains("\"VESSEL\""));
        CHECK(schema.contains("#000000"));
        CHECK(!git(repository.path(), {u"diff"_s, u"--name-only"_s, u"--diff-filter=U"_s}).out.contains(u"schema"_s));
        // validate reads it, and fails on each conflict.
        const ProcessRun validate = runHashiya({u"validate"_s, repository.path()});
        CHECK(validate.exitCode == 1);
        CHECK(validate.out.count(u"unresolved merge conflict"_s) == 3);
    }
    SECTION("rebase: ours is the upstream")
    {
        gitOk(repository.path(), {u"checkout"_s, u"-q"_s, u"feature"_s});
        const ProcessRun rebase = git(repository.path(), {u"rebase"_s, u"main"_s});
        CHECK(rebase.exitCode != 0);
        const Merged merged = readMerged(repository);
        checkMerged(merged, u"upstream main"_s, u"mehmet tags the feature"_s);
        gitOk(repository.path(), {u"rebase"_s, u"--abort"_s});
    }
    SECTION("cherry-pick")
    {
        const ProcessRun pick = git(repository.path(), {u"cherry-pick"_s, u"feature"_s});
        CHECK(pick.exitCode != 0);
        checkMerged(readMerged(repository), u"main"_s, u"by Ayşe Demir (mehmet tags the feature)"_s);
    }
    // Changes on one side only merge cleanly: git commits the merge itself.
    SECTION("a clean merge")
    {
        gitOk(repository.path(), {u"reset"_s, u"-q"_s, u"--hard"_s, u"main~1"_s});
        const ProcessRun merge = git(repository.path(), {u"merge"_s, u"--no-edit"_s, u"feature"_s});
        CHECK(merge.exitCode == 0);
        CHECK(readMerged(repository).conflicts.isEmpty());
        CHECK(readBytes(sidecar) == git(repository.path(), {u"show"_s, u"feature:"_s + article + u".ann.json"_s}).out.toUtf8());
    }
}

TEST_CASE("The merge driver leaves a text merge with markers for a side that is not a sidecar", "[cli][merge]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QByteArray sample = readBytes(QStringLiteral(HASHIYA_SAMPLES) + u"/mixed-briefing.txt.ann.json"_s);
    QByteArray changed = sample;
    changed.replace("\"type\":\"DATE\"", "\"type\":\"EVENT\"");
    REQUIRE(changed != sample);
    const QList<std::pair<QString, QByteArray>> theirs {
        {u"truncated"_s, sample.left(sample.size() / 2)},
        {u"conflict markers"_s, "<<<<<<< HEAD\n" + sample + "=======\n" + changed + ">>>>>>> feature\n"},
        {u"format version 9.0"_s, QByteArray(sample).replace("\"version\": \"1.0\"", "\"version\": \"9.0\"")}};
    for (const auto &[why, bytes] : theirs) {
        INFO(why.toStdString());
        const QString base = dir.filePath(u"base"_s), ours = dir.filePath(u"ours"_s), other = dir.filePath(u"theirs"_s);
        writeBytes(base, sample);
        writeBytes(ours, changed);
        writeBytes(other, bytes);
        const ProcessRun run = runHashiya({u"merge-driver"_s, base, ours, other, u"7"_s, u"a.txt.ann.json"_s});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(u"a.txt.ann.json"_s));
        CHECK(run.err.contains(u"text merge"_s));
        // Ours holds a text merge with markers (around the whole file where git's found nothing in
        // conflict), never JSON that passes for merged.
        const QByteArray left = readBytes(ours);
        CHECK(left.contains("<<<<<<< "));
        CHECK(left.contains(">>>>>>> "));
        CHECK(!QJsonDocument::fromJson(left).isObject());
    }
    // Usage errors.
    CHECK(runHashiya({u"merge-driver"_s, u"a"_s}).exitCode == 2);
    CHECK(runHashiya({u"merge-driver"_s, u"a"_s, u"b"_s, u"c"_s, u"seven"_s}).exitCode == 2);
}
