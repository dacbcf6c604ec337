// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/span.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

class QUndoCommand;

namespace Hashiya {

class ArticleDocument;
struct MergeConflict;

/// What resolving a merge conflict (model/mergeconflict.h) does to a document. The merged file holds ours'
/// value meanwhile (an item one side deleted and the other changed, as changed; an entity a relation of
/// one side needs, brought back), so keeping it only drops the conflict; the other choice takes theirs'
/// value, or deletes the item (an entity with the relations that need it).
class ConflictResolution final
{
    Q_DECLARE_TR_FUNCTIONS(ConflictResolution)

public:
    enum class Choice {
        Keep, ///< what the merged file holds
        Other, ///< theirs' value; for an item one side deleted, delete it
    };

    /// What the choice does, in a few words: the label of its button and the name of its undo step.
    static QString label(const MergeConflict &conflict, Choice choice);

    /// Whether Other can be applied now: the item is still there and theirs' value fits it (a type, spans
    /// found in this text, ends that exist, a field this version can set). Keep always can.
    static bool canTakeOther(const ArticleDocument &document, const MergeConflict &conflict);

    /// The command that resolves the document's conflict with `id` as chosen, as one undo step; null if
    /// the document holds no such conflict or the choice cannot be applied.
    static QUndoCommand *command(ArticleDocument *document, const QByteArray &id, Choice choice);

    /// Spans as a sidecar stores them ([[start, end, text, prefix, suffix], ...]) placed in the document's
    /// text: at their offsets where their text still is there, else where their quote and context are
    /// found (the text may have changed since that side saved them). Nothing if one cannot be placed.
    static std::optional<SpanList> placeSpans(const ArticleDocument &document, const QByteArray &json);
};

} // namespace Hashiya
