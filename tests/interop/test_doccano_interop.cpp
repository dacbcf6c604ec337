// SPDX-License-Identifier: GPL-3.0-or-later
// doccano's own sample files: import, write as articles with sidecars, load them back, export as doccano
// again, and find the same spans, labels and relations (compared as sets, independent of ids).
#include "support/catchqt.h"
#include "support/corpusroundtrip.h"
#include "support/testfiles.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "formats/doccanoexporter.h"
#include "formats/doccanoimporter.h"

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

/// Per text: its spans as "start end label" and relations as "from-span to-span type".
using Annotations = QMap<QString, QSet<QString>>;

void collect(const QJsonObject &record, Annotations *annotations)
{
    const QString text = record.value(u"text"_s).toString();
    QSet<QString> &set = (*annotations)[text];
    QHash<qint64, QString> spanOf;
    auto add = [&](qint64 start, qint64 end, const QString &label) {
        set.insert(u"%1 %2 %3"_s.arg(start).arg(end).arg(label));
        return u"%1-%2"_s.arg(start).arg(end);
    };
    for (const QJsonValue &span : record.value(u"label"_s).toArray()) {
        const QJsonArray parts = span.toArray();
        add(parts[0].toInteger(), parts[1].toInteger(), parts[2].toString());
    }
    for (const QJsonValue &value : record.value(u"entities"_s).toArray()) {
        const QJsonObject entity = value.toObject();
        spanOf.insert(entity.value(u"id"_s).toInteger(),
                      add(entity.value(u"start_offset"_s).toInteger(), entity.value(u"end_offset"_s).toInteger(),
                          entity.value(u"label"_s).toString()));
    }
    for (const QJsonValue &value : record.value(u"relations"_s).toArray()) {
        const QJsonObject relation = value.toObject();
        set.insert(spanOf.value(relation.value(u"from_id"_s).toInteger()) + u" → "_s
                   + spanOf.value(relation.value(u"to_id"_s).toInteger()) + u' '
                   + relation.value(u"type"_s).toString());
    }
}

/// The records of a JSONL file, or of a file that is one JSON object.
Annotations annotationsOf(const QByteArray &bytes)
{
    Annotations annotations;
    QJsonParseError error;
    const QJsonDocument whole = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError && whole.isObject()) {
        collect(whole.object(), &annotations);
        return annotations;
    }
    for (const QByteArray &line : bytes.split('\n')) {
        if (!line.trimmed().isEmpty())
            collect(QJsonDocument::fromJson(line).object(), &annotations);
    }
    return annotations;
}

} // namespace

TEST_CASE("doccano's sample files survive import, sidecars and export", "[interop][doccano]")
{
    const QStringList files = QDir(Test::interopPath(u"doccano"_s)).entryList({u"*.jsonl"_s}, QDir::Files, QDir::Name);
    REQUIRE(files.size() == 3);
    for (const QString &name : files) {
        DYNAMIC_SECTION(name.toStdString())
        {
            const QString path = Test::interopPath(u"doccano/"_s + name);
            ImportBatch batch;
            DoccanoImporter::read(path, path, &batch);
            INFO(Test::describe(batch.problems).toStdString());
            CHECK(batch.skipped == 0);
            CHECK(batch.notes.isEmpty()); // ASCII only: both offset readings agree
            REQUIRE_FALSE(batch.documents.empty());
            if (name == u"export-relation_extraction-example.jsonl") {
                // doccano's UI example is pretty-printed, not JSON Lines: read as one record, with a warning.
                REQUIRE(batch.problems.size() == 1);
                CHECK(batch.problems[0].severity == Problem::Severity::Warning);
                CHECK(batch.problems[0].message.startsWith(u"not JSON Lines"_s));
            } else {
                CHECK(batch.problems.isEmpty());
            }

            QTemporaryDir target;
            const MemoryOutput out = Test::exportThroughCorpus(batch, target.path(), u"doccano"_s);

            const Annotations original = annotationsOf(Test::readBytes(path));
            const Annotations exported = annotationsOf(out.files().value(DoccanoExporter::fileName()));
            CHECK(exported.size() == qsizetype(batch.documents.size()));
            CHECK(exported == original);
        }
    }
}
