// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Hashiya {

/// Names for documents read from files that hold many of them (JSONL, Label Studio task lists).
class ImportNaming final
{
public:
    /// "<input base name>/<NNNN>.txt": the input file's path relative to `root` without its suffix, then
    /// `number` (1-based) zero-padded to four digits. E.g. root "in", file "in/tr/news.jsonl" → "tr/news/0007.txt".
    static QString numbered(const QString &file, const QString &root, qsizetype number);
    /// A name a record carries (doccano "name"/"filename", Label Studio data.name) as a safe relative
    /// path with an extension, or nothing if it is empty, absolute or climbs out with "..".
    static std::optional<QString> fromMetadata(const QString &name);
};

} // namespace Hashiya
