// SPDX-License-Identifier: GPL-3.0-or-later
#include "goldcopy.h"

#include "agreement/adjudication.h"
#include "io/articlereader.h"
#include "io/safesave.h"
#include "io/sidecarwriter.h"
#include "model/sidecarinfo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace Hashiya {

GoldCopy::GoldCopy(Article article, CodePointIndex codePoints)
    : m_article(std::move(article))
    , m_codePoints(std::move(codePoints))
{
}

std::optional<GoldCopy> GoldCopy::prepare(const QString &folder, const QString &relativePath,
                                          const QString &articlePath, const QString &text, QString *error)
{
    const QString gold = QDir(folder).absoluteFilePath(relativePath);
    if (!QFileInfo::exists(gold)) {
        if (!QDir().mkpath(QFileInfo(gold).absolutePath())) {
            *error = tr("cannot make the folder %1").arg(QDir::toNativeSeparators(QFileInfo(gold).absolutePath()));
            return std::nullopt;
        }
        QFile source(articlePath);
        if (!source.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read %1: %2").arg(QDir::toNativeSeparators(articlePath), source.errorString());
            return std::nullopt;
        }
        const QByteArray bytes = source.readAll();
        if (!saveFileAtomically(gold, [&bytes](QIODevice &out) { return out.write(bytes) == bytes.size(); }, error))
            return std::nullopt;
    }
    ArticleReader::Result read = ArticleReader::read(gold);
    if (!read.article) {
        *error = read.problem.toString();
        return std::nullopt;
    }
    if (read.article->text != text) {
        *error = tr("%1 holds another text than the article adjudicated; choose another folder")
                     .arg(QDir::toNativeSeparators(gold));
        return std::nullopt;
    }
    return GoldCopy(std::move(*read.article), std::move(read.codePoints));
}

QString GoldCopy::decisionsPath() const
{
    return m_article.path + u".adjudication.json"_s;
}

bool GoldCopy::write(const Adjudication &adjudication, const QStringList &copies, QString *error) const
{
    const Adjudication::Gold gold = adjudication.gold();
    SidecarInfo info;
    info.formatVersion = u"1.2"_s; // provenance, added in 1.2
    info.annotator = u"adjudication"_s;
    const bool sidecar = saveFileAtomically(
        m_article.sidecarPath(),
        [&](QIODevice &out) { return SidecarWriter::write(out, m_article, m_codePoints, info, gold.entities, gold.relations); },
        error);
    if (!sidecar)
        return false;
    const QByteArray decisions = adjudication.decisionsJson(copies);
    return saveFileAtomically(
        decisionsPath(), [&decisions](QIODevice &out) { return out.write(decisions) == decisions.size(); }, error);
}

} // namespace Hashiya
