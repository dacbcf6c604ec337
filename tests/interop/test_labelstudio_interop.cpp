// SPDX-License-Identifier: GPL-3.0-or-later
// Label Studio's own sample tasks: import, write as articles with sidecars, load them back, export as Label
// Studio JSON again, and find the same regions and relations (compared as sets, independent of ids).
#include "support/catchqt.h"
#include "support/corpusroundtrip.h"
#include "support/testfiles.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "formats/labelstudioexporter.h"
#include "formats/labelstudioimporter.h"

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

/// Per task text: regions as "start end label text" and relations as "from-region to-region labels".
QMap<QString, QSet<QString>> annotationsOf(const QByteArray &bytes)
{
    const QJsonDocument json = QJsonDocument::fromJson(bytes);
    const QJsonArray tasks = json.isArray() ? json.array() : QJsonArray {json.object()};
    QMap<QString, QSet<QString>> annotations;
    for (const QJsonValue &taskValue : tasks) {
        const QJsonObject task = taskValue.toObject();
        QSet<QString> &set = annotations[task.value(u"data"_s).toObject().value(u"text"_s).toString()];
        const QJsonArray results =
            task.value(u"annotations"_s).toArray().first().toObject().value(u"result"_s).toArray();
        QHash<QString, QString> regionOf;
        for (const QJsonValue &value : results) {
            const QJsonObject result = value.toObject();
            if (result.value(u"type"_s).toString() != u"labels"_s)
                continue;
            const QJsonObject region = result.value(u"value"_s).toObject();
            const QString key = u"%1-%2"_s.arg(region.value(u"start"_s).toInt()).arg(region.value(u"end"_s).toInt());
            regionOf.insert(result.value(u"id"_s).toString(), key);
            set.insert(key + u' ' + region.value(u"labels"_s).toArray().first().toString() + u' '
                       + region.value(u"text"_s).toString());
        }
        for (const QJsonValue &value : results) {
            const QJsonObject result = value.toObject();
            if (result.value(u"type"_s).toString() == u"relation"_s)
                set.insert(regionOf.value(result.value(u"from_id"_s).toString()) + u" → "_s
                           + regionOf.value(result.value(u"to_id"_s).toString()) + u' '
                           + result.value(u"labels"_s).toArray().first().toString());
        }
    }
    return annotations;
}

} // namespace

TEST_CASE("Label Studio's sample tasks survive import, sidecars and export", "[interop][labelstudio]")
{
    const QStringList files =
        QDir(Test::interopPath(u"label-studio"_s)).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    REQUIRE_FALSE(files.isEmpty());
    for (const QString &name : files) {
        DYNAMIC_SECTION(name.toStdString())
        {
            const QString path = Test::interopPath(u"label-studio/"_s + name);
            ImportBatch batch;
            LabelStudioImporter::read(path, path, &batch);
            INFO(Test::describe(batch.problems).toStdString());
            CHECK(batch.problems.isEmpty());
            CHECK(batch.skipped == 0);
            REQUIRE_FALSE(batch.documents.empty());

            QTemporaryDir target;
            const MemoryOutput out = Test::exportThroughCorpus(batch, target.path(), u"labelstudio"_s);

            const auto original = annotationsOf(Test::readBytes(path));
            const auto exported = annotationsOf(out.files().value(LabelStudioExporter::fileName()));
            CHECK(exported == original);
            // The config names the sample's label.
            CHECK(out.files().value(LabelStudioExporter::configFileName()).contains("<Label value=\"Date\""));
        }
    }
}
