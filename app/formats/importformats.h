// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

#include "formats/importbatch.h"

namespace Hashiya {

/// One peer format Hashiya imports from.
struct ImportFormat
{
    QString id; ///< the command line's --from value, e.g. "brat"
    QString name; ///< shown to the analyst
    QStringList suffixes; ///< input files found in a folder, e.g. {".ann"}
    /// Reads one input file into `batch`. `root` is the folder or file the analyst named, so document
    /// names can keep the input's subfolders. Never throws; every problem goes into the batch.
    void (*read)(const QString &file, const QString &root, ImportBatch *batch) = nullptr;
};

class ImportFormats final
{
    Q_DECLARE_TR_FUNCTIONS(ImportFormats)

public:
    static QList<ImportFormat> all();
    static std::optional<ImportFormat> find(QStringView id);
    /// The input files under `paths` (files as given, folders searched recursively for the suffixes).
    static QStringList inputFiles(const ImportFormat &format, const QStringList &paths);
};

} // namespace Hashiya
