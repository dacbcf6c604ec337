// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotationmerge.h"
#include "model/entity.h"
#include "model/relation.h"

#include <QUndoCommand>

#include <concepts>

namespace Hashiya {

class AnnotationSet;

/// Adds one entity. Commands hold values, so they own nothing that could dangle.
class AddEntityCommand final : public QUndoCommand
{
public:
    AddEntityCommand(AnnotationSet *set, Entity entity, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    AnnotationSet *m_set;
    Entity m_entity;
};

/// Removes one entity together with every relation from or to it, as one step.
class RemoveEntityCommand final : public QUndoCommand
{
public:
    RemoveEntityCommand(AnnotationSet *set, const QString &entityId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    AnnotationSet *m_set;
    Entity m_entity;
    QList<Relation> m_relations;
};

/// Adds one relation.
class AddRelationCommand final : public QUndoCommand
{
public:
    AddRelationCommand(AnnotationSet *set, Relation relation, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    AnnotationSet *m_set;
    Relation m_relation;
};

/// Removes one relation.
class RemoveRelationCommand final : public QUndoCommand
{
public:
    RemoveRelationCommand(AnnotationSet *set, const QString &relationId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    AnnotationSet *m_set;
    Relation m_relation;
};

/// Replaces the value of an entity (retype, resize, attribute, note, reference) or of a relation (retype,
/// attribute, note). Consecutive edits of the same kind on the same item merge into one step, except
/// attribute sets; an edit that returns to the start leaves no step.
template<typename Item>
class ChangeCommand final : public QUndoCommand
{
public:
    static ChangeCommand *retype(AnnotationSet *set, const QString &id, const QString &type);
    /// An empty `value` removes the attribute.
    static ChangeCommand *setAttribute(AnnotationSet *set, const QString &id, const QString &name,
                                       const QString &value);
    static ChangeCommand *setNote(AnnotationSet *set, const QString &id, const QString &note);
    static ChangeCommand *resize(AnnotationSet *set, const QString &entityId,
                                 const SpanList &spans) requires std::same_as<Item, Entity>;
    static ChangeCommand *setReference(AnnotationSet *set, const QString &entityId,
                                       const QString &reference) requires std::same_as<Item, Entity>;
    /// Replaces the item that has `after`'s id with `after` as a whole, e.g. one side's version of it,
    /// as a step of `parent` if given. Never merges with another edit.
    static ChangeCommand *replace(AnnotationSet *set, Item after, const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ChangeCommand(AnnotationSet *set, int kind, Item before, Item after, const QString &text,
                  QUndoCommand *parent = nullptr);
    /// The command that applies `change` to the item with `id`.
    template<typename Change>
    static ChangeCommand *edit(AnnotationSet *set, const QString &id, int kind, const QString &text, Change change);

    AnnotationSet *m_set;
    int m_kind; ///< a ChangeTraits<Item>::Kind (annotationcommands.cpp): edits of one kind may merge
    Item m_before;
    Item m_after;
};

using ChangeEntityCommand = ChangeCommand<Entity>;
using ChangeRelationCommand = ChangeCommand<Relation>;

// Both are instantiated once, in annotationcommands.cpp.
extern template class ChangeCommand<Entity>;
extern template class ChangeCommand<Relation>;

/// Replaces all annotations at once, e.g. with a version another program wrote into the sidecar, so that
/// one Undo brings back what was there before.
class ReplaceAnnotationsCommand final : public QUndoCommand
{
public:
    ReplaceAnnotationsCommand(AnnotationSet *set, AnnotationSnapshot after, const QString &text,
                              QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    AnnotationSet *m_set;
    AnnotationSnapshot m_before;
    AnnotationSnapshot m_after;
};

} // namespace Hashiya
