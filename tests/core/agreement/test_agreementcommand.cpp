// SPDX-License-Identifier: GPL-3.0-or-later
// `hashiya agreement` over analysts' copies on disk: the worked example of docs/agreement.md end to end
// (with an emoji before the entities, so code points and UTF-16 differ), three analysts, the diagnostics
// file, --fail-under, and copies that lack articles, differ in text or hold a broken sidecar.
#include "cli/agreementcommand.h"
#include "support/catchqt.h"
#include "support/commandrun.h"
#include "support/testfiles.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cmath>

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

const QString meetingText = u"Haluk Görgün met Emir Aslan in Ankara."_s;

/// Writes `name` with its sidecar into `folder`.
void writeCopy(const QString &folder, const QString &name, const QString &text, const std::vector<Entity> &entities,
               const std::vector<Relation> &relations = {})
{
    const QString path = folder + u'/' + name;
    QDir().mkpath(QFileInfo(path).absolutePath());
    Test::writeBytes(path, text.toUtf8());
    const Article article = Test::articleFromText(text, path);
    EntityList list;
    for (const Entity &entity : entities)
        list.push_back(entity);
    Test::writeBytes(article.sidecarPath(), Test::writeSidecar(article, list, relations));
}

/// The example's annotations, shifted by `offset` code points (text put before the sentence).
std::vector<Entity> analystA(qsizetype offset = 0)
{
    return {Test::entity(u"a1"_s, u"PERSON"_s, offset + 0, offset + 12),
            Test::entity(u"a2"_s, u"PERSON"_s, offset + 17, offset + 27),
            Test::entity(u"a3"_s, u"GPE"_s, offset + 31, offset + 37)};
}

std::vector<Entity> analystB(qsizetype offset = 0)
{
    return {Test::entity(u"b1"_s, u"PERSON"_s, offset + 6, offset + 12),
            Test::entity(u"b2"_s, u"ORG"_s, offset + 17, offset + 27),
            Test::entity(u"b3"_s, u"GPE"_s, offset + 31, offset + 37)};
}

QJsonObject runJson(const QStringList &arguments, int expectedStatus = 0)
{
    const Test::CommandRun run = Test::runCommand(&AgreementCommand::run, QStringList {u"--json"_s} + arguments);
    INFO(run.err.toStdString());
    REQUIRE(run.status == expectedStatus);
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

double at(const QJsonObject &object, const QStringList &path)
{
    QJsonValue value = object;
    for (const QString &key : path)
        value = value.toObject().value(key);
    INFO(path.join(u'.').toStdString());
    REQUIRE(value.isDouble());
    return value.toDouble();
}

} // namespace

