// SPDX-License-Identifier: GPL-3.0-or-later
#include "pathexpansion.h"

#include "io/corpus.h"
#include "io/schemareader.h"
#include "model/article.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace Hashiya {
namespace {

const QString sidecarSuffix = QStringLiteral(".ann.json");

void addUnique(QStringList &list, const QString &path)
{
    if (!list.contains(path))
        list.append(path);
}

} // namespace

ExpandedPaths PathExpansion::expand(const QStringList &paths)
{
    ExpandedPaths expanded;
    for (const QString &given : paths) {
        const QFileInfo info(given);
        const QString path = info.absoluteFilePath();
        if (!info.exists()) {
            expanded.errors.append(tr("%1: no such file or folder").arg(given));
        } else if (info.isDir()) {
            for (const QString &article : Corpus::findArticles(path))
                addUnique(expanded.articles, article);
            QDirIterator it(path, {u'*' + sidecarSuffix}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString sidecar = QFileInfo(it.next()).absoluteFilePath();
                if (!QFileInfo::exists(sidecar.chopped(sidecarSuffix.size())))
                    addUnique(expanded.orphanSidecars, sidecar);
            }
            const QString schema = Corpus::findSchemaFile(path);
            if (!schema.isEmpty())
                addUnique(expanded.schemas, schema);
        } else if (info.fileName() == SchemaReader::fileName()) {
            addUnique(expanded.schemas, path);
        } else if (path.endsWith(sidecarSuffix)) {
            const QString article = path.chopped(sidecarSuffix.size());
            if (QFileInfo::exists(article))
                addUnique(expanded.articles, article);
            else
                addUnique(expanded.orphanSidecars, path);
        } else if (path.endsWith(QStringLiteral(".txt"))) {
            addUnique(expanded.articles, path);
        } else {
            expanded.errors.append(tr("%1: not an article (.txt), a sidecar (.ann.json) or a schema (%2)")
                                       .arg(given, SchemaReader::fileName()));
        }
    }
    return expanded;
}

QString PathExpansion::display(const QString &path)
{
    const QString relative = QDir::current().relativeFilePath(path);
    return relative.startsWith(QStringLiteral("..")) ? path : relative;
}

} // namespace Hashiya
