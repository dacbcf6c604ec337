// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus.h"

#include "io/corpusfiles.h"
#include "io/schemareader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include <dirent.h>
#include <fcntl.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Hashiya {

namespace {

constexpr std::string_view articleSuffix = ".txt";
constexpr std::string_view sidecarSuffix = ".ann.json";

bool endsWithIgnoringCase(std::string_view name, std::string_view suffix)
{
    return name.size() >= suffix.size()
        && ::strncasecmp(name.data() + name.size() - suffix.size(), suffix.data(), suffix.size()) == 0;
}

/// What a folder entry is, asking the system only when the listing does not say, the way QDir::Files and
/// QDirIterator::Subdirectories see it: a link counts as the file it leads to, and is never followed into
/// a folder.
unsigned char typeOf(int folder, const char *name, unsigned char listed)
{
    struct stat status = {};
    if (listed == DT_UNKNOWN) { // some file systems do not say
        if (::fstatat(folder, name, &status, AT_SYMLINK_NOFOLLOW) != 0)
            return DT_UNKNOWN;
        listed = S_ISLNK(status.st_mode) ? DT_LNK
            : S_ISDIR(status.st_mode)    ? DT_DIR
            : S_ISREG(status.st_mode)    ? DT_REG
                                         : DT_UNKNOWN;
    }
    if (listed == DT_LNK)
        return ::fstatat(folder, name, &status, 0) == 0 && S_ISREG(status.st_mode) ? DT_REG : DT_UNKNOWN;
    return listed;
}

/// Adds what `folder` (a path the system understands, without a trailing slash) holds to `found`, and
/// what its subfolders hold. Hidden files and folders are left out, and folders that cannot be read.
void walk(const QByteArray &folder, Corpus::Listing &found)
{
    DIR *dir = ::opendir(folder.isEmpty() ? "/" : folder.constData());
    if (!dir)
        return;
    const int fd = ::dirfd(dir);
    std::vector<QByteArray> subfolders;
    std::vector<std::string> articles, sidecars;
    while (const struct dirent *entry = ::readdir(dir)) {
        const std::string_view name(entry->d_name);
        if (name.front() == '.') // hidden, or . and ..
            continue;
        const bool article = endsWithIgnoringCase(name, articleSuffix);
        const bool sidecar = !article && endsWithIgnoringCase(name, sidecarSuffix);
        if (!article && !sidecar && entry->d_type != DT_DIR && entry->d_type != DT_UNKNOWN)
            continue; // most of a corpus folder: named like neither, and not a folder
        const unsigned char type = typeOf(fd, entry->d_name, entry->d_type);
        if (type == DT_DIR)
            subfolders.push_back(folder + '/' + QByteArray(name.data(), qsizetype(name.size())));
        else if (type == DT_REG && article && ::faccessat(fd, entry->d_name, R_OK, 0) == 0)
            articles.emplace_back(name);
        else if (type == DT_REG && sidecar)
            sidecars.emplace_back(name);
    }
    ::closedir(dir);
    auto pathOf = [&folder](std::string_view name) {
        return QFile::decodeName(folder + '/' + QByteArray(name.data(), qsizetype(name.size())));
    };
    std::sort(articles.begin(), articles.end());
    for (const std::string &article : articles)
        found.articles.append(pathOf(article));
    for (const std::string &sidecar : sidecars) {
        const std::string_view article = std::string_view(sidecar).substr(0, sidecar.size() - sidecarSuffix.size());
        if (!std::binary_search(articles.begin(), articles.end(), article))
            found.otherSidecars.append(pathOf(sidecar));
    }
    for (const QByteArray &subfolder : subfolders)
        walk(subfolder, found);
}

} // namespace

QStringList Corpus::findArticles(const QString &folder)
{
    QStringList articles;
    const QString root = QDir(folder).absolutePath() + u'/';
    for (const ArticleFiles &files : CorpusFiles::list(folder, CorpusFiles::Facts::Skip))
        articles.append(root + files.path);
    return articles;
}

Corpus::Listing Corpus::list(const QString &folder)
{
    Listing found;
    QString root = QDir::cleanPath(QDir(folder).absolutePath());
    if (root.endsWith(u'/'))
        root.chop(1); // the file system's root: its entries are "/name"
    walk(QFile::encodeName(root), found);
    found.articles.sort();
    found.otherSidecars.sort();
    return found;
}

QString Corpus::findSchemaFile(const QString &path)
{
    const QFileInfo info(path);
    QDir dir(info.isDir() ? info.absoluteFilePath() : info.absolutePath());
    while (true) {
        const QString candidate = dir.filePath(SchemaReader::fileName());
        if (QFileInfo(candidate).isFile())
            return candidate;
        if (!dir.cdUp())
            return {};
    }
}

Corpus::SchemaChoice Corpus::schemaFor(const QString &path)
{
    SchemaChoice choice;
    choice.path = findSchemaFile(path);
    if (!choice.path.isEmpty()) {
        if (std::optional<Schema> schema = SchemaReader::readFile(choice.path, &choice.problems)) {
            choice.schema = std::move(*schema);
            return choice;
        }
    }
    choice.path.clear();
    choice.schema = SchemaReader::defaultSchema();
    return choice;
}

} // namespace Hashiya
