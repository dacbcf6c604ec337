// SPDX-License-Identifier: GPL-3.0-or-later
#include "doccanoimporter.h"

#include "model/annotationid.h"
#include "text/wordboundaries.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

#include "formats/importfile.h"
#include "formats/importnaming.h"
#include "formats/importtext.h"
#include "formats/jsonvalues.h"
#include "formats/typenamemapper.h"

namespace Hashiya {
namespace {

/// A span as the line states it, before the unit is known.
struct Candidate
{
    qint64 start = 0;
    qint64 end = 0;
    QString label;
    std::optional<qint64> id; // relation extraction entities only
    bool validAsUtf16 = false;
    bool validAsCodePoints = false;
};

enum class Unit { Utf16, CodePoints };

class LineReader
{
public:
    LineReader(const QString &file, const QString &root, ImportBatch *batch)
        : m_file(file)
        , m_root(root)
        , m_batch(batch)
    {
    }

    void read(const QJsonObject &record, qsizetype line);
    void error(qsizetype line, const QString &message)
    {
        m_batch->problems.append({Problem::Severity::Error, m_file, line, 0, message});
    }
    void warning(qsizetype line, const QString &message)
    {
        m_batch->problems.append({Problem::Severity::Warning, m_file, line, 0, message});
    }
    void skip(qsizetype line, const QString &message)
    {
        error(line, message);
        ++m_batch->skipped;
    }

private:
    void readSpans(const QJsonValue &spans, const char *key, qsizetype line, QList<Candidate> *candidates);
    std::optional<Candidate> readSpan(const QJsonValue &span, qsizetype line);
    QString mapped(TypeNameMapper &mapper, const QString &label, qsizetype line, const QString &what);

