// SPDX-License-Identifier: GPL-3.0-or-later
// Three-way merge of sidecars annotation by annotation: one-side changes taken, conflicts recorded with
// base, ours and theirs, the same entity added twice made one, ends brought back, who saved last taken
// from the later side, text versions recorded, and sides that are not sidecars refused with their line.
#include "merge/sidecarmerge.h"
#include "support/catchqt.h"
#include "support/testfiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

struct Sidecar
{
    QByteArray modified = "2026-12-01T10:00:00Z";
    QByteArray annotator = "ayse";
    QByteArray sha = "aaaa";
    QByteArray version = "1.2";
    QByteArray extra; // more top-level lines, each ending with ",\n"
    QList<QByteArray> entities;
    QList<QByteArray> relations;

    QByteArray bytes() const
    {
        QByteArray out = "{\n  \"format\": \"hashiya-sidecar\",\n  \"version\": \"" + version + "\",\n  \"article\": {\"file\":\"a.txt\",\"sha256\":\""
            + sha + "\",\"length\":40},\n  \"annotator\": \"" + annotator + "\",\n  \"modified\": \"" + modified + "\",\n" + extra;
        out += "  \"entities\": [\n    " + entities.join(",\n    ") + "\n  ],\n";
        out += "  \"relations\": [\n    " + relations.join(",\n    ") + "\n  ]\n}\n";
        return out;
    }
    SidecarTree tree() const
    {
        QString error;
        std::optional<SidecarTree> parsed = SidecarTree::parse(bytes(), u"test.ann.json"_s, &error);
        INFO(error.toStdString());
        REQUIRE(parsed);
        return *parsed;
    }
};

QByteArray entity(const char *id, const char *type, int start, int end, const QByteArray &more = {})
{
    return "{\"id\":\"" + QByteArray(id) + "\",\"type\":\"" + type + "\",\"spans\":[[" + QByteArray::number(start) + ','
        + QByteArray::number(end) + ",\"x\",\"\",\"\"]]" + more + '}';
}

QByteArray relation(const char *id, const char *type, const char *from, const char *to)
{
    return "{\"id\":\"" + QByteArray(id) + "\",\"type\":\"" + type + "\",\"from\":\"" + from + "\",\"to\":\"" + to + "\"}";
}

/// The merged sidecar read back as JSON.
QJsonObject json(const SidecarMerge::Result &result)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.merged.toJson(), &error);
    INFO(result.merged.toJson().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

QStringList describe(const QJsonArray &items)
{
    QStringList out;
    for (const QJsonValue &item : items) {
        const QJsonObject o = item.toObject();
        QString line = o[u"id"].toString() + u' ' + o[u"type"].toString();
        if (o.contains(u"from"_s))
            line += u' ' + o[u"from"].toString() + u"→"_s + o[u"to"].toString();
        if (o.contains(u"attributes"_s))
            line += u' ' + QString::fromUtf8(QJsonDocument(o[u"attributes"].toObject()).toJson(QJsonDocument::Compact));
        out.append(line);
    }
    return out;
}

const SidecarMerge::Names names {u"main"_s, u"feature"_s};

} // namespace

