// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a test did to one article, kept apart from Hashiya's model: the annotations after each step,
// and which step the undo history is at. Random sequences of edits, undo and switching are checked
// against it.

#include "support/plainsidecar.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace Hashiya::Test {

struct RecordedArticle
{
    struct State
    {
        QMap<QString, QString> entities; ///< id → "TYPE start end", as PlainSidecar lists them
        QMap<QString, QString> relations; ///< id → "TYPE from to"
        QString lastRetyped; ///< the entity this step retyped, if it was a retype
    };
    std::vector<State> history {State {}};
    size_t index = 0;

    const State &now() const { return history[index]; }
    bool canUndo() const { return index > 0; }
    bool canRedo() const { return index + 1 < history.size(); }
    void push(State state)
    {
        history.resize(index + 1);
        history.push_back(std::move(state));
        ++index;
    }
    /// Closed and opened again: a fresh undo history.
    void forgetHistory()
    {
        history = {now()};
        index = 0;
    }
    /// Every span moved by `shift` code points, as when text is put before them; the history starts anew.
    void shiftAll(qsizetype shift)
    {
        State moved = now();
        for (QString &key : moved.entities) {
            QStringList parts = key.split(u' ');
            for (qsizetype i = 1; i < parts.size(); ++i)
                parts[i] = QString::number(parts[i].toLongLong() + shift);
            key = parts.join(u' ');
        }
        moved.lastRetyped.clear();
        history = {moved};
        index = 0;
    }
    static QString typeOf(const QString &entityKey) { return entityKey.section(u' ', 0, 0); }
    /// The state without entity `id` and the relations from or to it.
    static State without(State state, const QString &id)
    {
        state.entities.remove(id);
        for (auto it = state.relations.begin(); it != state.relations.end();)
            it = it.value().split(u' ').mid(1).contains(id) ? state.relations.erase(it) : std::next(it);
        return state;
    }
};

} // namespace Hashiya::Test
