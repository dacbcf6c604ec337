// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangefiles.h"

#include "io/articlereader.h"
#include "io/jsonsource.h"
#include "io/sidecarreader.h"
#include "text/codepointindex.h"

#include <QDir>
#include <QFileInfo>

namespace Hashiya {

std::optional<ExchangeDocument> ExchangeFiles::load(const QString &articlePath, const QString &root,
                                                    const Schema *schema, Problems *problems)
{
    const QString sidecarPath = Article::sidecarPathFor(QFileInfo(articlePath).absoluteFilePath());
    std::optional<JsonSource> sidecar;
    if (QFileInfo::exists(sidecarPath)) {
        QString message;
        sidecar = JsonSource::open(sidecarPath, SidecarReader::maxFileSize, &message);
        if (!sidecar) {
            problems->append({Problem::Severity::Error, sidecarPath, 0, 0, message});
            return std::nullopt;
        }
    }
    QString encoding;
    if (sidecar) {
        const QString recorded = SidecarReader::recordedEncoding(*sidecar);
        if (ArticleReader::legacyEncodings().contains(recorded))
            encoding = recorded;
    }
    ArticleReader::Result read = ArticleReader::read(articlePath, encoding);
    if (!read.article) {
        problems->append(read.problem);
        return std::nullopt;
    }

    ExchangeDocument document;
    const QFileInfo rootInfo(root);
    const QDir base = rootInfo.isDir() ? QDir(rootInfo.absoluteFilePath()) : rootInfo.absoluteDir();
    document.name = base.relativeFilePath(QFileInfo(articlePath).absoluteFilePath());
    if (document.name.startsWith(u"../"))
        document.name = QFileInfo(articlePath).fileName();
    if (sidecar) {
        Problems found;
        SidecarContent content =
            SidecarReader::read(*sidecar, sidecarPath, *read.article, read.codePoints, schema, &found);
        const bool failed = hasErrors(found);
        problems->append(found);
        if (failed) {
            problems->append({Problem::Severity::Error, sidecarPath, 0, 0,
                              tr("not exported: the sidecar has errors; fix them first")});
            return std::nullopt;
        }
        document.entities = std::move(content.entities);
        document.relations = std::move(content.relations);
        document.status = content.info.status;
    }
    document.text = std::move(read.article->text);
    return document;
}

} // namespace Hashiya
