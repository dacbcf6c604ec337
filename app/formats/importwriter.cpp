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

#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

#include "formats/derivedschema.h"
#include "formats/exchangefiles.h"

namespace Hashiya {
namespace {

Problem refusal(const QString &path, const QString &message)
{
    return {Problem::Severity::Error, path, 0, 0, message};
}

void writeFields(QDataStream &out, const Attributes &attributes, const QString &note, const ExtraFields &extra)
{
    out << attributes << note << qsizetype(extra.size());
    for (const auto &[name, value] : extra)
        out << name << value;
}

/// An entity as bytes that leave out its id, so that two imports of it compare equal.
QByteArray entityKey(const Entity &entity)
{
    QByteArray key;
    QDataStream out(&key, QIODevice::WriteOnly);
    out << entity.type << entity.reference << qsizetype(entity.spans.size());
    for (const Span &span : entity.spans)
        out << span.start << span.end << span.extra;
    writeFields(out, entity.attributes, entity.note, entity.extra);
    return key;
}

/// The document's entities and relations as sorted keys free of ids; relations name their entities by
/// the entities' keys.
QList<QByteArray> contentKeys(const ExchangeDocument &document)
{
    QList<QByteArray> entities;
    QHash<QString, QByteArray> keyOf;
    for (const Entity &entity : document.entities) {
        QByteArray key = entityKey(entity);
        keyOf.insert(entity.id, key);
        entities.append(std::move(key));
    }
    std::sort(entities.begin(), entities.end());
    QList<QByteArray> relations;
    for (const Relation &relation : document.relations) {
        QByteArray key;
        QDataStream out(&key, QIODevice::WriteOnly);
        out << relation.type << keyOf.value(relation.from, relation.from.toUtf8())
            << keyOf.value(relation.to, relation.to.toUtf8());
        writeFields(out, relation.attributes, relation.note, relation.extra);
        relations.append(std::move(key));
    }
    std::sort(relations.begin(), relations.end());
    return entities + QList<QByteArray> {QByteArray("relations")} + relations;
}

} // namespace

ImportWriter::ImportWriter(const QString &targetFolder, bool force, Summary *summary, qsizetype batchSize)
    : m_targetFolder(QDir(targetFolder).absolutePath())
    , m_force(force)
    , m_summary(summary)
    , m_batchSize(std::max<qsizetype>(1, batchSize))
{
}

ImportWriter::~ImportWriter()
{
    finish();
}

bool ImportWriter::sameContent(const ExchangeDocument &a, const ExchangeDocument &b)
{
    return a.text == b.text && a.status == b.status && a.entities.size() == b.entities.size()
        && a.relations.size() == b.relations.size() && contentKeys(a) == contentKeys(b);
}

void ImportWriter::add(const ExchangeDocument &document)
{
    const QString articlePath = QDir(m_targetFolder).absoluteFilePath(document.name);
    const QString sidecarPath = Article::sidecarPathFor(articlePath);
    // The same name twice in one batch: the first must be in place before the second is checked against it.
    if (m_pendingArticles.contains(articlePath))
        commit();

    auto refuse = [&](const QString &path, const QString &message) {
        m_summary->problems.append(refusal(path, message));
        ++m_summary->notWritten;
    };
    if (QFileInfo::exists(sidecarPath) && !m_force) {
        // A pair an earlier run wrote from the same input is left as it is: the import resumes.
        Problems ignored;
        const std::optional<ExchangeDocument> existing =
            ExchangeFiles::load(articlePath, m_targetFolder, nullptr, &ignored);
        if (existing && sameContent(*existing, document)) {
            m_summary->alreadyImported.append(document.name);
            return;
        }
        refuse(sidecarPath, tr("not imported: a sidecar with other annotations already exists; import with "
                               "--force to replace it"));
        return;
    }
    // An article that is already there with the same text (say, brat's .txt imported in place, or one a
    // killed import left without its sidecar) stays as it is, CRLF and BOM included; the sidecar then
    // describes that file.
    std::optional<Article> existing;
    if (QFileInfo::exists(articlePath)) {
        ArticleReader::Result read = ArticleReader::read(articlePath);
        if (read.article && read.article->text == document.text) {
            existing = std::move(read.article);
        } else if (!m_force) {
            refuse(articlePath, tr("not imported: an article with other text already exists at this path"));
            return;
        }
    }
    const QString folder = QFileInfo(articlePath).absolutePath();
    if (!m_folders.contains(folder)) {
        if (!QDir().mkpath(folder)) {
            refuse(articlePath, tr("could not create its folder"));
            return;
        }
        m_folders.insert(folder);
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
    JsonWriter sidecar;
    SidecarWriter::write(sidecar, article, codePoints, info, document.entities, document.relations);

    // The article first and the sidecar last: whatever stops the import, a sidecar never comes without
    // its article.
    const qsizetype unit = m_firstUnit + qsizetype(m_pending.size());
    if (!existing)
        m_writes.stage(unit, articlePath, document.text.toUtf8());
    m_writes.stage(unit, sidecarPath, sidecar.toByteArray());
    m_pending.push_back(
        {document.name, articlePath, qsizetype(document.entities.size()), qsizetype(document.relations.size())});
    m_pendingArticles.insert(articlePath);
    if (qsizetype(m_pending.size()) >= m_batchSize)
        commit();
}

void ImportWriter::commit()
{
    if (m_pending.empty())
        return;
    const BatchedWrites::Result result = m_writes.commit();
    for (const qsizetype unit : result.committed) {
        const Pending &done = m_pending[size_t(unit - m_firstUnit)];
        m_summary->written.append(done.name);
        m_summary->entities += done.entities;
        m_summary->relations += done.relations;
    }
    for (const BatchedWrites::Failure &failure : result.failed) {
        m_summary->problems.append(refusal(m_pending[size_t(failure.unit - m_firstUnit)].articlePath, failure.message));
        ++m_summary->notWritten;
    }
    m_firstUnit += qsizetype(m_pending.size());
    m_pending.clear();
    m_pendingArticles.clear();
}

void ImportWriter::finish()
{
    commit();
}

bool ImportWriter::writeDocument(const ExchangeDocument &document, const QString &targetFolder, bool force,
                                 Summary *summary)
{
    const qsizetype before = summary->written.size() + summary->alreadyImported.size();
    {
        ImportWriter writer(targetFolder, force, summary, 1);
        writer.add(document);
    }
    return summary->written.size() + summary->alreadyImported.size() > before;
}

void ImportWriter::writeSchema(const ImportBatch &batch, const QString &targetFolder, bool force, Summary *summary)
{
    if (batch.schema) {
        writeSchema(*batch.schema, targetFolder, force, summary);
        return;
    }
    if (batch.documents.empty())
        return;
    DerivedSchema derived;
    for (const ExchangeDocument &document : batch.documents)
        derived.add(document);
    writeSchema(derived.schema(), targetFolder, force, summary);
}

void ImportWriter::writeSchema(const Schema &schema, const QString &targetFolder, bool force, Summary *summary)
{
    const QString path = QDir(targetFolder).absoluteFilePath(SchemaReader::fileName());
    if (QFileInfo::exists(path) && !force)
        return;
    const QByteArray bytes = Hashiya::writeSchema(schema);
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
