// SPDX-License-Identifier: GPL-3.0-or-later
#include "bratimporter.h"

#include "formats/bratannotationparser.h"
#include "formats/bratconfigreader.h"
#include "formats/bratsourcetext.h"
#include "formats/bratstandoff.h"
#include "formats/importfile.h"
#include "io/utf8.h"
#include "model/annotationid.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cstring>
#include <future>
#include <optional>
#include <string_view>
#include <thread>

namespace Hashiya {
namespace {

using Line = BratAnnotationParser::Line;
constexpr qint64 maxFileSize = 512LL * 1024 * 1024;

/// What a .ann file will need besides its parse, made on a second core while the first parses: the
/// canonical text and enough fresh ids for its entities and relations (counted from the lines' first
/// letters, so there may be more than needed, or — for events and equivalences — too few).
struct Preparation
{
    QString text;
    QStringList entityIds;
    QStringList relationIds; // ascending
};

Preparation prepare(std::string_view ann, const QByteArray &txt)
{
    Preparation preparation;
    qsizetype textBound = 0, related = 0;
    for (size_t at = 0; at < ann.size();) {
        const char kind = ann[at];
        textBound += kind == 'T';
        related += kind == 'R' ? 1 : kind == 'E' ? 2 : 0;
        const void *newline = std::memchr(ann.data() + at, '\n', ann.size() - at);
        if (!newline)
            break;
        at = size_t(static_cast<const char *>(newline) - ann.data()) + 1;
    }
    preparation.entityIds = newAnnotationIds(textBound);
    preparation.relationIds = newSortedAnnotationIds(related);
    preparation.text = BratSourceText::canonicalText(txt);
    return preparation;
}

/// Parses the text-bound lines into `parser`'s entities and points their ids at them. A large file's lines
/// are parsed in chunks on every core, each by a parser of its own, and joined in order.
void parseTextBound(BratAnnotationParser &parser, const std::vector<Line> &lines, const BratSourceText &source,
                    ImportBatch *batch)
{
    constexpr size_t smallestChunk = 50000;
    const size_t wanted = lines.size() / smallestChunk; // asked first: a news-sized file needs no cores counted
    const size_t chunks =
        wanted < 2 ? 1 : std::clamp<size_t>(std::min<size_t>(std::thread::hardware_concurrency(), wanted), 1, 8);
    struct Chunk
    {
        ImportBatch batch;
        std::optional<BratAnnotationParser> parser;
        std::vector<qint32> entityOfLine; // per line of the chunk: its entity in the chunk, or -1
    };
    std::vector<Chunk> parts(chunks);
    auto parse = [&](size_t c) {
        Chunk &chunk = parts[c];
        BratAnnotationParser &own = c == 0 ? parser : chunk.parser.emplace(parser.path(), &chunk.batch, 0);
        const size_t from = lines.size() * c / chunks, to = lines.size() * (c + 1) / chunks;
        chunk.entityOfLine.reserve(to - from);
        for (size_t i = from; i < to; ++i)
            chunk.entityOfLine.push_back(own.parseTextBound(lines[i], source) ? qint32(own.entities().size() - 1) : -1);
    };
    std::vector<std::future<void>> others;
    for (size_t c = 1; c < chunks; ++c)
        others.push_back(std::async(std::launch::async, parse, c));
    parse(0);
    for (std::future<void> &other : others)
        other.get();

    size_t line = 0;
    for (size_t c = 0; c < chunks; ++c) {
        Chunk &chunk = parts[c];
        const qint32 first = c == 0 ? 0 : qint32(parser.entities().size());
        if (c > 0) {
            parser.entities().append(std::move(chunk.parser->entities()));
            batch->problems.append(chunk.batch.problems);
            batch->notes.append(chunk.batch.notes);
            batch->skipped += chunk.batch.skipped;
        }
        for (const qint32 entity : chunk.entityOfLine) {
            if (entity >= 0)
                parser.ids().set(lines[line].id, first + entity);
            ++line;
        }
    }
}

} // namespace

void BratImporter::read(const QString &annFile, const QString &root, ImportBatch *batch)
{
    const QFileInfo annInfo(annFile);
    const QString txtPath = annInfo.absolutePath() + u'/' + annInfo.completeBaseName() + QStringLiteral(".txt");
    const std::optional<QByteArray> ann = ImportFile::read(annFile, maxFileSize, batch);
    if (!ann)
        return;
    if (!QFileInfo::exists(txtPath)) {
        batch->problems.append({Problem::Severity::Error, annFile, 0, 0,
                                tr("not imported: its text %1 is missing").arg(QFileInfo(txtPath).fileName())});
        ++batch->skipped;
        return;
    }
    const std::optional<QByteArray> txt = ImportFile::read(txtPath, maxFileSize, batch);
    if (!txt)
        return;

    const QFileInfo rootInfo(root);
    const QDir base = rootInfo.isDir() ? QDir(rootInfo.absoluteFilePath()) : rootInfo.absoluteDir();
    QString name = base.relativeFilePath(txtPath);
    if (name.startsWith(QStringLiteral("../")))
        name = QFileInfo(txtPath).fileName();

    // Looked for once per folder: without an annotation.conf, each .ann would search up to the root again.
    if (!batch->schema && batch->schemaSearchedFrom != annInfo.absolutePath()) {
        batch->schemaSearchedFrom = annInfo.absolutePath();
        Problems problems;
        batch->schema = BratConfigReader::find(annInfo.absolutePath(), root, &problems);
        batch->problems.append(problems);
    }
    bool usedEquivalences = false;
    std::optional<ExchangeDocument> document = parse(*ann, *txt, name, annFile, batch, &usedEquivalences);
    if (!document)
        return;
    if (usedEquivalences && batch->schema && !batch->schema->relationType(BratStandoff::aliasType())) {
        batch->schema->relationTypes.append(
            {BratStandoff::aliasType(), tr("alias of"), {QStringLiteral("*")}, {QStringLiteral("*")}, true, true});
    }
    batch->documents.push_back(std::move(*document));
}

std::optional<ExchangeDocument> BratImporter::parse(const QByteArray &ann, const QByteArray &txt, const QString &name,
                                                    const QString &annPath, ImportBatch *batch, bool *usedEquivalences)
{
    BratSourceText source;
    if (!source.load(txt)) {
        batch->problems.append({Problem::Severity::Error, annPath, 0, 0,
                                tr("not imported: its text is not valid UTF-8 at byte %1")
                                    .arg(Utf8::firstInvalidByte(txt.constData(), txt.size()))});
        ++batch->skipped;
        return std::nullopt;
    }

    std::string_view all(ann.constData(), size_t(ann.size()));
    if (all.substr(0, 3) == "\xEF\xBB\xBF")
        all.remove_prefix(3);
    // A thread costs more than it saves on a news-sized file (a corpus of them makes one per file).
    constexpr size_t smallFile = 256 * 1024;
    std::future<Preparation> preparing = std::async(all.size() < smallFile ? std::launch::deferred : std::launch::async,
                                                    prepare, all, std::cref(txt));
    const bool annValid = Utf8::firstInvalidByte(all.data(), qsizetype(all.size())) < 0;
    BratAnnotationParser parser(annPath, batch, qsizetype(all.size()));

    // Pass 1: every id, so later lines may refer to ids defined below them; text-bound lines are kept for
    // pass 2, the other kinds for after it.
    const qsizetype problemsBefore = batch->problems.size();
    const qsizetype notesBefore = batch->notes.size();
    const BratAnnotationParser::Lines lines = parser.sortLines(all, annValid);

    // Pass 2: the text-bound lines, which are independent of each other, in parallel chunks.
    parseTextBound(parser, lines.textBound, source, batch);
    // Problems in line order, whichever pass found them; a renamed type noted once.
    std::stable_sort(batch->problems.begin() + problemsBefore, batch->problems.end(),
                     [](const Problem &a, const Problem &b) { return a.line < b.line; });

    Preparation prepared = preparing.get();
    EntityList &entities = parser.entities();
    if (prepared.entityIds.size() < qsizetype(entities.size()))
        prepared.entityIds = newAnnotationIds(qsizetype(entities.size()));
    for (size_t i = 0; i < entities.size(); ++i)
        entities[i].id = std::move(prepared.entityIds[qsizetype(i)]);

    // The lines that refer to entities and relations, each kind once those it may refer to are in place.
    std::vector<Relation> &relations = parser.relations();
    relations.reserve(lines.relations.size() + 2 * lines.events.size() + 2 * lines.equivalences.size());
    parser.parseEvents(lines.events);
    parser.parseRelations(lines.relations);
    parser.parseEquivalences(lines.equivalences, usedEquivalences);
    parser.parseAttributes(lines.attributes);
    parser.parseNormalizations(lines.normalizations);
    parser.parseNotes(lines.notes);

    // Relations are kept ordered by id: hand out ascending ids in order instead of sorting the relations
    // (the first n of an ascending list are ascending too).
    QStringList &relationIds = prepared.relationIds;
    if (relationIds.size() < qsizetype(relations.size()))
        relationIds = newSortedAnnotationIds(qsizetype(relations.size()));
    for (size_t i = 0; i < relations.size(); ++i)
        relations[i].id = std::move(relationIds[qsizetype(i)]);
    if (!std::is_sorted(entities.begin(), entities.end(), entityLess)) {
        std::vector<Entity> sorted = entities.toVector();
        std::sort(sorted.begin(), sorted.end(), entityLess);
        entities.assign(std::move(sorted));
    }

    ExchangeDocument document;
    document.name = name;
    document.text = std::move(prepared.text);
    // An N line's text is kept only where export would not write it anyway: the entity's own text.
    const bool normalized = !lines.normalizations.empty();
    const QList<uint> codePoints = normalized ? document.text.toUcs4() : QList<uint>();
    for (size_t i = 0; i < entities.size() && normalized; ++i) {
        Entity &entity = entities[i];
        if (entity.reference.isEmpty())
            continue;
        const QString stored = BratStandoff::extraValue(entity.extra, BratStandoff::referenceTextField()).toString();
        if (stored == BratStandoff::spanText(codePoints, entity.spans))
            entity.extra.removeIf([](const auto &field) { return field.first == BratStandoff::referenceTextField(); });
    }
    document.entities = std::move(entities);
    document.relations = std::move(relations);
    QStringList added = batch->notes.mid(notesBefore);
    added.removeDuplicates();
    batch->notes = batch->notes.first(notesBefore) + added;
    return document;
}

} // namespace Hashiya
