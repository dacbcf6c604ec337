// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

namespace Hashiya {

/// Splits a command's arguments into options (`--name value`, `--name=value`, or a bare `--flag`) and
/// paths. Knows which options take a value, so `--out DIR` never swallows a path by accident.
struct ParsedOptions
{
    QHash<QString, QString> values; ///< option name (without dashes) → value
    QSet<QString> flags;
    QStringList paths;
    QString error; ///< the first unknown option or missing value, or empty
};

ParsedOptions parseOptions(const QStringList &arguments, const QSet<QString> &valueOptions,
                           const QSet<QString> &flagOptions);

} // namespace Hashiya
