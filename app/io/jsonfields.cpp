// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonfields.h"

namespace Hashiya {

namespace od = simdjson::ondemand;

JsonFields::JsonFields(const JsonSource &source, const QString &path, Problems *problems, qsizetype maxReportedProblems)
    : m_source(source)
    , m_path(path)
    , m_problems(problems)
    , m_firstProblem(problems->size())
    , m_maxReported(maxReportedProblems)
{
}

od::document JsonFields::iterate()
{
    return iterate(m_source.json());
}

od::document JsonFields::iterate(std::string_view piece)
{
    const qsizetype readable = m_source.readableFrom(piece.data());
    if (readable >= qsizetype(piece.size() + simdjson::SIMDJSON_PADDING)) {
        m_base = m_source.data();
        m_baseOffset = 0;
        return m_parser.iterate(simdjson::padded_string_view(piece.data(), piece.size(), size_t(readable)));
    }
    // Too little slack after the piece for the parser's read-ahead: parse a padded copy.
    m_scratch.assign(piece.data(), piece.size());
    m_scratch.append(simdjson::SIMDJSON_PADDING, ' ');
    m_base = m_scratch.data();
    m_baseOffset = m_source.offsetOf(piece.data());
    return m_parser.iterate(simdjson::padded_string_view(m_scratch.data(), piece.size(), m_scratch.size()));
}

bool JsonFields::hasTrailingContent(od::document &document)
{
    const char *location = nullptr;
    return document.current_location().get(location) == simdjson::SUCCESS;
}

std::optional<std::string_view> JsonFields::string(od::value &value, const char *field)
{
    if (value.type() != od::json_type::string) {
        error(offsetOf(value), tr("“%1” must be a string").arg(QLatin1StringView(field)));
        return std::nullopt;
    }
    return std::string_view(value.get_string());
}

std::optional<QString> JsonFields::qstring(od::value &value, const char *field)
{
    if (const auto utf8 = string(value, field))
        return toQString(*utf8);
    return std::nullopt;
}

std::optional<qint64> JsonFields::integer(od::value &value, const char *field)
{
    const qsizetype at = offsetOf(value);
    if (value.type() == od::json_type::number && value.get_number_type() == od::number_type::signed_integer)
        return qint64(value.get_int64());
    error(at, tr("“%1” must be a whole number").arg(QLatin1StringView(field)));
    return std::nullopt;
}

std::optional<bool> JsonFields::boolean(od::value &value, const char *field)
{
    if (value.type() == od::json_type::boolean)
        return bool(value.get_bool());
    error(offsetOf(value), tr("“%1” must be true or false").arg(QLatin1StringView(field)));
    return std::nullopt;
}

std::optional<QStringList> JsonFields::stringList(od::value &value, const char *field)
{
    const qsizetype at = offsetOf(value);
    if (value.type() != od::json_type::array) {
        error(at, tr("“%1” must be a list of strings").arg(QLatin1StringView(field)));
        return std::nullopt;
    }
    QStringList list;
    bool ok = true;
    for (od::value item : value.get_array()) {
        if (const auto s = qstring(item, field))
            list.append(*s);
        else
            ok = false;
    }
    return ok ? std::optional(list) : std::nullopt;
}

QByteArray JsonFields::rawJson(od::value &value)
{
    const qsizetype at = offsetOf(value);
    std::string_view raw;
    switch (value.type()) {
    case od::json_type::object: {
        od::object object = value.get_object();
        raw = object.raw_json();
        break;
    }
    case od::json_type::array: {
        od::array array = value.get_array();
        raw = array.raw_json();
        break;
    }
    default:
        raw = value.raw_json_token();
        break;
    }
    while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\n' || raw.back() == '\r' || raw.back() == '\t'))
        raw.remove_suffix(1);
    // On-demand parsing skips what it does not interpret; check it fully before keeping it.
    if (!JsonSource::isValidJson(raw)) {
        m_lastOffset = at;
        throw simdjson::simdjson_error(simdjson::TAPE_ERROR);
    }
    return QByteArray(raw.data(), qsizetype(raw.size()));
}

qsizetype JsonFields::offsetOf(od::value &value)
{
    const char *location = nullptr;
    if (value.current_location().get(location) == simdjson::SUCCESS)
        m_lastOffset = (location - m_base) + m_baseOffset;
    return m_lastOffset;
}

void JsonFields::report(Problem::Severity severity, qsizetype offset, const QString &message)
{
    if (m_problems->size() - m_firstProblem >= m_maxReported) {
        ++m_unreported;
        return;
    }
    Problem problem {severity, m_path, 0, 0, message};
    if (offset >= 0)
        problem.line = lineOf(offset);
    m_problems->append(problem);
}

void JsonFields::reportSyntaxError(const simdjson::simdjson_error &error)
{
    if (const auto syntax = m_source.findSyntaxError()) {
        const JsonSource::Location location = m_source.locate(syntax->offset);
        m_problems->append({Problem::Severity::Error, m_path, location.line, location.column,
                            tr("invalid JSON: %1").arg(syntax->message)});
        return;
    }
    m_problems->append({Problem::Severity::Error, m_path, lineOf(m_lastOffset), 0,
                        tr("cannot read this JSON: %1").arg(QString::fromUtf8(error.what()))});
}

void JsonFields::finish()
{
    if (m_unreported > 0)
        m_problems->append(
            {Problem::Severity::Error, m_path, 0, 0, tr("%n more problem(s) not shown", nullptr, int(m_unreported))});
}

QString quotedForMessage(QStringView text)
{
    constexpr qsizetype maxShown = 40;
    QString shown = text.size() > maxShown ? text.left(maxShown).toString() + u'…' : text.toString();
    shown.replace(u'\n', QStringLiteral("\\n"));
    return u'“' + shown + u'”';
}

QString quotedForMessage(std::string_view utf8)
{
    return quotedForMessage(toQString(utf8));
}

} // namespace Hashiya
