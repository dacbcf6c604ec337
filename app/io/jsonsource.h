// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace Hashiya {

class InputFile;

/// The bytes of one JSON file, held in memory, and the tools to turn a byte position into the line and
/// column a person can find in an editor. Copies share the bytes.
class JsonSource final
{
public:
    /// In-memory JSON, e.g. in tests.
    explicit JsonSource(QByteArray bytes);

    /// Reads `path` into memory. Fails with a message for a missing, unreadable or too large file, and
    /// for one that another program changed while it was being read.
    static std::optional<JsonSource> open(const QString &path, qint64 maxSize, QString *errorMessage);
    /// The same, from a file already open (e.g. to learn its size first).
    static std::optional<JsonSource> read(InputFile &file, qint64 maxSize, QString *errorMessage);

    const char *data() const { return m_data; }
    qsizetype size() const { return m_size; }
    /// The document without a leading UTF-8 byte order mark, which JSON parsers may reject.
    std::string_view json() const;
    qsizetype offsetOf(const char *position) const { return position - m_data; }
    /// How many bytes may be read at and after `position` (which lies in this source): parsers that
    /// read ahead need some slack beyond what they parse.
    qsizetype readableFrom(const char *position) const { return m_readable - (position - m_data); }

    /// Offsets where lines start. Building it once before sharing the source between threads makes
    /// locate() safe to call from all of them.
    const std::vector<qsizetype> &lineStarts() const;

    struct Location
    {
        qsizetype line = 1; ///< 1-based
        qsizetype column = 1; ///< 1-based, in code points
    };
    Location locate(qsizetype offset) const;

    struct SyntaxError
    {
        qsizetype offset = 0;
        QString message;
    };
    /// The first JSON syntax error, with a readable message, or nothing if the document is valid JSON.
    std::optional<SyntaxError> findSyntaxError() const;
    /// True if `fragment` is exactly one valid JSON value (surrounding whitespace allowed).
    static bool isValidJson(std::string_view fragment);

private:
    JsonSource() = default;

    std::shared_ptr<const void> m_storage; // what holds the bytes
    const char *m_data = nullptr;
    qsizetype m_size = 0;
    qsizetype m_readable = 0;
    mutable std::vector<qsizetype> m_lineStarts; // built on first use
};

} // namespace Hashiya
