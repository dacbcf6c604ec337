// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonvalues.h"

#include <algorithm>
#include <cmath>

namespace Hashiya {

std::optional<qint64> JsonValues::exactInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    constexpr double limit = 9007199254740992.0; // 2^53
    if (!std::isfinite(number) || std::trunc(number) != number || std::fabs(number) > limit)
        return std::nullopt;
    return qint64(number);
}

std::vector<qsizetype> JsonValues::arrayElementOffsets(QByteArrayView json)
{
    std::vector<qsizetype> offsets;
    qsizetype i = 0;
    const qsizetype size = json.size();
    auto isSpace = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    };
    if (size >= 3 && json.startsWith("\xEF\xBB\xBF"))
        i = 3;
    while (i < size && isSpace(json[i]))
        ++i;
    if (i >= size || json[i] != '[')
        return offsets;
    ++i;
    int depth = 0;
    bool expectElement = true;
    for (; i < size; ++i) {
        const char c = json[i];
        if (isSpace(c))
            continue;
        if (depth == 0 && expectElement && c != ']') {
            offsets.push_back(i);
            expectElement = false;
        }
        if (c == '"') {
            for (++i; i < size && json[i] != '"'; ++i) {
                if (json[i] == '\\')
                    ++i;
            }
        } else if (c == '[' || c == '{') {
            ++depth;
        } else if (c == ']' || c == '}') {
            if (depth == 0)
                break;
            --depth;
        } else if (c == ',' && depth == 0) {
            expectElement = true;
        }
    }
    return offsets;
}

qsizetype JsonValues::lineAt(QByteArrayView json, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, json.size());
    return 1 + std::count(json.begin(), json.begin() + offset, '\n');
}

std::vector<qsizetype> JsonValues::linesAt(QByteArrayView json, const std::vector<qsizetype> &offsets)
{
    std::vector<qsizetype> lines;
    lines.reserve(offsets.size());
    qsizetype line = 1;
    qsizetype at = 0;
    for (qsizetype offset : offsets) {
        offset = std::clamp<qsizetype>(offset, at, json.size());
        line += std::count(json.begin() + at, json.begin() + offset, '\n');
        at = offset;
        lines.push_back(line);
    }
    return lines;
}

} // namespace Hashiya
