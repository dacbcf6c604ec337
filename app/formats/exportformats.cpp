// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportformats.h"

namespace Hashiya {

QList<ExportFormat> ExportFormats::all()
{
    return {};
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