TEST_CASE("Agreement of two analysts equals the documented worked example", "[agreement][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString a = dir.filePath(u"ayse"_s), b = dir.filePath(u"mehmet"_s);
    writeCopy(a, u"meeting.txt"_s, meetingText, analystA(),
              {Test::relation(u"r1"_s, u"MEETS_WITH"_s, u"a1"_s, u"a2"_s)});
    writeCopy(b, u"meeting.txt"_s, meetingText, analystB(),
              {Test::relation(u"r1"_s, u"MEETS_WITH"_s, u"b2"_s, u"b1"_s)});

    const QJsonObject report = runJson({a, b});
    CHECK(report.value(u"articles"_s).toInt() == 1);
    const QJsonObject pair = report.value(u"pairs"_s).toArray().at(0).toObject();
    CHECK(std::abs(at(pair, {u"entities"_s, u"exact-typed"_s, u"micro"_s, u"f1"_s}) - 1.0 / 3) < 1e-9);
    CHECK(std::abs(at(pair, {u"entities"_s, u"exact-untyped"_s, u"micro"_s, u"f1"_s}) - 2.0 / 3) < 1e-9);
    CHECK(std::abs(at(pair, {u"entities"_s, u"overlap-typed"_s, u"micro"_s, u"f1"_s}) - 2.0 / 3) < 1e-9);
    CHECK(at(pair, {u"entities"_s, u"overlap-untyped"_s, u"micro"_s, u"f1"_s}) == 1.0);
    CHECK(std::abs(at(pair, {u"entities"_s, u"exact-typed"_s, u"macro"_s, u"f1"_s}) - 1.0 / 3) < 1e-9);
    CHECK(std::abs(at(pair, {u"positions"_s, u"codePoints"_s, u"all"_s, u"kappa"_s}) - 127.0 / 279) < 1e-9);
    CHECK(std::abs(at(pair, {u"positions"_s, u"codePoints"_s, u"marked"_s, u"kappa"_s}) - 3.0 / 11) < 1e-9);
    CHECK(std::abs(at(pair, {u"positions"_s, u"tokens"_s, u"all"_s, u"kappa"_s}) - 23.0 / 47) < 1e-9);
    CHECK(std::abs(at(pair, {u"positions"_s, u"tokens"_s, u"marked"_s, u"kappa"_s}) - 1.0 / 4) < 1e-9);
    // MEETS_WITH is symmetric in the bundled schema: B's reversed relation is the same fact.
    CHECK(at(pair, {u"relations"_s, u"all"_s, u"micro"_s, u"f1"_s}) == 1.0);
    // One aligned endpoint pair with MEETS_WITH on both sides: a single category, κ undefined, not 1.
    CHECK(pair.value(u"relations"_s).toObject().value(u"typeKappa"_s).toObject().value(u"kappa"_s).isNull());

    // An emoji before the sentence: offsets in code points, and every figure stays the same.
    const QString c = dir.filePath(u"emoji-a"_s), d = dir.filePath(u"emoji-b"_s);
    writeCopy(c, u"meeting.txt"_s, u"🇹🇷 "_s + meetingText, analystA(3));
    writeCopy(d, u"meeting.txt"_s, u"🇹🇷 "_s + meetingText, analystB(3));
    const QJsonObject shifted = runJson({c, d});
    const QJsonObject shiftedPair = shifted.value(u"pairs"_s).toArray().at(0).toObject();
    CHECK(std::abs(at(shiftedPair, {u"entities"_s, u"exact-typed"_s, u"micro"_s, u"f1"_s}) - 1.0 / 3) < 1e-9);
    // Three more code points, none of them marked: (0+0+... ) the marked κ is unchanged.
    CHECK(std::abs(at(shiftedPair, {u"positions"_s, u"codePoints"_s, u"marked"_s, u"kappa"_s}) - 3.0 / 11) < 1e-9);
    CHECK(at(shiftedPair, {u"positions"_s, u"codePoints"_s, u"all"_s, u"items"_s}) == 41);
}

TEST_CASE("Agreement names articles missing from a copy, and leaves out differing texts and broken sidecars",
          "[agreement][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString a = dir.filePath(u"a"_s), b = dir.filePath(u"b"_s);
    writeCopy(a, u"meeting.txt"_s, meetingText, analystA());
    writeCopy(b, u"meeting.txt"_s, meetingText, analystB());
    writeCopy(a, u"only-a.txt"_s, meetingText, analystA());
    writeCopy(a, u"edited.txt"_s, meetingText, analystA());
    writeCopy(b, u"edited.txt"_s, meetingText + u" Later."_s, analystB());
    writeCopy(a, u"sub/broken.txt"_s, meetingText, analystA());
    writeCopy(b, u"sub/broken.txt"_s, meetingText, analystB());
    Test::writeBytes(b + u"/sub/broken.txt.ann.json"_s, "{\"format\": \"hashiya-sidecar\", ");

    const Test::CommandRun run = Test::runCommand(&AgreementCommand::run, {a, b});
    INFO(run.err.toStdString());
    REQUIRE(run.status == 0);
    CHECK(run.out.contains(u"only-a.txt: missing in B"_s));
    CHECK(run.err.contains(u"edited.txt"_s));
    CHECK(run.err.contains(u"its text differs"_s));
    CHECK(run.err.contains(u"broken.txt.ann.json"_s));
    CHECK(run.out.contains(u", 1 article"_s)); // only meeting.txt was compared
    // Nothing was written into the copies.
    CHECK(!QFileInfo::exists(a + u"/only-a.txt.ann.json.bak"_s));
}

