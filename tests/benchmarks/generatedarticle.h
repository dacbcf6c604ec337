// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotationset.h"

#include <QString>

#include <vector>

namespace Hashiya {

/// Writes an article of about `megabytes` MB of mixed Turkish, Arabic and English paragraphs into
/// `dir`, with `entities` one-word entities spread evenly and `relations` relations of types the
/// bundled schema allows (most between neighbours, some a few entities apart, a tenth anywhere), and
/// its sidecar. Returns the article's path. With `oneParagraph`, the whole text is a single paragraph.
QString generateArticle(const QString &dir, int megabytes, int entities, int relations = 0, bool oneParagraph = false);

/// Writes `text` as the UTF-8 article `path` and, through DocumentFile as the application saves, a new
/// sidecar with these annotations. Stops the benchmark if it cannot.
void writeArticle(const QString &path, const QString &text, EntityList entities, std::vector<Relation> relations);

} // namespace Hashiya
