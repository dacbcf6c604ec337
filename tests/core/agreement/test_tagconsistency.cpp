// SPDX-License-Identifier: GPL-3.0-or-later
// The same text, tagged how: TagConsistency and `hashiya consistency` over articles on disk. Turkish names
// with and without a suffix, Arabic ones with proclitics and harakat, an emoji before a name (code points,
// not UTF-16), a text tagged PERSON in one article and ORG in another, a partly tagged occurrence, broken
// sidecars, and the indexed scan against one TextMatcher per text.
#include "cli/consistencycommand.h"
#include "support/catchqt.h"
#include "support/commandrun.h"
#include "support/testfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "agreement/tagconsistency.h"

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

using Tagging = TagConsistency::Tagging;

/// Code points of `text` before UTF-16 offset `utf16`.
qsizetype codePointsBefore(const QString &text, qsizetype utf16)
{
    return qsizetype(text.left(utf16).toUcs4().size());
}

/// The code point span of the `nth` occurrence of `needle` in `text`; the test fails if there is none.
std::pair<qsizetype, qsizetype> spanOf(const QString &text, const QString &needle, int nth = 0)
{
    qsizetype at = -1;
    for (int k = 0; k <= nth; ++k) {
        at = text.indexOf(needle, at + 1);
        INFO(needle.toStdString());
        REQUIRE(at >= 0);
    }
    return {codePointsBefore(text, at), codePointsBefore(text, at + needle.size())};
}

/// An entity of `type` over the `nth` occurrence of `needle` in `text`.
Entity tag(const QString &text, const QString &needle, const QString &type, int nth = 0)
{
    static int next = 0;
    const auto [start, end] = spanOf(text, needle, nth);
    return Test::entity(u"e"_s + QString::number(++next), type, start, end);
}

/// Writes `name` into `folder`, with a sidecar holding `entities` (none if `sidecar` is false).
void writeArticle(const QString &folder, const QString &name, const QString &text, const std::vector<Entity> &entities,
                  bool sidecar = true)
{
    const QString path = folder + u'/' + name;
    QDir().mkpath(QFileInfo(path).absolutePath());
    Test::writeBytes(path, text.toUtf8());
    if (!sidecar)
        return;
    const Article article = Test::articleFromText(text, path);
    EntityList list;
    for (const Entity &entity : entities)
        list.push_back(entity);
    Test::writeBytes(article.sidecarPath(), Test::writeSidecar(article, list));
}

TagConsistency::Result review(const QString &folder, bool all = true,
                              TagConsistency::Matching matching = TagConsistency::Matching::Indexed)
{
    TagConsistency::Settings settings;
    settings.folders = {folder};
    settings.keepConsistent = all;
    settings.matching = matching;
    return TagConsistency::run(settings);
}

/// The text whose folded form is `folded`; the test fails if the review has none.
const TagConsistency::Text &textFolded(const TagConsistency::Result &result, const QString &folded)
{
    const auto it = std::find_if(result.texts.begin(), result.texts.end(),
                                 [&](const TagConsistency::Text &text) { return text.folded == folded; });
    INFO(folded.toStdString());
    REQUIRE(it != result.texts.end());
    return *it;
}

/// "path start-end how types" for each place, to compare whole lists.
QStringList describe(const TagConsistency::Result &result, const TagConsistency::Text &text)
{
    QStringList lines;
    for (const TagConsistency::Occurrence &o : text.places) {
        const QString how = o.tagging == Tagging::Exact ? u"exact"_s
            : o.tagging == Tagging::Partly              ? u"partly"_s
                                                        : u"untagged"_s;
        lines.append(result.articles[size_t(o.article)].path + u' ' + QString::number(o.start) + u'-'
                     + QString::number(o.end) + u' ' + how + u' ' + o.types.join(u'|'));
    }
    return lines;
}

const QString turkishA = u"Görgün'ün açıklaması bugün geldi."_s;
const QString turkishB = u"GÖRGÜN bugün konuştu. Görgün yarın gelecek."_s;

} // namespace

TEST_CASE("The name of an entity leaves out a Turkish suffix and joins white space", "[consistency]")
{
    CHECK(TagConsistency::nameOf(u"Görgün'ün") == u"Görgün"_s);
    CHECK(TagConsistency::nameOf(u"Ankara’da") == u"Ankara"_s);
    CHECK(TagConsistency::nameOf(u"O'Brien") == u"O'Brien"_s); // a capital: part of the name
    CHECK(TagConsistency::nameOf(u"Haluk\n  Görgün ") == u"Haluk Görgün"_s);
    CHECK(TagConsistency::nameOf(u"'ün") == u"'ün"_s); // nothing before the apostrophe
}

