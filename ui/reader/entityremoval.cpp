// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityremoval.h"

#include "ui/widgets/interfacelocale.h"

#include <QCheckBox>
#include <QKeySequence>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

#include <algorithm>

namespace Hashiya {
namespace {

const QString asksKey = QStringLiteral("questions/removeEntityWithAnnotatedRelations");
constexpr qsizetype longestQuotedText = 60;

/// The entity's text as quoted in a message: on one line, and short.
QString quoted(const QString &text)
{
    QString shown = text.simplified();
    if (shown.size() > longestQuotedText)
        shown = shown.left(longestQuotedText - 1) + QChar(0x2026);
    return shown;
}

QString undoKey()
{
    return QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
}

} // namespace

bool EntityRemoval::losesWork(const QList<Relation> &relations)
{
    return std::any_of(relations.begin(), relations.end(), [](const Relation &relation) {
        return !relation.note.trimmed().isEmpty() || !relation.attributes.isEmpty();
    });
}

bool EntityRemoval::asks()
{
    return QSettings().value(asksKey, true).toBool();
}

void EntityRemoval::setAsks(bool ask)
{
    QSettings settings;
    if (ask)
        settings.remove(asksKey);
    else
        settings.setValue(asksKey, false);
}

bool EntityRemoval::confirm(QWidget *parent, const QString &entityText, const QList<Relation> &relations)
{
    if (!losesWork(relations) || !asks())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Delete the entity and its relations?"),
                    tr("Delete “%1”?").arg(quoted(entityText)), QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("removeEntityQuestion"));
    box.setInformativeText(
        InterfaceLocale::withDigits(tr("Its %n relation(s) go with it, with the notes and attributes written on them. "
                                       "%1 brings them back.",
                                       nullptr, int(relations.size())))
            .arg(undoKey()));
    QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(remove);
    box.setCheckBox(new QCheckBox(tr("Don't ask again"), &box));
    box.exec();
    if (box.clickedButton() != remove)
        return false;
    if (box.checkBox()->isChecked())
        setAsks(false);
    return true;
}

QString EntityRemoval::doneMessage(const QString &entityText, qsizetype relationCount)
{
    if (relationCount == 0)
        return tr("Deleted “%1” — %2 brings it back").arg(quoted(entityText), undoKey());
    return InterfaceLocale::withDigits(
               tr("Deleted “%1” and %n relation(s) — %2 brings them back", nullptr, int(relationCount)))
        .arg(quoted(entityText), undoKey());
}

} // namespace Hashiya