    QString m_file;
    QString m_root;
    ImportBatch *m_batch;
    TypeNameMapper m_entityTypes;
    TypeNameMapper m_relationTypes;
    QSet<QString> m_noted; // labels whose renaming has been noted
};

bool atWordBoundary(QStringView text, qsizetype utf16)
{
    if (utf16 <= 0 || utf16 >= text.size())
        return true;
    return !(isWordCharacter(text[utf16 - 1]) && isWordCharacter(text[utf16]));
}

std::optional<QString> stringOf(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? std::optional(value.toString()) : std::nullopt;
}

std::optional<Candidate> LineReader::readSpan(const QJsonValue &span, qsizetype line)
{
    Candidate candidate;
    std::optional<qint64> start, end;
    if (span.isArray()) {
        const QJsonArray parts = span.toArray();
        if (parts.size() == 3 && parts[2].isString()) {
            start = JsonValues::exactInteger(parts[0]);
            end = JsonValues::exactInteger(parts[1]);
            candidate.label = parts[2].toString();
        }
    } else if (span.isObject()) {
        const QJsonObject object = span.toObject();
        start = JsonValues::exactInteger(object.value(QLatin1StringView("start_offset")));
        end = JsonValues::exactInteger(object.value(QLatin1StringView("end_offset")));
        candidate.label = stringOf(object, QLatin1StringView("label")).value_or(QString());
        if (object.contains(QLatin1StringView("id"))) {
            candidate.id = JsonValues::exactInteger(object.value(QLatin1StringView("id")));
            if (!candidate.id) {
                skip(line, DoccanoImporter::tr("skipped an entity whose “id” is not an integer"));
                return std::nullopt;
            }
        }
    }
    if (!start || !end || candidate.label.isEmpty()) {
        const QByteArray json = span.isArray() ? QJsonDocument(span.toArray()).toJson(QJsonDocument::Compact)
            : span.isObject()                  ? QJsonDocument(span.toObject()).toJson(QJsonDocument::Compact)
                                               : QJsonDocument(QJsonArray {span}).toJson(QJsonDocument::Compact);
        skip(line,
             DoccanoImporter::tr("skipped a span that is not [start, end, \"label\"] or {\"start_offset\", "
                                 "\"end_offset\", \"label\"} with integer offsets: %1")
                 .arg(QString::fromUtf8(json.left(80))));
        return std::nullopt;
    }
    candidate.start = *start;
    candidate.end = *end;
    return candidate;
}

void LineReader::readSpans(const QJsonValue &spans, const char *key, qsizetype line, QList<Candidate> *candidates)
{
    if (spans.isUndefined() || spans.isNull())
        return;
    if (!spans.isArray()) {
        skip(line, DoccanoImporter::tr("“%1” is not a list of spans; it is skipped").arg(QLatin1StringView(key)));
        return;
    }
    for (const QJsonValue &span : spans.toArray()) {
        if (std::optional<Candidate> candidate = readSpan(span, line))
            candidates->append(*candidate);
    }
}

QString LineReader::mapped(TypeNameMapper &mapper, const QString &label, qsizetype line, const QString &what)
{
    bool changed = false;
    const QString name = mapper.map(label, &changed);
    if (changed && !m_noted.contains(what + label)) {
        m_noted.insert(what + label);
        m_batch->notes.append(
            DoccanoImporter::tr("%1:%2: %3 “%4” imported as “%5”").arg(m_file).arg(line).arg(what, label, name));
    }
    return name;
}

void LineReader::read(const QJsonObject &record, qsizetype line)
{
    std::optional<QString> rawText = stringOf(record, QLatin1StringView("text"));
    if (!rawText)
        rawText = stringOf(record, QLatin1StringView("data"));
    if (!rawText) {
        skip(line, DoccanoImporter::tr("skipped a line without a “text” string"));
        return;
    }
    const ImportText text(*rawText);

    QList<Candidate> candidates;
    readSpans(record.value(QLatin1StringView("label")), "label", line, &candidates);
    readSpans(record.value(QLatin1StringView("labels")), "labels", line, &candidates);
    readSpans(record.value(QLatin1StringView("entities")), "entities", line, &candidates);

    // Which unit: see the class comment.
    const CodePointIndex &codePoints = text.rawCodePoints();
    const qsizetype utf16Length = text.raw().size();
    const qsizetype codePointLength = codePoints.codePointCount();
    qsizetype validUtf16 = 0, validCodePoints = 0, wordsUtf16 = 0, wordsCodePoints = 0;
    bool identical = true;
    for (Candidate &c : candidates) {
        const bool ordered = 0 <= c.start && c.start < c.end;
        c.validAsUtf16 = ordered && c.end <= utf16Length && !codePoints.splitsSurrogatePair(c.start)
            && !codePoints.splitsSurrogatePair(c.end);
        c.validAsCodePoints = ordered && c.end <= codePointLength;
        if (c.validAsUtf16) {
            ++validUtf16;
            wordsUtf16 += atWordBoundary(text.raw(), c.start) + atWordBoundary(text.raw(), c.end);
        }
        if (c.validAsCodePoints) {
            ++validCodePoints;
            const qsizetype start = codePoints.toUtf16(c.start), end = codePoints.toUtf16(c.end);
            wordsCodePoints += atWordBoundary(text.raw(), start) + atWordBoundary(text.raw(), end);
            identical = identical && start == c.start && end == c.end;
        }
    }
    identical = identical && validUtf16 == validCodePoints;
    Unit unit = Unit::Utf16;
    if (validCodePoints != validUtf16)
        unit = validCodePoints > validUtf16 ? Unit::CodePoints : Unit::Utf16;
    else if (!identical)
        unit = wordsCodePoints > wordsUtf16 ? Unit::CodePoints : Unit::Utf16;
    if (!identical)
        m_batch->notes.append(
            unit == Unit::Utf16 ? DoccanoImporter::tr("%1:%2: offsets read as UTF-16 code units").arg(m_file).arg(line)
                                : DoccanoImporter::tr("%1:%2: offsets read as code points").arg(m_file).arg(line));

    ExchangeDocument document;
    document.text = text.canonical();
    std::vector<Entity> entities;
    QHash<qint64, size_t> entityOf; // doccano entity id → index in `entities`
    for (const Candidate &c : std::as_const(candidates)) {
        const bool valid = unit == Unit::Utf16 ? c.validAsUtf16 : c.validAsCodePoints;
        const QString where =
            DoccanoImporter::tr("skipped the span [%1, %2, “%3”]").arg(c.start).arg(c.end).arg(c.label);
        if (!valid) {
            if (c.start < 0 || c.end < 0)
                skip(line, DoccanoImporter::tr("%1: an offset is negative").arg(where));
            else if (c.start >= c.end)
                skip(line, DoccanoImporter::tr("%1: its start is not before its end").arg(where));
            else if (unit == Unit::Utf16 && c.end <= utf16Length)
                skip(line, DoccanoImporter::tr("%1: it splits a surrogate pair").arg(where));
            else
                skip(line,
                     DoccanoImporter::tr("%1: it ends past the text (%2 UTF-16 code units, %3 code points)")
                         .arg(where)
                         .arg(utf16Length)
                         .arg(codePointLength));
            continue;
        }
        if (c.id && entityOf.contains(*c.id)) {
            skip(line, DoccanoImporter::tr("%1: the entity id %2 is used twice").arg(where).arg(*c.id));
            continue;
        }
        const qsizetype start = unit == Unit::Utf16 ? c.start : codePoints.toUtf16(c.start);
        const qsizetype end = unit == Unit::Utf16 ? c.end : codePoints.toUtf16(c.end);
        Span span {text.toCanonical(start), text.toCanonical(end), {}};
        if (span.start >= span.end) {
            skip(line, DoccanoImporter::tr("%1: it holds only the CR of a line break").arg(where));
            continue;
        }
        Entity entity;
        entity.id = newAnnotationId();
        entity.type = mapped(m_entityTypes, c.label, line, DoccanoImporter::tr("label"));
        entity.spans.append(span);
        if (c.id)
            entityOf.insert(*c.id, entities.size());
        entities.push_back(std::move(entity));
    }

    // Comments: notes and joined fragments written by DoccanoExporter, else reported.
    static const QRegularExpression continues(QStringLiteral("^entity (\\d+): continues entity (\\d+)$"));
    static const QRegularExpression noted(QStringLiteral("^(entity|relation) (\\d+): (.*)$"),
                                          QRegularExpression::DotMatchesEverythingOption);
    QHash<qint64, QString> relationNotes;
    QHash<size_t, size_t> joinedInto; // fragment index → index of the entity it continues
    QJsonValue comments = record.value(QLatin1StringView("Comments"));
    if (comments.isUndefined())
        comments = record.value(QLatin1StringView("comments"));
    for (const QJsonValue &value : comments.toArray()) {
        const QString comment =
            value.isString() ? value.toString() : value.toObject().value(QLatin1StringView("comment")).toString();
        if (const QRegularExpressionMatch m = continues.match(comment); m.hasMatch()) {
            const auto fragment = entityOf.constFind(m.captured(1).toLongLong());
            const auto first = entityOf.constFind(m.captured(2).toLongLong());
            if (fragment != entityOf.constEnd() && first != entityOf.constEnd() && *fragment != *first
                && entities[*fragment].type == entities[*first].type && !joinedInto.contains(*first)) {
                joinedInto.insert(*fragment, *first);
                continue;
            }
        } else if (const QRegularExpressionMatch m = noted.match(comment); m.hasMatch()) {
            const qint64 id = m.captured(2).toLongLong();
            if (m.captured(1) == u"relation") {
                relationNotes.insert(id, m.captured(3));
                continue;
            }
            if (const auto it = entityOf.constFind(id); it != entityOf.constEnd()) {
                entities[*it].note = m.captured(3);
                continue;
            }
        }
        if (!comment.isEmpty())
            warning(line,
                    DoccanoImporter::tr("comment not imported (Hashiya keeps notes on entities, not on "
                                        "documents): %1")
                        .arg(comment.left(200)));
    }
    for (auto it = joinedInto.cbegin(); it != joinedInto.cend(); ++it) {
        Entity &first = entities[it.value()];
        first.spans.append(entities[it.key()].spans);
        first.spans = mergedSpans(first.spans);
    }
    auto entityIdOf = [&](qint64 doccanoId) -> QString {
        const auto it = entityOf.constFind(doccanoId);
        if (it == entityOf.constEnd())
            return {};
        return entities[joinedInto.value(*it, *it)].id;
    };

    const QJsonValue relations = record.value(QLatin1StringView("relations"));
    if (!relations.isUndefined() && !relations.isNull() && !relations.isArray())
        skip(line, DoccanoImporter::tr("“relations” is not a list; it is skipped"));
    for (const QJsonValue &value : relations.toArray()) {
        const QJsonObject object = value.toObject();
        const std::optional<qint64> from = JsonValues::exactInteger(object.value(QLatin1StringView("from_id")));
        const std::optional<qint64> to = JsonValues::exactInteger(object.value(QLatin1StringView("to_id")));
        const std::optional<QString> type = stringOf(object, QLatin1StringView("type"));
        if (!from || !to || !type || type->isEmpty()) {
            skip(line, DoccanoImporter::tr("skipped a relation without integer “from_id” and “to_id” and a “type”"));
            continue;
        }
        Relation relation;
        relation.from = entityIdOf(*from);
        relation.to = entityIdOf(*to);
        if (relation.from.isEmpty() || relation.to.isEmpty()) {
            skip(line,
                 DoccanoImporter::tr("skipped the relation %1 from %2 to %3: entity %4 is not on this line or "
                                     "was not imported")
                     .arg(*type)
                     .arg(*from)
                     .arg(*to)
                     .arg(relation.from.isEmpty() ? *from : *to));
            continue;
        }
        relation.id = newAnnotationId();
        relation.type = mapped(m_relationTypes, *type, line, DoccanoImporter::tr("relation type"));
        if (const std::optional<qint64> id = JsonValues::exactInteger(object.value(QLatin1StringView("id"))))
            relation.note = relationNotes.value(*id);
        document.relations.push_back(std::move(relation));
    }

    for (auto it = joinedInto.cbegin(); it != joinedInto.cend(); ++it)
        entities[it.key()].spans.clear(); // joined into another; dropped below
    std::erase_if(entities, [](const Entity &entity) { return entity.spans.isEmpty(); });
    std::sort(entities.begin(), entities.end(), entityLess);
    document.entities.assign(std::move(entities));
    std::sort(document.relations.begin(), document.relations.end(), relationLess);

    std::optional<QString> name;
    for (const char *key : {"name", "filename"}) {
        if (const std::optional<QString> given = stringOf(record, QLatin1StringView(key)); given && !name) {
            name = ImportNaming::fromMetadata(*given);
            if (!name)
                warning(line,
                        DoccanoImporter::tr("the name %1 is not a relative path; the document is named by its "
                                            "line instead")
                            .arg(*given));
        }
    }
    document.name = name.value_or(ImportNaming::numbered(m_file, m_root, line));
    const QString status = stringOf(record, QLatin1StringView("status")).value_or(QString());
    if (status == u"new" || status == u"in-progress" || status == u"done")
        document.status = status;
    m_batch->documents.push_back(std::move(document));
    if (m_batch->documentAdded)
        m_batch->documentAdded();
}

/// The column of byte `offset` of `line`, in code points.
qsizetype columnOf(const QByteArray &line, qsizetype offset)
{
    return QString::fromUtf8(line.left(offset)).toUcs4().size() + 1;
}

} // namespace

void DoccanoImporter::read(const QString &file, const QString &root, ImportBatch *batch)
{
    if (const std::optional<QByteArray> bytes = ImportFile::read(file, maxFileSize, batch))
        readBytes(*bytes, file, root, batch);
}

void DoccanoImporter::readBytes(const QByteArray &bytes, const QString &file, const QString &root, ImportBatch *batch)
{
    LineReader reader(file, root, batch);
    const qsizetype firstProblem = batch->problems.size();
    const QByteArrayView all =
        QByteArrayView(bytes).startsWith("\xEF\xBB\xBF") ? QByteArrayView(bytes).sliced(3) : QByteArrayView(bytes);
    struct BadLine
    {
        qsizetype line;
        qsizetype column;
        QString message;
    };
    QList<BadLine> bad;
    QList<std::pair<QJsonObject, qsizetype>> records;
    qsizetype lineNumber = 0;
    for (qsizetype from = 0; from < all.size();) {
        qsizetype to = all.indexOf('\n', from);
        if (to < 0)
            to = all.size();
        ++lineNumber;
        const QByteArray line = all.sliced(from, to - from).trimmed().toByteArray();
        from = to + 1;
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError)
            bad.append({lineNumber, columnOf(line, error.offset), tr("not JSON: %1").arg(error.errorString())});
        else if (!json.isObject())
            bad.append({lineNumber, 0, tr("not a JSON object")});
        else
            records.append({json.object(), lineNumber});
    }

