// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/relation.h"

#include <QCoreApplication>
#include <QList>

class QWidget;

namespace Hashiya {

/// What removing an entity takes with it, said to the analyst: asked first when one of its relations
/// carries a note or attributes (unless they chose not to be asked again), and told afterwards how many
/// relations went with it and how to bring them back.
class EntityRemoval final
{
    Q_DECLARE_TR_FUNCTIONS(EntityRemoval)

public:
    /// True if removing an entity with these relations loses something the analyst wrote on them.
    static bool losesWork(const QList<Relation> &relations);
    /// Asks whether to remove the entity reading `entityText` with its `relations` when that loses work
    /// and the analyst wants to be asked; true to go on.
    static bool confirm(QWidget *parent, const QString &entityText, const QList<Relation> &relations);
    /// For the status bar once removed: "Deleted “Yaşar Güler” and 1 relation — Ctrl+Z brings them back".
    static QString doneMessage(const QString &entityText, qsizetype relationCount);
    /// Whether confirm() asks at all (Settings; "Don't ask again" turns it off).
    static bool asks();
    static void setAsks(bool ask);
};

} // namespace Hashiya
