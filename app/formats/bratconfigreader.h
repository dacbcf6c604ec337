// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/problem.h"
#include "model/schema.h"

#include <QCoreApplication>

#include <optional>

namespace Hashiya {

/// Reads brat's annotation.conf (with visual.conf for labels and colours) as a Hashiya schema: entity types
/// (hierarchy flattened, `!abstract` ones left out), relations, event triggers as entity types with one
/// relation type per argument role, attributes (binary ones with the single value "true"); macros expanded.
class BratConfigReader final
{
    Q_DECLARE_TR_FUNCTIONS(BratConfigReader)

public:
    static Schema read(const QByteArray &annotationConf, const QByteArray &visualConf, const QString &path,
                       Problems *problems);
    /// annotation.conf in `folder` or the nearest folder above it, not above `root`; nothing if none.
    static std::optional<Schema> find(const QString &folder, const QString &root, Problems *problems);
};

} // namespace Hashiya
