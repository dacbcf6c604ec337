// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/conditionalsave.h"
#include "io/sidecarreader.h"
#include "model/articledocument.h"
#include "model/problem.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace Hashiya {

struct Schema;

/// Opens an article with its sidecar as an ArticleDocument, and saves the sidecar back. The only place
/// that joins article reading, sidecar reading and the safe-save rule.
class DocumentFile final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentFile)

public:
    struct Opened
    {
        std::unique_ptr<ArticleDocument> document; ///< null if the article itself could not be read
        Problems problems;
        /// The article changed since the sidecar was saved and its spans were moved onto the new text
        /// (the problems say what moved): the document differs from its sidecar until saved.
        bool reanchored = false;
    };

    /// What the caller will do with the document it opens. Opening writes nothing either way: the text
    /// cache gets an article's text when its sidecar is saved, so a walk over a corpus leaves it untouched.
    enum class Intent {
        Edit, ///< work on it (the window's session): merge conflicts are there to be resolved
        Read, ///< only read it (validate, stats, corpus summaries): merge conflicts are errors
    };

    /// Reads the article (with `encoding` if given, else UTF-8/UTF-16 or the encoding its sidecar
    /// records) and its sidecar, if one exists. A sidecar with errors leaves the document read-only.
    /// A sidecar saved against another version of the text is re-anchored (io/reanchoring.h), compared
    /// with `earlierText` if given, else with the copy TextCache kept when that sidecar was saved.
    static Opened open(const QString &articlePath, const Schema *schema, const QString &encoding = {},
                       const std::optional<QString> &earlierText = std::nullopt, Intent intent = Intent::Edit);

    /// Reads the document's sidecar as it is on disk now, e.g. after another program changed it. Nothing
    /// if the file is missing or cannot be opened (`problems` then says why); otherwise the content, with
    /// its problems in `problems` (content with errors must not replace the document's).
    static std::optional<SidecarContent> readSidecar(const ArticleDocument &document, const Schema *schema,
                                                     Problems *problems);
    /// Reads `path` as a version of the document's sidecar, e.g. one another program wrote.
    static std::optional<SidecarContent> readSidecar(const ArticleDocument &document, const QString &path,
                                                     const Schema *schema, Problems *problems);

    /// The bytes save() would write; stamps `annotator` and the time only if the annotations changed.
    static QByteArray encode(const ArticleDocument &document, SidecarInfo *info, const QString &annotator);

    /// Writes the sidecar atomically. Refuses for a read-only document, whose sidecar must not be replaced.
    static bool save(ArticleDocument *document, const QString &annotator, QString *errorMessage);
    /// Writes the sidecar atomically, but only over the version `expected` (io/conditionalsave.h): another
    /// program's version is never replaced unseen. On success `written` is the stamp of the new file.
    static ReplaceOutcome saveIfUnchanged(ArticleDocument *document, const QString &annotator,
                                          const FileStamp &expected, FileStamp *written, QString *errorMessage,
                                          QString *displaced = nullptr);

    /// The name to record as annotator when none is configured: the login name.
    static QString defaultAnnotator();

private:
    /// Saves through `replace`, which puts the bytes the sidecar writer fills in place.
    static ReplaceOutcome write(ArticleDocument *document, const QString &annotator, QString *errorMessage,
                                const std::function<ReplaceOutcome(const std::function<bool(QIODevice &)> &)> &replace);
    /// The header to save: the article's current facts, and a new annotator and time if anything changed.
    static SidecarInfo infoForSaving(const ArticleDocument &document, const QString &annotator);
};

} // namespace Hashiya