TEST_CASE("A change on one side is taken, and nothing else conflicts", "[merge]")
{
    Sidecar base;
    base.entities = {entity("e1", "PERSON", 0, 5), entity("e2", "ORG", 10, 15), entity("e3", "GPE", 20, 25)};
    base.relations = {relation("r1", "MEMBER_OF", "e1", "e2")};
    Sidecar ours = base, theirs = base;
    ours.entities.append(entity("e4", "DATE", 30, 35)); // added by us
    ours.entities.removeAt(2); // e3 deleted by us
    theirs.entities[1] = entity("e2", "GPE", 10, 15); // retyped by them
    theirs.entities.prepend(entity("e0", "PERSON", 1, 3)); // added by them, written first
    theirs.relations.append(relation("r2", "LOCATED_IN", "e1", "e2"));
    theirs.modified = "2026-12-02T08:00:00Z";
    theirs.annotator = "mehmet";

    const SidecarMerge::Result result = SidecarMerge::merge(base.tree(), ours.tree(), theirs.tree(), names);
    CHECK(result.conflicts.empty());
    const QJsonObject merged = json(result);
    // In the order entities are written: by start.
    CHECK(describe(merged[u"entities"].toArray())
          == QStringList {u"e1 PERSON"_s, u"e0 PERSON"_s, u"e2 GPE"_s, u"e4 DATE"_s});
    CHECK(describe(merged[u"relations"].toArray())
          == QStringList {u"r1 MEMBER_OF e1→e2"_s, u"r2 LOCATED_IN e1→e2"_s});
    // Who saved last, and when: the later side.
    CHECK(merged[u"annotator"].toString() == u"mehmet"_s);
    CHECK(merged[u"modified"].toString() == u"2026-12-02T08:00:00Z"_s);
    CHECK(merged[u"version"].toString() == u"1.2"_s);
    CHECK(!merged.contains(u"conflicts"_s));
    CHECK(result.fromOurs == 2);
    CHECK(result.fromTheirs == 3);
}

TEST_CASE("Both sides changing one member differently keep ours and record base, ours and theirs", "[merge]")
{
    Sidecar base;
    base.entities = {entity("e1", "PERSON", 0, 5, ",\"attributes\":{\"role\":\"minister\"}")};
    Sidecar ours = base, theirs = base;
    ours.entities = {entity("e1", "ORG", 0, 5, ",\"attributes\":{\"rank\":\"1\",\"role\":\"deputy\"}")};
    theirs.entities = {entity("e1", "GPE", 0, 5, ",\"attributes\":{\"role\":\"envoy\",\"source\":\"AA\"}")};

    const SidecarMerge::Result result = SidecarMerge::merge(base.tree(), ours.tree(), theirs.tree(), names);
    const QJsonObject merged = json(result);
    // Attributes key by key: rank from us, source from them, role in conflict (ours kept).
    CHECK(describe(merged[u"entities"].toArray())
          == QStringList {u"e1 ORG {\"rank\":\"1\",\"role\":\"deputy\",\"source\":\"AA\"}"_s});
    REQUIRE(result.conflicts.size() == 2);
    CHECK(merged[u"version"].toString() == u"2.0"_s);
    const QJsonArray conflicts = merged[u"conflicts"].toArray();
    REQUIRE(conflicts.size() == 2);
    const QJsonObject type = conflicts[0].toObject();
    CHECK(type[u"kind"].toString() == u"both_changed"_s);
    CHECK(type[u"item"].toString() == u"entity"_s);
    CHECK(type[u"itemId"].toString() == u"e1"_s);
    CHECK(type[u"field"].toString() == u"type"_s);
    CHECK(type[u"base"].toString() == u"PERSON"_s);
    CHECK(type[u"ours"].toString() == u"ORG"_s);
    CHECK(type[u"theirs"].toString() == u"GPE"_s);
    CHECK(type[u"oursName"].toString() == u"main"_s);
    CHECK(type[u"theirsName"].toString() == u"feature"_s);
    CHECK(conflicts[1].toObject()[u"field"].toString() == u"attributes.role"_s);
    CHECK(conflicts[1].toObject()[u"theirs"].toString() == u"envoy"_s);
    // Each conflict reads back, and says what happened in words.
    const std::optional<MergeConflict> read = MergeConflict::fromJson(QJsonDocument(type).toJson());
    REQUIRE(read);
    CHECK(read->describe().contains(u"feature"_s));
    CHECK(read->ours == QByteArray("\"ORG\""));
}

