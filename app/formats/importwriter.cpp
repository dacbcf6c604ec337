// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwriter.h"

#include "io/articlereader.h"
#include "io/corpus.h"
#include "io/documentfile.h"
#include "io/jsonwriter.h"
#include "io/safesave.h"
#include "io/schemareader.h"
#include "io/schemawriter.h"
#include "io/sidecarwriter.h"
#include "model/sidecarinfo.h"
#include "text/codepointindex.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace Hashiya {
namespace {

Problem refusal(const QString &path, const QString &message)
{
    return {Problem::Severity::Error, path, 0, 0, message};
}

/// The schema a batch without a declared one implies: every type it uses, relations allowed between any.
Schema derivedSchema(const ImportBatch &batch)
{
    const Schema bundled = SchemaReader::defaultSchema();
    Schema schema;
    schema.name = ImportWriter::tr("Imported");
    QSet<QString> entityTypes, relationTypes, attributes;
    for (const ExchangeDocument &document : batch.documents) {
        for (const Entity &entity : document.entities) {
            if (!entityTypes.contains(entity.type)) {
                entityTypes.insert(entity.type);
                schema.entityTypes.append(
                    {entity.type, entity.type, entity.type.left(4).toUpper(), Schema::fallbackColor(entity.type), {}});
            }
            for (auto it = entity.attributes.begin(); it != entity.attributes.end(); ++it) {
                if (!attributes.contains(it.key())) {
                    attributes.insert(it.key());
                    schema.attributes.append({it.key(), it.key(), {QStringLiteral("*")}, {}});
                }
            }
        }
        for (const Relation &relation : document.relations) {
            if (!relationTypes.contains(relation.type)) {
                relationTypes.insert(relation.type);
                // A type the bundled schema knows (ALIAS_OF, say) keeps its label and whether it has a direction.
                const RelationType *known = bundled.relationType(relation.type);
                schema.relationTypes.append({relation.type,
                                             known ? known->labels : SchemaLabel(relation.type),
                                             {QStringLiteral("*")},
                                             {QStringLiteral("*")},
                                             known && known->symmetric,
                                             known && known->sameType});
            }
        }
    }
    return schema;
}

} // namespace

bool ImportWriter::writeDocument(const ExchangeDocument &document, const QString &targetFolder, bool force,
                                 Summary *summary)
{
    const QString articlePath = QDir(targetFolder).absoluteFilePath(document.name);
    const QString sidecarPath = Article::sidecarPathFor(articlePath);
    if (QFileInfo::exists(sidecarPath) && !force) {
        summary->problems.append(
            refusal(sidecarPath, tr("not imported: this sidecar already exists; import with --force to replace it")));
        return false;
    }
    // An article that is already there with the same text (say, brat's .txt imported in place) stays as it
    // is, CRLF and BOM included; the sidecar then describes that file.
    std::optional<Article> existing;
    if (QFileInfo::exists(articlePath)) {
        ArticleReader::Result read = ArticleReader::read(articlePath);
        if (read.article && read.article->text == document.text) {
            existing = std::move(read.article);
        } else if (!force) {
            summary->problems.append(
                refusal(articlePath, tr("not imported: an article with other text already exists at this path")));
            return false;
        }
    }
    if (!QDir().mkpath(QFileInfo(articlePath).absolutePath())) {
        summary->problems.append(refusal(articlePath, tr("could not create its folder")));
        return false;
    }

    QString message;
    if (!existing) {
        const QByteArray text = document.text.toUtf8();
        if (!saveFileAtomically(
                articlePath, [&text](QIODevice &file) { return file.write(text) == text.size(); }, &message)) {
            summary->problems.append(refusal(articlePath, message));
            return false;
        }
    }

    Article article;
    if (existing) {
        article = std::move(*existing);
    } else {
        article.path = articlePath;
        article.text = document.text;
        article.lineEnding = document.text.contains(u'\n') ? LineEnding::Lf : LineEnding::None;
        article.sha256 = Article::sha256Of(document.text);
    }
    const CodePointIndex codePoints(article.text);
    article.codePointCount = codePoints.codePointCount();

    SidecarInfo info;
    info.annotator = DocumentFile::defaultAnnotator(); // who imported, as for any other change
    info.modified = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    info.status = document.status;
    info.articleFile = article.fileName();
    info.articleSha256 = article.sha256;
    info.articleLength = article.codePointCount;
    if (!saveFileAtomically(
            sidecarPath,
            [&](QIODevice &file) {
                return SidecarWriter::write(file, article, codePoints, info, document.entities, document.relations);
            },
            &message)) {
        summary->problems.append(refusal(sidecarPath, message));
        return false;
    }
    summary->written.append(document.name);
    summary->entities += qsizetype(document.entities.size());
    summary->relations += qsizetype(document.relations.size());
    return true;
}

void ImportWriter::writeSchema(const ImportBatch &batch, const QString &targetFolder, bool force, Summary *summary)
{
    const QString path = QDir(targetFolder).absoluteFilePath(SchemaReader::fileName());
    if (QFileInfo::exists(path) && !force)
        return;
    if (!batch.schema && batch.documents.empty())
        return;
    const QByteArray bytes = Hashiya::writeSchema(batch.schema ? *batch.schema : derivedSchema(batch));
    QString message;
    if (!QDir().mkpath(targetFolder)
        || !saveFileAtomically(
            path, [&bytes](QIODevice &file) { return file.write(bytes) == bytes.size(); }, &message)) {
        summary->problems.append(refusal(path, message));
        return;
    }
    summary->schemaFile = SchemaReader::fileName();
}

} // namespace Hashiya
