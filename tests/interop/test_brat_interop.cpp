// SPDX-License-Identifier: GPL-3.0-or-later
// brat's own tutorial and corpus files: import, write as articles with sidecars, load back, export, and
// compare with the original annotation by annotation.
#include "formats/bratexporter.h"
#include "formats/bratimporter.h"
#include "formats/exchangefiles.h"
#include "formats/importwriter.h"
#include "io/schemareader.h"
#include "support/catchqt.h"
#include "support/testfiles.h"

#include <QDir>
#include <QHash>
#include <QTemporaryDir>

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

/// The annotations of an .ann as lines that do not depend on id numbering: every reference to a T, E or R
/// is replaced by what that annotation is (type and offsets, or trigger, or type and arguments).
QStringList normalizedAnnotations(const QByteArray &ann)
{
    QList<QStringList> lines;
    for (const QByteArray &line : ann.split('\n')) {
        QString text = QString::fromUtf8(line);
        while (text.endsWith(u'\t') || text.endsWith(u'\r'))
            text.chop(1);
        if (!text.isEmpty())
            lines.append(text.split(u'\t'));
    }
    QHash<QString, QString> keys;
    auto key = [&keys](const QString &id) {
        return keys.value(id, u"?"_s + id);
    };
    QStringList result;
    for (const QStringList &fields : lines) {
        if (fields[0].startsWith(u'T')) {
            keys.insert(fields[0], u"T[%1]"_s.arg(fields[1]));
            result.append(u"T %1 %2"_s.arg(fields[1], fields.value(2)));
        }
    }
    for (const QStringList &fields : lines) {
        if (fields[0].startsWith(u'E')) {
            const QString trigger = fields[1].section(u' ', 0, 0).section(u':', 1);
            keys.insert(fields[0], u"E[%1]"_s.arg(key(trigger)));
        }
    }
    for (const QStringList &fields : lines) {
        const QChar kind = fields[0].front();
        QStringList parts = fields.value(1).split(u' ', Qt::SkipEmptyParts);
        if (kind == u'E' || kind == u'R') {
            QStringList arguments;
            for (qsizetype i = 1; i < parts.size(); ++i)
                arguments.append(parts[i].section(u':', 0, 0) + u':' + key(parts[i].section(u':', 1)));
            if (kind == u'E')
                arguments.sort();
            const QString head = kind == u'E' ? parts[0].section(u':', 0, 0) + u' ' + key(fields[0]) : parts[0];
            const QString normalized = QString(kind) + u' ' + head + u' ' + arguments.join(u' ');
            result.append(normalized);
            if (kind == u'R')
                keys.insert(fields[0], u"R[%1]"_s.arg(normalized));
        }
    }
    for (const QStringList &fields : lines) {
        const QChar kind = fields[0].front();
        QStringList parts = fields.value(1).split(u' ', Qt::SkipEmptyParts);
        if (kind == u'A' || kind == u'M' || kind == u'N' || kind == u'#') {
            parts[1] = key(parts[1]);
            result.append(QString(kind == u'M' ? u'A' : kind) + u' ' + parts.join(u' ') + u'\t' + fields.value(2));
        } else if (kind == u'*') {
            QStringList members;
            for (qsizetype i = 1; i < parts.size(); ++i)
                members.append(key(parts[i]));
            members.sort();
            result.append(u"* "_s + parts[0] + u' ' + members.join(u' '));
        }
    }
    result.sort();
    return result;
}

} // namespace

TEST_CASE("brat samples survive import, sidecars on disk and export annotation for annotation", "[interop][brat]")
{
    const QString folder = Test::interopPath(u"brat"_s);
    const QStringList samples = QDir(folder).entryList({u"*.ann"_s}, QDir::Files, QDir::Name);
    REQUIRE(samples.size() >= 5);
    for (const QString &sample : samples) {
        INFO(sample.toStdString());
        const QString annPath = QDir(folder).filePath(sample);
        ImportBatch batch;
        BratImporter::read(annPath, folder, &batch);
        INFO(Test::describe(batch.problems).toStdString());
        CHECK(batch.problems.isEmpty());
        REQUIRE(batch.documents.size() == 1);

        QTemporaryDir target;
        ImportWriter::Summary summary;
        REQUIRE(ImportWriter::writeDocument(batch.documents.front(), target.path(), false, &summary));
        Problems problems;
        const std::optional<ExchangeDocument> loaded =
            ExchangeFiles::load(target.filePath(batch.documents.front().name), target.path(), nullptr, &problems);
        INFO(Test::describe(problems).toStdString());
        REQUIRE(loaded);

        MemoryOutput out;
        BratExporter exporter(batch.schema.value_or(Schema {}));
        Problems exportProblems;
        REQUIRE(exporter.add(*loaded, out, &exportProblems));
        CHECK(exportProblems.isEmpty());
        const QString base = sample.chopped(4);
        const QByteArray original = Test::readBytes(annPath);
        const QStringList expected = normalizedAnnotations(original);
        CHECK(expected.size() == original.count('\n')); // one normalized line per annotation line
        CHECK(normalizedAnnotations(out.files()[base + u".ann"_s]) == expected);
        CHECK(out.files()[base + u".txt"_s] == Test::readBytes(QDir(folder).filePath(base + u".txt"_s)));
    }
}

