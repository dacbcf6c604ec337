// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonsource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>
#include <simdjson.h>

#include <algorithm>
#include <cstring>

namespace Hashiya {
namespace {

constexpr qsizetype padding = simdjson::SIMDJSON_PADDING;

bool hasUtf8Bom(std::string_view bytes)
{
    return bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF";
}

// Validates with RapidJSON: iterative (so deep nesting cannot overflow the stack), strict UTF-8.
rapidjson::ParseResult parseWithRapidJson(std::string_view json)
{
    rapidjson::MemoryStream stream(json.data(), json.size());
    rapidjson::BaseReaderHandler<rapidjson::UTF8<>> ignore;
    rapidjson::Reader reader;
    return reader.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(stream, ignore);
}

} // namespace

JsonSource::JsonSource(QByteArray bytes)
    : m_bytes(std::move(bytes))
{
    if (m_bytes.capacity() < m_bytes.size() + padding) {
        const qsizetype size = m_bytes.size();
        m_bytes.reserve(size + padding);
    }
}

std::optional<QByteArray> JsonSource::readPadded(const QString &path, qint64 maxSize, QString *errorMessage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage = QCoreApplication::translate("JsonSource", "cannot open: %1").arg(file.errorString());
        return std::nullopt;
    }
    const qint64 size = file.size();
    if (size > maxSize) {
        *errorMessage = QCoreApplication::translate("JsonSource", "is %1 MB; the limit is %2 MB")
                            .arg(size / 1e6, 0, 'f', 1)
                            .arg(maxSize / 1e6, 0, 'f', 0);
        return std::nullopt;
    }
    QByteArray bytes;
    bytes.reserve(size + padding);
    bytes.resize(size);
    const qint64 read = file.read(bytes.data(), size);
    if (read != size) {
        *errorMessage = QCoreApplication::translate("JsonSource", "cannot read: %1").arg(file.errorString());
        return std::nullopt;
    }
    return bytes;
}

std::string_view JsonSource::json() const
{
    const std::string_view all(data(), size_t(size()));
    return hasUtf8Bom(all) ? all.substr(3) : all;
}

JsonSource::Location JsonSource::locate(qsizetype offset) const
{
    if (m_lineStarts.empty()) {
        m_lineStarts.push_back(0);
        const char *begin = data();
        const char *end = begin + size();
        for (const char *p = begin; (p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p))));)
            m_lineStarts.push_back(++p - begin);
    }
    offset = std::clamp<qsizetype>(offset, 0, size());
    const auto next = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    const qsizetype lineStart = *(next - 1);
    Location location;
    location.line = next - m_lineStarts.begin();
    // Count code points: every byte that does not continue a UTF-8 sequence.
    for (qsizetype i = lineStart; i < offset; ++i) {
        if ((static_cast<unsigned char>(data()[i]) & 0xC0) != 0x80)
            ++location.column;
    }
    return location;
}

std::optional<JsonSource::SyntaxError> JsonSource::findSyntaxError() const
{
    const std::string_view document = json();
    const rapidjson::ParseResult result = parseWithRapidJson(document);
    if (!result)
        return SyntaxError {qsizetype(result.Offset()) + (size() - qsizetype(document.size())),
                            QString::fromUtf8(rapidjson::GetParseError_En(result.Code()))};
    return std::nullopt;
}

bool JsonSource::isValidJson(std::string_view fragment)
{
    return bool(parseWithRapidJson(fragment));
}

} // namespace Hashiya
