// SPDX-License-Identifier: GPL-3.0-or-later
#include "typepalette.h"

#include "model/schema.h"
#include "ui/widgets/typeswatch.h"

#include <QToolButton>

namespace Hashiya {
TypePalette::TypePalette(QWidget *parent)
    : QToolBar(tr("Entity types"), parent)
{
    setObjectName(QStringLiteral("typePalette"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
}

void TypePalette::setSchema(const Schema *schema)
{
    clear();
    if (!schema)
        return;
    for (const EntityType &type : schema->entityTypes) {
        // The key is handled by the reader (it tags the selection); here it is only shown.
        const QString text =
            type.key.isEmpty() ? type.label : QStringLiteral("%1 (%2)").arg(type.label, type.key.toUpper());
        QAction *action =
            addAction(typeSwatch(type.color), text, this, [this, name = type.name] { Q_EMIT typeChosen(name); });
        action->setToolTip(tr("Tag the selection as %1, or change the selected entity to it (key %2)")
                               .arg(type.label, type.key.toUpper()));
        action->setObjectName(QStringLiteral("tag-") + type.name);
    }
}

} // namespace Hashiya