TEST_CASE("A Turkish name tagged with its suffix is found untagged elsewhere, in any case", "[consistency]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    writeArticle(dir.path(), u"a.txt"_s, turkishA, {tag(turkishA, u"Görgün'ün"_s, u"PERSON"_s)});
    writeArticle(dir.path(), u"b.txt"_s, turkishB, {tag(turkishB, u"GÖRGÜN"_s, u"PERSON"_s)});
    // Neither "Görgünler" (another word) nor a one-letter entity makes a text.
    const QString other = u"Görgünler geldi. A."_s;
    writeArticle(dir.path(), u"c.txt"_s, other, {tag(other, u"A"_s, u"PERSON"_s, 0)});

    const TagConsistency::Result result = review(dir.path());
    CHECK(result.articlesReviewed == 3);
    REQUIRE(result.texts.size() == 1); // "A" has one letter: left out
    const TagConsistency::Text &text = textFolded(result, u"görgün"_s);
    CHECK(text.text == u"GÖRGÜN"_s); // tagged once each way: the first in order is shown
    CHECK(text.types == QMap<QString, qsizetype> {{u"PERSON"_s, 2}});
    CHECK(text.untagged == 1);
    CHECK(text.partly == 0);
    CHECK(text.occurrences == 3);
    CHECK(text.isInconsistent());
    // The occurrence in a.txt covers the name only; the entity with the suffix tags it exactly.
    const QStringList expected {u"a.txt 0-6 exact PERSON"_s, u"b.txt 0-6 exact PERSON"_s, u"b.txt 22-28 untagged "_s};
    CHECK(describe(result, text) == expected);
    CHECK(text.places.at(2).context == u"GÖRGÜN bugün konuştu. [Görgün] yarın gelecek."_s);
    CHECK(result.inconsistentCount() == 1);
}

TEST_CASE("Arabic names fold with proclitics, harakat and alef forms", "[consistency]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString withWaw = u"زار الوزير والقاهرة أمس."_s;
    const QString withMarks = u"وصل إلى القَاهِرَة مساءً، ثم غادر القاهرة."_s;
    const QString withAlef = u"التقى أحمد بإبراهيم في الدوحة."_s;
    writeArticle(dir.path(), u"ar/one.txt"_s, withWaw, {tag(withWaw, u"والقاهرة"_s, u"GPE"_s)});
    writeArticle(dir.path(), u"ar/two.txt"_s, withMarks, {tag(withMarks, u"القاهرة"_s, u"GPE"_s)});
    writeArticle(dir.path(), u"ar/three.txt"_s, withAlef,
                 {tag(withAlef, u"إبراهيم"_s, u"PERSON"_s), tag(withAlef, u"الدوحة"_s, u"GPE"_s)});
    const QString plainAlef = u"قال ابراهيم إن الدوحة بعيدة."_s;
    writeArticle(dir.path(), u"ar/four.txt"_s, plainAlef,
                 {tag(plainAlef, u"ابراهيم"_s, u"PERSON"_s), tag(plainAlef, u"الدوحة"_s, u"GPE"_s)});

    const TagConsistency::Result result = review(dir.path());
    // "والقاهرة" joined "القاهرة": one text, not two.
    CHECK(std::none_of(result.texts.begin(), result.texts.end(),
                       [](const TagConsistency::Text &t) { return t.folded == u"والقاهرة"_s; }));
    const TagConsistency::Text &cairo = textFolded(result, u"القاهرة"_s);
    CHECK(cairo.types == QMap<QString, qsizetype> {{u"GPE"_s, 2}});
    CHECK(cairo.untagged == 1);
    REQUIRE(cairo.places.size() == 3);
    // With the proclitic: the occurrence is the name, and the entity over the whole word tags it exactly.
    const auto [cairoStart, cairoEnd] = spanOf(withWaw, u"القاهرة"_s);
    CHECK(cairo.places[0].start == cairoStart);
    CHECK(cairo.places[0].end == cairoEnd);
    CHECK(cairo.places[0].tagging == Tagging::Exact);
    // With harakat: untagged, and the span takes in the marks.
    const auto [marksStart, marksEnd] = spanOf(withMarks, u"القَاهِرَة"_s);
    CHECK(result.articles[size_t(cairo.places[1].article)].path == u"ar/two.txt"_s);
    CHECK(cairo.places[1].start == marksStart);
    CHECK(cairo.places[1].end == marksEnd);
    CHECK(cairo.places[1].tagging == Tagging::Untagged);
    CHECK(cairo.places[1].context.contains(u"[القَاهِرَة]"_s));
    CHECK(cairo.places[2].tagging == Tagging::Exact);

    // إبراهيم after the proclitic ب and ابراهيم: one text, tagged alike everywhere.
    const TagConsistency::Text &ibrahim = textFolded(result, u"ابراهيم"_s);
    CHECK(ibrahim.types == QMap<QString, qsizetype> {{u"PERSON"_s, 2}});
    CHECK(ibrahim.untagged + ibrahim.partly == 0);
    CHECK(!ibrahim.isInconsistent());
    CHECK(!textFolded(result, u"الدوحة"_s).isInconsistent());
    CHECK(result.inconsistentCount() == 1);
}

