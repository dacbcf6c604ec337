// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationlinker.h"

#include "model/annotationcommands.h"
#include "model/annotationid.h"
#include "model/articledocument.h"
#include "model/relationrules.h"
#include "model/schema.h"
#include "ui/reader/readerview.h"
#include "ui/widgets/interfacelocale.h"

#include <QCursor>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>

#include <algorithm>

namespace Hashiya {

namespace {

/// The menu text for a type: its first letter is the key that picks it.
QString withMnemonic(QString text)
{
    text.replace(u'&', QStringLiteral("&&"));
    return text.isEmpty() ? text : QStringLiteral("&") + text;
}

} // namespace

RelationLinker::RelationLinker(ReaderView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
{
    view->installEventFilter(this);
    connect(view, &ReaderView::linkRequested, this,
            [this](const QString &source, const QString &target, Qt::KeyboardModifiers modifiers) {
                link(source, target, modifiers & Qt::ShiftModifier, QCursor::pos());
            });
}

QString RelationLinker::endText(const QString &entityId) const
{
    const ArticleDocument *document = m_view->document();
    const Entity *entity = document ? document->annotations()->entity(entityId) : nullptr;
    return entity ? document->textOf(*entity).left(40).simplified() : QString();
}

QList<RelationLinker::Choice> RelationLinker::choices(const QString &sourceId, const QString &targetId,
                                                      bool anyType) const
{
    QList<Choice> result;
    const ArticleDocument *document = m_view->document();
    const Entity *source = document ? document->annotations()->entity(sourceId) : nullptr;
    const Entity *target = document ? document->annotations()->entity(targetId) : nullptr;
    if (!m_schema || !source || !target)
        return result;
    QStringList offered;
    const QString language = InterfaceLocale::language();
    for (const RelationType *type : allowedRelationTypes(*m_schema, source->type, target->type)) {
        result.append({type->name, withMnemonic(type->label(language)), false, true});
        offered.append(type->name);
    }
    // A directed type the schema allows only the other way round: the analyst linked the two in
    // the order they read them, so take them as the schema needs.
    for (const RelationType *type : allowedRelationTypes(*m_schema, target->type, source->type)) {
        if (type->symmetric || offered.contains(type->name))
            continue;
        result.append({type->name, withMnemonic(tr("%1, the other way round").arg(type->label(language))), true, true});
        offered.append(type->name);
    }
    if (anyType) {
        for (const RelationType &type : m_schema->relationTypes) {
            if (offered.contains(type.name))
                continue;
            result.append(
                {type.name, withMnemonic(tr("%1 (not allowed here)").arg(type.label(language))), false, false});
        }
    }
    return result;
}

QString RelationLinker::link(const QString &sourceId, const QString &targetId, bool anyType,
                             const QPoint &globalPosition)
{
    ArticleDocument *document = m_view->document();
    auto done = [this] {
        m_view->clearPendingLink();
        return QString();
    };
    if (!document || sourceId == targetId || !document->annotations()->entity(sourceId)
        || !document->annotations()->entity(targetId))
        return done();
    if (document->isReadOnly()) {
        Q_EMIT message(tr("This article is read-only: its sidecar has problems (see Problems)"));
        return done();
    }
    m_view->setPendingLink(sourceId, targetId);
    const QList<Choice> offered = choices(sourceId, targetId, anyType);
    QMenu menu(m_view);
    menu.setObjectName(QStringLiteral("relationTypeMenu"));
    QAction *title = menu.addAction(tr("%1 → %2").arg(endText(sourceId), endText(targetId)));
    title->setEnabled(false);
    menu.addSeparator();
    if (offered.isEmpty()) {
        const Entity *source = document->annotations()->entity(sourceId);
        const Entity *target = document->annotations()->entity(targetId);
        menu.addAction(
                tr("No relation type links %1 to %2: hold Shift to link them anyway").arg(source->type, target->type))
            ->setEnabled(false);
    }
    for (qsizetype i = 0; i < offered.size(); ++i) {
        const Choice &choice = offered[i];
        QAction *action = menu.addAction(choice.text);
        action->setData(QVariant::fromValue(i));
        if (!choice.allowed) {
            QFont font = action->font();
            font.setItalic(true);
            action->setFont(font);
        }
    }
    QAction *chosen = menu.exec(globalPosition);
    if (!chosen || !chosen->data().isValid())
        return done();
    const Choice &choice = offered[chosen->data().toInt()];
    Relation relation;
    relation.id = newAnnotationId();
    relation.type = choice.type;
    relation.from = choice.reversed ? targetId : sourceId;
    relation.to = choice.reversed ? sourceId : targetId;
    // The same fact again is a slip, not a second relation.
    const RelationType *type = m_schema ? m_schema->relationType(relation.type) : nullptr;
    for (const Relation &existing : document->annotations()->relations()) {
        if (sameRelation(existing, relation, type && type->symmetric)) {
            m_view->clearPendingLink();
            m_view->setSelectedRelation(existing.id);
            Q_EMIT message(tr("These two are already linked this way"));
            return {};
        }
    }
    document->execute(new AddRelationCommand(document->annotations(), relation));
    m_view->clearPendingLink();
    m_view->setSelectedRelation(relation.id);
    if (!choice.allowed)
        Q_EMIT message(tr("Linked against the schema: the relation is listed among the problems"));
    return relation.id;
}

bool RelationLinker::start()
{
    const ArticleDocument *document = m_view->document();
    const QString source = m_view->selectedEntity();
    if (!document || source.isEmpty()) {
        Q_EMIT message(tr("Select the entity to link from (Tab), then press R"));
        return false;
    }
    if (document->annotations()->entityCount() < 2) {
        Q_EMIT message(tr("There is no other entity to link to"));
        return false;
    }
    m_source = source;
    m_target = source;
    moveTarget(true);
    Q_EMIT message(tr("Choose the target with Tab or the arrows, then press Enter (Shift+Enter for any type); "
                      "Esc cancels"));
    return true;
}

void RelationLinker::cancel()
{
    m_source.clear();
    m_target.clear();
    m_view->clearPendingLink();
}

void RelationLinker::moveTarget(bool forward)
{
    const AnnotationSet *set = m_view->document()->annotations();
    qsizetype index = set->indexOfEntity(m_target);
    const qsizetype count = set->entityCount();
    for (qsizetype step = 0; step < count; ++step) {
        index = (index + (forward ? 1 : count - 1)) % count;
        if (set->entityAt(index).id != m_source)
            break;
    }
    m_target = set->entityAt(index).id;
    m_view->ensureVisible(m_view->document()->codePoints().toUtf16(set->entityAt(index).start()));
    m_view->setPendingLink(m_source, m_target);
}

void RelationLinker::finish(bool anyType)
{
    const QString source = m_source;
    const QString target = m_target;
    m_source.clear();
    m_target.clear();
    const QRectF chip = m_view->chipRect(target);
    const QPoint at = chip.isEmpty() ? m_view->viewport()->rect().center() : chip.bottomLeft().toPoint();
    link(source, target, anyType, m_view->viewport()->mapToGlobal(at));
}

bool RelationLinker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view || (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
        return QObject::eventFilter(watched, event);
    if (!isLinking()) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool plainR = key->key() == Qt::Key_R
            && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier | Qt::ShiftModifier));
        if (plainR && event->type() == QEvent::KeyPress && m_view->document()) {
            m_view->settlePendingClick();
            start();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }
    if (!m_view->document() || !m_view->document()->annotations()->entity(m_source)) {
        cancel();
        return QObject::eventFilter(watched, event);
    }
    auto *key = static_cast<QKeyEvent *>(event);
    const ArticleDocument *document = m_view->document();
    const Entity *target = document->annotations()->entity(m_target);
    const bool rightToLeft = target && m_view->isRightToLeftAt(document->codePoints().toUtf16(target->start()));
    switch (key->key()) {
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Escape:
        break;
    default:
        return QObject::eventFilter(watched, event);
    }
    // While a target is being chosen these keys are ours, not the menus' shortcuts.
    event->accept();
    if (event->type() == QEvent::ShortcutOverride)
        return true;
    switch (key->key()) {
    case Qt::Key_Tab:
    case Qt::Key_Down:
        moveTarget(true);
        break;
    case Qt::Key_Backtab:
    case Qt::Key_Up:
        moveTarget(false);
        break;
    case Qt::Key_Left:
    case Qt::Key_Right:
        // The arrow that points the way the text reads moves on.
        moveTarget((key->key() == Qt::Key_Right) != rightToLeft);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        finish(key->modifiers() & Qt::ShiftModifier);
        break;
    default:
        cancel();
        Q_EMIT message(tr("Linking cancelled"));
        break;
    }
    return true;
}

} // namespace Hashiya
