// SPDX-License-Identifier: GPL-3.0-or-later
#include "sidecarreader.h"

#include "io/idtable.h"
#include "io/jsonfields.h"
#include "io/sidecarentryreader.h"
#include "model/article.h"
#include "model/mergeconflict.h"
#include "model/relationrules.h"
#include "model/schema.h"
#include "text/codepointindex.h"

#include <QJsonDocument>

#include <algorithm>
#include <atomic>
#include <limits>
#include <thread>

namespace Hashiya {
namespace {

namespace od = simdjson::ondemand;
using Severity = Problem::Severity;

QString quoted(QStringView text)
{
    return quotedForMessage(text);
}
QString quoted(std::string_view utf8)
{
    return quotedForMessage(utf8);
}

/// Where the entity and relation lines are in a sidecar laid out as Hashiya writes it: a short header,
/// one entity per line, one relation per line, a short footer. Such a file can be read line by line on
/// several cores; any other layout is read as one document.
struct Layout
{
    qsizetype firstEntityLine = 0; ///< 0-based line numbers
    qsizetype entityLines = 0;
    qsizetype firstRelationLine = 0;
    qsizetype relationLines = 0;
};

std::string_view lineText(const JsonSource &source, qsizetype line)
{
    const std::vector<qsizetype> &starts = source.lineStarts();
    const qsizetype begin = starts[size_t(line)];
    const qsizetype end = size_t(line + 1) < starts.size() ? starts[size_t(line + 1)] - 1 : source.size();
    return std::string_view(source.data() + begin, size_t(end - begin));
}

// Finds the lines of one array, opened by `opening` on line `line` and holding one object per line.
// Returns the number of item lines and moves `line` past the closing bracket.
std::optional<qsizetype> arrayLines(const JsonSource &source, qsizetype &line, std::string_view name)
{
    const qsizetype lineCount = qsizetype(source.lineStarts().size());
    const std::string opening = "  \"" + std::string(name) + "\": [";
    if (line >= lineCount)
        return std::nullopt;
    const std::string_view first = lineText(source, line);
    if (first == opening + "]," || first == opening + "]") {
        ++line;
        return 0;
    }
    if (first != opening)
        return std::nullopt;
    qsizetype items = 0;
    for (++line; line < lineCount; ++line, ++items) {
        const std::string_view text = lineText(source, line);
        if (text == "  ]," || text == "  ]") {
            ++line;
            return items;
        }
        if (!text.starts_with("    {"))
            return std::nullopt;
    }
    return std::nullopt;
}

std::optional<Layout> findLayout(const JsonSource &source)
{
    const qsizetype lineCount = qsizetype(source.lineStarts().size());
    qsizetype line = 0;
    while (line < lineCount && !lineText(source, line).starts_with("  \"entities\": ["))
        ++line;
    Layout layout;
    layout.firstEntityLine = line + 1;
    const std::optional<qsizetype> entities = arrayLines(source, line, "entities");
    if (!entities)
        return std::nullopt;
    layout.entityLines = *entities;
    layout.firstRelationLine = line + 1;
    const std::optional<qsizetype> relations = arrayLines(source, line, "relations");
    if (!relations)
        return std::nullopt;
    layout.relationLines = *relations;
    return layout;
}

// The sidecar with its entity and relation lines blanked: the header and footer still parse as the same
// JSON document, with the same line numbers, but hold no annotations.
QByteArray skeletonOf(const JsonSource &source, const Layout &layout)
{
    const std::vector<qsizetype> &starts = source.lineStarts();
    auto offsetOfLine = [&](qsizetype line) {
        return line < qsizetype(starts.size()) ? starts[size_t(line)] : source.size();
    };
    QByteArray skeleton;
    auto copy = [&](qsizetype from, qsizetype to) {
        skeleton.append(source.data() + from, to - from);
    };
    const qsizetype entitiesBegin = offsetOfLine(layout.firstEntityLine);
    const qsizetype entitiesEnd = offsetOfLine(layout.firstEntityLine + layout.entityLines);
    const qsizetype relationsBegin = offsetOfLine(layout.firstRelationLine);
    const qsizetype relationsEnd = offsetOfLine(layout.firstRelationLine + layout.relationLines);
    copy(0, entitiesBegin);
    skeleton.append(layout.entityLines, '\n');
    copy(entitiesEnd, relationsBegin);
    skeleton.append(layout.relationLines, '\n');
    copy(relationsEnd, source.size());
    return skeleton;
}

/// One item line: the item, without its indentation, and whether a comma followed it.
struct ItemLine
{
    std::string_view text;
    bool comma = false;
};

ItemLine itemLine(std::string_view line)
{
    while (!line.empty() && line.front() == ' ')
        line.remove_prefix(1);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r'))
        line.remove_suffix(1);
    const bool comma = !line.empty() && line.back() == ',';
    if (comma)
        line.remove_suffix(1);
    return {line, comma};
}

/// One read of one sidecar: the header on one thread, the annotations on as many as pay off, then the
/// checks that need them all.
class Reader
{
public:
    Reader(const JsonSource &source, const QString &path, const Article &article, const CodePointIndex &codePoints,
           const Schema *schema, Problems *problems, SidecarReader::Conflicts conflicts)
        : m_source(source)
        , m_path(path)
        , m_article(article)
        , m_codePoints(codePoints)
        , m_schema(schema)
        , m_problems(problems)
        , m_conflicts(conflicts)
    {
    }