TEST_CASE("brat's news annotation.conf becomes a schema Hashiya accepts", "[interop][brat]")
{
    QTemporaryDir root;
    const QString folder = Test::interopPath(u"brat"_s);
    QFile::copy(QDir(folder).filePath(u"news-annotation.conf"_s), root.filePath(u"annotation.conf"_s));
    QFile::copy(QDir(folder).filePath(u"news-visual.conf"_s), root.filePath(u"visual.conf"_s));
    QDir().mkpath(root.filePath(u"news"_s));
    for (const QString &suffix : {u".ann"_s, u".txt"_s})
        QFile::copy(QDir(folder).filePath(u"news-060-relation_annotation"_s + suffix),
                    root.filePath(u"news/060"_s + suffix));
    ImportBatch batch;
    BratImporter::read(root.filePath(u"news/060.ann"_s), root.path(), &batch);
    INFO(Test::describe(batch.problems).toStdString());
    CHECK(batch.problems.isEmpty());
    REQUIRE(batch.schema);
    const Schema &schema = *batch.schema;
    QStringList entityTypes;
    for (const EntityType &type : schema.entityTypes)
        entityTypes.append(type.name);
    CHECK(entityTypes
          == QStringList {u"Person"_s, u"Organization"_s, u"GPE"_s, u"Money"_s, u"Be-born"_s, u"Marry"_s, u"Divorce"_s,
                          u"Die"_s, u"Transfer-ownership"_s, u"Transfer-money"_s, u"Start-org"_s, u"Merge-org"_s,
                          u"End-org"_s, u"Report"_s}); // !Life, !Transaction, !Business left out
    CHECK(schema.entityType(u"GPE"_s)->label(u"en"_s) == u"Geo-political entity"_s);
    CHECK(schema.entityType(u"GPE"_s)->color == QColor(u"#FFD412"_s));
    CHECK(schema.entityType(u"Organization"_s)->shortLabel == u"Org"_s);
    REQUIRE(schema.relationType(u"Located"_s));
    CHECK(schema.relationType(u"Located"_s)->from == QStringList {u"Person"_s});
    CHECK(schema.relationType(u"Located"_s)->to == QStringList {u"GPE"_s});
    CHECK_FALSE(schema.relationType(u"Located"_s)->symmetric);
    CHECK(schema.relationType(u"Alias"_s)->symmetric);
    REQUIRE(schema.relationType(u"Org-Arg"_s));
    CHECK(schema.relationType(u"Org-Arg"_s)->from == QStringList {u"Start-org"_s, u"Merge-org"_s, u"End-org"_s});
    CHECK(schema.relationType(u"Org-Arg"_s)->to == QStringList {u"Organization"_s});
    CHECK(schema.relationType(u"Agent-Arg"_s)->to == QStringList {u"Person"_s, u"Organization"_s, u"GPE"_s});
    CHECK(schema.relationType(u"ALIAS_OF"_s)); // the `*` line of the sample
    CHECK(schema.attribute(u"Individual"_s)->values == QStringList {u"true"_s});
    CHECK(schema.attribute(u"Confidence"_s)->values == QStringList {u"High"_s, u"Neutral"_s, u"Low"_s});

    ImportWriter::Summary summary;
    ImportWriter::writeSchema(batch, root.filePath(u"corpus"_s), false, &summary);
    Problems problems;
    const std::optional<Schema> reread =
        SchemaReader::readFile(root.filePath(u"corpus/"_s + SchemaReader::fileName()), &problems);
    INFO(Test::describe(problems).toStdString());
    REQUIRE(reread);
    CHECK(!hasErrors(problems));
}
