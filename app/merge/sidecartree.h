// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace Hashiya {

/// A sidecar (or a schema) as a merge sees it: its fields and its annotations as raw JSON values, never interpreted
/// beyond what a merge needs (ids, and where an entity begins and ends for the order). Reading one needs
/// no article: git hands a merge driver the sidecars alone. Written back, an item that no merge touched
/// keeps its bytes, so the merged file differs from each side only where the merge changed something.
struct SidecarTree
{
    Q_DECLARE_TR_FUNCTIONS(SidecarTree)

public:
    /// A JSON object's members in their order: key → raw value.
    using Fields = std::vector<std::pair<QByteArray, QByteArray>>;

    /// An entity or a relation. As read, it is the object's text as written (`raw`), with the few members
    /// a merge looks at as views into it; an item the merge made holds its members instead.
    struct Item
    {
        QByteArray id; ///< as written, without quotes
        QByteArray raw; ///< the object as written; empty for an item the merge made
        Fields fields; ///< the members of an item the merge made
        QByteArray type; ///< without quotes
        QByteArray spans; ///< entities: the raw "spans" value
        QByteArray from, to; ///< relations: the ends' ids, without quotes
        // Where an entity begins and ends, for the order entities are written in (start, end, type, id).
        qint64 start = 0;
        qint64 end = 0;
    };

    /// "hashiya-sidecar", or "hashiya-schema": a corpus's schema merges the same way, its lists of
    /// entity types, relation types and attributes matched by name.
    QByteArray format = "hashiya-sidecar";
    Fields root; ///< top-level members other than the lists below, in their order
    std::vector<Item> entities;
    std::vector<Item> relations;
    /// A schema's lists ("entityTypes", "relationTypes", "attributes"), in their order, each item's
    /// `id` being its name.
    std::vector<std::pair<QByteArray, std::vector<Item>>> namedLists;
    std::vector<QByteArray> conflicts; ///< raw objects of the "conflicts" list, when a merge left some
    /// The files' bytes the items' views point into, shared and never changed.
    std::vector<QByteArray> sources;

    /// Reads `bytes` (the file `path`, named in messages); nothing, with the reason (its line), when it is
    /// not a Hashiya sidecar this version can merge: not JSON, cut short, holding conflict markers, of
    /// a newer major version, or with an entity or relation lacking its id.
    static std::optional<SidecarTree> parse(const QByteArray &bytes, const QString &path, QString *error);

    /// The sidecar as Hashiya lays it out: one member per line at the top, one entity or relation per line.
    QByteArray toJson() const;

    /// The raw value of a top-level member; empty if absent.
    QByteArray field(const QByteArray &key) const;
    void setField(const QByteArray &key, const QByteArray &raw);

    /// The member `key` of `fields`; empty if absent.
    static QByteArray valueOf(const Fields &fields, const QByteArray &key);
    /// The members of a raw JSON object (e.g. an item's attributes); nothing if it is not an object.
    static std::optional<Fields> membersOf(const QByteArray &object);
    /// An item's members, read from its text if it was read.
    static Fields membersOf(const Item &item);
    /// Makes `item` one the merge made, with these members (its views follow them).
    static void setMembers(Item &item, Fields fields);
    /// A raw JSON object of these members, without spaces, as Hashiya writes an item.
    static QByteArray objectOf(const Fields &fields);
    /// The JSON string `text` as a raw value, quoted and escaped.
    static QByteArray quoted(const QString &text);
    /// The text of a raw JSON string value; empty if it is not a string.
    static QString unquoted(const QByteArray &raw);
};

} // namespace Hashiya
