// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPoint>

namespace Hashiya {

class ReaderView;
struct Schema;

/// Makes relations. The analyst drags from one entity's chip onto another, or, from the keyboard,
/// presses R on the selected entity, chooses the target with Tab or the arrows and presses Enter.
/// Then a menu offers the relation types the schema allows between the two (a letter jumps to the
/// type it starts); with Shift it offers every type, and one the schema forbids is made anyway and
/// listed as a problem. Each new relation is one undo step.
class RelationLinker final : public QObject
{
    Q_OBJECT

public:
    explicit RelationLinker(ReaderView *view, QObject *parent = nullptr);

    void setSchema(const Schema *schema) { m_schema = schema; }

    /// One entry of the type menu.
    struct Choice
    {
        QString type;
        QString text;
        bool reversed = false; ///< made from the target to the source, the way the schema allows
        bool allowed = true;
    };
    /// What the type menu offers for a link from `sourceId` to `targetId`.
    QList<Choice> choices(const QString &sourceId, const QString &targetId, bool anyType) const;

    /// Starts choosing a target for the selected entity.
    bool start();
    void cancel();
    bool isLinking() const { return !m_source.isEmpty(); }
    /// Shows the type menu at `globalPosition` and makes the chosen relation; returns its id, or an
    /// empty string if none was made.
    QString link(const QString &sourceId, const QString &targetId, bool anyType, const QPoint &globalPosition);

Q_SIGNALS:
    /// Feedback for the status bar.
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void moveTarget(bool forward);
    void finish(bool anyType);
    QString endText(const QString &entityId) const;

    ReaderView *m_view;
    const Schema *m_schema = nullptr;
    QString m_source; // while choosing a target from the keyboard
    QString m_target;
};

} // namespace Hashiya
