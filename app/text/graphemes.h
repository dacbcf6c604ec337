// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace Hashiya {

/// True if UTF-16 offset `position` of `text` lies between two grapheme clusters (user-perceived
/// characters), so a span may start or end there. The text's ends are boundaries.
bool isGraphemeBoundary(QStringView text, qsizetype position);

} // namespace Hashiya
