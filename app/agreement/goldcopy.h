// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Hashiya {

class Adjudication;

/// The gold copy an adjudication writes into a folder of its own: the article (copied there the first
/// time), its sidecar with the gold annotations and their provenance, and beside it the decisions file
/// (`ARTICLE.adjudication.json`) that lets the adjudication continue. Every file is written atomically;
/// a gold folder holding another text at that path is never written to.
class GoldCopy final
{
    Q_DECLARE_TR_FUNCTIONS(GoldCopy)

public:
    /// The gold article for `relativePath` under `folder`, made from `articlePath` if it is not there yet.
    /// Empty, with the reason, if it cannot be made or holds another text than `text`.
    static QString prepare(const QString &folder, const QString &relativePath, const QString &articlePath,
                           const QString &text, QString *error);
    static QString decisionsPath(const QString &goldArticle);
    /// Writes the gold sidecar and the decisions file; false, with the reason, if either could not be
    /// written (the files on disk are then the last good ones).
    static bool write(const QString &goldArticle, const Adjudication &adjudication, const QStringList &copies,
                      QString *error);
};

} // namespace Hashiya
