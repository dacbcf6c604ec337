// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QMimeData;
class QUrl;

namespace Hashiya {

/// What a set of paths handed to the window asks it to open: named on the command line, passed by the
/// file manager (`hashiya %F`), dropped on the window, or handed over by a second start. Articles (`.txt`)
/// open among their neighbours, a folder is a corpus, a sidecar (`X.txt.ann.json`) stands for its article;
/// everything else is refused with the reason. One window shows one corpus, so several paths become one
/// corpus (their common folder) and one article on screen (the first named); the others are remembered
/// as recent articles, a click away.
class OpenRequest final
{
    Q_DECLARE_TR_FUNCTIONS(OpenRequest)

public:
    /// Reads `paths`. `openCorpus` is the corpus the window shows now: articles inside it open there.
    static OpenRequest fromPaths(const QStringList &paths, const QString &openCorpus = {});
    /// The same for dropped URLs; one that is not a local file is refused.
    static OpenRequest fromUrls(const QList<QUrl> &urls, const QString &openCorpus = {});
    /// Whether a drag carries at least one thing this could open: the cursor shows a drop is welcome only
    /// then. Looks at names and kinds only, never inside folders, so that it stays instant.
    static bool canOpen(const QMimeData *data);

    /// Nothing to open (every path was refused, or none was given).
    bool isEmpty() const { return corpus.isEmpty(); }

    QString corpus; ///< the folder to show as the corpus; empty if nothing can be opened
    QStringList articles; ///< absolute article paths, in the order named; the first is the one to show
    QStringList refused; ///< one sentence for each path that cannot be opened, saying why

private:
    void add(const QString &path);
    void chooseCorpus(const QStringList &folders, const QString &openCorpus);
};

} // namespace Hashiya
