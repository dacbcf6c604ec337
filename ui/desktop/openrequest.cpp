// SPDX-License-Identifier: GPL-3.0-or-later
#include "openrequest.h"

#include "model/article.h"

#include <QDir>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace Hashiya {
namespace {

const QString sidecarSuffix = QStringLiteral(".ann.json");

bool isArticleName(const QString &path)
{
    // As Corpus::findArticles finds them: QDir's name filters ignore case.
    return path.endsWith(u".txt", Qt::CaseInsensitive);
}

bool isSidecarName(const QString &path)
{
    return path.endsWith(sidecarSuffix, Qt::CaseInsensitive);
}

/// `folder` and everything in it.
bool contains(const QString &folder, const QString &path)
{
    return path == folder || path.startsWith(folder.endsWith(u'/') ? folder : folder + u'/');
}

/// The deepest folder holding every one of `folders`.
QString commonFolder(const QStringList &folders)
{
    QString common = folders.first();
    for (const QString &folder : folders) {
        while (!contains(common, folder)) {
            const QString up = QFileInfo(common).absolutePath();
            if (up == common)
                return up;
            common = up;
        }
    }
    return common;
}

/// A folder so broad that reading every article below it would take minutes: the root, a folder right
/// under it (/tmp, /media, /srv), the home folder or one above it. Paths from different corners of the disk
/// do not make one corpus of all of it.
bool isTooBroad(const QString &folder)
{
    const QString home = QDir::homePath();
    return QFileInfo(folder).isRoot() || QFileInfo(QFileInfo(folder).absolutePath()).isRoot()
           || contains(folder, home);
}

} // namespace

OpenRequest OpenRequest::fromPaths(const QStringList &paths, const QString &openCorpus)
{
    OpenRequest request;
    QStringList folders;
    for (const QString &path : paths) {
        if (path.isEmpty())
            continue;
        const QFileInfo info(path);
        const QString absolute = QDir::cleanPath(info.absoluteFilePath());
        // Named by file: the status bar has room for little, and the analyst just chose the file.
        const QString shown = info.fileName().isEmpty() ? QDir::toNativeSeparators(path) : info.fileName();
        if (!info.exists()) {
            request.refused.append(tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
        } else if (info.isDir()) {
            if (!folders.contains(absolute))
                folders.append(absolute);
        } else if (isSidecarName(absolute)) {
            // A sidecar is opened through its article, which it annotates.
            const QString article = absolute.chopped(sidecarSuffix.size());
            if (isArticleName(article) && QFileInfo(article).isFile())
                request.add(article);
            else
                request.refused.append(
                    tr("%1 is a sidecar, but its article %2 is not there.").arg(shown, QFileInfo(article).fileName()));
        } else if (isArticleName(absolute)) {
            request.add(absolute);
        } else {
            request.refused.append(
                tr("%1 is not an article (a .txt file), a sidecar (.ann.json) or a corpus folder.").arg(shown));
        }
    }
    request.chooseCorpus(folders, openCorpus.isEmpty() ? QString() : QDir::cleanPath(openCorpus));
    return request;
}

OpenRequest OpenRequest::fromUrls(const QList<QUrl> &urls, const QString &openCorpus)
{
    QStringList paths;
    QStringList refused;
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
        else
            refused.append(tr("%1 is not a file on this computer; download it first.")
                               .arg(url.toDisplayString(QUrl::RemovePassword)));
    }
    OpenRequest request = fromPaths(paths, openCorpus);
    request.refused = refused + request.refused;
    return request;
}

bool OpenRequest::canOpen(const QMimeData *data)
{
    if (!data || !data->hasUrls())
        return false;
    const QList<QUrl> urls = data->urls();
    return std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &url) {
        if (!url.isLocalFile())
            return false;
        const QFileInfo info(url.toLocalFile());
        const QString path = info.absoluteFilePath();
        if (info.isDir())
            return true;
        if (!info.isFile())
            return false;
        return isArticleName(path)
            || (isSidecarName(path) && isArticleName(path.chopped(sidecarSuffix.size()))
                && QFileInfo(path.chopped(sidecarSuffix.size())).isFile());
    });
}

void OpenRequest::add(const QString &article)
{
    if (!articles.contains(article))
        articles.append(article);
}

void OpenRequest::chooseCorpus(const QStringList &folders, const QString &openCorpus)
{
    if (folders.isEmpty() && articles.isEmpty())
        return;
    // Articles of the corpus on screen open there: its list and its search stay as they are.
    if (folders.isEmpty() && !openCorpus.isEmpty()
        && std::all_of(articles.cbegin(), articles.cend(),
                       [&](const QString &article) { return contains(openCorpus, article); })) {
        corpus = openCorpus;
        return;
    }
    QStringList candidates = folders;
    for (const QString &article : std::as_const(articles)) {
        const QString folder = QFileInfo(article).absolutePath();
        if (!candidates.contains(folder))
            candidates.append(folder);
    }
    corpus = commonFolder(candidates);
    if (candidates.size() > 1 && isTooBroad(corpus))
        corpus = articles.isEmpty() ? folders.first() : QFileInfo(articles.first()).absolutePath();
}

} // namespace Hashiya
