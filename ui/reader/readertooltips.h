// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Hashiya {

class ArticleDocument;
struct Schema;

// What the reader's tooltips say, as rich text: made from the document and the schema alone, so the view
// only finds what the pointer rests on.

/// The entities at one place of the text, in the order given: each one's type, text, attributes and note.
QString entitiesTooltip(const ArticleDocument &document, const Schema *schema, const QStringList &entityIds);
/// A relation: its two ends and its type, its attributes and note, and what it breaks in the schema.
QString relationTooltip(const ArticleDocument &document, const Schema *schema, const QString &relationId);

} // namespace Hashiya