TEST_CASE("Deleted on one side and changed on the other is kept as changed, with a conflict", "[merge]")
{
    Sidecar base;
    base.entities = {entity("e1", "PERSON", 0, 5), entity("e2", "ORG", 10, 15)};
    Sidecar ours = base, theirs = base;
    ours.entities = {entity("e1", "PERSON", 0, 5)}; // e2 deleted
    theirs.entities[1] = entity("e2", "GPE", 10, 15); // e2 retyped
    const SidecarMerge::Result result = SidecarMerge::merge(base.tree(), ours.tree(), theirs.tree(), names);
    CHECK(describe(json(result)[u"entities"].toArray()) == QStringList {u"e1 PERSON"_s, u"e2 GPE"_s});
    REQUIRE(result.conflicts.size() == 1);
    CHECK(result.conflicts[0].kind == MergeConflict::Kind::DeletedAndChanged);
    CHECK(!result.conflicts[0].ours);
    CHECK(result.conflicts[0].theirs.value_or(QByteArray()).contains("\"GPE\""));
    // Deleted on one side and untouched on the other: simply gone.
    theirs.entities[1] = entity("e2", "ORG", 10, 15);
    const SidecarMerge::Result clean = SidecarMerge::merge(base.tree(), ours.tree(), theirs.tree(), names);
    CHECK(clean.conflicts.empty());
    CHECK(describe(json(clean)[u"entities"].toArray()) == QStringList {u"e1 PERSON"_s});
}

TEST_CASE("A relation to an entity the other side deleted brings the entity back", "[merge]")
{
    Sidecar base;
    base.entities = {entity("e1", "PERSON", 0, 5), entity("e2", "ORG", 10, 15)};
    Sidecar ours = base, theirs = base;
    ours.entities = {entity("e1", "PERSON", 0, 5)};
    theirs.relations = {relation("r1", "MEMBER_OF", "e1", "e2")};
    const SidecarMerge::Result result = SidecarMerge::merge(base.tree(), ours.tree(), theirs.tree(), names);
    const QJsonObject merged = json(result);
    CHECK(describe(merged[u"entities"].toArray()) == QStringList {u"e1 PERSON"_s, u"e2 ORG"_s});
    CHECK(describe(merged[u"relations"].toArray()) == QStringList {u"r1 MEMBER_OF e1→e2"_s});
    REQUIRE(result.conflicts.size() == 1);
    CHECK(result.conflicts[0].kind == MergeConflict::Kind::EndDeleted);
    CHECK(result.conflicts[0].itemId == "e2");
}

TEST_CASE("The same name tagged on both sides under different ids becomes one entity", "[merge]")
{
    Sidecar base;
    base.entities = {entity("e1", "PERSON", 0, 5)};
    Sidecar ours = base, theirs = base;
    ours.entities.append(entity("mine", "ORG", 10, 15));
    theirs.entities.append(entity("their", "ORG", 10, 15, ",\"note\":\"checked\""));
    theirs.relations = {relation("r1", "MEMBER_OF", "e1", "their")};
    const SidecarMerge::Result result = SidecarMerge::merge(base.tree(), ours.tree(), theirs.tree(), names);
    const QJsonObject merged = json(result);
    CHECK(result.conflicts.empty());
    CHECK(result.unified == 1);
    const QJsonArray entities = merged[u"entities"].toArray();
    CHECK(describe(entities) == QStringList {u"e1 PERSON"_s, u"mine ORG"_s});
    CHECK(entities[1].toObject()[u"note"].toString() == u"checked"_s);
    CHECK(describe(merged[u"relations"].toArray()) == QStringList {u"r1 MEMBER_OF e1→mine"_s});
}