    SidecarContent run(SidecarReader::Route route, SidecarReader::Route *taken);

private:
    struct Part; // what one thread found

    bool readLineByLine(const Layout &layout);
    bool readWhole();
    void readRoot(od::object root, JsonFields &json, SidecarEntryReader &entries);
    void readArticle(od::value value, JsonFields &json, SidecarEntryReader &entries);
    void readConflicts(od::value value, JsonFields &json);
    void merge(Part &part);
    void checkIds();
    void checkReferences();
    void checkArticleFacts();
    void reportUnknownNames();
    void report(Severity severity, qsizetype offset, const QString &message);
    void finish();

    SidecarEntryReader::Context entryContext(bool checkContext) const
    {
        return {m_article, m_codePoints, m_schema, checkContext};
    }
    const QString &idOfUse(IdTable::Use use) const
    {
        return use.isEntity ? m_content.entities[use.index].id : m_content.relations[use.index].id;
    }
    qsizetype offsetOfUse(IdTable::Use use) const
    {
        return (use.isEntity ? m_entityOffsets : m_relationOffsets)[use.index];
    }

    const JsonSource &m_source;
    QString m_path;
    const Article &m_article;
    const CodePointIndex &m_codePoints;
    const Schema *m_schema;
    Problems *m_problems;
    SidecarReader::Conflicts m_conflicts;
    Problems m_found; // this file's problems, ordered by line at the end

    SidecarContent m_content;
    bool m_entitiesInOrder = true; // so far: merge() keeps it, dropping repeats cannot change it
    std::vector<qsizetype> m_entityOffsets, m_relationOffsets;
    std::vector<size_t> m_entityIdHashes, m_relationIdHashes;
    std::vector<std::pair<size_t, size_t>> m_relationEndHashes;
    QHash<QString, SidecarEntryReader::UnknownName> m_unknownEntityTypes, m_unknownRelationTypes, m_unknownAttributes;
    qsizetype m_mismatchedSpans = 0;
    qsizetype m_unreported = 0;
    std::optional<IdTable> m_ids;

