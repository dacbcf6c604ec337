// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// brat input for the tests of `hashiya import` as a program (killed, resumed, on a failing device), and
// the check that what an import left in its target folder is whole.

#include <QString>
#include <QStringList>

namespace Hashiya::Test {

/// Writes `documents` small brat documents (docNNNNN.txt with .ann: a Turkish, Arabic or English
/// sentence or two, three entities, one with an attribute, and a relation) into `folder`.
void writeBratInput(const QString &folder, int documents);

/// What an import left in its target folder, checked against its brat input.
struct ImportedFolder
{
    int pairs = 0; ///< articles with their sidecars, each equal to its input
    int articlesAlone = 0; ///< complete articles without a sidecar (yet)
    int temporaryFiles = 0; ///< files staged and not yet renamed, hidden and named as no article is
    QStringList problems; ///< anything else: an incomplete article, a bad sidecar, a stray file
};
/// Checks every file under `target`: each article is the whole text of its input document; each sidecar
/// parses (SidecarReader, through ExchangeFiles) and holds the input's annotations, ids aside; nothing
/// else is there but the schema and hidden temporary files.
ImportedFolder checkImported(const QString &target, const QString &input);

} // namespace Hashiya::Test
