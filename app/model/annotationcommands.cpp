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

/// What ChangeCommand needs to know about the items it edits: where they are in the AnnotationSet, and
/// the undo ids of their kinds of edit. SetAttribute edits never merge (id -1).
template<typename Item>
struct ChangeTraits;

template<>
struct ChangeTraits<Entity>
{
    enum Kind { Retype = 1001, Resize, SetAttribute, SetNote, SetReference, Replace };
    static const Entity &at(const AnnotationSet &set, const QString &id) { return *set.entity(id); }
    static void replace(AnnotationSet &set, const Entity &entity) { set.replaceEntity(entity); }
};

template<>
struct ChangeTraits<Relation>
{
    enum Kind { Retype = 2001, SetAttribute, SetNote, Replace };
    static const Relation &at(const AnnotationSet &set, const QString &id) { return *set.relation(id); }
    static void replace(AnnotationSet &set, const Relation &relation) { set.replaceRelation(relation); }
};

// QUndoStack merges commands of equal id(), and mergeWith() casts to its own class: the ids of entity and
// relation edits must never meet.
static_assert(int(ChangeTraits<Entity>::Replace) < int(ChangeTraits<Relation>::Retype));

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

template<typename Item>
ChangeCommand<Item>::ChangeCommand(AnnotationSet *set, int kind, Item before, Item after, const QString &text,
                                   QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_set(set)
    , m_kind(kind)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(text);
    setObsolete(m_before == m_after);
}

template<typename Item>
template<typename Change>
ChangeCommand<Item> *ChangeCommand<Item>::edit(AnnotationSet *set, const QString &id, int kind, const QString &text,
                                               Change change)
{
    const Item &before = ChangeTraits<Item>::at(*set, id);
    Item after = before;
    change(after);
    return new ChangeCommand(set, kind, before, std::move(after), text);
}

template<typename Item>
ChangeCommand<Item> *ChangeCommand<Item>::retype(AnnotationSet *set, const QString &id, const QString &type)
{
    const QString &from = ChangeTraits<Item>::at(*set, id).type;
    return edit(set, id, ChangeTraits<Item>::Retype,
                QCoreApplication::translate("UndoCommands", "Change %1 to %2").arg(from, type),
                [&](Item &item) { item.type = type; });
}

template<typename Item>
ChangeCommand<Item> *ChangeCommand<Item>::setAttribute(AnnotationSet *set, const QString &id, const QString &name,
                                                       const QString &value)
{
    return edit(set, id, ChangeTraits<Item>::SetAttribute,
                QCoreApplication::translate("UndoCommands", "Set %1").arg(name),
                [&](Item &item) { setOrRemove(item.attributes, name, value); });
}

template<typename Item>
ChangeCommand<Item> *ChangeCommand<Item>::setNote(AnnotationSet *set, const QString &id, const QString &note)
{
    return edit(set, id, ChangeTraits<Item>::SetNote, QCoreApplication::translate("UndoCommands", "Edit note"),
                [&](Item &item) { item.note = note; });
}

// The entity-only edits compile their bodies for entities alone: Clang 14 instantiates constrained members
// in the explicit instantiation of ChangeCommand<Relation> below, and a relation has no spans.
template<typename Item>
ChangeCommand<Item> *ChangeCommand<Item>::resize(AnnotationSet *set, const QString &entityId,
                                                 const SpanList &spans) requires std::same_as<Item, Entity>
{
    if constexpr (std::same_as<Item, Entity>) {
        const QString &type = set->entity(entityId)->type;
        return edit(set, entityId, ChangeTraits<Entity>::Resize,
                    QCoreApplication::translate("UndoCommands", "Resize %1").arg(type),
                    [&](Entity &entity) { entity.spans = spans; });
    }
    return nullptr;
}

template<typename Item>
ChangeCommand<Item> *ChangeCommand<Item>::setReference(AnnotationSet *set, const QString &entityId,
                                                       const QString &reference) requires std::same_as<Item, Entity>
{
    if constexpr (std::same_as<Item, Entity>) {
        return edit(set, entityId, ChangeTraits<Entity>::SetReference,
                    QCoreApplication::translate("UndoCommands", "Set reference"),
                    [&](Entity &entity) { entity.reference = reference; });
    }
    return nullptr;
}

template<typename Item>
ChangeCommand<Item> *ChangeCommand<Item>::replace(AnnotationSet *set, Item after, const QString &text,
                                                  QUndoCommand *parent)
{
    const Item &before = ChangeTraits<Item>::at(*set, after.id);
    return new ChangeCommand(set, ChangeTraits<Item>::Replace, before, std::move(after), text, parent);
}

template<typename Item>
void ChangeCommand<Item>::redo()
{
    ChangeTraits<Item>::replace(*m_set, m_after);
}

template<typename Item>
void ChangeCommand<Item>::undo()
{
    ChangeTraits<Item>::replace(*m_set, m_before);
}

template<typename Item>
int ChangeCommand<Item>::id() const
{
    return m_kind == ChangeTraits<Item>::SetAttribute || m_kind == ChangeTraits<Item>::Replace ? -1 : m_kind;
}

template<typename Item>
bool ChangeCommand<Item>::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeCommand *>(other);
    if (next->m_after.id != m_after.id)
        return false;
    m_after = next->m_after;
    setObsolete(m_before == m_after);
    return true;
}

template class ChangeCommand<Entity>;
template class ChangeCommand<Relation>;

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
