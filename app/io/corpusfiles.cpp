// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusfiles.h"

#include "io/workerpool.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <dirent.h>
#include <fcntl.h>
#include <string>
#include <string_view>
#include <sys/stat.h>
#include <unistd.h>

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

FolderContent readFolder(const QByteArray &root, const QByteArray &relative, CorpusFiles::Facts facts)
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
    struct Name
    {
        std::string name;
        bool regular; ///< known to be a regular file without asking
    };
    std::vector<Name> articleNames;
    std::vector<std::string> sidecarNames;
    while (const dirent *entry = readdir(folder)) {
        const std::string_view name(entry->d_name);
        if (name.starts_with('.'))
            continue; // hidden files and folders (.git, .hashiya) are no part of the corpus
        if (name.ends_with(sidecarSuffix)) {
            sidecarNames.emplace_back(name);
        } else if (isArticleName(name) && entry->d_type != DT_DIR) { // a folder "x.txt" is searched too
            if (entry->d_type == DT_REG || entry->d_type == DT_UNKNOWN || entry->d_type == DT_LNK)
                articleNames.push_back({std::string(name), entry->d_type == DT_REG});
        } else if (isFolder(fd, entry)) {
            content.subfolders.push_back(relative + QByteArray(entry->d_name) + '/');
        }
    }
    // In byte order, which is the order of the paths (see CorpusFiles::list): the corpus comes out
    // sorted without sorting 10⁵ paths as strings again.
    std::sort(articleNames.begin(), articleNames.end(), [](const Name &a, const Name &b) { return a.name < b.name; });
    std::sort(sidecarNames.begin(), sidecarNames.end());
    std::sort(content.subfolders.begin(), content.subfolders.end());
    content.articles.reserve(articleNames.size());
    std::string sidecar;
    for (const Name &article : articleNames) {
        ArticleFiles files;
        if (facts != CorpusFiles::Facts::Skip || !article.regular) {
            files.text = FileFacts::of(fd, article.name.c_str());
            if (!files.text.exists)
                continue; // a link to nothing
        } else {
            files.text.exists = true;
        }
        sidecar.assign(article.name).append(sidecarSuffix);
        if (std::binary_search(sidecarNames.begin(), sidecarNames.end(), sidecar)) {
            if (facts == CorpusFiles::Facts::Read)
                files.sidecar = FileFacts::of(fd, sidecar.c_str());
            else
                files.sidecar.exists = true;
        }
        files.path = QFile::decodeName(relative + QByteArray::fromRawData(article.name.data(), qsizetype(article.name.size())));
        content.articles.push_back(std::move(files));
    }
    closedir(folder);
    return content;
}

} // namespace

std::vector<ArticleFiles> CorpusFiles::list(const QString &folder, Facts facts)
{
    const QByteArray root = QFile::encodeName(QDir(folder).absolutePath()) + '/';
    std::vector<ArticleFiles> articles;
    // Breadth first: each level's folders are read on the pool, in order, and give the next level.
    std::vector<QByteArray> level {QByteArray()};
    while (!level.empty()) {
        std::vector<QByteArray> next;
        walkInOrder(
            qsizetype(level.size()), [&](qsizetype i) { return readFolder(root, level[size_t(i)], facts); },
            [&](qsizetype, FolderContent content) {
                std::move(content.articles.begin(), content.articles.end(), std::back_inserter(articles));
                std::move(content.subfolders.begin(), content.subfolders.end(), std::back_inserter(next));
                return true;
            },
            16);
        level = std::move(next);
    }
    // Each folder's articles and subfolders come in byte order, and so each level's folders: a corpus whose
    // articles lie at one depth is in order already. Elsewhere (articles beside folders, or characters past
    // U+FFFF, which UTF-16 orders differently from UTF-8) it is sorted here.
    const auto byPath = [](const ArticleFiles &a, const ArticleFiles &b) { return a.path < b.path; };
    if (!std::is_sorted(articles.begin(), articles.end(), byPath))
        std::sort(articles.begin(), articles.end(), byPath);
    return articles;
}

} // namespace Hashiya
