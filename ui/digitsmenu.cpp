// SPDX-License-Identifier: GPL-3.0-or-later
#include "digitsmenu.h"

#include "ui/widgets/interfacelocale.h"

#include <QActionGroup>

#include <optional>

namespace Hashiya {

DigitsMenu::DigitsMenu(QWidget *parent)
    : QMenu(tr("&Digits"), parent)
{
    setObjectName(QStringLiteral("digitsMenu"));
    using Digits = InterfaceLocale::Digits;
    auto *group = new QActionGroup(this);
    group->setObjectName(QStringLiteral("digitsGroup"));
    const std::optional<Digits> saved = InterfaceLocale::savedDigits();
    const auto add = [&](const QString &text, const QString &name, std::optional<Digits> digits) {
        QAction *action = addAction(text);
        action->setObjectName(name);
        action->setCheckable(true);
        action->setChecked(saved == digits);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, digits] {
            InterfaceLocale::saveDigits(digits);
            Q_EMIT digitsChanged();
        });
    };
    add(tr("As the interface language"), QStringLiteral("digits-language"), std::nullopt);
    add(tr("Western (0–9)"), QStringLiteral("digits-western"), Digits::Western);
    add(tr("Arabic-Indic (٠–٩)"), QStringLiteral("digits-arabic-indic"), Digits::ArabicIndic);
}

} // namespace Hashiya
