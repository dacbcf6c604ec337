// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

#include "formats/exporter.h"

namespace Hashiya {

struct Schema;

/// One format Hashiya exports to: how the command line and the export dialog name it, and how to make
/// its exporter.
struct ExportFormat
{
    QString id; ///< the command line's --format value, e.g. "brat"
    QString name; ///< shown to the analyst, e.g. "brat standoff"
    QString offsetUnit; ///< what its offsets count, e.g. "code points", "UTF-16 code units", "tokens"
    std::unique_ptr<Exporter> (*create)(const Schema &schema) = nullptr;
};

class ExportFormats final
{
    Q_DECLARE_TR_FUNCTIONS(ExportFormats)

public:
    /// Every format, in the order the command line's help and the dialog list them.
    static QList<ExportFormat> all();
    static std::optional<ExportFormat> find(QStringView id);
};

} // namespace Hashiya
