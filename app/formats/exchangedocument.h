// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotationset.h"
#include "model/entity.h"
#include "model/relation.h"

#include <QString>

#include <vector>

namespace Hashiya {

/// One article with its annotations, as exporters read it and importers produce it: plain values, no
/// undo history, so a whole corpus can pass through on a worker thread.
struct ExchangeDocument
{
    /// The article's path relative to the export root or import target, with '/' separators and its
    /// extension, e.g. "tr/haber-01.txt". Exporters derive their file names from it.
    QString name;
    QString text; ///< canonical text: LF line ends, no BOM; every offset indexes it in code points
    EntityList entities; ///< in entityLess order
    std::vector<Relation> relations; ///< in relationLess order
    QString status = QStringLiteral("new"); ///< "new", "in-progress" or "done"

    /// `name` without its extension: "tr/haber-01".
    QString baseName() const;
};

} // namespace Hashiya
