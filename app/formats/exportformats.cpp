// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportformats.h"

#include "formats/conllexporter.h"

namespace Hashiya {

QList<ExportFormat> ExportFormats::all()
{
    return {
        {QStringLiteral("conll"), tr("CoNLL-2003 / IOB2"), tr("tokens"), &ConllExporter::create},
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