TEST_CASE("Sides annotating different versions of the text are recorded for re-anchoring", "[merge]")
{
    Sidecar base;
    base.entities = {entity("e1", "PERSON", 0, 5)};
    Sidecar ours = base, theirs = base;
    theirs.sha = "bbbb"; // their article's text changed
    theirs.entities = {entity("e1", "PERSON", 2, 7)};
    ours.entities.append(entity("e2", "ORG", 10, 15));
    const SidecarMerge::Result result = SidecarMerge::merge(base.tree(), ours.tree(), theirs.tree(), names);
    CHECK(result.textsDiffer);
    const QJsonObject article = json(result)[u"article"].toObject();
    CHECK(article[u"sha256"].toString() == u"aaaa"_s); // the text the merged article is not
    CHECK(article[u"mergedFrom"].toArray() == QJsonArray {u"aaaa"_s, u"bbbb"_s});
    CHECK(json(result)[u"version"].toString() == u"1.3"_s); // the version that added mergedFrom
}

TEST_CASE("Conflicts a side carries stay until one side resolves them", "[merge]")
{
    Sidecar base;
    base.entities = {entity("e1", "PERSON", 0, 5)};
    const QByteArray earlier = "{\"id\":\"c1\",\"kind\":\"both_changed\",\"item\":\"entity\",\"itemId\":\"e1\","
                               "\"field\":\"type\",\"base\":null,\"ours\":\"PERSON\",\"theirs\":\"ORG\"}";
    Sidecar carrying = base;
    carrying.version = "2.0";
    carrying.extra = "  \"conflicts\": [\n    " + earlier + "\n  ],\n";
    // Both carry it: kept. One resolved it since the base: gone.
    const SidecarMerge::Result kept = SidecarMerge::merge(base.tree(), carrying.tree(), carrying.tree(), names);
    CHECK(json(kept)[u"conflicts"].toArray().size() == 1);
    CHECK(json(kept)[u"version"].toString() == u"2.0"_s);
    Sidecar resolved = base;
    resolved.entities = {entity("e1", "ORG", 0, 5)};
    const SidecarMerge::Result gone = SidecarMerge::merge(carrying.tree(), carrying.tree(), resolved.tree(), names);
    CHECK(!json(gone)[u"conflicts"].isArray());
    CHECK(json(gone)[u"version"].toString() == u"1.3"_s);
}

TEST_CASE("A side that is not a sidecar this version merges is refused with its line", "[merge]")
{
    Sidecar good;
    good.entities = {entity("e1", "PERSON", 0, 5)};
    QString error;
    const QByteArray bytes = good.bytes();
    CHECK(!SidecarTree::parse(bytes.left(bytes.size() / 2), u"a.ann.json"_s, &error));
    CHECK(error.startsWith(u"a.ann.json:"_s));
    QByteArray marked = bytes;
    marked.replace("  \"entities\"", "<<<<<<< HEAD\n  \"entities\"");
    CHECK(!SidecarTree::parse(marked, u"a.ann.json"_s, &error));
    CHECK(error.contains(u"a.ann.json:7:"_s));
    CHECK(error.contains(u"conflict markers"_s));
    QByteArray newer = bytes;
    newer.replace("\"1.2\"", "\"3.0\"");
    CHECK(!SidecarTree::parse(newer, u"a.ann.json"_s, &error));
    CHECK(error.contains(u"3.0"_s));
    QByteArray noId = bytes;
    noId.replace("\"id\":\"e1\",", "");
    CHECK(!SidecarTree::parse(noId, u"a.ann.json"_s, &error));
    // Two items of one id would merge into one: refused, with the line of the second.
    Sidecar twice;
    twice.entities = {entity("e1", "PERSON", 0, 5), entity("e1", "ORG", 6, 9)};
    CHECK(!SidecarTree::parse(twice.bytes(), u"a.ann.json"_s, &error));
    INFO(error.toStdString());
    CHECK(error.contains(u"a.ann.json:9:"_s)); // the second e1's line
    CHECK(error.contains(u"e1"_s));
    CHECK(!SidecarTree::parse("[1, 2]", u"a.ann.json"_s, &error));
    CHECK(!SidecarTree::parse("{\"format\": \"other\"}", u"a.ann.json"_s, &error));
    // A member written twice: which value counts is not for a merge to guess (a side merged with itself
    // once wrote a file that did not read back).
    QByteArray formatTwice = bytes;
    formatTwice.replace("  \"format\": \"hashiya-sidecar\",\n", "  \"format\": \"hashiya-other\",\n  \"format\": \"hashiya-sidecar\",\n");
    REQUIRE(formatTwice != bytes);
    CHECK(!SidecarTree::parse(formatTwice, u"a.ann.json"_s, &error));
    CHECK(error.contains(u"a.ann.json:3:"_s));
    CHECK(error.contains(u"format"_s));
}

