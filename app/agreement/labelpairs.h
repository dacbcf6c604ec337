// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement/codingagreement.h"

#include <QString>

#include <utility>
#include <vector>

namespace Hashiya {

/// One item for a κ: A's label and B's label.
using LabelPair = std::pair<QString, QString>;

/// The label of a side that has nothing there: no relation, or no such attribute.
inline QString noneLabel()
{
    return QStringLiteral("<none>");
}

/// The labelled items as a Cohen tally, each label a category of its own ("<none>" included).
CohenTally tallyOf(const std::vector<LabelPair> &items);

} // namespace Hashiya
