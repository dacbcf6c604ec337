// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>

namespace Hashiya {

/// One item for a κ: A's label and B's label, which the caller tallies.
using LabelPair = std::pair<QString, QString>;

/// The label of a side that has nothing there: no relation, or no such attribute.
inline QString noneLabel()
{
    return QStringLiteral("<none>");
}

} // namespace Hashiya
