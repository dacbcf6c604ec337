// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QJsonValue>

#include <optional>
#include <vector>

namespace Hashiya {

/// What the JSON importers share on top of QJsonDocument.
class JsonValues final
{
public:
    /// The value as an integer if it is a JSON number without a fraction within ±2^53, else nothing
    /// (QJsonValue keeps numbers as doubles: 1e300 or 2.5 must not become an offset).
    static std::optional<qint64> exactInteger(const QJsonValue &value);
    /// Byte offsets where the elements of the top-level array in `json` start (empty if the root is not an
    /// array). Only brackets and strings are followed, so it is cheap; it expects valid JSON.
    static std::vector<qsizetype> arrayElementOffsets(QByteArrayView json);
    /// 1-based line of byte `offset`.
    static qsizetype lineAt(QByteArrayView json, qsizetype offset);
    /// 1-based lines of ascending byte `offsets`, in one pass.
    static std::vector<qsizetype> linesAt(QByteArrayView json, const std::vector<qsizetype> &offsets);
};

} // namespace Hashiya
