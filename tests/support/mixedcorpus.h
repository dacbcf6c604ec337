// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A corpus of generated articles as analysts meet them: Turkish with İ and ı, Arabic with diacritics,
// English with an emoji before a name and a currency sign, some files with a byte order mark, some with
// CRLF line ends.

#include <QList>
#include <QString>
#include <QStringList>

namespace Hashiya::Test {

struct MixedArticle
{
    QString path;
    QString text; ///< canonical: no byte order mark, LF line ends
    bool crlf = false;
    bool bom = false;
    /// Words of the text as [start, end) in code points, the places a tagger would select.
    QList<std::pair<qsizetype, qsizetype>> words;
};

/// Writes `count` articles named article-NNN.txt into `folder` (which must exist); the same seed writes
/// the same corpus.
QList<MixedArticle> writeMixedCorpus(const QString &folder, int count, quint32 seed);

/// The words of `text` as [start, end) in code points.
QList<std::pair<qsizetype, qsizetype>> wordsOf(const QString &text);

/// The code points [start, end) of `text`.
QString codePointSlice(const QString &text, qsizetype start, qsizetype end);

} // namespace Hashiya::Test