    /// What readRoot() found outside the annotations; found again when the whole document is read after
    /// the line-by-line reading gave up.
    struct Root
    {
        // Stored prefixes and suffixes are derived data, written from the very text whose hash the sidecar
        // records; they need checking only when the article no longer has that hash.
        bool checkContext = true;
        bool checkContextForEntities = true; ///< as it was where the entities begin
        int major = 0;
        bool sawArticle = false;
        std::optional<Problem> newerVersion;
        // The annotation arrays at the top level: how often each key occurs, where the first one's value
        // starts, and how many items they hold.
        int entitiesKeys = 0, relationsKeys = 0;
        qsizetype entitiesAt = -1, relationsAt = -1;
        qsizetype items = 0;
    };
    Root m_root;
};

struct Reader::Part
{
    Part(const JsonSource &source, const QString &path, const SidecarEntryReader::Context &context)
        : json(source, path, &problems, SidecarReader::maxReportedProblems)
        , entries(context, json)
    {
    }
    Problems problems;
    JsonFields json;
    SidecarEntryReader entries;
    bool syntaxError = false;
};

SidecarContent Reader::run(SidecarReader::Route route, SidecarReader::Route *taken)
{
    const std::optional<Layout> layout =
        route == SidecarReader::Route::LineByLineIfLaidOut ? findLayout(m_source) : std::nullopt;
    const bool lineByLine = layout && readLineByLine(*layout);
    const bool usable = lineByLine || readWhole();
    if (taken)
        *taken = lineByLine ? SidecarReader::Route::LineByLineIfLaidOut : SidecarReader::Route::WholeDocument;
    if (m_root.newerVersion) {
        m_problems->append(*m_root.newerVersion); // the rest would only be noise
        return {};
    }
    if (!usable) {
        finish();
        return {};
    }
    checkIds();
    checkReferences();
    checkArticleFacts();
    reportUnknownNames();
    finish();
    m_content.entitiesInOrder = m_entitiesInOrder;
    return std::move(m_content);
}

// This reading must accept exactly what readWhole() accepts and keep what it keeps; whenever the file
// strays from the layout Hashiya writes, it gives up and leaves the file to readWhole().
bool Reader::readLineByLine(const Layout &layout)
{
    // The header and footer first, on their own: they say whether the context needs checking.
    const JsonSource skeleton(skeletonOf(m_source, layout));
    Part header(skeleton, m_path, entryContext(true));
    try {
        od::document document = header.json.iterate();
        if (document.type() != od::json_type::object)
            return false;
        readRoot(document.get_object(), header.json, header.entries);
        // What a newer version holds, and so what to report, is for the whole document to say.
        if (m_root.newerVersion)
            return false;
        if (JsonFields::hasTrailingContent(document))
            return false;
    } catch (const simdjson::simdjson_error &) {
        return false; // let the whole-document reader place the error exactly
    }
    // The blanked lines must have held the only annotation arrays, and those at the top level: a key
    // repeated, or one nested elsewhere, is read as one document.
    if (m_root.entitiesKeys != 1 || m_root.relationsKeys != 1 || m_root.items != 0
        || skeleton.locate(m_root.entitiesAt).line != layout.firstEntityLine
        || skeleton.locate(m_root.relationsAt).line != layout.firstRelationLine)
        return false;

    struct Item
    {
        qsizetype line;
        bool isEntity;
        bool last; ///< of its array: no comma after it
    };
    // The entity lines, then the relation lines; worked out from the index rather than listed, which
    // for a million annotations would be 16 MB of fresh memory to fill first.
    const size_t itemCount = size_t(layout.entityLines + layout.relationLines);
    auto itemAt = [&layout](size_t index) {
        const qsizetype i = qsizetype(index);
        if (i < layout.entityLines)
            return Item {layout.firstEntityLine + i, true, i + 1 == layout.entityLines};
        const qsizetype r = i - layout.entityLines;
        return Item {layout.firstRelationLine + r, false, r + 1 == layout.relationLines};
    };

    // Small sidecars are not worth a thread.
    constexpr qsizetype itemsPerThread = 20000;
    const qsizetype threads = qsizetype(itemCount) < 2 * itemsPerThread // asking for the cores reads a file
        ? 1
        : std::clamp<qsizetype>(qsizetype(itemCount) / itemsPerThread, 1,
                                std::max(1u, std::thread::hardware_concurrency()));
    std::vector<std::unique_ptr<Part>> parts;
    for (qsizetype t = 0; t < threads; ++t)
        parts.push_back(std::make_unique<Part>(m_source, m_path, entryContext(m_root.checkContextForEntities)));
    std::atomic<bool> failed = false;
    // The first part's vectors become the result: room for all there saves moving them twice.
    parts[0]->entries.entityOffsets.reserve(size_t(layout.entityLines));
    parts[0]->entries.entityIdHashes.reserve(size_t(layout.entityLines));
    auto readItems = [&](Part &part, size_t begin, size_t end) {
        try {
            for (size_t i = begin; i < end && !failed.load(std::memory_order_relaxed); ++i) {
                const Item item = itemAt(i);
                const auto [text, comma] = itemLine(lineText(m_source, item.line));
                if (comma == item.last) {
                    failed = true; // a comma missing between items, or one after the last: not JSON
                    return;
                }
                od::document document = part.json.iterate(text);
                const qsizetype at = m_source.offsetOf(text.data());
                if (document.type() != od::json_type::object) {
                    failed = true; // not one object per line after all
                    return;
                }
                od::value value = document.get_value();
                if (item.isEntity)
                    part.entries.readEntity(value, at);
                else
                    part.entries.readRelation(value, at);
                if (JsonFields::hasTrailingContent(document)) {
                    failed = true;
                    return;
                }
            }
        } catch (const simdjson::simdjson_error &) {
            failed = true;
        }
    };
    std::vector<std::thread> workers;
    const size_t chunk = (itemCount + size_t(threads) - 1) / size_t(threads);
    for (qsizetype t = 1; t < threads; ++t)
        workers.emplace_back(readItems, std::ref(*parts[size_t(t)]), std::min(itemCount, size_t(t) * chunk),
                             std::min(itemCount, size_t(t + 1) * chunk));
    readItems(*parts[0], 0, std::min(itemCount, chunk));
    for (std::thread &worker : workers)
        worker.join();
    if (failed)
        return false;
    // Past the cap, which problems are shown depends on the order they were found in: the whole
    // document finds them in a different one.
    qsizetype found = header.problems.size();
    for (const auto &part : parts)
        found += part->problems.size();
    if (found >= SidecarReader::maxReportedProblems)
        return false;

    m_found += header.problems;
    for (const auto &part : parts)
        merge(*part);
    return true;
}

bool Reader::readWhole()
{
    m_found.clear();
    m_content = {};
    m_entitiesInOrder = true;
    m_root = {};
    Part whole(m_source, m_path, entryContext(m_root.checkContext));
    try {
        od::document document = whole.json.iterate();
        if (document.type() != od::json_type::object) {
            whole.json.error(0, SidecarReader::tr("the top level must be a JSON object"));
            m_found += whole.problems;
            return false;
        }
        readRoot(document.get_object(), whole.json, whole.entries);
        if (m_root.newerVersion)
            return true;
        if (JsonFields::hasTrailingContent(document))
            throw simdjson::simdjson_error(simdjson::TRAILING_CONTENT);
    } catch (const simdjson::simdjson_error &e) {
        m_content = {};
        whole.json.reportSyntaxError(e);
        m_found += whole.problems;
        return false;
    }
    merge(whole);
    return true;
}

void Reader::merge(Part &part)
{
    SidecarEntryReader &entries = part.entries;
    // In order if each part is, and each part starts where the one before it ended.
    m_entitiesInOrder = m_entitiesInOrder && entries.entitiesInOrder
        && (m_content.entities.empty() || entries.entities.empty()
            || !entityLess(entries.entities.front(), m_content.entities.back()));
    auto append = [](auto &to, auto &from) {
        if (to.empty())
            to = std::move(from);
        else
            to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
    };
    m_content.entities.append(std::move(entries.entities));
    append(m_entityOffsets, entries.entityOffsets);
    append(m_entityIdHashes, entries.entityIdHashes);
    append(m_content.relations, entries.relations);
    append(m_relationOffsets, entries.relationOffsets);
    append(m_relationIdHashes, entries.relationIdHashes);
    append(m_relationEndHashes, entries.relationEndHashes);
    auto mergeNames = [](QHash<QString, SidecarEntryReader::UnknownName> &to,
                         const QHash<QString, SidecarEntryReader::UnknownName> &from) {
        for (auto it = from.cbegin(); it != from.cend(); ++it) {
            SidecarEntryReader::UnknownName &name = to[it.key()];
            name.firstOffset = name.count == 0 ? it->firstOffset : std::min(name.firstOffset, it->firstOffset);
            name.count += it->count;
        }
    };
    mergeNames(m_unknownEntityTypes, entries.unknownEntityTypes);
    mergeNames(m_unknownRelationTypes, entries.unknownRelationTypes);
    mergeNames(m_unknownAttributes, entries.unknownAttributes);
    m_mismatchedSpans += entries.mismatchedSpans;
    m_found += part.problems;
    m_unreported += part.json.unreportedCount();
}

void Reader::readRoot(od::object root, JsonFields &json, SidecarEntryReader &entries)
{
    bool sawFormat = false, sawVersion = false;
    for (od::field field : root) {
        const std::string_view key = field.unescaped_key();
        od::value value = field.value();
        const qsizetype at = json.offsetOf(value);
        if (key == "format") {
            sawFormat = true;
            if (const auto format = json.string(value, "format"); format && *format != "hashiya-sidecar")
                json.error(at, SidecarReader::tr("this is not a Hashiya sidecar (format %1)").arg(quoted(*format)));
        } else if (key == "version") {
            sawVersion = true;
            const auto version = json.string(value, "version");
            if (!version)
                continue;
            const QString text = toQString(*version);
            const QStringList parts = text.split(u'.');
            bool majorOk = false, minorOk = false;
            m_root.major = parts.size() == 2 ? parts[0].toInt(&majorOk) : 0;
            if (parts.size() == 2)
                parts[1].toInt(&minorOk);
            if (!majorOk || !minorOk || m_root.major < 1) {
                json.error(at, SidecarReader::tr("version %1 is not of the form MAJOR.MINOR").arg(quoted(text)));
            } else if (m_root.major > SidecarReader::majorVersion) {
                m_root.newerVersion =
                    Problem {Severity::Error, m_path, json.lineOf(at), 0,
                             SidecarReader::tr("this sidecar has format version %1, written by a newer "
                                               "Hashiya; this version reads up to %2.x and will not change the file")
                                 .arg(text)
                                 .arg(SidecarReader::majorVersion)};
                return;
            }
            m_content.info.formatVersion = text;
        } else if (key == "article") {
            readArticle(value, json, entries);
        } else if (key == "annotator") {
            if (const auto s = json.string(value, "annotator"))
                m_content.info.annotator = toQString(*s);
        } else if (key == "modified") {
            if (const auto s = json.string(value, "modified"))
                m_content.info.modified = toQString(*s);
        } else if (key == "status") {
            if (const auto s = json.string(value, "status")) {
                m_content.info.status = toQString(*s);
                if (!SidecarInfo::statuses().contains(m_content.info.status))
                    json.warning(at,
                                 SidecarReader::tr("unknown status %1; use new, in-progress or done").arg(quoted(*s)));
            }
        } else if (key == "title") {
            if (const auto s = json.string(value, "title"))
                m_content.info.title = toQString(*s).simplified(); // one line, as the list and the window show it
        } else if (key == "entities" || key == "relations") {
            const bool isEntities = key == "entities";
            int &keys = isEntities ? m_root.entitiesKeys : m_root.relationsKeys;
            if (++keys == 1) {
                (isEntities ? m_root.entitiesAt : m_root.relationsAt) = at;
                if (isEntities)
                    m_root.checkContextForEntities = m_root.checkContext;
            } else {
                // Typical of a merge conflict resolved by hand. Keeping both lists loses nothing, and one
                // list is what the next save writes.
                json.warning(at,
                             isEntities ? SidecarReader::tr("“entities” appears twice; the items of both lists are "
                                                            "kept, and the next save writes them as one list")
                                        : SidecarReader::tr("“relations” appears twice; the items of both lists are "
                                                            "kept, and the next save writes them as one list"));
            }
            if (value.type() != od::json_type::array) {
                json.error(at,
                           isEntities ? SidecarReader::tr("“entities” must be an array")
                                      : SidecarReader::tr("“relations” must be an array"));
                continue;
            }
            for (od::value item : value.get_array()) {
                ++m_root.items;
                const qsizetype itemAt = json.offsetOf(item);
                if (isEntities)
                    entries.readEntity(item, itemAt);
                else
                    entries.readRelation(item, itemAt);
            }
        } else if (key == "conflicts") {
            readConflicts(value, json);
        } else {
            m_content.info.extraRoot.append({toQString(key), json.rawJson(value)});
        }
    }
    if (!sawFormat)
        json.error(0, SidecarReader::tr("the field “format” is missing; this is not a Hashiya sidecar"));
    if (!sawVersion)
        json.error(0, SidecarReader::tr("the field “version” is missing"));
    if (!m_root.sawArticle)
        json.error(0, SidecarReader::tr("the field “article” is missing"));
}

void Reader::readArticle(od::value value, JsonFields &json, SidecarEntryReader &entries)
{
    const qsizetype at = json.offsetOf(value);
    m_root.sawArticle = true;
    if (value.type() != od::json_type::object) {
        json.error(at, SidecarReader::tr("“article” must be an object"));
        return;
    }
    SidecarInfo &info = m_content.info;
    for (od::field field : value.get_object()) {
        const std::string_view key = field.unescaped_key();
        od::value v = field.value();
        if (key == "file") {
            if (const auto s = json.string(v, "file"))
                info.articleFile = toQString(*s);
        } else if (key == "sha256") {
            if (const auto s = json.string(v, "sha256")) {
                info.articleSha256 = QByteArray(s->data(), qsizetype(s->size()));
                m_root.checkContext = info.articleSha256 != m_article.sha256;
                entries.setCheckContext(m_root.checkContext);
            }
        } else if (key == "length") {
            const qsizetype fieldAt = json.offsetOf(v);
            if (const auto n = json.integer(v, "length")) {
                if (*n < 0)
                    json.error(fieldAt, SidecarReader::tr("“length” must not be negative"));
                else
                    info.articleLength = *n;
            }
        } else if (key == "encoding" || key == "lineEnds") {
            // Facts about the file on disk: the article itself is their authority, so they are re-read
            // from it on every load rather than trusted from here.
            const qsizetype fieldAt = json.offsetOf(v);
            const auto s = json.string(v, key == "encoding" ? "encoding" : "lineEnds");
            if (s && key == "lineEnds" && !lineEndingFromName(toQString(*s)))
                json.warning(fieldAt, SidecarReader::tr("unknown line ending %1").arg(quoted(*s)));
        } else if (key == "bom") {
            json.boolean(v, "bom");
        } else {
            info.extraArticle.append({toQString(key), json.rawJson(v)});
        }
    }
}

void Reader::readConflicts(od::value value, JsonFields &json)
{
    const qsizetype at = json.offsetOf(value);
    if (value.type() != od::json_type::array) {
        json.error(at, SidecarReader::tr("“conflicts” must be a list"));
        m_content.info.extraRoot.append({QStringLiteral("conflicts"), json.rawJson(value)});
        return;
    }
    QList<MergeConflict> conflicts;
    QList<QByteArray> raws;
    bool allRead = true;
    for (od::value item : value.get_array()) {
        const qsizetype itemAt = json.offsetOf(item);
        const QByteArray raw = json.rawJson(item);
        raws.append(raw);
        std::optional<MergeConflict> conflict = MergeConflict::fromJson(raw);
        // Kept as written, so the file keeps its bytes; one spread over lines (a file re-anchored, or
        // edited by hand) is kept on one, as the list holds one conflict per line.
        if (conflict && raw.contains('\n'))
            conflict->json = QJsonDocument::fromJson(raw).toJson(QJsonDocument::Compact);
        if (!conflict) {
            // Resolved by a Hashiya that knows it; the list stays as it is, and the file read-only, until then.
            allRead = false;
            json.error(itemAt, SidecarReader::tr("a merge conflict this version cannot read"));
            continue;
        }
        // Each one an error where only checking: validate fails until they are resolved.
        if (m_conflicts == SidecarReader::Conflicts::AreErrors)
            json.error(itemAt, SidecarReader::tr("unresolved merge conflict: %1").arg(conflict->describe()));
        conflicts.append(*conflict);
    }
    if (allRead)
        m_content.info.conflicts += conflicts;
    else
        m_content.info.extraRoot.append({QStringLiteral("conflicts"), '[' + raws.join(',') + ']'});
}

void Reader::checkIds()
{
    // Ids are unique across entities and relations; a repeated one keeps its first definition. Each
    // thread owns one partition of the table and goes through all ids, entities first, so relation ids
    // are checked against entities too.
    const size_t total = m_content.entities.size() + m_content.relations.size();
    const int threads = total < 20000 ? 1 : int(std::max(1u, std::thread::hardware_concurrency()));
    m_ids.emplace(qsizetype(total), threads);
    struct Repeat
    {
        bool isEntity;
        size_t index;
        qsizetype earlierOffset;
    };
    std::vector<std::vector<Repeat>> repeats(static_cast<size_t>(threads));
    auto fill = [this, &repeats](int partition) {
        auto insertAll = [&](const auto &items, const std::vector<size_t> &hashes, bool isEntity) {
            constexpr size_t lookAhead = 8; // each slot is a cache miss: ask for it early
            for (size_t i = 0; i < items.size(); ++i) {
                if (i + lookAhead < hashes.size() && m_ids->partitionOf(hashes[i + lookAhead]) == partition)
                    m_ids->prefetch(hashes[i + lookAhead]);
                if (m_ids->partitionOf(hashes[i]) != partition)
                    continue;
                const auto earlier = m_ids->insert(hashes[i], {isEntity, i},
                                                   [&](IdTable::Use use) { return idOfUse(use) == items[i].id; });
                if (earlier)
                    repeats[size_t(partition)].push_back({isEntity, i, offsetOfUse(*earlier)});
            }
        };
        insertAll(m_content.entities, m_entityIdHashes, true);
        insertAll(m_content.relations, m_relationIdHashes, false);
    };
    std::vector<std::thread> workers;
    for (int partition = 1; partition < threads; ++partition)
        workers.emplace_back(fill, partition);
    fill(0);
    for (std::thread &worker : workers)
        worker.join();

    std::vector<char> droppedEntities, droppedRelations;
    for (const std::vector<Repeat> &found : repeats) {
        for (const Repeat &repeat : found) {
            const qsizetype offset = repeat.isEntity ? m_entityOffsets[repeat.index] : m_relationOffsets[repeat.index];
            const QString &id =
                repeat.isEntity ? m_content.entities[repeat.index].id : m_content.relations[repeat.index].id;
            report(Severity::Error, offset,
                   SidecarReader::tr("the id %1 is used twice (first on line %2)")
                       .arg(id)
                       .arg(m_source.locate(repeat.earlierOffset).line));
            std::vector<char> &dropped = repeat.isEntity ? droppedEntities : droppedRelations;
            dropped.resize(repeat.isEntity ? m_content.entities.size() : m_content.relations.size());
            dropped[repeat.index] = true;
        }
    }
    if (droppedEntities.empty() && droppedRelations.empty())
        return;

    // Rare: drop the repeats, then rebuild the table, whose pointers moved with them.
    auto dropMarked = [](auto &items, std::vector<qsizetype> &offsets, std::vector<size_t> &hashes,
                         const std::vector<char> &dropped) {
        std::remove_cvref_t<decltype(items)> kept;
        size_t count = 0;
        for (size_t i = 0; i < items.size(); ++i) {
            if (i < dropped.size() && dropped[i])
                continue;
            kept.push_back(std::move(items[i]));
            offsets[count] = offsets[i];
            hashes[count] = hashes[i];
            ++count;
        }
        items = std::move(kept);
        offsets.resize(count);
        hashes.resize(count);
    };
    dropMarked(m_content.entities, m_entityOffsets, m_entityIdHashes, droppedEntities);
    dropMarked(m_content.relations, m_relationOffsets, m_relationIdHashes, droppedRelations);
    std::vector<std::pair<size_t, size_t>> endHashes;
    for (const Relation &relation : m_content.relations)
        endHashes.emplace_back(IdTable::hashOf(relation.from), IdTable::hashOf(relation.to));
    m_relationEndHashes = std::move(endHashes);
    m_ids.emplace(qsizetype(total), 1);
    // Every id is unique now.
    auto different = [](IdTable::Use) {
        return false;
    };
    for (size_t i = 0; i < m_content.entities.size(); ++i)
        m_ids->insert(m_entityIdHashes[i], {true, i}, different);
    for (size_t i = 0; i < m_content.relations.size(); ++i)
        m_ids->insert(m_relationIdHashes[i], {false, i}, different);
}

void Reader::checkReferences()
{
    // Identities of the relations whose ends exist: (what makes two relations the same, which one).
    std::vector<std::pair<size_t, size_t>> identities;
    identities.reserve(m_content.relations.size());
    for (size_t i = 0; i < m_content.relations.size(); ++i) {
        if (i + 8 < m_relationEndHashes.size()) {
            m_ids->prefetch(m_relationEndHashes[i + 8].first);
            m_ids->prefetch(m_relationEndHashes[i + 8].second);
        }
        const Relation &relation = m_content.relations[i];
        const auto [fromHash, toHash] = m_relationEndHashes[i];
        const std::optional<IdTable::Use> from = m_ids->find(fromHash), to = m_ids->find(toHash);
        for (const auto &[end, use] : {std::pair(&relation.from, from), std::pair(&relation.to, to)}) {
            if (!use || !use->isEntity)
                report(
                    Severity::Warning, m_relationOffsets[i],
                    SidecarReader::tr("relation %1 points at %2, which is not an entity here").arg(relation.id, *end));
        }
        if (!from || !from->isEntity || !to || !to->isEntity)
            continue;
        // Unknown types are reported once per type, with their count (reportUnknownNames).
        const std::optional<RelationViolation> fault =
            relationFault(relation, &m_content.entities[from->index], &m_content.entities[to->index], m_schema);
        if (fault && fault->fault != RelationFault::UnknownType)
            report(Severity::Warning, m_relationOffsets[i],
                   SidecarReader::tr("relation %1: %2").arg(relation.id, fault->message));
        const RelationType *type = m_schema ? m_schema->relationType(relation.type) : nullptr;
        identities.emplace_back(relationIdentityHash(relation, type && type->symmetric), i);
    }
    // Repeats: equal identities sort next to each other, in file order; the first is the original.
    std::sort(identities.begin(), identities.end());
    for (size_t runStart = 0, i = 1; i < identities.size(); ++i) {
        if (identities[i].first != identities[runStart].first) {
            runStart = i;
            continue;
        }
        const Relation &repeat = m_content.relations[identities[i].second];
        const RelationType *type = m_schema ? m_schema->relationType(repeat.type) : nullptr;
        for (size_t j = runStart; j < i; ++j) {
            const Relation &original = m_content.relations[identities[j].second];
            if (sameRelation(original, repeat, type && type->symmetric)) {
                report(Severity::Warning, m_relationOffsets[identities[i].second],
                       SidecarReader::tr("relation %1: %2").arg(repeat.id, repeatMessage(repeat, original)));
                break;
            }
        }
    }
}

void Reader::checkArticleFacts()
{
    const SidecarInfo &info = m_content.info;
    if (!m_root.sawArticle)
        return;
    if (!info.articleFile.isEmpty() && info.articleFile != m_article.fileName())
        report(Severity::Warning, -1,
               SidecarReader::tr("this sidecar was written for %1, but sits next to %2")
                   .arg(quoted(info.articleFile), quoted(m_article.fileName())));
    const bool changed = info.articleSha256 != m_article.sha256 || info.articleLength != m_article.codePointCount;
    if (!changed)
        return;
    if (m_mismatchedSpans > 0)
        report(Severity::Error, -1,
               SidecarReader::tr("the article changed since this sidecar was saved: the text of %n span(s) no "
                                 "longer matches; the sidecar is opened read-only so it is not overwritten",
                                 nullptr, int(m_mismatchedSpans)));
    else
        report(Severity::Warning, -1,
               SidecarReader::tr("the article changed since this sidecar was saved, but every span still matches "
                                 "its text; the next save records the new version"));
}

void Reader::reportUnknownNames()
{
    auto reportAll = [this](const QHash<QString, SidecarEntryReader::UnknownName> &names, const char *what) {
        QStringList sorted = names.keys();
        sorted.sort();
        for (const QString &name : std::as_const(sorted)) {
            const SidecarEntryReader::UnknownName &unknown = names[name];
            report(Severity::Warning, unknown.firstOffset,
                   QCoreApplication::translate("SidecarReader", what, nullptr, int(unknown.count)).arg(quoted(name)));
        }
    };
    reportAll(m_unknownEntityTypes,
              QT_TRANSLATE_NOOP("SidecarReader", "the entity type %1 is not in the schema; %n entity(ies) keep it"));
    reportAll(m_unknownRelationTypes,
              QT_TRANSLATE_NOOP("SidecarReader", "the relation type %1 is not in the schema; %n relation(s) keep it"));
    reportAll(m_unknownAttributes,
              QT_TRANSLATE_NOOP("SidecarReader", "the attribute %1 is not in the schema; %n annotation(s) keep it"));
}

void Reader::report(Severity severity, qsizetype offset, const QString &message)
{
    m_found.append({severity, m_path, offset >= 0 ? m_source.locate(offset).line : 0, 0, message});
}

void Reader::finish()
{
    // In line order, as an editor lists them; problems of the whole file last.
    std::stable_sort(m_found.begin(), m_found.end(), [](const Problem &a, const Problem &b) {
        const qsizetype lineA = a.line > 0 ? a.line : std::numeric_limits<qsizetype>::max();
        const qsizetype lineB = b.line > 0 ? b.line : std::numeric_limits<qsizetype>::max();
        return lineA < lineB;
    });
    qsizetype unreported = m_unreported;
    if (m_found.size() > SidecarReader::maxReportedProblems) {
        unreported += m_found.size() - SidecarReader::maxReportedProblems;
        m_found.resize(SidecarReader::maxReportedProblems);
    }
    if (unreported > 0)
        m_found.append(
            {Severity::Error, m_path, 0, 0, JsonFields::tr("%n more problem(s) not shown", nullptr, int(unreported))});
    m_problems->append(m_found);
}

} // namespace

SidecarContent SidecarReader::read(const JsonSource &source, const QString &path, const Article &article,
                                   const CodePointIndex &codePoints, const Schema *schema, Problems *problems,
                                   Route route, Route *taken, Conflicts conflicts)
{
    return Reader(source, path, article, codePoints, schema, problems, conflicts).run(route, taken);
}

namespace {

/// The outcome of looking for one string of the sidecar's "article" object.
enum class Lookup { Found, Absent, Unknown };

/// Looks up `field` of the first top-level "article" object in `json`, a whole document.
Lookup articleField(const JsonSource &source, std::string_view json, const char *field, QByteArray *value)
{
    Problems ignored;
    JsonFields fields(source, QString(), &ignored, 0);
    try {
        simdjson::ondemand::document document = fields.iterate(json);
        simdjson::ondemand::value article;
        if (document["article"].get(article) != simdjson::SUCCESS)
            return Lookup::Unknown;
        std::string_view text;
        if (article[field].get_string().get(text) != simdjson::SUCCESS)
            return Lookup::Absent;
        *value = QByteArray(text.data(), qsizetype(text.size())); // the parser that unescaped it goes
        return Lookup::Found;
    } catch (const simdjson::simdjson_error &) {
        return Lookup::Unknown;
    }
}

/// One string of the sidecar's "article" object, read without checking the rest; empty if absent.
QByteArray recordedArticleField(const JsonSource &source, const char *field)
{
    QByteArray value;
    // Hashiya writes "article" in a short header, before the annotations. That header, closed just
    // before the entities, holds the same first "article" key as the whole file, and reading it spares
    // indexing a million annotations (a 170 MB sidecar, 100 MB of fresh memory) to find one hash.
    const std::string_view json = source.json();
    static constexpr std::string_view entitiesLine = "\n  \"entities\": [";
    // A short file is looked up whole: checking and copying a header would cost more (a corpus walk
    // reads 10⁵ sidecars of a few KB).
    constexpr size_t wholeUpTo = 64 * 1024;
    if (const size_t at = json.size() <= wholeUpTo ? std::string_view::npos : json.find(entitiesLine);
        at != std::string_view::npos) {
        QByteArray header(json.data(), qsizetype(at + 1));
        header += "  \"entities\": []\n}";
        // Valid as a whole only if the cut fell between top-level members, as it does in the files
        // Hashiya writes; anything else is looked up in the whole file.
        if (JsonSource::isValidJson(std::string_view(header.constData(), size_t(header.size())))) {
            const JsonSource headerSource(header);
            if (const Lookup found = articleField(headerSource, headerSource.json(), field, &value);
                found != Lookup::Unknown)
                return value;
        }
    }
    return articleField(source, json, field, &value) == Lookup::Found ? value : QByteArray();
}

} // namespace

QString SidecarReader::recordedEncoding(const JsonSource &source)
{
    return QString::fromUtf8(recordedArticleField(source, "encoding"));
}

QByteArray SidecarReader::recordedSha256(const JsonSource &source)
{
    return recordedArticleField(source, "sha256");
}

} // namespace Hashiya
