// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusfiles.h"

#include "io/workerpool.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <dirent.h>
#include <fcntl.h>
#include <string_view>
#include <sys/stat.h>
#include <unistd.h>
#include <unordered_set>

namespace Hashiya {
namespace {

constexpr std::string_view sidecarSuffix = ".ann.json";

/// Ends in ".txt" in any case, as QDir's name filters match ("NEWS.TXT" is an article too).
bool isArticleName(std::string_view name)
{
    if (name.size() < 4)
        return false;
    const std::string_view suffix = name.substr(name.size() - 4);
    return suffix[0] == '.' && (suffix[1] | 0x20) == 't' && (suffix[2] | 0x20) == 'x' && (suffix[3] | 0x20) == 't';
}

/// One folder's direct content: its articles (with facts) and its subfolders.
struct FolderContent
{
    std::vector<ArticleFiles> articles;
    std::vector<QByteArray> subfolders; ///< relative to the corpus, each ending in '/'
};

bool isFolder(int folderFd, const dirent *entry)
{
    if (entry->d_type == DT_DIR)
        return true;
    if (entry->d_type != DT_UNKNOWN)
        return false; // links to folders are not followed, as QDirIterator does not: no loops
    struct stat facts;
    return fstatat(folderFd, entry->d_name, &facts, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(facts.st_mode);
}

FolderContent readFolder(const QByteArray &root, const QByteArray &relative)
{
    FolderContent content;
    const QByteArray path = root + relative;
    const int fd = open(path.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return content;
    DIR *folder = fdopendir(fd);
    if (!folder) {
        close(fd);
        return content;
    }
    std::vector<QByteArray> articleNames;
    std::unordered_set<std::string> sidecarNames;
    while (const dirent *entry = readdir(folder)) {
        const std::string_view name(entry->d_name);
        if (name.starts_with('.'))
            continue; // hidden files and folders (.git, .hashiya) are no part of the corpus
        if (name.ends_with(sidecarSuffix)) {
            sidecarNames.emplace(name);
        } else if (isArticleName(name) && entry->d_type != DT_DIR) { // a folder "x.txt" is searched too
            if (entry->d_type == DT_REG || entry->d_type == DT_UNKNOWN || entry->d_type == DT_LNK)
                articleNames.emplace_back(entry->d_name);
        } else if (isFolder(fd, entry)) {
            content.subfolders.push_back(relative + QByteArray(entry->d_name) + '/');
        }
    }
    for (const QByteArray &name : articleNames) {
        ArticleFiles files;
        files.text = FileFacts::of(fd, name.constData());
        if (!files.text.exists)
            continue;
        const std::string sidecar = name.toStdString() + ".ann.json";
        if (sidecarNames.count(sidecar))
            files.sidecar = FileFacts::of(fd, sidecar.c_str());
        files.path = QFile::decodeName(relative + name);
        content.articles.push_back(std::move(files));
    }
    closedir(folder);
    return content;
}

} // namespace

std::vector<ArticleFiles> CorpusFiles::list(const QString &folder)
{
    const QByteArray root = QFile::encodeName(QDir(folder).absolutePath()) + '/';
    std::vector<ArticleFiles> articles;
    // Breadth first: each level's folders are read on the pool, in order, and give the next level.
    std::vector<QByteArray> level {QByteArray()};
    while (!level.empty()) {
        std::vector<QByteArray> next;
        walkInOrder(
            qsizetype(level.size()), [&](qsizetype i) { return readFolder(root, level[size_t(i)]); },
            [&](qsizetype, FolderContent content) {
                std::move(content.articles.begin(), content.articles.end(), std::back_inserter(articles));
                std::move(content.subfolders.begin(), content.subfolders.end(), std::back_inserter(next));
                return true;
            },
            16);
        level = std::move(next);
    }
    std::sort(articles.begin(), articles.end(), [](const ArticleFiles &a, const ArticleFiles &b) { return a.path < b.path; });
    return articles;
}

} // namespace Hashiya
