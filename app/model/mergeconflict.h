// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace Hashiya {

/// One place where the two sides of a merge disagreed, as a merged sidecar's `conflicts` list keeps it
/// until an analyst resolves it (docs/sidecar-format.md, "Conflicts"). The merged sidecar holds ours'
/// value meanwhile (for an item one side deleted and the other changed, the changed one).
struct MergeConflict
{
    Q_DECLARE_TR_FUNCTIONS(MergeConflict)

public:
    enum class Kind {
        BothChanged, ///< both sides changed `field` of the item (or both added it) differently
        DeletedAndChanged, ///< one side deleted the item, the other changed it: kept as changed
        EndDeleted, ///< one side deleted an entity a relation of the other side ends at: brought back
    };

    QByteArray id; ///< random, to name the conflict when it is resolved
    Kind kind = Kind::BothChanged;
    QByteArray item; ///< "entity", "relation" or "sidecar"
    QByteArray itemId; ///< the entity's or relation's id; empty for the sidecar's own fields
    QByteArray field; ///< the member, "attributes.KEY" for one attribute; empty: the whole item
    // Raw JSON values; nothing where that side has none (deleted, or never there).
    std::optional<QByteArray> base, ours, theirs;
    QString oursName, theirsName; ///< the sides as git names them: a branch, or a commit and its author
    /// The object as fromJson() read it, which toJson() gives back unchanged: members a newer version
    /// added are kept. Empty for a conflict made here.
    QByteArray json;

    /// The object as `json` holds it, else as the members above make it.
    QByteArray toJson() const;
    /// One of the raw values above (base, ours, theirs) as JSON: null where that side has none,
    /// undefined if it is not one JSON value.
    static QJsonValue valueOf(const std::optional<QByteArray> &raw);
    /// A conflict as toJson() wrote it; nothing if `json` is not one.
    static std::optional<MergeConflict> fromJson(const QByteArray &json);
    static QByteArray kindName(Kind kind);
    /// One line for an analyst: what disagreed, and what each side did.
    QString describe() const;

    friend bool operator==(const MergeConflict &a, const MergeConflict &b) = default;
};

} // namespace Hashiya
