// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportformats.h"

#include "formats/bratexporter.h"

namespace Hashiya {

QList<ExportFormat> ExportFormats::all()
{
    return {
        {QStringLiteral("brat"), tr("brat standoff"), tr("code points"), &BratExporter::create},
    };
}

std::optional<ExportFormat> ExportFormats::find(QStringView id)
{
    for (const ExportFormat &format : all()) {
        if (format.id == id)
            return format;
    }
    return std::nullopt;
}

} // namespace Hashiya