    // doccano's own example export is pretty-printed: if no line is JSON on its own, try the whole file.
    if (records.isEmpty() && !bad.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(all.toByteArray(), &error);
        if (error.error == QJsonParseError::NoError && (json.isObject() || json.isArray())) {
            batch->problems.append({Problem::Severity::Warning, file, 1, 0,
                                    tr("not JSON Lines: the file is one JSON value over %n line(s); read as a whole",
                                       nullptr, int(lineNumber))});
            bad.clear();
            if (json.isObject()) {
                records.append({json.object(), 1});
            } else {
                const QJsonArray array = json.array();
                const std::vector<qsizetype> lines = JsonValues::linesAt(all, JsonValues::arrayElementOffsets(all));
                for (qsizetype i = 0; i < array.size(); ++i) {
                    const qsizetype line = qsizetype(lines.size()) == array.size() ? lines[size_t(i)] : 0;
                    if (array[i].isObject())
                        records.append({array[i].toObject(), line});
                    else
                        bad.append({line, 0, tr("not a JSON object")});
                }
            }
        }
    }
    for (const BadLine &line : std::as_const(bad)) {
        batch->problems.append(
            {Problem::Severity::Error, file, line.line, line.column, tr("line skipped: %1").arg(line.message)});
        ++batch->skipped;
    }
    for (const auto &[record, line] : std::as_const(records))
        reader.read(record, line);
    // Line problems were found before record problems; report them all in file order.
    std::stable_sort(batch->problems.begin() + firstProblem, batch->problems.end(),
                     [](const Problem &a, const Problem &b) { return a.line < b.line; });
}

} // namespace Hashiya
