// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/jsonsource.h"
#include "model/problem.h"

#include <QCoreApplication>

#include <simdjson.h>

#include <optional>
#include <string_view>

namespace Hashiya {

/// What the readers of Hashiya's JSON files share: simdjson's on-demand parser over a JsonSource, typed
/// access to values that reports a wrong type as a problem on the value's line (and carries on), and
/// exact placement of syntax errors. A syntax error throws simdjson::simdjson_error; catch it and call
/// reportSyntaxError().
class JsonFields final
{
    Q_DECLARE_TR_FUNCTIONS(JsonFields)

public:
    JsonFields(const JsonSource &source, const QString &path, Problems *problems, qsizetype maxReportedProblems);

    /// Starts parsing the whole document.
    simdjson::ondemand::document iterate();
    /// Starts parsing `piece`, a complete JSON value inside the source (e.g. one line of it); offsets and
    /// lines of problems still refer to the whole source.
    simdjson::ondemand::document iterate(std::string_view piece);
    /// True if anything but whitespace follows the top-level value (which must have been read).
    static bool hasTrailingContent(simdjson::ondemand::document &document);

    std::optional<std::string_view> string(simdjson::ondemand::value &value, const char *field);
    std::optional<QString> qstring(simdjson::ondemand::value &value, const char *field);
    std::optional<qint64> integer(simdjson::ondemand::value &value, const char *field);
    std::optional<bool> boolean(simdjson::ondemand::value &value, const char *field);
    /// A list of strings, e.g. the types a relation may start from.
    std::optional<QStringList> stringList(simdjson::ondemand::value &value, const char *field);
    /// The value's JSON text, checked to be valid, for keeping fields this version does not know.
    QByteArray rawJson(simdjson::ondemand::value &value);
    /// Byte offset of the value; also remembered as the place to blame for errors simdjson cannot place.
    qsizetype offsetOf(simdjson::ondemand::value &value);

    void error(qsizetype offset, const QString &message) { report(Problem::Severity::Error, offset, message); }
    void warning(qsizetype offset, const QString &message) { report(Problem::Severity::Warning, offset, message); }
    void report(Problem::Severity severity, qsizetype offset, const QString &message);
    void reportSyntaxError(const simdjson::simdjson_error &error);
    /// Adds "N more problems" if the report was cut short.
    void finish();
    /// How many problems were counted but not reported because of the cap.
    qsizetype unreportedCount() const { return m_unreported; }

    const JsonSource &source() const { return m_source; }
    qsizetype lineOf(qsizetype offset) const { return m_source.locate(offset).line; }

private:
    const JsonSource &m_source;
    QString m_path;
    Problems *m_problems;
    qsizetype m_firstProblem; // problems before this index belong to other files
    qsizetype m_maxReported;
    qsizetype m_unreported = 0;
    qsizetype m_lastOffset = 0;
    simdjson::ondemand::parser m_parser;
    // What is being parsed: the source itself, or a padded copy of part of it (m_scratch) that starts
    // at m_baseOffset of the source.
    const char *m_base = nullptr;
    qsizetype m_baseOffset = 0;
    std::string m_scratch;
};

/// `text` in quotes for a message, shortened and with line breaks shown.
QString quotedForMessage(QStringView text);
QString quotedForMessage(std::string_view utf8);

/// The JSON string's text, all of it: QString::fromUtf8 drops a leading U+FEFF as if it were a byte
/// order mark, which would turn a key "\uFEFFversion" into "version" (and a value into another value).
inline QString toQString(std::string_view utf8)
{
    if (utf8.starts_with("\xEF\xBB\xBF"))
        return QChar(0xFEFF) + QString::fromUtf8(utf8.data() + 3, qsizetype(utf8.size()) - 3);
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

} // namespace Hashiya
