// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelstudioimporter.h"

#include "model/annotationid.h"

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
#include "formats/labelstudioexporter.h"
#include "formats/typenamemapper.h"

namespace Hashiya {
namespace {

QString stringOrNumber(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (const std::optional<qint64> number = JsonValues::exactInteger(value))
        return QString::number(*number);
    return {};
}

/// Strings of a value that may be one string or a list of them, joined by `separator`.
QString joinedStrings(const QJsonValue &value, const QString &separator)
{
    if (value.isString())
        return value.toString();
    QStringList parts;
    for (const QJsonValue &part : value.toArray()) {
        if (part.isString())
            parts.append(part.toString());
    }
    return parts.join(separator);
}

class TaskReader
{
public:
    TaskReader(const QString &file, const QString &root, ImportBatch *batch)
        : m_file(file)
        , m_root(root)
        , m_batch(batch)
    {
    }

    void read(const QJsonValue &value, qsizetype index, qsizetype line);

private:
    void problem(Problem::Severity severity, const QString &message)
    {
        m_batch->problems.append({severity, m_file, m_line, 0, m_task + QStringLiteral(": ") + message});
    }
    void skip(const QString &message)
    {
        problem(Problem::Severity::Error, message);
        ++m_batch->skipped;
    }
    void warning(const QString &message) { problem(Problem::Severity::Warning, message); }
    QString mapped(TypeNameMapper &mapper, const QString &label, const QString &what);
    std::optional<Span> regionSpan(const ImportText &text, const QJsonObject &value);

