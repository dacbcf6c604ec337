// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <string_view>
#include <vector>

namespace Hashiya {

/// The bytes of one JSON file, with the spare capacity simdjson reads past the end, and the tools to
/// turn a byte position into the line and column a person can find in an editor.
class JsonSource final
{
public:
    /// Takes `bytes` as read by readPadded() (or any QByteArray; it is re-padded if needed).
    explicit JsonSource(QByteArray bytes);

    /// Reads a file into a buffer padded for simdjson. Fails with a message for a missing, unreadable or
    /// too large file.
    static std::optional<QByteArray> readPadded(const QString &path, qint64 maxSize, QString *errorMessage);

    const char *data() const { return m_bytes.constData(); }
    qsizetype size() const { return m_bytes.size(); }
    qsizetype capacity() const { return m_bytes.capacity(); }
    /// The document without a leading UTF-8 byte order mark, which JSON parsers may reject.
    std::string_view json() const;
    qsizetype offsetOf(const char *position) const { return position - data(); }

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
    QByteArray m_bytes;
    mutable std::vector<qsizetype> m_lineStarts; // built on first use
};

} // namespace Hashiya
