// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/corpusfiles.h"
#include "text/articletitle.h"
#include "text/languageguess.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace Hashiya {

/// What the corpus browser shows about one article: its title, script and language, how many
/// annotations its sidecar holds and the analyst's progress. Read without building the document, so
/// that a corpus of thousands of articles lists in moments.
struct ArticleSummary
{
    Q_DECLARE_TR_FUNCTIONS(ArticleSummary)

public:
    static constexpr qsizetype maxTitleLength = ArticleTitle::maxLength;

    QString path;
    /// The title the analyst set in the sidecar, else the one chosen from the text (ArticleTitle); at
    /// most maxTitleLength characters
    QString title;
    bool titleSet = false; ///< the analyst set the title
    TextProfile profile;
    qsizetype entities = -1; ///< -1 while unknown: not read yet, or the sidecar could not be read
    qsizetype relations = -1;
    QString status = QStringLiteral("new"); ///< as saved: "new", "in-progress" or "done"
    bool readable = true; ///< false if the article itself cannot be decoded
    bool sidecarHasErrors = false; ///< the sidecar cannot be read; opening the article lists why
    QString problem; ///< why the article or its sidecar cannot be read, for a tooltip
    /// Entities and relations per type (empty while the counts are unknown)
    QMap<QString, qsizetype> entityTypes;
    QMap<QString, qsizetype> relationTypes;
    QByteArray sha256; ///< of the article's canonical text, empty if it cannot be read
    /// The title and the profile were worked out from the text (Detail::Full); without them a summary
    /// costs half as much, which is all `hashiya stats` needs.
    bool described = true;
    /// The sidecar was read (Counts::Read): the counts, status, the analyst's title and the sidecar's
    /// problems are known. A search of the text alone needs none of it, and reads a third faster.
    bool counted = true;
    friend bool operator==(const ArticleSummary &a, const ArticleSummary &b) = default;

    enum class Detail { Full, CountsOnly };
    enum class Counts { Read, Skip };
    /// Reads the article and counts the annotations of its sidecar (`articlePath` + ".ann.json"; none
    /// means nothing annotated yet). Safe to call from any thread. With `text`, hands back the article's
    /// canonical text (empty if it cannot be read), for whoever indexes it next. With `files`, sets the
    /// facts of the article and its sidecar as they were when read (those of a file that exists but could
    /// not be opened are left as they are).
    /// Counts::Skip leaves the sidecar unread (only its facts are asked), unless the article needs the
    /// encoding its sidecar records.
    static ArticleSummary read(const QString &articlePath, QString *text = nullptr, Detail detail = Detail::Full,
                               ArticleFiles *files = nullptr, Counts counts = Counts::Read);

private:
    static ArticleSummary readText(const QString &articlePath, QString *text, Detail detail, ArticleFiles *files);
};

} // namespace Hashiya
