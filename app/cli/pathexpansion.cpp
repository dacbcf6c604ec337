// SPDX-License-Identifier: GPL-3.0-or-later
#include "pathexpansion.h"

#include "io/corpus.h"
#include "io/schemareader.h"
#include "model/article.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace Hashiya {
namespace {

const QString sidecarSuffix = QStringLiteral(".ann.json");

/// A list that keeps each path once, in the order first added: a corpus names 10⁵ articles, and looking
/// each up in the list itself took time quadratic in their number.
class UniqueList
{
public:
    explicit UniqueList(QStringList &list) : m_list(list) {}
    void add(const QString &path)
    {
        if (!contains(path))
            m_list.append(path); // into m_seen at the next look-up
    }
    /// Adds paths known to differ from each other (one folder's articles).
    void add(QStringList &&paths)
    {
        if (m_list.isEmpty()) { // the usual case, a single folder: nothing to compare with yet
            m_list = std::move(paths);
            m_seenUpTo = 0;
            m_seen.clear();
            return;
        }
        for (const QString &path : std::as_const(paths))
            add(path);
    }
    bool contains(const QString &path)
    {
        for (; m_seenUpTo < m_list.size(); ++m_seenUpTo) // the set follows the list only when asked
            m_seen.insert(m_list.at(m_seenUpTo));
        return m_seen.contains(path);
    }

private:
    QStringList &m_list;
    QSet<QString> m_seen;
    qsizetype m_seenUpTo = 0; ///< the paths of m_list in m_seen
};

} // namespace

ExpandedPaths PathExpansion::expand(const QStringList &paths)
{
    ExpandedPaths expanded;
    UniqueList articles(expanded.articles), orphanSidecars(expanded.orphanSidecars), schemas(expanded.schemas);
    for (const QString &given : paths) {
        const QFileInfo info(given);
        const QString path = info.absoluteFilePath();
        if (!info.exists()) {
            expanded.errors.append(tr("%1: no such file or folder").arg(given));
        } else if (info.isDir()) {
            Corpus::Listing listing = Corpus::list(path);
            articles.add(std::move(listing.articles));
            for (const QString &sidecar : std::as_const(listing.otherSidecars)) {
                const QString article = sidecar.chopped(sidecarSuffix.size());
                if (!articles.contains(article) && !QFileInfo::exists(article))
                    orphanSidecars.add(sidecar);
            }
            const QString schema = Corpus::findSchemaFile(path);
            if (!schema.isEmpty())
                schemas.add(schema);
        } else if (info.fileName() == SchemaReader::fileName()) {
            schemas.add(path);
        } else if (path.endsWith(sidecarSuffix)) {
            const QString article = path.chopped(sidecarSuffix.size());
            if (QFileInfo::exists(article))
                articles.add(article);
            else
                orphanSidecars.add(path);
        } else if (path.endsWith(QStringLiteral(".txt"))) {
            articles.add(path);
        } else {
            expanded.errors.append(tr("%1: not an article (.txt), a sidecar (.ann.json) or a schema (%2)")
                                       .arg(given, SchemaReader::fileName()));
        }
    }
    return expanded;
}

QString PathExpansion::display(const QString &path)
{
    return display(path, QDir::current());
}

QString PathExpansion::display(const QString &path, const QDir &workingFolder)
{
    const QString relative = workingFolder.relativeFilePath(path);
    return relative.startsWith(QStringLiteral("..")) ? path : relative;
}

} // namespace Hashiya