TEST_CASE("Offsets after an emoji are code points", "[consistency]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString text = u"📰 Ankara'da toplantı. 🇹🇷 Ankara sessiz."_s;
    writeArticle(dir.path(), u"emoji.txt"_s, text, {tag(text, u"Ankara"_s, u"GPE"_s, 1)});

    const TagConsistency::Result result = review(dir.path());
    const TagConsistency::Text &ankara = textFolded(result, u"ankara"_s);
    REQUIRE(ankara.places.size() == 2);
    // 📰 is one code point (two UTF-16 units); 🇹🇷 two (four).
    CHECK(ankara.places[0].start == 2);
    CHECK(ankara.places[0].end == 8);
    CHECK(ankara.places[0].tagging == Tagging::Untagged);
    CHECK(ankara.places[1].start == 25);
    CHECK(ankara.places[1].end == 31);
    CHECK(ankara.places[1].tagging == Tagging::Exact);
    CHECK(ankara.places[1].context == u"📰 Ankara'da toplantı. 🇹🇷 [Ankara] sessiz."_s);
}

TEST_CASE("A text tagged with two types, and one tagged partly, are inconsistent", "[consistency]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString person = u"Emir Aslan met the press."_s;
    const QString org = u"Shares of Emir Aslan rose."_s;
    const QString holding = u"Emir Aslan Holding bought Baku Steel. Baku Steel denied it."_s;
    writeArticle(dir.path(), u"person.txt"_s, person, {tag(person, u"Emir Aslan"_s, u"PERSON"_s)});
    writeArticle(dir.path(), u"org.txt"_s, org, {tag(org, u"Emir Aslan"_s, u"ORG"_s)});
    writeArticle(dir.path(), u"holding.txt"_s, holding,
                 {tag(holding, u"Emir Aslan Holding"_s, u"ORG"_s), tag(holding, u"Baku Steel"_s, u"ORG"_s, 0),
                  tag(holding, u"Baku Steel"_s, u"ORG"_s, 1)});

    const TagConsistency::Result result = review(dir.path());
    const TagConsistency::Text &emir = textFolded(result, u"emir aslan"_s);
    CHECK(emir.types == QMap<QString, qsizetype> {{u"ORG"_s, 1}, {u"PERSON"_s, 1}});
    CHECK(emir.partly == 1);
    CHECK(emir.untagged == 0);
    const QStringList expected {u"holding.txt 0-10 partly ORG"_s, u"org.txt 10-20 exact ORG"_s,
                                u"person.txt 0-10 exact PERSON"_s};
    CHECK(describe(result, emir) == expected);
    CHECK(emir.places[0].entityStart == 0);
    CHECK(emir.places[0].entityEnd == 18);
    CHECK(!textFolded(result, u"emir aslan holding"_s).isInconsistent());
    CHECK(!textFolded(result, u"baku steel"_s).isInconsistent());

    const Test::CommandRun run = Test::runCommand(&ConsistencyCommand::run, {dir.path()});
    CHECK(run.status == 1);
    CHECK(run.out.contains(u"“Emir Aslan”: ORG 1, PERSON 1; untagged 0, partly tagged 1\n"_s));
    CHECK(run.out.contains(u"/holding.txt:0-10: partly ORG 0-18: [Emir Aslan] Holding bought Baku Steel."_s));
    CHECK(!run.out.contains(u"Baku Steel”"_s)); // consistent: not listed

    // Without --all, a consistent text keeps its counts but not its places.
    const TagConsistency::Result brief = review(dir.path(), false);
    CHECK(textFolded(brief, u"baku steel"_s).places.empty());
    CHECK(textFolded(brief, u"baku steel"_s).occurrences == 2);
    CHECK(textFolded(brief, u"emir aslan"_s).places.size() == 3);

    // --types ORG: the PERSON is not an entity, so its place is untagged.
    TagConsistency::Settings settings;
    settings.folders = {dir.path()};
    settings.entityTypes = {u"ORG"_s};
    const TagConsistency::Result orgs = TagConsistency::run(settings);
    const TagConsistency::Text &emirOrg = textFolded(orgs, u"emir aslan"_s);
    CHECK(emirOrg.types == QMap<QString, qsizetype> {{u"ORG"_s, 1}});
    CHECK(emirOrg.untagged == 1);
}

