// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entity.h"
#include "model/relation.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>

class QJsonObject;

namespace Hashiya {

/// An entity whose text could not be found again after the article was edited. It keeps everything it
/// had (id, type, attributes, note, relations) and its fragments as they were, with the text each one
/// covered, until the analyst attaches it to a passage of the new text. Kept in the sidecar's
/// "orphans" list, so nothing is lost between sessions.
struct Orphan
{
    Entity entity; ///< its spans are offsets in the earlier text
    QStringList texts; ///< the text each fragment covered
    QList<Relation> relations; ///< relations from or to it, waiting for it to return
    friend bool operator==(const Orphan &a, const Orphan &b) = default;

    /// Its text as remembered, fragments joined by a space.
    QString text() const { return texts.join(u' '); }

    /// The sidecar's "orphans" value; empty when there are none.
    static QByteArray toJson(const QList<Orphan> &orphans);
    /// Reads an "orphans" value as toJson() writes it; nothing if it is not one.
    static std::optional<QList<Orphan>> fromJson(const QByteArray &json);
    /// An orphan of an entity object as a sidecar's "entities" list holds it, with the text of each
    /// fragment; without relations.
    static Orphan fromEntityJson(const QJsonObject &entity);
    /// A relation object as a sidecar's "relations" list and an orphan's relations hold it.
    static Relation relationFromJson(const QJsonObject &relation);
};

} // namespace Hashiya
