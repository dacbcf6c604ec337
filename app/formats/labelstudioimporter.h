// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "formats/importbatch.h"

namespace Hashiya {

/// Reads Label Studio task JSON (formats.md §5): an array of tasks, or one task object. The text is
/// data.text, else the first string in data (by key, as Qt orders them). Each task uses its first
/// annotation that was not cancelled, else its first prediction. "labels" regions become entities (offsets
/// in code points; value.text is checked, and if only a UTF-16 reading matches it, as older Label Studio
/// versions wrote, that one is used with a warning), "relation" results relations ("left" swaps the ends,
/// one relation per label), perRegion "choices" attributes and perRegion "textarea" results notes (control
/// "note") or attributes. Regions "<id>_2", "<id>_3"… with the label of region "<id>" are joined into one
/// discontinuous entity, as LabelStudioExporter writes them. Problems give the task's line in the file and
/// its id; what cannot be read is skipped region by region.
class LabelStudioImporter final
{
    Q_DECLARE_TR_FUNCTIONS(LabelStudioImporter)

public:
    static void read(const QString &file, const QString &root, ImportBatch *batch);
    static void readBytes(const QByteArray &bytes, const QString &file, const QString &root, ImportBatch *batch);

    static constexpr qint64 maxFileSize = qint64(1) << 30;
};

} // namespace Hashiya