TEST_CASE("A sidecar as Hashiya wrote it comes back from the merge byte for byte", "[merge]")
{
    for (const QString &name : {u"mixed-briefing.txt.ann.json"_s, u"qatar-turkiye-ar.txt.ann.json"_s}) {
        const QByteArray bytes = Test::readBytes(QStringLiteral(HASHIYA_SAMPLES) + u'/' + name);
        QString error;
        const std::optional<SidecarTree> tree = SidecarTree::parse(bytes, name, &error);
        REQUIRE(tree);
        CHECK(tree->toJson() == bytes);
        const SidecarMerge::Result same = SidecarMerge::merge(*tree, *tree, *tree, names);
        CHECK(same.conflicts.empty());
        CHECK(same.merged.toJson() == bytes);
    }
}

TEST_CASE("A schema merges type by type, by name, in ours' order, and keeps its conflicts out of the file",
          "[merge]")
{
    const QByteArray sample = Test::readBytes(QStringLiteral(HASHIYA_SAMPLES) + u"/hashiya-schema.json"_s);
    QString error;
    const std::optional<SidecarTree> base = SidecarTree::parse(sample, u"hashiya-schema.json"_s, &error);
    INFO(error.toStdString());
    REQUIRE(base);
    CHECK(base->format == "hashiya-schema");
    CHECK(base->toJson() == sample); // as written, byte for byte
    QByteArray ours = sample, theirs = sample;
    ours.replace("    {\"name\": \"TITLE\"", "    {\"name\": \"VESSEL\", \"short\": \"VSL\", \"color\": \"#123456\"},\n    {\"name\": \"TITLE\"");
    theirs.replace("\"color\": \"#ff9da7\"", "\"color\": \"#000000\""); // EVENT's colour
    REQUIRE(ours != sample);
    REQUIRE(theirs != sample);
    const SidecarMerge::Result clean = SidecarMerge::merge(
        *base, *SidecarTree::parse(ours, u"s"_s, &error), *SidecarTree::parse(theirs, u"s"_s, &error), names);
    CHECK(clean.conflicts.empty());
    const QJsonObject merged = json(clean);
    CHECK(merged[u"format"].toString() == u"hashiya-schema"_s);
    QStringList types;
    for (const QJsonValue &type : merged[u"entityTypes"].toArray())
        types.append(type[u"name"].toString() + u' ' + type[u"color"].toString());
    CHECK(types.contains(u"VESSEL #123456"_s));
    CHECK(types.contains(u"EVENT #000000"_s));
    CHECK(types.indexOf(u"VESSEL #123456"_s) + 1 == types.indexOf(u"TITLE #9c755f"_s)); // where ours put it
    CHECK(merged[u"relationTypes"].toArray().size() == 11);
    CHECK(!merged.contains(u"entities"_s));
    // Both recolour EVENT: a conflict, returned but not written into the schema.
    QByteArray other = sample;
    other.replace("\"color\": \"#ff9da7\"", "\"color\": \"#ffffff\"");
    const SidecarMerge::Result both = SidecarMerge::merge(
        *base, *SidecarTree::parse(theirs, u"s"_s, &error), *SidecarTree::parse(other, u"s"_s, &error), names);
    REQUIRE(both.conflicts.size() == 1);
    CHECK(both.conflicts[0].item == "entityType");
    CHECK(both.conflicts[0].itemId == "EVENT");
    CHECK(both.conflicts[0].field == "color");
    CHECK(!json(both).contains(u"conflicts"_s));
}