TEST_CASE("The indexed scan finds what one TextMatcher per text finds", "[consistency]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // Names of several words, across a line break, with a hyphen, an apostrophe in the name, a leading
    // '#', Turkish dotted and dotless I in Turkish and English articles, Arabic clitic chains.
    const QString tr = u"İSTANBUL'da Haluk\nGörgün ve Al-Sisi konuştu. Istanbul, #Ankara ve O'Brien'ın ofisi."_s;
    const QString en = u"ISTANBUL and Istanbul: Haluk Görgün, al-sisi and #ankara met O'Brien. Görgünler."_s;
    const QString ar = u"فبالقاهرة وللقاهرة والقاهرة القاهرةُ. القاهرة-الجديدة كالقاهرة ولالقاهرة."_s;
    writeArticle(dir.path(), u"tr.txt"_s, tr,
                 {tag(tr, u"İSTANBUL"_s, u"GPE"_s), tag(tr, u"Haluk\nGörgün"_s, u"PERSON"_s),
                  tag(tr, u"Al-Sisi"_s, u"PERSON"_s), tag(tr, u"#Ankara"_s, u"TAG"_s),
                  tag(tr, u"O'Brien'ın"_s, u"PERSON"_s)});
    writeArticle(dir.path(), u"en.txt"_s, en, {tag(en, u"Istanbul"_s, u"GPE"_s), tag(en, u"Görgün"_s, u"PERSON"_s, 1)});
    writeArticle(dir.path(), u"ar.txt"_s, ar, {tag(ar, u"القاهرة"_s, u"GPE"_s, 3), tag(ar, u"للقاهرة"_s, u"GPE"_s)});
    writeArticle(dir.path(), u"plain.txt"_s, tr + u' ' + en + u' ' + ar, {}, false);

    const TagConsistency::Result indexed = review(dir.path());
    const TagConsistency::Result perText = review(dir.path(), true, TagConsistency::Matching::PerText);
    REQUIRE(indexed.texts.size() == perText.texts.size());
    qsizetype places = 0;
    for (size_t t = 0; t < indexed.texts.size(); ++t) {
        INFO(indexed.texts[t].folded.toStdString());
        CHECK(indexed.texts[t].folded == perText.texts[t].folded);
        CHECK(describe(indexed, indexed.texts[t]) == describe(perText, perText.texts[t]));
        places += qsizetype(indexed.texts[t].places.size());
    }
    CHECK(places >= 20);
    // Istanbul in every spelling is one text; Haluk Görgün across the line break too.
    CHECK(textFolded(indexed, u"istanbul"_s).occurrences == 8);
    CHECK(textFolded(indexed, u"haluk görgün"_s).occurrences == 4);
    CHECK(textFolded(indexed, u"#ankara"_s).occurrences == 4);
    CHECK(textFolded(indexed, u"o'brien"_s).occurrences == 4);
    // An entity tagged inside a longer word ("Görgünler") is not a whole-word occurrence, but still tags
    // its text there.
    const auto [inside, insideEnd] = spanOf(en, u"Görgün"_s, 1);
    CHECK(describe(indexed, textFolded(indexed, u"görgün"_s))
              .contains(u"en.txt %1-%2 exact PERSON"_s.arg(inside).arg(insideEnd)));
    // Every spelling with proclitics (ف ب ال, و ال, ك ال, و ل ال); not "وللقاهرة", whose ل stands for ال:
    // that is the text "للقاهرة", as the search sees it.
    const TagConsistency::Text &cairo = textFolded(indexed, u"القاهرة"_s);
    CHECK(cairo.occurrences == 2 * 6);
}

