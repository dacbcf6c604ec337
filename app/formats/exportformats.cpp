// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportformats.h"

#include "formats/bratexporter.h"
#include "formats/doccanoexporter.h"
#include "formats/labelstudioexporter.h"
#include "formats/spacyjsonlexporter.h"

namespace Hashiya {

QList<ExportFormat> ExportFormats::all()
{
    return {
        {QStringLiteral("brat"), tr("brat standoff"), tr("code points"), &BratExporter::create},
        {QStringLiteral("jsonl"), tr("spaCy JSONL"), tr("code points"), &SpacyJsonlExporter::create},
        {QStringLiteral("doccano"), tr("doccano JSONL (relation extraction)"), tr("UTF-16 code units"),
         &DoccanoExporter::create},
        {QStringLiteral("labelstudio"), tr("Label Studio JSON"), tr("code points"), &LabelStudioExporter::create},
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
