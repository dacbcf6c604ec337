// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>

namespace Hashiya {

/// The small rounded square that stands for an entity type in menus, the palette and the entity list.
QIcon typeSwatch(const QColor &color);

} // namespace Hashiya
