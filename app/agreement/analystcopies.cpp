// SPDX-License-Identifier: GPL-3.0-or-later
#include "analystcopies.h"

#include "io/articlereader.h"
#include "io/corpusfiles.h"
#include "io/jsonsource.h"
#include "io/sidecarreader.h"

#include <QFileInfo>
#include <QMap>

#include <algorithm>

namespace Hashiya {

std::optional<AnalystCopies::Copy> AnalystCopies::readCopy(const QString &articlePath, Problems *problems,
                                                          const QString &refusal)
{
    const QString sidecarPath = Hashiya::Article::sidecarPathFor(articlePath);
    std::optional<JsonSource> sidecar;
    if (QFileInfo::exists(sidecarPath)) {
        QString message;
        sidecar = JsonSource::open(sidecarPath, SidecarReader::maxFileSize, &message);
        if (!sidecar) {
            problems->append({Problem::Severity::Error, sidecarPath, 0, 0, message});
            return std::nullopt;
        }
    }
    // An article in a legacy encoding is read in the one its sidecar records, as the window reads it.
    QString encoding;
    if (sidecar) {
        const QString recorded = SidecarReader::recordedEncoding(*sidecar);
        if (ArticleReader::legacyEncodings().contains(recorded))
            encoding = recorded;
    }
    ArticleReader::Result read = ArticleReader::read(articlePath, encoding, ArticleReader::Checksum::Skip);
    if (!read.article) {
        problems->append(read.problem);
        return std::nullopt;
    }
    Copy copy;
    if (sidecar) {
        Problems found;
        SidecarContent content = SidecarReader::read(*sidecar, sidecarPath, *read.article, read.codePoints, nullptr, &found);
        if (hasErrors(found)) {
            problems->append(found);
            problems->append({Problem::Severity::Error, sidecarPath, 0, 0, refusal});
            return std::nullopt;
        }
        copy.entities.assign(content.entities.begin(), content.entities.end());
        if (!content.entitiesInOrder)
            std::sort(copy.entities.begin(), copy.entities.end(), entityLess);
        copy.relations = std::move(content.relations);
    }
    copy.text = std::move(read.article->text);
    copy.codePoints = std::move(read.codePoints);
    return copy;
}

AnalystCopies::Listing AnalystCopies::list(const QStringList &folders)
{
    QMap<QString, std::vector<int>> holders; // article name → the analysts whose copy has it
    for (int analyst = 0; analyst < folders.size(); ++analyst) {
        for (const ArticleFiles &files : CorpusFiles::list(folders.at(analyst), CorpusFiles::Facts::Skip))
            holders[files.path].push_back(analyst);
    }
    Listing listing;
    for (auto it = holders.cbegin(); it != holders.cend(); ++it) {
        if (qsizetype(it->size()) == folders.size()) {
            listing.common.append(it.key());
            continue;
        }
        std::vector<int> lacking;
        for (int analyst = 0, k = 0; analyst < folders.size(); ++analyst) {
            if (k < int(it->size()) && (*it)[size_t(k)] == analyst)
                ++k;
            else
                lacking.push_back(analyst);
        }
        listing.partial.emplace_back(it.key(), std::move(lacking));
    }
    return listing;
}

std::optional<AnalystCopies::Article> AnalystCopies::read(const QStringList &folders, const QString &name,
                                                          Problems *problems)
{
    Article article;
    article.name = name;
    for (int analyst = 0; analyst < folders.size(); ++analyst) {
        const QString path = folders.at(analyst) + u'/' + name;
        std::optional<Copy> copy = readCopy(path, problems);
        if (!copy)
            return std::nullopt;
        if (analyst == 0) {
            article.text = std::move(copy->text);
            article.codePoints = std::move(copy->codePoints);
        } else if (copy->text != article.text) {
            problems->append({Problem::Severity::Error, path, 0, 0,
                              tr("not compared: its text differs from the copy in %1").arg(folders.front())});
            return std::nullopt;
        }
        article.entities.push_back(std::move(copy->entities));
        article.relations.push_back(std::move(copy->relations));
    }
    return article;
}

} // namespace Hashiya
