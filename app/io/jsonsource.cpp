// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonsource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>
#include <simdjson.h>

#ifdef Q_OS_UNIX
#include <sys/mman.h>
#include <unistd.h>
#endif

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
{
    bytes.reserve(bytes.size() + padding); // parsers may read up to `padding` bytes past the end
    auto owned = std::make_shared<QByteArray>(std::move(bytes));
    m_data = owned->constData();
    m_size = owned->size();
    m_readable = owned->capacity();
    m_storage = std::move(owned);
}

std::optional<JsonSource> JsonSource::open(const QString &path, qint64 maxSize, QString *errorMessage)
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
    if (size == 0)
        return JsonSource(QByteArray());
#ifdef Q_OS_UNIX
    // MAP_POPULATE maps every page at once: far cheaper than copying a large file or faulting page by page.
    // A small file is read instead: mapping and unmapping it costs more than the copy, and unmapping
    // interrupts every other thread of the process (an export loads sidecars on several).
    constexpr qint64 smallestMapped = 1 << 20;
    void *mapped = size < smallestMapped
        ? MAP_FAILED
        : ::mmap(nullptr, size_t(size), PROT_READ, MAP_PRIVATE | MAP_POPULATE, file.handle(), 0);
    if (mapped != MAP_FAILED) {
        JsonSource source;
        source.m_storage = std::shared_ptr<const void>(
            mapped, [size](const void *p) { ::munmap(const_cast<void *>(p), size_t(size)); });
        source.m_data = static_cast<const char *>(mapped);
        source.m_size = size;
        // The rest of the last page reads as zeros.
        const qint64 page = ::sysconf(_SC_PAGESIZE);
        source.m_readable = (size + page - 1) / page * page;
        return source;
    }
#endif
    QByteArray bytes;
    bytes.reserve(size + padding);
    bytes.resize(size);
    if (file.read(bytes.data(), size) != size) {
        *errorMessage = QCoreApplication::translate("JsonSource", "cannot read: %1").arg(file.errorString());
        return std::nullopt;
    }
    return JsonSource(std::move(bytes));
}

std::string_view JsonSource::json() const
{
    const std::string_view all(data(), size_t(size()));
    return hasUtf8Bom(all) ? all.substr(3) : all;
}

const std::vector<qsizetype> &JsonSource::lineStarts() const
{
    if (m_lineStarts.empty()) {
        m_lineStarts.reserve(size_t(m_size / 64));
        m_lineStarts.push_back(0);
        const char *begin = data();
        const char *end = begin + size();
        for (const char *p = begin; (p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p))));)
            m_lineStarts.push_back(++p - begin);
    }
    return m_lineStarts;
}

JsonSource::Location JsonSource::locate(qsizetype offset) const
{
    lineStarts();
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
