// SPDX-License-Identifier: GPL-3.0-or-later
#include "bratimporter.h"

#include "io/articlereader.h"
#include "io/utf8.h"
#include "model/annotationid.h"

#include <QDir>
#include <QFileInfo>
#include <QStringDecoder>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cstring>
#include <future>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>

#include "formats/bratconfigreader.h"
#include "formats/bratstandoff.h"
#include "formats/importfile.h"

namespace Hashiya {
namespace {

using Bytes = std::string_view;
constexpr qint64 maxFileSize = 512LL * 1024 * 1024;

QString toQString(Bytes bytes)
{
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

Bytes trimmedEnd(Bytes bytes)
{
    while (!bytes.empty() && (bytes.back() == '\t' || bytes.back() == ' ' || bytes.back() == '\r'))
        bytes.remove_suffix(1);
    return bytes;
}

/// Space-separated fields, as brat's split() sees them (runs of spaces count as one).
QVarLengthArray<Bytes, 8> fields(Bytes bytes)
{
    QVarLengthArray<Bytes, 8> result;
    size_t at = 0;
    while (at < bytes.size()) {
        while (at < bytes.size() && bytes[at] == ' ')
            ++at;
        const size_t start = at;
        while (at < bytes.size() && bytes[at] != ' ')
            ++at;
        if (at > start)
            result.append(bytes.substr(start, at - start));
    }
    return result;
}

/// A decimal offset of up to 15 digits; false for anything else (signs, huge numbers, letters).
bool parseOffset(Bytes text, qsizetype *value)
{
    if (text.empty() || text.size() > 15)
        return false;
    qsizetype v = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *value = v;
    return true;
}

struct TransparentHash
{
    using is_transparent = void;
    size_t operator()(Bytes bytes) const { return std::hash<Bytes> {}(bytes); }
};
using BytesMap = std::unordered_map<std::string, qint32, TransparentHash, std::equal_to<>>;

/// brat ids of one .ann: "T12" is slot 12 of the T table; ids of another shape go into a map. Values are
/// indexes into what the id names, or -1 if its line was skipped.
class IdTable
{
public:
    /// `bytes`: the file's size, which bounds how many ids it can hold.
    explicit IdTable(qsizetype bytes)
        : m_limit(bytes / 4 + 1024)
    {
    }

    /// False if the id is already taken.
    bool insert(Bytes id, qint32 value)
    {
        const auto [table, number] = slot(id);
        if (table) {
            if (table->size() <= size_t(number))
                table->resize(std::max(size_t(number) + 1, table->size() * 2), absent);
            if ((*table)[size_t(number)] != absent)
                return false;
            (*table)[size_t(number)] = value;
            return true;
        }
        return m_other.emplace(std::string(id), value).second;
    }
    /// The value, or `absent`.
    qint32 find(Bytes id) const
    {
        const auto [table, number] = const_cast<IdTable *>(this)->slot(id);
        if (table)
            return size_t(number) < table->size() ? (*table)[size_t(number)] : absent;
        const auto it = m_other.find(id);
        return it == m_other.end() ? absent : it->second;
    }
    void set(Bytes id, qint32 value)
    {
        const auto [table, number] = slot(id);
        if (table)
            (*table)[size_t(number)] = value;
        else
            m_other[std::string(id)] = value;
    }

    static constexpr qint32 absent = std::numeric_limits<qint32>::min();

private:
    std::pair<std::vector<qint32> *, qsizetype> slot(Bytes id)
    {
        static constexpr char kinds[] = "TERAN#";
        const char *kind = id.empty() ? nullptr : std::strchr(kinds, id[0]);
        if (!kind || *kind == 0 || id.size() < 2 || id.size() > 10 || (id[1] == '0' && id.size() > 2))
            return {nullptr, 0};
        qsizetype number = 0;
        for (size_t i = 1; i < id.size(); ++i) {
            if (id[i] < '0' || id[i] > '9')
                return {nullptr, 0};
            number = number * 10 + (id[i] - '0');
        }
        if (number > m_limit)
            return {nullptr, 0};
        return {&m_tables[size_t(kind - kinds)], number};
    }

    qsizetype m_limit;
    std::array<std::vector<qint32>, 6> m_tables;
    BytesMap m_other;
};

/// The .txt as brat counts it, and the way from its code points to the canonical text's.
class SourceText
{
public:
    bool load(const QByteArray &bytes)
    {
        m_bytes = bytes;
        if (Utf8::firstInvalidByte(bytes.constData(), bytes.size()) >= 0)
            return false;
        const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
        const qsizetype size = bytes.size();
        const bool ascii = std::all_of(data, data + size, [](unsigned char b) { return b < 0x80; });
        if (!ascii)
            m_byteOf.reserve(size_t(size) + 1);
        qsizetype codePoints = 0;
        for (qsizetype i = 0; i < size; ++i) {
            const unsigned char b = data[i];
            if ((b & 0xC0) == 0x80)
                continue;
            if (b == '\r' && i + 1 < size && data[i + 1] == '\n')
                m_removed.push_back(codePoints);
            if (!ascii)
                m_byteOf.push_back(quint32(i));
            ++codePoints;
        }
        if (!ascii)
            m_byteOf.push_back(quint32(size));
        m_length = codePoints;
        if (size >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
            m_removed.insert(m_removed.begin(), 0); // brat counts the BOM as character 0
        return true;
    }

    qsizetype length() const { return m_length; }
    Bytes slice(qsizetype start, qsizetype end) const
    {
        const qsizetype from = byteAt(start);
        return Bytes(m_bytes.constData() + from, size_t(byteAt(end) - from));
    }
    /// Code point offset in the canonical text (BOM stripped, CRLF as LF) of raw offset `raw`. `hint` is
    /// the caller's: offsets mostly come in text order, so where the last one was is tried first.
    qsizetype canonical(qsizetype raw, size_t &hint) const
    {
        if (m_removed.empty())
            return raw;
        const size_t n = m_removed.size();
        size_t k = hint;
        if (!((k == 0 || m_removed[k - 1] < raw) && (k == n || raw <= m_removed[k])))
            k = size_t(std::lower_bound(m_removed.begin(), m_removed.end(), raw) - m_removed.begin());
        hint = k;
        return raw - qsizetype(k);
    }
    /// True if every character in [start, end) is a line break.
    bool onlyLineBreaks(qsizetype start, qsizetype end) const
    {
        if (end - start > 16)
            return false;
        const Bytes gap = slice(start, end);
        const QString text = toQString(gap);
        return std::all_of(text.begin(), text.end(), [](QChar c) { return BratStandoff::isLineBreak(c.unicode()); });
    }

private:
    qsizetype byteAt(qsizetype codePoint) const { return m_byteOf.empty() ? codePoint : m_byteOf[size_t(codePoint)]; }

    QByteArray m_bytes;
    qsizetype m_length = 0;
    std::vector<quint32> m_byteOf; // empty for ASCII text, where code points are bytes (files stay < 4 GB)
    std::vector<qsizetype> m_removed; // raw offsets of the BOM and of each CR before an LF
};

/// The article's canonical text: BOM stripped, line ends as LF. Only the first BOM is a byte order mark;
/// brat keeps a second one as text, and so do we.
QString canonicalTextOf(const QByteArray &bytes)
{
    const qsizetype bom = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    QString text = decoder.decode(QByteArrayView(bytes.constData() + bom, bytes.size() - bom));
    ArticleReader::normalizeLineEnds(text);
    return text;
}

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
    preparation.text = canonicalTextOf(txt);
    return preparation;
}

struct Line
{
    Bytes id;
    Bytes rest; // after the TAB that ends the id
    qsizetype number = 0;
};

struct Fragment
{
    qsizetype start = 0;
    qsizetype end = 0;
};

/// One .ann file's parse: the state shared by its passes.
class Parser
{
    Q_DECLARE_TR_FUNCTIONS(BratImporter)

public:
    Parser(const QString &annPath, ImportBatch *batch, qsizetype bytes)
        : m_path(annPath)
        , m_batch(batch)
        , m_ids(bytes)
    {
    }

    void error(qsizetype line, const QString &message)
    {
        m_batch->problems.append({Problem::Severity::Error, m_path, line, 0, message});
        ++m_batch->skipped;
    }
    void warning(qsizetype line, const QString &message)
    {
        m_batch->problems.append({Problem::Severity::Warning, m_path, line, 0, message});
    }

    QString typeName(Bytes bytes)
    {
        // A schema has a few dozen types: a short list beats hashing each line's type.
        for (const auto &[key, name] : m_recentTypes) {
            if (key == bytes)
                return name;
        }
        auto it = m_types.find(bytes);
        if (it == m_types.end()) {
            const QString original = toQString(bytes);
            const QString name = BratStandoff::typeName(original);
            if (name != original)
                m_batch->notes.append(tr("%1: brat type “%2” imported as %3").arg(m_path, original, name));
            it = m_types.emplace(std::string(bytes), name).first;
        }
        if (m_recentTypes.size() < 32)
            m_recentTypes.push_back({it->first, it->second});
        return it->second;
    }

    /// The entity an id names: a T's entity, or an E's trigger; -1 with `why` set if none.
    qint32 entityOf(Bytes id, QString *why)
    {
        const qint32 value = m_ids.find(id);
        qint32 entity = -1;
        if (value != IdTable::absent && !id.empty() && (id[0] == 'T' || id[0] == 'E'))
            entity = id[0] == 'T' ? value : (value >= 0 ? m_eventTrigger[size_t(value)] : -1);
        if (entity < 0)
            *why = value == IdTable::absent || (id[0] != 'T' && id[0] != 'E')
                ? tr("%1 is not an entity or event of this file").arg(toQString(id))
                : tr("%1 was skipped").arg(toQString(id));
        return entity;
    }

    bool parseTextBound(const Line &line, const SourceText &source);
    void addRelation(const Line &line, qint32 from, qint32 to, const QString &type, ExtraFields extra)
    {
        Q_UNUSED(line);
        Relation relation;
        relation.type = type;
        relation.from = m_entities[size_t(from)].id;
        relation.to = m_entities[size_t(to)].id;
        relation.extra = std::move(extra);
        m_relations.push_back(std::move(relation));
    }

    QString m_path;
    ImportBatch *m_batch;
    IdTable m_ids;
    EntityList m_entities; // built in chunks: no second copy when it becomes the document's
    std::vector<Relation> m_relations;
    std::vector<qint32> m_eventTrigger; // per E line: its trigger entity, or -1
    std::vector<qint32> m_relationOf; // per R line: its relation, or -1
    size_t m_canonicalHint = 0;

private:
    std::unordered_map<std::string, QString, TransparentHash, std::equal_to<>> m_types;
    std::vector<std::pair<Bytes, QString>> m_recentTypes; // keys point into m_types, whose nodes stay put
};

bool Parser::parseTextBound(const Line &line, const SourceText &source)
{
    const size_t tab = line.rest.find('\t');
    const Bytes data = line.rest.substr(0, tab);
    Bytes text = tab == Bytes::npos ? Bytes() : line.rest.substr(tab + 1);
    const size_t space = data.find(' ');
    if (space == Bytes::npos || space == 0) {
        error(line.number, tr("%1 needs a type and offsets").arg(toQString(line.id)));
        return false;
    }
    QVarLengthArray<Fragment, 2> fragments;
    Bytes offsets = data.substr(space + 1);
    while (!offsets.empty()) {
        const size_t semicolon = offsets.find(';');
        const auto pair = fields(offsets.substr(0, semicolon));
        Fragment fragment;
        if (pair.size() != 2 || !parseOffset(pair[0], &fragment.start) || !parseOffset(pair[1], &fragment.end)) {
            error(
                line.number,
                tr("%1: offsets must be “start end” pairs of whole numbers, separated by “;”").arg(toQString(line.id)));
            return false;
        }
        if (fragment.start > fragment.end) {
            error(line.number, tr("%1: a span starts after it ends").arg(toQString(line.id)));
            return false;
        }
        if (fragment.end > source.length()) {
            error(line.number,
                  tr("%1: a span ends at %2, after the end of the text (%3 characters)")
                      .arg(toQString(line.id))
                      .arg(fragment.end)
                      .arg(source.length()));
            return false;
        }
        fragments.append(fragment);
        offsets = semicolon == Bytes::npos ? Bytes() : offsets.substr(semicolon + 1);
    }
    if (fragments.isEmpty()) {
        error(line.number, tr("%1 needs offsets").arg(toQString(line.id)));
        return false;
    }

    // brat checks the stored text against the article, fragments joined by one space, and so do we.
    auto matches = [&](Bytes stored) {
        size_t at = 0;
        for (qsizetype i = 0; i < fragments.size(); ++i) {
            if (i > 0 && (at >= stored.size() || stored[at++] != ' '))
                return false;
            const Bytes piece = source.slice(fragments[i].start, fragments[i].end);
            if (stored.substr(at, piece.size()) != piece)
                return false;
            at += piece.size();
        }
        return at == stored.size();
    };
    if (!text.empty() && !matches(text) && !matches(trimmedEnd(text))) {
        QString actual;
        for (const Fragment &fragment : fragments)
            actual += (actual.isEmpty() ? QString() : QStringLiteral(" "))
                + toQString(source.slice(fragment.start, fragment.end));
        error(line.number,
              tr("%1: the text “%2” differs from the article's “%3” at these offsets")
                  .arg(toQString(line.id), toQString(text).left(80), actual.left(80)));
        return false;
    }

    std::sort(fragments.begin(), fragments.end(),
              [](const Fragment &a, const Fragment &b) { return a.start < b.start; });
    SpanList spans;
    spans.reserve(fragments.size());
    for (qsizetype i = 0; i < fragments.size(); ++i) {
        if (i > 0 && fragments[i - 1].end > fragments[i].start) {
            error(line.number, tr("%1: its fragments overlap").arg(toQString(line.id)));
            return false;
        }
        if (fragments[i].start == fragments[i].end)
            continue;
        const qsizetype start = source.canonical(fragments[i].start, m_canonicalHint);
        const qsizetype end = source.canonical(fragments[i].end, m_canonicalHint);
        // Fragments brat split at a line break are one span of ours.
        if (!spans.isEmpty() && source.onlyLineBreaks(fragments[i - 1].end, fragments[i].start))
            spans.back().end = end;
        else if (end > start)
            spans.append(Span {start, end, {}});
    }
    if (spans.isEmpty()) {
        error(line.number, tr("%1 covers no text").arg(toQString(line.id)));
        return false;
    }
    if (spans.size() > 1)
        spans = mergedSpans(std::move(spans));
    Entity entity;
    entity.type = typeName(data.substr(0, space));
    entity.spans = std::move(spans);
    m_entities.push_back(std::move(entity));
    return true;
}

/// Parses the text-bound lines into `parser`'s entities and points their ids at them. A large file's lines
/// are parsed in chunks on every core, each by a parser of its own, and joined in order.
void parseTextBound(Parser &parser, const std::vector<Line> &lines, const SourceText &source, ImportBatch *batch)
{
    constexpr size_t smallestChunk = 50000;
    const size_t chunks =
        std::clamp<size_t>(std::min<size_t>(std::thread::hardware_concurrency(), lines.size() / smallestChunk), 1, 8);
    struct Chunk
    {
        ImportBatch batch;
        std::optional<Parser> parser;
        std::vector<qint32> entityOfLine; // per line of the chunk: its entity in the chunk, or -1
    };
    std::vector<Chunk> parts(chunks);
    auto parse = [&](size_t c) {
        Chunk &chunk = parts[c];
        Parser &own = c == 0 ? parser : chunk.parser.emplace(parser.m_path, &chunk.batch, 0);
        const size_t from = lines.size() * c / chunks, to = lines.size() * (c + 1) / chunks;
        chunk.entityOfLine.reserve(to - from);
        for (size_t i = from; i < to; ++i)
            chunk.entityOfLine.push_back(own.parseTextBound(lines[i], source) ? qint32(own.m_entities.size() - 1) : -1);
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
        const qint32 first = c == 0 ? 0 : qint32(parser.m_entities.size());
        if (c > 0) {
            parser.m_entities.append(std::move(chunk.parser->m_entities));
            batch->problems.append(chunk.batch.problems);
            batch->notes.append(chunk.batch.notes);
            batch->skipped += chunk.batch.skipped;
        }
        for (const qint32 entity : chunk.entityOfLine) {
            if (entity >= 0)
                parser.m_ids.set(lines[line].id, first + entity);
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

    if (!batch->schema) {
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
    SourceText source;
    if (!source.load(txt)) {
        batch->problems.append({Problem::Severity::Error, annPath, 0, 0,
                                tr("not imported: its text is not valid UTF-8 at byte %1")
                                    .arg(Utf8::firstInvalidByte(txt.constData(), txt.size()))});
        ++batch->skipped;
        return std::nullopt;
    }

    Bytes all(ann.constData(), size_t(ann.size()));
    if (all.substr(0, 3) == "\xEF\xBB\xBF")
        all.remove_prefix(3);
    std::future<Preparation> preparing = std::async(std::launch::async, prepare, all, std::cref(txt));
    const bool annValid = Utf8::firstInvalidByte(all.data(), qsizetype(all.size())) < 0;
    Parser parser(annPath, batch, qsizetype(all.size()));

    // Pass 1: every id, so later lines may refer to ids defined below them; text-bound lines are kept for
    // pass 2, the other kinds for after it.
    const qsizetype problemsBefore = batch->problems.size();
    const qsizetype notesBefore = batch->notes.size();
    std::vector<Line> textBound, events, relations, attributes, normalizations, notes, equivalences;
    qsizetype number = 0;
    size_t at = 0;
    while (at < all.size()) {
        size_t newline = all.find('\n', at);
        if (newline == Bytes::npos)
            newline = all.size();
        Bytes text = all.substr(at, newline - at);
        at = newline + 1;
        ++number;
        if (!text.empty() && text.back() == '\r')
            text.remove_suffix(1);
        if (trimmedEnd(text).empty())
            continue;
        if (!annValid && Utf8::firstInvalidByte(text.data(), qsizetype(text.size())) >= 0) {
            parser.error(number, tr("the line is not valid UTF-8"));
            continue;
        }
        const size_t tab = text.find('\t');
        if (tab == Bytes::npos || tab == 0) {
            parser.error(number, tr("an annotation line starts with an id and a TAB"));
            continue;
        }
        Line line {text.substr(0, tab), text.substr(tab + 1), number};
        const char kind = line.id[0];
        if (kind == '*') {
            equivalences.push_back(line);
            continue;
        }
        std::vector<Line> *deferred = nullptr;
        switch (kind) {
        case 'T':
            deferred = &textBound;
            break;
        case 'E':
            deferred = &events;
            break;
        case 'R':
            deferred = &relations;
            break;
        case 'A':
        case 'M':
            deferred = &attributes;
            break;
        case 'N':
            deferred = &normalizations;
            break;
        case '#':
            deferred = &notes;
            break;
        default:
            parser.error(number, tr("unknown annotation type “%1”").arg(toQString(line.id).left(40)));
            continue;
        }
        // A T's value is its entity, set once its line has been parsed.
        if (!parser.m_ids.insert(line.id, kind == 'T' ? -1 : qint32(deferred->size()))) {
            parser.error(number, tr("the id %1 is used twice").arg(toQString(line.id)));
            continue;
        }
        deferred->push_back(line);
    }

    // Pass 2: the text-bound lines, which are independent of each other, in parallel chunks.
    parseTextBound(parser, textBound, source, batch);
    // Problems in line order, whichever pass found them; a renamed type noted once.
    std::stable_sort(batch->problems.begin() + problemsBefore, batch->problems.end(),
                     [](const Problem &a, const Problem &b) { return a.line < b.line; });

    Preparation prepared = preparing.get();
    if (prepared.entityIds.size() < qsizetype(parser.m_entities.size()))
        prepared.entityIds = newAnnotationIds(qsizetype(parser.m_entities.size()));
    for (size_t i = 0; i < parser.m_entities.size(); ++i)
        parser.m_entities[i].id = std::move(prepared.entityIds[qsizetype(i)]);

    parser.m_relations.reserve(relations.size() + 2 * events.size() + 2 * equivalences.size());
    // Events: each trigger first, as arguments may name events defined further down.
    parser.m_eventTrigger.assign(events.size(), -1);
    std::vector<QVarLengthArray<Bytes, 8>> eventFields(events.size());
    for (size_t e = 0; e < events.size(); ++e) {
        const Line &line = events[e];
        eventFields[e] = fields(trimmedEnd(line.rest));
        const Bytes head = eventFields[e].isEmpty() ? Bytes() : eventFields[e][0];
        const size_t colon = head.rfind(':');
        if (colon == Bytes::npos || colon == 0) {
            parser.error(line.number, tr("%1 needs “Type:Trigger” first").arg(toQString(line.id)));
            continue;
        }
        const Bytes trigger = head.substr(colon + 1);
        const qint32 entity = trigger.empty() || trigger[0] != 'T' ? -1 : parser.m_ids.find(trigger);
        if (entity < 0) {
            parser.error(line.number,
                         tr("%1: its trigger %2 is not a text-bound annotation of this file")
                             .arg(toQString(line.id), toQString(trigger)));
            continue;
        }
        Entity &triggerEntity = parser.m_entities[size_t(entity)];
        if (parser.typeName(head.substr(0, colon)) != triggerEntity.type)
            parser.warning(line.number,
                           tr("%1 has type %2 but its trigger has type %3; the trigger's is kept")
                               .arg(toQString(line.id), toQString(head.substr(0, colon)), triggerEntity.type));
        if (BratStandoff::extraValue(triggerEntity.extra, BratStandoff::eventField()).toBool())
            parser.warning(
                line.number,
                tr("%1 shares its trigger with another event; their arguments are merged").arg(toQString(line.id)));
        else
            triggerEntity.extra.append({BratStandoff::eventField(), QByteArrayLiteral("true")});
        parser.m_eventTrigger[e] = entity;
    }
    for (size_t e = 0; e < events.size(); ++e) {
        const qint32 trigger = parser.m_eventTrigger[e];
        if (trigger < 0)
            continue;
        const Line &line = events[e];
        for (qsizetype i = 1; i < eventFields[e].size(); ++i) {
            const Bytes argument = eventFields[e][i];
            const size_t colon = argument.rfind(':');
            QString why;
            const qint32 target =
                colon == Bytes::npos || colon == 0 ? -1 : parser.entityOf(argument.substr(colon + 1), &why);
            if (target < 0) {
                parser.error(line.number,
                             colon == Bytes::npos || colon == 0
                                 ? tr("%1: argument “%2” is not “Role:Id”").arg(toQString(line.id), toQString(argument))
                                 : tr("%1: argument %2 skipped: %3").arg(toQString(line.id), toQString(argument), why));
                continue;
            }
            Bytes role = argument.substr(0, colon);
            Bytes base = role;
            while (base.size() > 1 && base.back() >= '0' && base.back() <= '9')
                base.remove_suffix(1); // Org-Arg2 → Org-Arg: brat numbers repeated roles
            parser.addRelation(line, trigger, target, parser.typeName(base),
                               {{BratStandoff::roleField(), BratStandoff::jsonString(toQString(role))}});
        }
    }

    // Binary relations.
    parser.m_relationOf.assign(relations.size(), -1);
    for (size_t r = 0; r < relations.size(); ++r) {
        const Line &line = relations[r];
        const auto parts = fields(trimmedEnd(line.rest));
        if (parts.size() != 3) {
            parser.error(line.number, tr("%1 needs a type and two “Role:Id” arguments").arg(toQString(line.id)));
            continue;
        }
        std::array<Bytes, 2> roles, ids;
        bool shaped = true;
        for (int i = 0; i < 2; ++i) {
            const size_t colon = parts[i + 1].rfind(':');
            shaped = shaped && colon != Bytes::npos && colon > 0;
            if (shaped) {
                roles[size_t(i)] = parts[i + 1].substr(0, colon);
                ids[size_t(i)] = parts[i + 1].substr(colon + 1);
            }
        }
        if (!shaped) {
            parser.error(line.number, tr("%1: arguments must be “Role:Id”").arg(toQString(line.id)));
            continue;
        }
        if (roles[0] == "Arg2" && roles[1] == "Arg1") {
            std::swap(roles[0], roles[1]);
            std::swap(ids[0], ids[1]);
        }
        QString why;
        const qint32 from = parser.entityOf(ids[0], &why);
        const qint32 to = from < 0 ? -1 : parser.entityOf(ids[1], &why);
        if (to < 0) {
            parser.error(line.number, tr("%1 skipped: %2").arg(toQString(line.id), why));
            continue;
        }
        ExtraFields extra;
        if (roles[0] != "Arg1" || roles[1] != "Arg2") {
            extra.append({BratStandoff::rolesField(),
                          '[' + BratStandoff::jsonString(toQString(roles[0])) + ','
                              + BratStandoff::jsonString(toQString(roles[1])) + ']'});
        }
        parser.m_relationOf[r] = qint32(parser.m_relations.size());
        parser.addRelation(line, from, to, parser.typeName(parts[0]), std::move(extra));
    }

    // Equivalence sets: a chain of symmetric links, which keeps every member reachable from every other.
    for (const Line &line : equivalences) {
        const auto parts = fields(trimmedEnd(line.rest));
        if (line.id != "*" || parts.size() < 3) {
            parser.error(line.number, tr("an equivalence line is “*”, TAB, a type and two or more ids"));
            continue;
        }
        QVarLengthArray<qint32, 8> members;
        QString why;
        for (qsizetype i = 1; i < parts.size() && why.isEmpty(); ++i) {
            const qint32 member = parser.entityOf(parts[i], &why);
            if (member >= 0 && !members.contains(member))
                members.append(member);
        }
        if (!why.isEmpty()) {
            parser.error(line.number, tr("equivalence skipped: %1").arg(why));
            continue;
        }
        const QByteArray kind = BratStandoff::jsonString(toQString(parts[0]));
        for (qsizetype i = 1; i < members.size(); ++i)
            parser.addRelation(line, members[i - 1], members[i], BratStandoff::aliasType(),
                               {{BratStandoff::equivalenceField(), kind}});
        if (usedEquivalences)
            *usedEquivalences = true;
    }

    // What attributes, references and notes attach to: an entity (a T, or an E's trigger) or a relation.
    struct Target
    {
        Entity *entity = nullptr;
        Relation *relation = nullptr;

        bool found() const { return entity || relation; }
    };
    auto targetOf = [&](Bytes id, bool relationsToo, QString *why) -> Target {
        if (relationsToo && !id.empty() && id[0] == 'R') {
            const qint32 r = parser.m_ids.find(id);
            if (r == IdTable::absent || r < 0) {
                *why = tr("%1 is not a relation of this file").arg(toQString(id));
                return {};
            }
            if (parser.m_relationOf[size_t(r)] < 0) {
                *why = tr("%1 was skipped").arg(toQString(id));
                return {};
            }
            return {nullptr, &parser.m_relations[size_t(parser.m_relationOf[size_t(r)])]};
        }
        const qint32 entity = parser.entityOf(id, why);
        return entity < 0 ? Target {} : Target {&parser.m_entities[size_t(entity)], nullptr};
    };
    // The target of `line`, or none, with the line skipped and an error saying why.
    auto targetOrSkip = [&](const Line &line, Bytes id, bool relationsToo) -> Target {
        QString why;
        const Target target = targetOf(id, relationsToo, &why);
        if (!target.found())
            parser.error(line.number, tr("%1 skipped: %2").arg(toQString(line.id), why));
        return target;
    };

    for (const Line &line : attributes) {
        const auto parts = fields(trimmedEnd(line.rest));
        if (parts.size() < 2 || parts.size() > 3) {
            parser.error(line.number, tr("%1 needs a name, an id and at most one value").arg(toQString(line.id)));
            continue;
        }
        const Target target = targetOrSkip(line, parts[1], true);
        if (!target.found())
            continue;
        Attributes &set = target.entity ? target.entity->attributes : target.relation->attributes;
        const QString attribute = toQString(parts[0]);
        if (set.contains(attribute)) {
            parser.error(line.number,
                         tr("%1: %2 already has attribute %3").arg(toQString(line.id), toQString(parts[1]), attribute));
            continue;
        }
        set.insert(attribute, parts.size() == 3 ? toQString(parts[2]) : QStringLiteral("true"));
    }

    for (const Line &line : normalizations) {
        const size_t tab = line.rest.find('\t');
        const auto parts = fields(trimmedEnd(line.rest.substr(0, tab)));
        const size_t colon = parts.size() == 3 ? parts[2].find(':') : Bytes::npos;
        if (colon == Bytes::npos || colon == 0 || colon + 1 == parts[2].size()) {
            parser.error(line.number, tr("%1 needs “Reference Id DB:ID”").arg(toQString(line.id)));
            continue;
        }
        const Target target = targetOrSkip(line, parts[1], false);
        if (!target.found())
            continue;
        if (!target.entity->reference.isEmpty()) {
            parser.error(
                line.number,
                tr("%1: %2 already has a reference; Hashiya keeps one").arg(toQString(line.id), toQString(parts[1])));
            continue;
        }
        target.entity->reference = toQString(parts[2]);
        const Bytes shown = tab == Bytes::npos ? Bytes() : trimmedEnd(line.rest.substr(tab + 1));
        if (!shown.empty())
            target.entity->extra.append(
                {BratStandoff::referenceTextField(), BratStandoff::jsonString(toQString(shown))});
    }

    for (const Line &line : notes) {
        const size_t tab = line.rest.find('\t');
        const auto parts = fields(trimmedEnd(line.rest.substr(0, tab)));
        if (parts.size() != 2) {
            parser.error(line.number, tr("%1 needs a note type and an id").arg(toQString(line.id)));
            continue;
        }
        const Target target = targetOrSkip(line, parts[1], true);
        if (!target.found())
            continue;
        QString text = tab == Bytes::npos ? QString() : toQString(trimmedEnd(line.rest.substr(tab + 1)));
        if (parts[0] != "AnnotatorNotes")
            text = toQString(parts[0]) + QStringLiteral(": ") + text; // brat's UI edits only AnnotatorNotes
        QString &note = target.entity ? target.entity->note : target.relation->note;
        note = note.isEmpty() ? text : note + u'\n' + text;
    }

    // Relations are kept ordered by id: hand out ascending ids in order instead of sorting the relations
    // (the first n of an ascending list are ascending too).
    QStringList &relationIds = prepared.relationIds;
    if (relationIds.size() < qsizetype(parser.m_relations.size()))
        relationIds = newSortedAnnotationIds(qsizetype(parser.m_relations.size()));
    for (size_t i = 0; i < parser.m_relations.size(); ++i)
        parser.m_relations[i].id = std::move(relationIds[qsizetype(i)]);
    if (!std::is_sorted(parser.m_entities.begin(), parser.m_entities.end(), entityLess)) {
        std::vector<Entity> entities = parser.m_entities.toVector();
        std::sort(entities.begin(), entities.end(), entityLess);
        parser.m_entities.assign(std::move(entities));
    }

    ExchangeDocument document;
    document.name = name;
    document.text = std::move(prepared.text);
    // An N line's text is kept only where export would not write it anyway: the entity's own text.
    const QList<uint> codePoints = normalizations.empty() ? QList<uint>() : document.text.toUcs4();
    for (size_t i = 0; i < parser.m_entities.size() && !normalizations.empty(); ++i) {
        Entity &entity = parser.m_entities[i];
        if (entity.reference.isEmpty())
            continue;
        const QString stored = BratStandoff::extraValue(entity.extra, BratStandoff::referenceTextField()).toString();
        if (stored == BratStandoff::spanText(codePoints, entity.spans))
            entity.extra.removeIf([](const auto &field) { return field.first == BratStandoff::referenceTextField(); });
    }
    document.entities = std::move(parser.m_entities);
    document.relations = std::move(parser.m_relations);
    QStringList added = batch->notes.mid(notesBefore);
    added.removeDuplicates();
    batch->notes = batch->notes.first(notesBefore) + added;
    return document;
}

} // namespace Hashiya
