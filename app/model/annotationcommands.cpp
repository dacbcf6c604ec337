// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationcommands.h"

#include "model/annotationset.h"

#include <QCoreApplication>

namespace Hashiya {
namespace {

void setOrRemove(Attributes &attributes, const QString &name, const QString &value)
{
    if (value.isEmpty())
        attributes.remove(name);
    else
        attributes.insert(name, value);
}

} // namespace

AddEntityCommand::AddEntityCommand(AnnotationSet *set, Entity entity, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_set(set)
    , m_entity(std::move(entity))
{
    setText(QCoreApplication::translate("UndoCommands", "Tag %1").arg(m_entity.type));
}

void AddEntityCommand::redo()
{
    m_set->insertEntity(m_entity);
}

void AddEntityCommand::undo()
{
    m_set->takeEntity(m_entity.id);
}

RemoveEntityCommand::RemoveEntityCommand(AnnotationSet *set, const QString &entityId, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_set(set)
    , m_entity(*set->entity(entityId))
    , m_relations(set->relationsOf(entityId))
{
    setText(QCoreApplication::translate("UndoCommands", "Remove %1").arg(m_entity.type));
}

void RemoveEntityCommand::redo()
{
    for (const Relation &relation : std::as_const(m_relations))
        m_set->takeRelation(relation.id);
    m_set->takeEntity(m_entity.id);
}

void RemoveEntityCommand::undo()
{
    m_set->insertEntity(m_entity);
    for (const Relation &relation : std::as_const(m_relations))
        m_set->insertRelation(relation);
}

ChangeEntityCommand::ChangeEntityCommand(AnnotationSet *set, Kind kind, Entity before, Entity after,
                                         const QString &text)
    : m_set(set)
    , m_kind(kind)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(text);
    setObsolete(m_before == m_after);
}

ChangeEntityCommand *ChangeEntityCommand::retype(AnnotationSet *set, const QString &entityId, const QString &type)
{
    Entity after = *set->entity(entityId);
    const QString text = QCoreApplication::translate("UndoCommands", "Change %1 to %2").arg(after.type, type);
    after.type = type;
    return new ChangeEntityCommand(set, Retype, *set->entity(entityId), after, text);
}

ChangeEntityCommand *ChangeEntityCommand::resize(AnnotationSet *set, const QString &entityId, const SpanList &spans)
{
    Entity after = *set->entity(entityId);
    after.spans = spans;
    return new ChangeEntityCommand(set, Resize, *set->entity(entityId), after,
                                   QCoreApplication::translate("UndoCommands", "Resize %1").arg(after.type));
}

ChangeEntityCommand *ChangeEntityCommand::setAttribute(AnnotationSet *set, const QString &entityId, const QString &name,
                                                       const QString &value)
{
    Entity after = *set->entity(entityId);
    setOrRemove(after.attributes, name, value);
    return new ChangeEntityCommand(set, SetAttribute, *set->entity(entityId), after,
                                   QCoreApplication::translate("UndoCommands", "Set %1").arg(name));
}

ChangeEntityCommand *ChangeEntityCommand::setNote(AnnotationSet *set, const QString &entityId, const QString &note)
{
    Entity after = *set->entity(entityId);
    after.note = note;
    return new ChangeEntityCommand(set, SetNote, *set->entity(entityId), after,
                                   QCoreApplication::translate("UndoCommands", "Edit note"));
}

ChangeEntityCommand *ChangeEntityCommand::setReference(AnnotationSet *set, const QString &entityId,
                                                       const QString &reference)
{
    Entity after = *set->entity(entityId);
    after.reference = reference;
    return new ChangeEntityCommand(set, SetReference, *set->entity(entityId), after,
                                   QCoreApplication::translate("UndoCommands", "Set reference"));
}

void ChangeEntityCommand::redo()
{
    m_set->replaceEntity(m_after);
}

void ChangeEntityCommand::undo()
{
    m_set->replaceEntity(m_before);
}

bool ChangeEntityCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeEntityCommand *>(other);
    if (next->m_after.id != m_after.id)
        return false;
    m_after = next->m_after;
    setObsolete(m_before == m_after);
    return true;
}

AddRelationCommand::AddRelationCommand(AnnotationSet *set, Relation relation, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_set(set)
    , m_relation(std::move(relation))
{
    setText(QCoreApplication::translate("UndoCommands", "Link %1").arg(m_relation.type));
}

void AddRelationCommand::redo()
{
    m_set->insertRelation(m_relation);
}

void AddRelationCommand::undo()
{
    m_set->takeRelation(m_relation.id);
}

RemoveRelationCommand::RemoveRelationCommand(AnnotationSet *set, const QString &relationId, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_set(set)
    , m_relation(*set->relation(relationId))
{
    setText(QCoreApplication::translate("UndoCommands", "Remove %1").arg(m_relation.type));
}

void RemoveRelationCommand::redo()
{
    m_set->takeRelation(m_relation.id);
}

void RemoveRelationCommand::undo()
{
    m_set->insertRelation(m_relation);
}

ChangeRelationCommand::ChangeRelationCommand(AnnotationSet *set, Kind kind, Relation before, Relation after,
                                             const QString &text)
    : m_set(set)
    , m_kind(kind)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(text);
    setObsolete(m_before == m_after);
}

ChangeRelationCommand *ChangeRelationCommand::retype(AnnotationSet *set, const QString &relationId, const QString &type)
{
    Relation after = *set->relation(relationId);
    const QString text = QCoreApplication::translate("UndoCommands", "Change %1 to %2").arg(after.type, type);
    after.type = type;
    return new ChangeRelationCommand(set, Retype, *set->relation(relationId), after, text);
}

ChangeRelationCommand *ChangeRelationCommand::setAttribute(AnnotationSet *set, const QString &relationId,
                                                           const QString &name, const QString &value)
{
    Relation after = *set->relation(relationId);
    setOrRemove(after.attributes, name, value);
    return new ChangeRelationCommand(set, SetAttribute, *set->relation(relationId), after,
                                     QCoreApplication::translate("UndoCommands", "Set %1").arg(name));
}

ChangeRelationCommand *ChangeRelationCommand::setNote(AnnotationSet *set, const QString &relationId,
                                                      const QString &note)
{
    Relation after = *set->relation(relationId);
    after.note = note;
    return new ChangeRelationCommand(set, SetNote, *set->relation(relationId), after,
                                     QCoreApplication::translate("UndoCommands", "Edit note"));
}

void ChangeRelationCommand::redo()
{
    m_set->replaceRelation(m_after);
}

void ChangeRelationCommand::undo()
{
    m_set->replaceRelation(m_before);
}

bool ChangeRelationCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeRelationCommand *>(other);
    if (next->m_after.id != m_after.id)
        return false;
    m_after = next->m_after;
    setObsolete(m_before == m_after);
    return true;
}

ReplaceAnnotationsCommand::ReplaceAnnotationsCommand(AnnotationSet *set, AnnotationSnapshot after, const QString &text,
                                                     QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_set(set)
    , m_before(AnnotationSnapshot::of(*set))
    , m_after(std::move(after))
{
}

void ReplaceAnnotationsCommand::redo()
{
    m_set->reset(m_after.entities, m_after.relations);
}

void ReplaceAnnotationsCommand::undo()
{
    m_set->reset(m_before.entities, m_before.relations);
}

} // namespace Hashiya
