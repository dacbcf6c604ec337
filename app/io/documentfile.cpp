// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentfile.h"

#include "io/articlereader.h"
#include "io/inputfile.h"
#include "io/jsonsource.h"
#include "io/jsonwriter.h"
#include "io/memorybudget.h"
#include "io/reanchoring.h"
#include "io/safesave.h"
#include "io/sidecarreader.h"
#include "io/sidecarwriter.h"
#include "io/textcache.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <future>

namespace Hashiya {

namespace {

const QString orphansField = QStringLiteral("orphans");

/// Moves the sidecar's "orphans" (kept by the reader as an unknown field) into the document.
void takeOrphans(SidecarInfo &info, ArticleDocument &document)
{
    for (qsizetype i = 0; i < info.extraRoot.size(); ++i) {
        if (info.extraRoot[i].first != orphansField)
            continue;
        if (std::optional<QList<Orphan>> orphans = Orphan::fromJson(info.extraRoot[i].second)) {
            document.setOrphans(*orphans);
            info.extraRoot.removeAt(i);
        }
        return; // one that cannot be read stays as it is, written back unchanged
    }
}

} // namespace

DocumentFile::Opened DocumentFile::open(const QString &articlePath, const Schema *schema, const QString &encoding,
                                        const std::optional<QString> &earlierText, Intent intent)
{
    Opened opened;
    const QString sidecarPath = Article::sidecarPathFor(QFileInfo(articlePath).absoluteFilePath());
    // Both files are opened first, once each: their sizes come with them, and a missing sidecar is one
    // that does not open.
    InputFile sidecarFile(sidecarPath);
    InputFile articleFile(articlePath);
    const qint64 needed = MemoryBudget::needed(articleFile.size(), sidecarFile.size());
    if (const std::optional<QString> refusal = MemoryBudget::refusal(
            articleFile.size(), sidecarFile.size(), MemoryBudget::availableFor(needed))) {
        opened.problems.append({Problem::Severity::Error, articlePath, 0, 0, *refusal});
        return opened;
    }
    // A long article is decoded on another core while the sidecar is read, its lines indexed and its
    // recorded hash found. Most articles are far too short for a thread to pay: a walk over a corpus
    // would start one per article.
    constexpr qint64 decodeAsideFrom = 1 << 20;
    std::future<ArticleReader::Result> reading;
    if (articleFile.size() >= decodeAsideFrom) {
        reading = std::async(std::launch::async, [&articleFile, &articlePath, &encoding] {
            return ArticleReader::read(articleFile, articlePath, encoding);
        });
    }
    std::optional<JsonSource> sidecar;
    bool sidecarUnreadable = false;
    if (!sidecarFile.isMissing()) {
        QString message;
        sidecar = JsonSource::read(sidecarFile, SidecarReader::maxFileSize, &message);
        if (!sidecar) {
            opened.problems.append({Problem::Severity::Error, sidecarPath, 0, 0, message});
            sidecarUnreadable = true;
        }
    }

    QByteArray recordedSha256;
    if (sidecar) {
        if (reading.valid())
            sidecar->lineStarts();
        recordedSha256 = SidecarReader::recordedSha256(*sidecar);
    }
    ArticleReader::Result article =
        reading.valid() ? reading.get() : ArticleReader::read(articleFile, articlePath, encoding);
    if (!article.article && encoding.isEmpty() && sidecar) {
        const QString recorded = SidecarReader::recordedEncoding(*sidecar);
        if (ArticleReader::legacyEncodings().contains(recorded))
            article = ArticleReader::read(articlePath, recorded);
    }
    if (!article.article) {
        opened.problems.prepend(article.problem);
        return opened;
    }

    opened.document = std::make_unique<ArticleDocument>(std::move(*article.article), std::move(article.codePoints));
    ArticleDocument &document = *opened.document;
    if (sidecar) {
        // Opening keeps nothing in TextCache, whatever the intent: the text a sidecar was saved against was
        // kept when it was saved (write() below), and reading a corpus must leave the cache as it was.
        if (recordedSha256 != document.article().sha256 && !recordedSha256.isEmpty()) {
            const std::optional<QString> earlier = earlierText ? earlierText : TextCache::find(recordedSha256);
            if (std::optional<Reanchoring::Result> moved = Reanchoring::apply(
                    QByteArray(sidecar->data(), sidecar->size()), sidecarPath, document.article(), earlier)) {
                sidecar = JsonSource(moved->sidecar);
                opened.problems += moved->report;
                opened.reanchored = true;
            }
        }
        // Conflicts a git merge left are the analyst's to resolve in the window; reading only, they are
        // errors, so that checking a corpus fails until they are resolved.
        const SidecarReader::Conflicts conflicts =
            intent == Intent::Edit ? SidecarReader::Conflicts::AreWork : SidecarReader::Conflicts::AreErrors;
        SidecarContent content =
            SidecarReader::read(*sidecar, sidecarPath, document.article(), document.codePoints(), schema,
                                &opened.problems, SidecarReader::Route::LineByLineIfLaidOut, nullptr, conflicts);
        takeOrphans(content.info, document);
        document.setSidecarInfo(content.info);
        document.annotations()->reset(std::move(content.entities), std::move(content.relations),
                                      content.entitiesInOrder);
    } else if (!sidecarUnreadable) {
        SidecarInfo fresh;
        fresh.articleFile = document.article().fileName();
        document.setSidecarInfo(fresh);
    }
    document.setLoadProblems(opened.problems);
    return opened;
}

std::optional<SidecarContent> DocumentFile::readSidecar(const ArticleDocument &document, const Schema *schema,
                                                        Problems *problems)
{
    return readSidecar(document, document.article().sidecarPath(), schema, problems);
}

std::optional<SidecarContent> DocumentFile::readSidecar(const ArticleDocument &document, const QString &path,
                                                        const Schema *schema, Problems *problems)
{
    if (!QFileInfo::exists(path))
        return std::nullopt;
    QString message;
    const std::optional<JsonSource> source = JsonSource::open(path, SidecarReader::maxFileSize, &message);
    if (!source) {
        problems->append({Problem::Severity::Error, path, 0, 0, message});
        return std::nullopt;
    }
    return SidecarReader::read(*source, path, document.article(), document.codePoints(), schema, problems);
}

SidecarInfo DocumentFile::infoForSaving(const ArticleDocument &document, const QString &annotator)
{
    SidecarInfo info = document.sidecarInfo();
    const bool neverSaved = info.articleLength < 0;
    if (document.isModified() || neverSaved) {
        info.annotator = annotator;
        info.modified = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    }
    const Article &article = document.article();
    info.extraRoot.erase(std::remove_if(info.extraRoot.begin(), info.extraRoot.end(),
                                        [](const auto &field) { return field.first == orphansField; }),
                         info.extraRoot.end());
    if (const QByteArray orphans = Orphan::toJson(document.orphans()); !orphans.isEmpty())
        info.extraRoot.append({orphansField, orphans});
    info.articleFile = article.fileName();
    info.articleSha256 = article.sha256;
    info.articleLength = article.codePointCount;
    return info;
}

QByteArray DocumentFile::encode(const ArticleDocument &document, SidecarInfo *info, const QString &annotator)
{
    *info = infoForSaving(document, annotator);
    const AnnotationSet *annotations = document.annotations();
    JsonWriter out(4096 + size_t(annotations->entityCount()) * 256 + size_t(annotations->relationCount()) * 128);
    SidecarWriter::write(out, document.article(), document.codePoints(), *info, annotations->entities(),
                         annotations->relations());
    return out.toByteArray();
}

bool DocumentFile::save(ArticleDocument *document, const QString &annotator, QString *errorMessage)
{
    return write(document, annotator, errorMessage, [&](const auto &fill) {
        return saveFileAtomically(document->article().sidecarPath(), fill, errorMessage) ? ReplaceOutcome::Replaced
                                                                                          : ReplaceOutcome::Failed;
    }) == ReplaceOutcome::Replaced;
}

ReplaceOutcome DocumentFile::saveIfUnchanged(ArticleDocument *document, const QString &annotator,
                                             const FileStamp &expected, FileStamp *written, QString *errorMessage,
                                             QString *displaced)
{
    return write(document, annotator, errorMessage, [&](const auto &fill) {
        return replaceFileIfUnchanged(document->article().sidecarPath(), expected, fill, written, errorMessage,
                                      displaced);
    });
}

ReplaceOutcome DocumentFile::write(ArticleDocument *document, const QString &annotator, QString *errorMessage,
                                   const std::function<ReplaceOutcome(const std::function<bool(QIODevice &)> &)> &replace)
{
    if (document->isReadOnly()) {
        *errorMessage = tr("%1 was not saved: its sidecar has errors, and Hashiya never replaces a file it could "
                           "not read. Fix the problems listed for it, then reopen the article.")
                            .arg(document->article().sidecarPath());
        return ReplaceOutcome::Failed;
    }
    const SidecarInfo info = infoForSaving(*document, annotator);
    const AnnotationSet *annotations = document->annotations();
    const ReplaceOutcome outcome = replace([&](QIODevice &file) {
        return SidecarWriter::write(file, document->article(), document->codePoints(), info, annotations->entities(),
                                    annotations->relations());
    });
    if (outcome == ReplaceOutcome::Replaced) {
        document->markSaved(info);
        TextCache::keep(document->article());
    }
    return outcome;
}

QString DocumentFile::defaultAnnotator()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    if (name.isEmpty()) // e.g. under a service manager: the home folder is named after the account
        name = QDir::home().dirName();
    return name;
}

} // namespace Hashiya
