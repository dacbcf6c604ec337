// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonsource.h"

#include "io/inputfile.h"

#include <QCoreApplication>

#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>
#include <simdjson.h>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace Hashiya {
namespace {

constexpr qsizetype padding = simdjson::SIMDJSON_PADDING;
constexpr qsizetype hugePage = 2 << 20;

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
    InputFile file(path);
    return read(file, maxSize, errorMessage);
}

std::optional<JsonSource> JsonSource::read(InputFile &file, qint64 maxSize, QString *errorMessage)
{
    // Read, never mapped: a mapping dies with SIGBUS, taking every unsaved document with it, when another
    // program truncates the file while it is read, as editors and sync clients do when they save in place.
    if (!file.isOpen()) {
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
    // One allocation, with the parsers' slack.
    qsizetype capacity = size + padding;
    std::shared_ptr<char> storage;
#ifdef Q_OS_LINUX
    // Most of the cost of reading a file from the page cache is faulting in fresh pages to copy it to:
    // huge pages make that a few faults instead of thousands.
    if (size >= hugePage) {
        capacity = (capacity + hugePage - 1) / hugePage * hugePage;
        storage.reset(static_cast<char *>(std::aligned_alloc(hugePage, size_t(capacity))), std::free);
        if (storage)
            ::madvise(storage.get(), size_t(capacity), MADV_HUGEPAGE);
    }
#endif
    if (!storage) {
        capacity = size + padding;
        storage.reset(new char[size_t(capacity)], std::default_delete<char[]>());
    }
    // One byte more asked for than the file should hold, so that a file growing while it is read shows
    // as surely as one shrinking.
    const qint64 got = file.read(storage.get(), size + 1);
    if (got < 0) {
        *errorMessage = QCoreApplication::translate("JsonSource", "cannot read: %1").arg(file.errorString());
        return std::nullopt;
    }
    // Rewritten in place to the same length while being read: the bytes may mix both versions.
    if (got != size || file.changedSinceOpened()) {
        *errorMessage = QCoreApplication::translate("JsonSource",
                                                    "changed while being read; open it again once the program "
                                                    "writing it has finished");
        return std::nullopt;
    }
    std::memset(storage.get() + size, 0, padding);
    JsonSource source;
    source.m_data = storage.get();
    source.m_size = size;
    source.m_readable = capacity;
    source.m_storage = std::move(storage);
    return source;
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
    if (result)
        return std::nullopt;
    const qsizetype offset = qsizetype(result.Offset());
    QString message = QString::fromUtf8(rapidjson::GetParseError_En(result.Code()));
    // A comma after the last item reads to the parser as a value or a name missing before the bracket;
    // a person needs to be told which comma to remove.
    const bool valueOrNameMissing =
        result.Code() == rapidjson::kParseErrorValueInvalid || result.Code() == rapidjson::kParseErrorObjectMissName;
    const char at = size_t(offset) < document.size() ? document[size_t(offset)] : '\0';
    const size_t before =
        offset > 0 ? document.find_last_not_of(" \t\r\n", size_t(offset - 1)) : std::string_view::npos;
    if (valueOrNameMissing && (at == ']' || at == '}') && before != std::string_view::npos && document[before] == ',')
        message = QCoreApplication::translate("JsonSource",
                                              "a comma after the last item: remove the comma before this bracket");
    return SyntaxError {offset + (size() - qsizetype(document.size())), message};
}

bool JsonSource::isValidJson(std::string_view fragment)
{
    return bool(parseWithRapidJson(fragment));
}

} // namespace Hashiya