TEST_CASE("Three analysts get every pair, Fleiss' kappa, alpha_U, diagnostics and --fail-under", "[agreement][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString a = dir.filePath(u"a"_s), b = dir.filePath(u"b"_s), c = dir.filePath(u"c"_s);
    writeCopy(a, u"meeting.txt"_s, meetingText, analystA());
    writeCopy(b, u"meeting.txt"_s, meetingText, analystB());
    writeCopy(c, u"meeting.txt"_s, meetingText, analystA());

    const QString diagnostics = dir.filePath(u"diagnostics.tsv"_s);
    const QJsonObject report = runJson({u"--diagnostics"_s, diagnostics, a, b, c});
    const QJsonArray pairs = report.value(u"pairs"_s).toArray();
    REQUIRE(pairs.size() == 3);
    CHECK(pairs.at(1).toObject().value(u"b"_s).toString() == u"C"_s);
    CHECK(at(pairs.at(1).toObject(), {u"entities"_s, u"exact-typed"_s, u"micro"_s, u"f1"_s}) == 1.0);
    CHECK(std::abs(at(pairs.at(2).toObject(), {u"positions"_s, u"codePoints"_s, u"all"_s, u"kappa"_s}) - 127.0 / 279)
          < 1e-9);
    const QJsonObject all = report.value(u"all"_s).toObject();
    CHECK(at(all, {u"fleissCodePoints"_s, u"all"_s, u"items"_s}) == 38);
    CHECK(at(all, {u"alphaU"_s, u"alpha"_s}) < 1.0);
    // Ankara in all three copies; A and C share both persons; B's two are its own.
    QStringList presence;
    for (const QJsonValue &row : all.value(u"entitiesByWhoMarkedThem"_s).toArray()) {
        QStringList by;
        for (const QJsonValue &letter : row.toObject().value(u"markedBy"_s).toArray())
            by.append(letter.toString());
        presence.append(by.join(u'+') + u':' + QString::number(row.toObject().value(u"entities"_s).toInt()));
    }
    CHECK(presence == QStringList {u"A+B+C:1"_s, u"A+C:2"_s, u"B:2"_s});

    // The diagnostics: B's ORG where A and C have a PERSON, with its text; B's shorter PERSON.
    const QStringList lines = QString::fromUtf8(Test::readBytes(diagnostics)).split(u'\n', Qt::SkipEmptyParts);
    CHECK(lines.first().startsWith(u"article\tanalyst_a\tanalyst_b\tkind"_s));
    CHECK(lines.contains(u"meeting.txt\tA\tB\ttype\ta2\tPERSON\tEmir Aslan\tb2\tORG\tEmir Aslan\t17\t27"_s));
    CHECK(lines.contains(u"meeting.txt\tA\tB\tboundaries\ta1\tPERSON\tHaluk Görgün\tb1\tPERSON\tGörgün\t0\t12"_s));
    CHECK(lines.size() == 1 + 4); // two for A–B, two for B–C, none for A–C

    // --fail-under looks at the lowest pair: A–B and B–C have 1/3.
    CHECK(Test::runCommand(&AgreementCommand::run, {u"--fail-under"_s, u"0.3"_s, a, b, c}).status == 0);
    const Test::CommandRun failed = Test::runCommand(&AgreementCommand::run, {u"--fail-under"_s, u"0.5"_s, a, b, c});
    CHECK(failed.status == 1);
    CHECK(failed.err.contains(u"0.333"_s));
    CHECK(Test::runCommand(&AgreementCommand::run, {u"--fail-under"_s, u"high"_s, a, b}).status == 2);
    CHECK(Test::runCommand(&AgreementCommand::run, {a}).status == 2);
    // A diagnostics file that cannot be written: said so, with the path, and exit 2.
    const QString nowhere = dir.filePath(u"no-such-folder/diagnostics.tsv"_s);
    const Test::CommandRun unwritable = Test::runCommand(&AgreementCommand::run, {u"--diagnostics"_s, nowhere, a, b});
    CHECK(unwritable.status == 2);
    CHECK(unwritable.err.contains(nowhere));
    CHECK(!QFileInfo::exists(nowhere));
}
