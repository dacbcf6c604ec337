// SPDX-License-Identifier: GPL-3.0-or-later
#include "importnaming.h"

#include <QDir>
#include <QFileInfo>

namespace Hashiya {

QString ImportNaming::numbered(const QString &file, const QString &root, qsizetype number)
{
    const QFileInfo fileInfo(file);
    const QFileInfo rootInfo(root);
    QString base = fileInfo.completeBaseName();
    if (rootInfo.isDir()) {
        const QString relative = QDir(rootInfo.absoluteFilePath()).relativeFilePath(fileInfo.absolutePath());
        if (!relative.isEmpty() && relative != u"." && !relative.startsWith(u".."))
            base = relative + u'/' + base;
    }
    return base + u'/' + QStringLiteral("%1.txt").arg(number, 4, 10, QLatin1Char('0'));
}

std::optional<QString> ImportNaming::fromMetadata(const QString &name)
{
    QString path = QDir::cleanPath(QString(name).replace(u'\\', u'/'));
    if (path.isEmpty() || path == u"." || path.startsWith(u'/') || path.startsWith(u"../") || path == u".."
        || (path.size() > 1 && path.at(1) == u':'))
        return std::nullopt;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".txt");
    return path;
}

} // namespace Hashiya
