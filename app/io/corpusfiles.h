// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/filefacts.h"

#include <QString>

#include <vector>

namespace Hashiya {

/// An article of a corpus as the folder shows it: where it is and the facts of it and its sidecar.
struct ArticleFiles
{
    QString path; ///< relative to the corpus folder, with '/'
    FileFacts text;
    FileFacts sidecar; ///< exists == false if there is none
};

/// The articles of a corpus folder (every `.txt` in any case, recursively, hidden files and folders
/// skipped; Corpus::findArticles lists these), with their facts: one directory read per folder and one statx per file,
/// the folders shared out over the worker pool. A corpus of 10⁵ articles is listed in a fraction of a
/// second, so every command can check its index against the disk.
class CorpusFiles final
{
public:
    /// Whether to read each file's facts (one statx each), only the articles', or only which files there are.
    enum class Facts { Read, Articles, Skip };
    /// Sorted by path. Unreadable folders are skipped. Without facts only the paths and whether a sidecar
    /// exists are known (FileFacts::exists); what needs no facts lists a corpus in a third of the time.
    static std::vector<ArticleFiles> list(const QString &folder, Facts facts = Facts::Read);
};

} // namespace Hashiya
