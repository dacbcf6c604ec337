// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotationmerge.h"
#include "model/entity.h"
#include "model/relation.h"

#include <QUndoCommand>

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

/// Replaces an entity's value: retype, resize, attribute, note, reference. Consecutive edits of the same
/// kind on the same entity merge into one step; an edit that returns to the start leaves no step.
class ChangeEntityCommand final : public QUndoCommand
{
public:
    enum Kind { Retype = 1001, Resize, SetAttribute, SetNote, SetReference };

    static ChangeEntityCommand *retype(AnnotationSet *set, const QString &entityId, const QString &type);
    static ChangeEntityCommand *resize(AnnotationSet *set, const QString &entityId, const SpanList &spans);
    /// An empty `value` removes the attribute.
    static ChangeEntityCommand *setAttribute(AnnotationSet *set, const QString &entityId, const QString &name,
                                             const QString &value);
    static ChangeEntityCommand *setNote(AnnotationSet *set, const QString &entityId, const QString &note);
    static ChangeEntityCommand *setReference(AnnotationSet *set, const QString &entityId, const QString &reference);

    void redo() override;
    void undo() override;
    int id() const override { return m_kind == SetAttribute ? -1 : m_kind; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ChangeEntityCommand(AnnotationSet *set, Kind kind, Entity before, Entity after, const QString &text);

    AnnotationSet *m_set;
    Kind m_kind;
    Entity m_before;
    Entity m_after;
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

/// Replaces a relation's value: retype, attribute, note. Merges like ChangeEntityCommand.
class ChangeRelationCommand final : public QUndoCommand
{
public:
    enum Kind { Retype = 2001, SetAttribute, SetNote };

    static ChangeRelationCommand *retype(AnnotationSet *set, const QString &relationId, const QString &type);
    static ChangeRelationCommand *setAttribute(AnnotationSet *set, const QString &relationId, const QString &name,
                                               const QString &value);
    static ChangeRelationCommand *setNote(AnnotationSet *set, const QString &relationId, const QString &note);

    void redo() override;
    void undo() override;
    int id() const override { return m_kind == SetAttribute ? -1 : m_kind; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ChangeRelationCommand(AnnotationSet *set, Kind kind, Relation before, Relation after, const QString &text);

    AnnotationSet *m_set;
    Kind m_kind;
    Relation m_before;
    Relation m_after;
};

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
