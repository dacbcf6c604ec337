// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

#include "formats/importbatch.h"

namespace Hashiya {

/// Reads the files an import is given: a file that cannot be opened or read, or that is larger than the
/// importer takes, becomes a problem of the batch and counts as skipped.
class ImportFile final
{
    Q_DECLARE_TR_FUNCTIONS(ImportFile)

public:
    /// The whole file, or nothing if it was reported to `batch`.
    static std::optional<QByteArray> read(const QString &path, qint64 maxSize, ImportBatch *batch);
};

} // namespace Hashiya