TEST_CASE("hashiya consistency lists the inconsistent texts and exits 1, or 0 when all agree", "[consistency][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString corpus = dir.filePath(u"corpus"_s);
    writeArticle(corpus, u"a.txt"_s, turkishA, {tag(turkishA, u"Görgün'ün"_s, u"PERSON"_s)});
    writeArticle(corpus, u"b.txt"_s, turkishB, {tag(turkishB, u"GÖRGÜN"_s, u"PERSON"_s)});
    const QString tidy = dir.filePath(u"tidy"_s);
    writeArticle(tidy, u"a.txt"_s, turkishA, {tag(turkishA, u"Görgün'ün"_s, u"PERSON"_s)});

    const Test::CommandRun run = Test::runCommand(&ConsistencyCommand::run, {corpus});
    INFO(run.err.toStdString());
    CHECK(run.status == 1);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 5);
    CHECK(lines[0] == u"“GÖRGÜN”: PERSON 2; untagged 1, partly tagged 0"_s);
    CHECK(lines[1] == u"  "_s + corpus + u"/a.txt:0-6: PERSON: [Görgün]'ün açıklaması bugün geldi."_s);
    CHECK(lines[3] == u"  "_s + corpus + u"/b.txt:22-28: untagged: GÖRGÜN bugün konuştu. [Görgün] yarın gelecek."_s);
    CHECK(lines[4] == u"1 of 1 text(s) inconsistent; 2 article(s) reviewed"_s);

    const Test::CommandRun consistent = Test::runCommand(&ConsistencyCommand::run, {tidy});
    CHECK(consistent.status == 0);
    CHECK(!consistent.out.contains(u"Görgün"_s));
    const Test::CommandRun all = Test::runCommand(&ConsistencyCommand::run, {u"--all"_s, tidy});
    CHECK(all.status == 0);
    CHECK(all.out.contains(u"/a.txt:0-6: PERSON: [Görgün]'ün"_s));

    const Test::CommandRun json = Test::runCommand(&ConsistencyCommand::run, {u"--json"_s, corpus});
    CHECK(json.status == 1);
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(report.value(u"inconsistent"_s).toInt() == 1);
    CHECK(report.value(u"reviewed"_s).toInt() == 2);
    const QJsonObject text = report.value(u"results"_s).toArray().at(0).toObject();
    CHECK(text.value(u"folded"_s).toString() == u"görgün"_s);
    CHECK(text.value(u"types"_s).toObject().value(u"PERSON"_s).toInt() == 2);
    const QJsonObject untagged = text.value(u"places"_s).toArray().at(2).toObject();
    CHECK(untagged.value(u"tagging"_s).toString() == u"untagged"_s);
    CHECK(untagged.value(u"start"_s).toInt() == 22);
    CHECK(untagged.value(u"path"_s).toString() == corpus + u"/b.txt"_s);

    // --types leaves out the PERSON entities: nothing is tagged, so nothing is inconsistent.
    CHECK(Test::runCommand(&ConsistencyCommand::run, {u"--types"_s, u"ORG"_s, corpus}).status == 0);

    CHECK(Test::runCommand(&ConsistencyCommand::run, {}).status == 2);
    CHECK(Test::runCommand(&ConsistencyCommand::run, {u"--colour"_s, corpus}).status == 2);
    CHECK(Test::runCommand(&ConsistencyCommand::run, {corpus + u"/a.txt"_s}).status == 2);
}

TEST_CASE("hashiya consistency names a broken sidecar, leaves its article out and never writes it",
          "[consistency][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    writeArticle(dir.path(), u"a.txt"_s, turkishA, {tag(turkishA, u"Görgün'ün"_s, u"PERSON"_s)});
    writeArticle(dir.path(), u"b.txt"_s, turkishB, {});
    const QByteArray broken = "{\"format\": \"hashiya-sidecar\", ";
    Test::writeBytes(dir.filePath(u"b.txt.ann.json"_s), broken);

    const Test::CommandRun run = Test::runCommand(&ConsistencyCommand::run, {dir.path()});
    CHECK(run.err.contains(dir.filePath(u"b.txt.ann.json"_s)));
    // b.txt (with two untagged Görgün) is left out: what remains is consistent.
    CHECK(run.status == 0);
    CHECK(run.out.contains(u"; 1 article(s) reviewed"_s));
    CHECK(Test::readBytes(dir.filePath(u"b.txt.ann.json"_s)) == broken);
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == 4); // no backup, no new file
}
