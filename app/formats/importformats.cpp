// SPDX-License-Identifier: GPL-3.0-or-later
#include "importformats.h"

#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

#include "formats/bratimporter.h"
#include "formats/doccanoimporter.h"
#include "formats/labelstudioimporter.h"

namespace Hashiya {

QList<ImportFormat> ImportFormats::all()
{
    return {
        {QStringLiteral("brat"), tr("brat standoff"), {QStringLiteral(".ann")}, &BratImporter::read},
        {QStringLiteral("doccano"), tr("doccano JSONL"), {QStringLiteral(".jsonl")}, &DoccanoImporter::read},
        {QStringLiteral("labelstudio"), tr("Label Studio JSON"), {QStringLiteral(".json")}, &LabelStudioImporter::read},
    };
}

std::optional<ImportFormat> ImportFormats::find(QStringView id)
{
    for (const ImportFormat &format : all()) {
        if (format.id == id)
            return format;
    }
    return std::nullopt;
}

QStringList ImportFormats::inputFiles(const ImportFormat &format, const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files.append(info.absoluteFilePath());
            continue;
        }
        QStringList found;
        QDirIterator it(info.absoluteFilePath(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (std::any_of(format.suffixes.begin(), format.suffixes.end(),
                            [&file](const QString &suffix) { return file.endsWith(suffix); }))
                found.append(file);
        }
        std::sort(found.begin(), found.end());
        files.append(found);
    }
    return files;
}

} // namespace Hashiya
