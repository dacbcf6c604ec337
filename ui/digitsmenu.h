// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace Hashiya {

/// Settings → Digits: the numeral system every number in the window is written with, Western (0-9) or
/// Arabic-Indic (٠-٩), or the one of the interface language. Remembered in the settings.
class DigitsMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DigitsMenu)

public:
    explicit DigitsMenu(QWidget *parent = nullptr);

Q_SIGNALS:
    void digitsChanged();
};

} // namespace Hashiya
