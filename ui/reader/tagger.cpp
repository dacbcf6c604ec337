// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagger.h"

#include "model/annotationcommands.h"
#include "model/annotationid.h"
#include "model/articledocument.h"
#include "model/schema.h"
#include "text/affixes.h"
#include "ui/reader/entityremoval.h"
#include "ui/reader/readerview.h"
#include "ui/widgets/interfacelocale.h"
#include "ui/widgets/typeswatch.h"

#include <QKeyEvent>
#include <QMenu>
#include <QPointer>

#include <algorithm>
#include <functional>
#include <optional>

namespace Hashiya {
Tagger::Tagger(ReaderView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
{
    view->installEventFilter(this);
    connect(view, &ReaderView::selectionChanged, this, &Tagger::updateTagPreview);
}

void Tagger::setSnapToWords(bool snap)
{
    m_snapToWords = snap;
    updateTagPreview();
}

void Tagger::setSnapToNames(bool snap)
{
    m_snapToNames = snap;
    updateTagPreview();
}

void Tagger::updateTagPreview()
{
    m_view->setTagPreview(m_view->hasSelection() ? taggableRange() : TextRange {});
}

ArticleDocument *Tagger::editableDocument()
{
    ArticleDocument *document = m_view->document();
    if (!document)
        return nullptr;
    if (document->isReadOnly()) {
        Q_EMIT message(tr("This article is read-only: its sidecar has problems (see Problems)"));
        return nullptr;
    }
    return document;
}

QString Tagger::typeForKey(const QString &key) const
{
    if (!m_schema || key.size() != 1)
        return {};
    for (const EntityType &type : m_schema->entityTypes) {
        if (type.key.compare(key, Qt::CaseInsensitive) == 0)
            return type.name;
    }
    return {};
}

TextRange Tagger::taggableRange() const
{
    const ArticleDocument *document = m_view->document();
    if (!document || !m_view->hasSelection())
        return {m_view->cursorPosition(), m_view->cursorPosition()};
    const QStringView text = document->text();
    if (m_snapToWords && !m_view->selectionIsExact()) {
        const TextRange words = Hashiya::snapToWords(text, m_view->selectionStart(), m_view->selectionEnd());
        return m_snapToNames && words.first < words.second ? Affixes::nameOf(text, words, MatchOptions {}) : words;
    }
    return snapToGraphemes(text, m_view->selectionStart(), m_view->selectionEnd());
}

bool Tagger::tag(const QString &type)
{
    ArticleDocument *document = editableDocument();
    if (!document)
        return false;
    AnnotationSet *set = document->annotations();
    if (!m_view->hasSelection()) {
        if (m_view->selectedEntity().isEmpty()) {
            Q_EMIT message(tr("Select some text to tag, or an entity to change"));
            return false;
        }
        document->execute(ChangeEntityCommand::retype(set, m_view->selectedEntity(), type));
        return true;
    }
    const auto [from, to] = taggableRange();
    if (from == to) {
        Q_EMIT message(tr("The selection holds no word to tag; hold Alt while selecting to tag exactly"));
        return false;
    }
    const CodePointIndex &codePoints = document->codePoints();
    Entity entity;
    entity.type = type;
    entity.spans.append(Span {codePoints.toCodePoint(from), codePoints.toCodePoint(to), {}});
    // The same type on the same text again is a slip, not a second entity.
    const auto &entities = set->entities();
    const auto sameStart = std::lower_bound(entities.begin(), entities.end(), entity.start(),
                                            [](const Entity &e, qsizetype start) { return e.start() < start; });
    for (auto it = sameStart; it != entities.end() && it->start() == entity.start(); ++it) {
        const Entity &existing = *it;
        if (existing.type == type && existing.spans == entity.spans) {
            m_view->clearSelection();
            m_view->setSelectedEntity(existing.id);
            return false;
        }
    }
    entity.id = newAnnotationId();
    document->execute(new AddEntityCommand(set, entity));
    m_view->clearSelection();
    m_view->setSelectedEntity(entity.id);
    return true;
}

bool Tagger::removeSelected()
{
    if (const QString relation = m_view->selectedRelation(); !relation.isEmpty()) {
        ArticleDocument *document = editableDocument();
        if (!document || !document->annotations()->relation(relation))
            return false;
        document->execute(new RemoveRelationCommand(document->annotations(), relation));
        m_view->setSelectedRelation(QString());
        return true;
    }
    const QString id = m_view->selectedEntity();
    QPointer<ArticleDocument> document = id.isEmpty() ? nullptr : editableDocument();
    const Entity *entity = document ? document->annotations()->entity(id) : nullptr;
    if (!entity)
        return false;
    // Its relations go with it, notes and all: say so, and ask first when that loses what was written.
    const QString text = document->textOf(*entity);
    if (!EntityRemoval::confirm(m_view, text, document->annotations()->relationsOf(id)))
        return false;
    // The question ran an event loop: the article may have been closed or reloaded meanwhile.
    if (!document || m_view->document() != document || !document->annotations()->entity(id))
        return false;
    const qsizetype relations = document->annotations()->relationsOf(id).size();
    document->execute(new RemoveEntityCommand(document->annotations(), id));
    m_view->setSelectedEntity(QString());
    Q_EMIT message(EntityRemoval::doneMessage(text, relations));
    return true;
}

bool Tagger::selectNext(bool forward)
{
    const ArticleDocument *document = m_view->document();
    if (!document || document->annotations()->entityCount() == 0)
        return false;
    const AnnotationSet *set = document->annotations();
    qsizetype index = m_view->selectedEntity().isEmpty() ? -1 : set->indexOfEntity(m_view->selectedEntity());
    if (index < 0) {
        // Nothing selected: start from the caret.
        const qsizetype caret = document->codePoints().toCodePoint(m_view->cursorPosition());
        const auto &entities = set->entities();
        const auto next =
            std::find_if(entities.begin(), entities.end(), [&](const Entity &e) { return e.start() >= caret; });
        index = forward ? (next - entities.begin()) : (next - entities.begin()) - 1;
    } else {
        index += forward ? 1 : -1;
    }
    index = (index + set->entityCount()) % set->entityCount(); // wraps around at either end
    const Entity &entity = set->entityAt(index);
    const qsizetype start = document->codePoints().toUtf16(entity.start());
    m_view->setSelection(start, start);
    m_view->setSelectedEntity(entity.id);
    m_view->ensureVisible(start);
    return true;
}

bool Tagger::resizeEdge(bool endEdge, const std::function<std::optional<TextRange>(QStringView, TextRange)> &step)
{
    const QString id = m_view->selectedEntity();
    ArticleDocument *document = id.isEmpty() ? nullptr : editableDocument();
    const Entity *entity = document ? document->annotations()->entity(id) : nullptr;
    if (!entity)
        return false;
    const CodePointIndex &codePoints = document->codePoints();
    SpanList spans = entity->spans;
    Span &edge = endEdge ? spans.back() : spans.front();
    const std::optional<TextRange> moved =
        step(document->text(), {codePoints.toUtf16(edge.start), codePoints.toUtf16(edge.end)});
    if (!moved)
        return false;
    edge.start = codePoints.toCodePoint(moved->first);
    edge.end = codePoints.toCodePoint(moved->second);
    // Growing into the next fragment joins them.
    const SpanList merged = mergedSpans(spans);
    if (merged == entity->spans)
        return false;
    document->execute(ChangeEntityCommand::resize(document->annotations(), id, merged));
    return true;
}

bool Tagger::resizeSelected(bool endEdge, bool grow)
{
    return resizeEdge(endEdge, [&](QStringView text, TextRange range) -> std::optional<TextRange> {
        auto [from, to] = range;
        // One word at a time when snapping (a character otherwise): growing takes in the next word,
        // shrinking gives back the outermost one.
        auto wordCharacter = [&](qsizetype i) {
            return isWordCharacter(text[i]);
        };
        if (endEdge && grow) {
            to = m_snapToWords ? nextWordEnd(text, to) : graphemeStep(text, to, true);
        } else if (endEdge) {
            to = m_snapToWords ? previousWordStart(text, to) : graphemeStep(text, to, false);
            while (m_snapToWords && to > from && !wordCharacter(to - 1))
                --to;
        } else if (grow) {
            from = m_snapToWords ? previousWordStart(text, from) : graphemeStep(text, from, false);
        } else {
            from = m_snapToWords ? nextWordEnd(text, from) : graphemeStep(text, from, true);
            while (m_snapToWords && from < to && !wordCharacter(from))
                ++from;
        }
        if (from >= to) {
            Q_EMIT message(tr("An entity cannot shrink to nothing; press Delete to remove it"));
            return std::nullopt;
        }
        return TextRange {from, to};
    });
}

bool Tagger::resizeSelectedByAffix(bool endEdge, bool grow)
{
    return resizeEdge(endEdge, [&](QStringView text, TextRange range) -> std::optional<TextRange> {
        const TextRange moved = Affixes::stepAffix(text, range, endEdge, grow);
        if (moved == range || moved.first >= moved.second) {
            Q_EMIT message(endEdge ? tr("No suffix to take in or give back here")
                                   : tr("No proclitic to take in or give back here"));
            return std::nullopt;
        }
        return moved;
    });
}

bool Tagger::addFragment()
{
    const QString id = m_view->selectedEntity();
    ArticleDocument *document = id.isEmpty() ? nullptr : editableDocument();
    const Entity *entity = document ? document->annotations()->entity(id) : nullptr;
    if (!entity || !m_view->hasSelection()) {
        Q_EMIT message(tr("Select an entity, then the text to add to it, then press +"));
        return false;
    }
    const auto [from, to] = taggableRange();
    if (from == to)
        return false;
    const CodePointIndex &codePoints = document->codePoints();
    SpanList spans = entity->spans;
    spans.append(Span {codePoints.toCodePoint(from), codePoints.toCodePoint(to), {}});
    const SpanList merged = mergedSpans(spans);
    document->execute(ChangeEntityCommand::resize(document->annotations(), id, merged));
    m_view->clearSelection();
    return true;
}

QMenu *Tagger::createContextMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    const ArticleDocument *document = m_view->document();
    if (!document)
        return menu;
    const bool editable = !document->isReadOnly();
    const QString selectedEntity = m_view->selectedEntity();
    if (m_schema) {
        QMenu *tagMenu =
            menu->addMenu(m_view->hasSelection() || selectedEntity.isEmpty() ? tr("&Tag as") : tr("&Change type to"));
        tagMenu->setEnabled(editable && (m_view->hasSelection() || !selectedEntity.isEmpty()));
        const QString language = InterfaceLocale::language();
        for (const EntityType &type : m_schema->entityTypes) {
            QAction *action = tagMenu->addAction(typeSwatch(type.color), type.label(language), this,
                                                 [this, name = type.name] { tag(name); });
            if (!type.key.isEmpty())
                action->setShortcut(QKeySequence(type.key.toUpper()));
        }
    }
    if (!m_view->selectedRelation().isEmpty()) {
        QAction *remove = menu->addAction(tr("&Remove the relation"), this, &Tagger::removeSelected);
        remove->setShortcut(QKeySequence::Delete);
        remove->setEnabled(editable);
    }
    if (!selectedEntity.isEmpty()) {
        QAction *fragment = menu->addAction(tr("&Add selection to the entity"), this, &Tagger::addFragment);
        fragment->setShortcut(QKeySequence(Qt::Key_Plus));
        fragment->setEnabled(editable && m_view->hasSelection());
        QAction *remove = menu->addAction(tr("&Remove the entity"), this, &Tagger::removeSelected);
        remove->setShortcut(QKeySequence::Delete);
        remove->setEnabled(editable);
    }
    return menu;
}

bool Tagger::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view || event->type() != QEvent::KeyPress || !m_view->document())
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    m_view->settlePendingClick(); // keys act on what the analyst sees as selected
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    const bool rightToLeft = m_view->document()->text().mid(m_view->cursorPosition(), 1).isRightToLeft()
        || (m_view->directionMode() == Qt::RightToLeft);
    switch (key->key()) {
    case Qt::Key_Tab:
        return selectNext(true);
    case Qt::Key_Backtab:
        return selectNext(false);
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        return removeSelected();
    case Qt::Key_Plus:
        return addFragment();
    case Qt::Key_Left:
    case Qt::Key_Right:
        // Shift+arrows resize the selected entity when no text is selected; the arrow pointing in
        // the reading direction grows it. Ctrl moves the start instead of the end.
        // With Alt, by one suffix or proclitic instead of a word.
        if ((modifiers & Qt::ShiftModifier) && !m_view->hasSelection() && !m_view->selectedEntity().isEmpty()) {
            const bool forward = (key->key() == Qt::Key_Right) != rightToLeft;
            const bool startEdge = modifiers & Qt::ControlModifier;
            if (modifiers & Qt::AltModifier)
                resizeSelectedByAffix(!startEdge, startEdge ? !forward : forward);
            else
                resizeSelected(!startEdge, startEdge ? !forward : forward);
            return true;
        }
        break;
    default:
        if (!(modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
            const QString type = typeForKey(key->text());
            if (!type.isEmpty()) {
                tag(type);
                return true;
            }
        }
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Hashiya
