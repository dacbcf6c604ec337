// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"
#include "text/codepointindex.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Hashiya {

class Adjudication;

/// The gold copy an adjudication writes into a folder of its own: the article (copied there the first
/// time), its sidecar with the gold annotations and their provenance, and beside it the decisions file
/// (`ARTICLE.adjudication.json`) that lets the adjudication continue. The gold article is read once; every
/// file is written atomically; a gold folder holding another text at that path is never written to.
class GoldCopy final
{
    Q_DECLARE_TR_FUNCTIONS(GoldCopy)

public:
    /// The gold copy of `relativePath` under `folder`, its article made from `articlePath` if it is not
    /// there yet. Nothing, with the reason, if it cannot be made or holds another text than `text`.
    static std::optional<GoldCopy> prepare(const QString &folder, const QString &relativePath,
                                           const QString &articlePath, const QString &text, QString *error);

    const QString &articlePath() const { return m_article.path; }
    QString decisionsPath() const;
    /// Writes the gold sidecar and the decisions file; false, with the reason, if either could not be
    /// written (the files on disk are then the last good ones).
    bool write(const Adjudication &adjudication, const QStringList &copies, QString *error) const;

private:
    GoldCopy(Article article, CodePointIndex codePoints);

    Article m_article;
    CodePointIndex m_codePoints;
};

} // namespace Hashiya
