// SPDX-License-Identifier: GPL-3.0-or-later
#include "typepalette.h"

#include "model/schema.h"
#include "ui/reader/flowlayout.h"
#include "ui/widgets/interfacelocale.h"
#include "ui/widgets/typeswatch.h"

#include <QAction>
#include <QSettings>
#include <QToolButton>

namespace Hashiya {
namespace {

const QString visibleKey = QStringLiteral("reader/typePalette");

} // namespace

TypePalette::TypePalette(QWidget *parent)
    : QWidget(parent)
    , m_layout(new FlowLayout(this))
    , m_toggleAction(new QAction(tr("Entity types"), this))
{
    setObjectName(QStringLiteral("typePalette"));
    m_layout->setContentsMargins(4, 2, 4, 2);
    m_layout->setSpacing(2);
    m_toggleAction->setCheckable(true);
    m_toggleAction->setChecked(QSettings().value(visibleKey, true).toBool());
    setVisible(m_toggleAction->isChecked());
    connect(m_toggleAction, &QAction::toggled, this, [this](bool visible) {
        setVisible(visible);
        QSettings().setValue(visibleKey, visible);
    });
}

QList<QToolButton *> TypePalette::buttons() const
{
    return findChildren<QToolButton *>(Qt::FindDirectChildrenOnly);
}

void TypePalette::setSchema(const Schema *schema)
{
    for (QToolButton *button : buttons())
        delete button;
    if (!schema)
        return;
    const QString language = InterfaceLocale::language();
    for (const EntityType &type : schema->entityTypes) {
        const QString label = type.label(language);
        // The key is handled by the reader (it tags the selection); here it is only shown.
        const QString text =
            type.key.isEmpty() ? label : QStringLiteral("%1 (%2)").arg(label, type.key.toUpper());
        auto *button = new QToolButton(this);
        auto *action = new QAction(typeSwatch(type.color), text, button);
        connect(action, &QAction::triggered, this, [this, name = type.name] { Q_EMIT typeChosen(name); });
        action->setToolTip(tr("Tag the selection as %1, or change the selected entity to it (key %2)")
                               .arg(label, type.key.toUpper()));
        action->setObjectName(QStringLiteral("tag-") + type.name);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        // A button that takes the focus would take it from the reader, whose selection it tags.
        button->setFocusPolicy(Qt::NoFocus);
        m_layout->addWidget(button);
    }
}

} // namespace Hashiya