    QString m_file;
    QString m_root;
    ImportBatch *m_batch;
    TypeNameMapper m_entityTypes;
    TypeNameMapper m_relationTypes;
    TypeNameMapper m_attributes;
    QSet<QString> m_noted;
    QString m_task; // "task 3", for messages
    qsizetype m_line = 0;
};

QString TaskReader::mapped(TypeNameMapper &mapper, const QString &label, const QString &what)
{
    bool changed = false;
    const QString name = mapper.map(label, &changed);
    if (changed && !m_noted.contains(what + label)) {
        m_noted.insert(what + label);
        m_batch->notes.append(
            LabelStudioImporter::tr("%1:%2: %3 “%4” imported as “%5”").arg(m_file).arg(m_line).arg(what, label, name));
    }
    return name;
}

std::optional<Span> TaskReader::regionSpan(const ImportText &text, const QJsonObject &value)
{
    const std::optional<qint64> start = JsonValues::exactInteger(value.value(QLatin1StringView("start")));
    const std::optional<qint64> end = JsonValues::exactInteger(value.value(QLatin1StringView("end")));
    if (!start || !end) {
        skip(LabelStudioImporter::tr("skipped a region without integer “start” and “end”"));
        return std::nullopt;
    }
    const CodePointIndex &codePoints = text.rawCodePoints();
    const QString where = LabelStudioImporter::tr("skipped the region [%1, %2]").arg(*start).arg(*end);
    if (*start < 0 || *start >= *end) {
        skip(LabelStudioImporter::tr("%1: its start is negative or not before its end").arg(where));
        return std::nullopt;
    }
    const bool validAsCodePoints = *end <= codePoints.codePointCount();
    qsizetype from = validAsCodePoints ? codePoints.toUtf16(*start) : 0;
    qsizetype to = validAsCodePoints ? codePoints.toUtf16(*end) : 0;
    const QJsonValue quoted = value.value(QLatin1StringView("text"));
    if (quoted.isString()) {
        const QString expected = quoted.toString();
        if (!validAsCodePoints || text.raw().sliced(from, to - from) != expected) {
            const bool validAsUtf16 = *end <= text.raw().size() && !codePoints.splitsSurrogatePair(*start)
                && !codePoints.splitsSurrogatePair(*end);
            if (validAsUtf16 && text.raw().sliced(*start, *end - *start) == expected) {
                warning(LabelStudioImporter::tr("the region [%1, %2] “%3” matches its text only as UTF-16 offsets "
                                                "(older Label Studio); read so")
                            .arg(*start)
                            .arg(*end)
                            .arg(expected.left(40)));
                from = *start;
                to = *end;
            } else if (validAsCodePoints) {
                warning(LabelStudioImporter::tr("the region [%1, %2] says its text is “%3”, but the task's text there "
                                                "is “%4”; the offsets are kept")
                            .arg(*start)
                            .arg(*end)
                            .arg(expected.left(40), text.raw().sliced(from, to - from).left(40)));
            }
        }
    }
    if (to == 0) {
        skip(LabelStudioImporter::tr("%1: it ends past the text (%2 code points)")
                 .arg(where)
                 .arg(codePoints.codePointCount()));
        return std::nullopt;
    }
    Span span {text.toCanonical(from), text.toCanonical(to), {}};
    if (span.start >= span.end) {
        skip(LabelStudioImporter::tr("%1: it holds only the CR of a line break").arg(where));
        return std::nullopt;
    }
    return span;
}

void TaskReader::read(const QJsonValue &value, qsizetype index, qsizetype line)
{
    m_line = line;
    m_task = LabelStudioImporter::tr("task %1").arg(index);
    if (!value.isObject()) {
        skip(LabelStudioImporter::tr("skipped: not a JSON object"));
        return;
    }
    const QJsonObject task = value.toObject();
    if (const QString id = stringOrNumber(task.value(QLatin1StringView("id"))); !id.isEmpty())
        m_task = LabelStudioImporter::tr("task %1 (id %2)").arg(index).arg(id);
    const QJsonObject data = task.value(QLatin1StringView("data")).toObject();
    QJsonValue textValue = data.value(QLatin1StringView("text"));
    if (!textValue.isString()) {
        const auto firstString =
            std::find_if(data.constBegin(), data.constEnd(), [](const QJsonValue &v) { return v.isString(); });
        if (firstString != data.constEnd())
            textValue = firstString.value();
    }
    if (!textValue.isString()) {
        skip(LabelStudioImporter::tr("skipped: “data” holds no text"));
        return;
    }
    const ImportText text(textValue.toString());

    // The result list: the first annotation not cancelled, else the first prediction.
    QJsonArray results;
    bool found = false;
    qsizetype usable = 0;
    for (const QJsonValue &annotation : task.value(QLatin1StringView("annotations")).toArray()) {
        const QJsonObject object = annotation.toObject();
        if (object.value(QLatin1StringView("was_cancelled")).toBool())
            continue;
        if (++usable == 1) {
            results = object.value(QLatin1StringView("result")).toArray();
            found = true;
        }
    }
    if (usable > 1)
        warning(LabelStudioImporter::tr("only the first of its %1 annotations is imported").arg(usable));
    if (!found) {
        const QJsonArray predictions = task.value(QLatin1StringView("predictions")).toArray();
        if (!predictions.isEmpty()) {
            results = predictions.first().toObject().value(QLatin1StringView("result")).toArray();
            warning(LabelStudioImporter::tr("no annotation; its first prediction is imported instead"));
        }
    }

    std::vector<Entity> entities;
    QHash<QString, size_t> entityOf; // region id → index in `entities`
    static const QRegularExpression fragmentId(QStringLiteral("^(.+)_(\\d+)$"));
    QList<QJsonObject> later; // perRegion results and relations, read once every region is known
    qsizetype unnamed = 0;
    for (const QJsonValue &resultValue : std::as_const(results)) {
        const QJsonObject result = resultValue.toObject();
        const QString type = result.value(QLatin1StringView("type")).toString();
        if (type != u"labels") {
            later.append(result);
            continue;
        }
        const QJsonObject regionValue = result.value(QLatin1StringView("value")).toObject();
        QStringList labels;
        for (const QJsonValue &label : regionValue.value(QLatin1StringView("labels")).toArray()) {
            if (label.isString() && !label.toString().isEmpty())
                labels.append(label.toString());
        }
        if (labels.isEmpty()) {
            skip(LabelStudioImporter::tr("skipped a region without labels"));
            continue;
        }
        const std::optional<Span> span = regionSpan(text, regionValue);
        if (!span)
            continue;
        if (labels.size() > 1)
            warning(LabelStudioImporter::tr("a region has %1 labels; only the first, %2, is imported")
                        .arg(labels.size())
                        .arg(labels.first()));
        const QString type_ = mapped(m_entityTypes, labels.first(), LabelStudioImporter::tr("label"));
        QString regionId = stringOrNumber(result.value(QLatin1StringView("id")));
        if (regionId.isEmpty())
            regionId = QStringLiteral("\x01%1").arg(++unnamed); // cannot clash with a real id
        if (entityOf.contains(regionId)) {
            skip(LabelStudioImporter::tr("skipped a second region with the id %1").arg(regionId));
            continue;
        }
        if (const QRegularExpressionMatch m = fragmentId.match(regionId); m.hasMatch()) {
            const auto first = entityOf.constFind(m.captured(1));
            if (first != entityOf.constEnd() && entities[*first].type == type_) {
                Entity &entity = entities[*first];
                entity.spans.append(*span);
                entity.spans = mergedSpans(entity.spans);
                entityOf.insert(regionId, *first);
                continue;
            }
        }
        Entity entity;
        entity.id = newAnnotationId();
        entity.type = type_;
        entity.spans.append(*span);
        entityOf.insert(regionId, entities.size());
        entities.push_back(std::move(entity));
    }

    ExchangeDocument document;
    for (const QJsonObject &result : std::as_const(later)) {
        const QString type = result.value(QLatin1StringView("type")).toString();
        if (type == u"relation") {
            const auto from = entityOf.constFind(stringOrNumber(result.value(QLatin1StringView("from_id"))));
            const auto to = entityOf.constFind(stringOrNumber(result.value(QLatin1StringView("to_id"))));
            if (from == entityOf.constEnd() || to == entityOf.constEnd()) {
                skip(LabelStudioImporter::tr("skipped a relation from %1 to %2: no such region was imported")
                         .arg(stringOrNumber(result.value(QLatin1StringView("from_id"))),
                              stringOrNumber(result.value(QLatin1StringView("to_id")))));
                continue;
            }
            const bool left = result.value(QLatin1StringView("direction")).toString() == u"left";
            QStringList labels;
            for (const QJsonValue &label : result.value(QLatin1StringView("labels")).toArray()) {
                if (label.isString() && !label.toString().isEmpty())
                    labels.append(label.toString());
            }
            if (labels.isEmpty()) {
                labels.append(QStringLiteral("RELATED"));
                warning(LabelStudioImporter::tr("a relation without a label is imported as RELATED"));
            }
            for (const QString &label : std::as_const(labels)) {
                Relation relation;
                relation.id = newAnnotationId();
                relation.type = mapped(m_relationTypes, label, LabelStudioImporter::tr("relation type"));
                relation.from = entities[left ? *to : *from].id;
                relation.to = entities[left ? *from : *to].id;
                document.relations.push_back(std::move(relation));
            }
            continue;
        }
        const QString control = result.value(QLatin1StringView("from_name")).toString();
        if (type != u"choices" && type != u"textarea") {
            warning(LabelStudioImporter::tr("a result of type “%1” (%2) is not imported").arg(type, control));
            continue;
        }
        const auto region = entityOf.constFind(stringOrNumber(result.value(QLatin1StringView("id"))));
        if (region == entityOf.constEnd()) {
            warning(LabelStudioImporter::tr("the %1 result of %2 belongs to no imported region; it is not imported")
                        .arg(type, control));
            continue;
        }
        Entity &entity = entities[*region];
        const QJsonObject resultValue = result.value(QLatin1StringView("value")).toObject();
        if (type == u"textarea" && control == u"note") {
            entity.note = joinedStrings(resultValue.value(QLatin1StringView("text")), QStringLiteral("\n"));
            continue;
        }
        QString attribute = control;
        if (attribute.startsWith(u"attribute-")
            && LabelStudioExporter::controlName(attribute.mid(10)) == attribute) // one of the reserved names
            attribute = attribute.mid(10);
        attribute = mapped(m_attributes, attribute, LabelStudioImporter::tr("attribute"));
        entity.attributes.insert(
            attribute,
            type == u"choices" ? joinedStrings(resultValue.value(QLatin1StringView("choices")), QStringLiteral(","))
                               : joinedStrings(resultValue.value(QLatin1StringView("text")), QStringLiteral("\n")));
    }

    document.text = text.canonical();
    std::sort(entities.begin(), entities.end(), entityLess);
    document.entities.assign(std::move(entities));
    std::sort(document.relations.begin(), document.relations.end(), relationLess);
    std::optional<QString> name;
    for (const char *key : {"name", "filename"}) {
        const QJsonValue given = data.value(QLatin1StringView(key));
        if (given.isString() && !name) {
            name = ImportNaming::fromMetadata(given.toString());
            if (!name)
                warning(LabelStudioImporter::tr("the name %1 is not a relative path; the document is named by its "
                                                "position instead")
                            .arg(given.toString()));
        }
    }
    document.name = name.value_or(ImportNaming::numbered(m_file, m_root, index));
    const QString status =
        task.value(QLatin1StringView("meta")).toObject().value(QLatin1StringView("status")).toString();
    if (status == u"new" || status == u"in-progress" || status == u"done")
        document.status = status;
    m_batch->documents.push_back(std::move(document));
    if (m_batch->documentAdded)
        m_batch->documentAdded();
}

} // namespace

void LabelStudioImporter::read(const QString &file, const QString &root, ImportBatch *batch)
{
    // A folder given to the import may hold Hashiya's own JSON files too.
    if (file.endsWith(u".ann.json") || file.endsWith(u"hashiya-schema.json")) {
        batch->problems.append(
            {Problem::Severity::Warning, file, 0, 0, tr("skipped: a Hashiya file, not Label Studio's")});
        return;
    }
    if (const std::optional<QByteArray> bytes = ImportFile::read(file, maxFileSize, batch))
        readBytes(*bytes, file, root, batch);
}

void LabelStudioImporter::readBytes(const QByteArray &bytes, const QString &file, const QString &root,
                                    ImportBatch *batch)
{
    const QByteArrayView all =
        QByteArrayView(bytes).startsWith("\xEF\xBB\xBF") ? QByteArrayView(bytes).sliced(3) : QByteArrayView(bytes);
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(all.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError) {
        batch->problems.append({Problem::Severity::Error, file, JsonValues::lineAt(all, error.offset), 0,
                                tr("not JSON, nothing imported: %1").arg(error.errorString())});
        ++batch->skipped;
        return;
    }
    TaskReader reader(file, root, batch);
    if (json.isObject()) {
        const QJsonObject task = json.object();
        if (!task.contains(QLatin1StringView("data"))) {
            batch->problems.append({Problem::Severity::Error, file, 1, 0,
                                    tr("not a Label Studio task list: no array of tasks and no “data”")});
            ++batch->skipped;
            return;
        }
        reader.read(task, 1, 1);
        return;
    }
    const QJsonArray tasks = json.array();
    const std::vector<qsizetype> lines = JsonValues::linesAt(all, JsonValues::arrayElementOffsets(all));
    const bool located = qsizetype(lines.size()) == tasks.size();
    for (qsizetype i = 0; i < tasks.size(); ++i)
        reader.read(tasks[i], i + 1, located ? lines[size_t(i)] : 0);
}

} // namespace Hashiya
