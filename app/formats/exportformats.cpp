// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportformats.h"

#include "formats/bratexporter.h"
#include "formats/conllexporter.h"
#include "formats/csvexporter.h"
#include "formats/doccanoexporter.h"
#include "formats/graphmlexporter.h"
#include "formats/labelstudioexporter.h"
#include "formats/spacyjsonlexporter.h"
#include "formats/w3cexporter.h"

namespace Hashiya {

QList<ExportFormat> ExportFormats::all()
{
    return {
        {QStringLiteral("brat"), tr("brat standoff"), tr("code points"), &BratExporter::create},
        {QStringLiteral("jsonl"), tr("spaCy JSONL"), tr("code points"), &SpacyJsonlExporter::create},
        {QStringLiteral("doccano"), tr("doccano JSONL (relation extraction)"), tr("UTF-16 code units"),
         &DoccanoExporter::create},
        {QStringLiteral("labelstudio"), tr("Label Studio JSON"), tr("code points"), &LabelStudioExporter::create},
        {QStringLiteral("conll"), tr("CoNLL-2003 / IOB2"), tr("tokens"), &ConllExporter::create},
        {QStringLiteral("w3c"), tr("W3C Web Annotation (JSON-LD)"), tr("code points"), &W3cExporter::create},
        {QStringLiteral("csv"), tr("CSV (entities and relations)"), tr("code points"), &CsvExporter::create},
        {QStringLiteral("graphml"), tr("GraphML entity graph"), tr("none (a graph)"), &GraphmlExporter::create},
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
