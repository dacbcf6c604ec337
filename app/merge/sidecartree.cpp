// SPDX-License-Identifier: GPL-3.0-or-later
#include "sidecartree.h"

#include "io/jsonsource.h"
#include "io/jsonwriter.h"

#include <QSet>

#include <simdjson.h>

#include <algorithm>
#include <cstring>
#include <unordered_set>


using namespace Qt::StringLiterals;
namespace od = simdjson::ondemand;

namespace Hashiya {
namespace {

/// The largest major version this Hashiya merges (2: a sidecar holding conflicts).
constexpr int newestMajor = 2;

/// A raw value without the white space simdjson leaves after it.
std::string_view trimmed(std::string_view view)
{
    while (!view.empty() && (view.back() == ' ' || view.back() == '\n' || view.back() == '\r' || view.back() == '\t'))
        view.remove_suffix(1);
    return view;
}

QByteArray bytesOf(std::string_view view)
{
    view = trimmed(view);
    return QByteArray(view.data(), qsizetype(view.size()));
}

/// The value's JSON text as written (the document was checked whole before).
QByteArray raw(od::value value)
{
    switch (value.type()) {
    case od::json_type::object:
        return bytesOf(od::object(value.get_object()).raw_json());
    case od::json_type::array:
        return bytesOf(od::array(value.get_array()).raw_json());
    default:
        return bytesOf(value.raw_json_token());
    }
}

/// Where a line of `bytes` starts with a text merge's conflict marker, or −1.
qsizetype conflictMarker(const QByteArray &bytes)
{
    for (const char *marker : {"<<<<<<<", "=======", ">>>>>>>"}) {
        for (qsizetype at = bytes.indexOf(marker); at >= 0; at = bytes.indexOf(marker, at + 1)) {
            const bool lineStart = at == 0 || bytes[at - 1] == '\n';
            const char after = at + 7 < bytes.size() ? bytes[at + 7] : '\n';
            if (lineStart && (after == ' ' || after == '\n' || after == '\r'))
                return at;
        }
    }
    return -1;
}

/// Where `value` begins in the document that starts at `base`.
qsizetype offsetOf(od::value &value, const char *base)
{
    const std::string_view token = value.raw_json_token();
    return qsizetype(token.data() - base);
}

QByteArray keyOf(od::field &field)
{
    const std::string_view key = field.unescaped_key();
    return QByteArray(key.data(), qsizetype(key.size()));
}

/// A view of `text` (inside a source the tree keeps), without a copy.
QByteArray viewOf(std::string_view text)
{
    return QByteArray::fromRawData(text.data(), qsizetype(text.size()));
}

/// The text of a JSON string value as written (escapes left as they are), without its quotes.
QByteArray stringOf(od::value &value)
{
    const std::string_view token = value.raw_json_token(); // from the opening quote on
    size_t end = 1;
    while (end < token.size() && token[end] != '"')
        end += token[end] == '\\' ? 2 : 1;
    return viewOf(token.substr(1, std::min(end, token.size()) - 1));
}

/// An entity or relation object: its text, and the members a merge looks at, as views into the source.
std::optional<SidecarTree::Item> itemOf(od::value value, bool entity, std::string_view idKey = "id")
{
    if (value.type() != od::json_type::object)
        return std::nullopt;
    SidecarTree::Item item;
    od::object object = value.get_object();
    item.raw = viewOf(trimmed(object.raw_json()));
    object.reset();
    for (od::field field : object) {
        const std::string_view key = field.unescaped_key();
        od::value member = field.value();
        const bool isString = member.type() == od::json_type::string;
        if (key == idKey && isString) {
            item.id = stringOf(member);
        } else if (key == "type" && isString) {
            item.type = stringOf(member);
        } else if (!entity && (key == "from" || key == "to") && isString) {
            (key == "from" ? item.from : item.to) = stringOf(member);
        } else if (entity && key == "spans" && member.type() == od::json_type::array) {
            od::array spans = member.get_array();
            item.spans = viewOf(trimmed(spans.raw_json()));
            spans.reset();
            bool first = true;
            for (od::value span : spans) {
                if (span.type() != od::json_type::array)
                    continue;
                int k = 0;
                for (od::value bound : od::array(span.get_array())) {
                    if (k < 2 && bound.type() == od::json_type::number) {
                        const qint64 at = bound.get_int64();
                        if (k == 0 && first)
                            item.start = at;
                        if (k == 1)
                            item.end = at;
                    }
                    ++k;
                }
                first = false;
            }
        }
    }
    if (item.id.isEmpty())
        return std::nullopt;
    return item;
}

} // namespace

std::optional<SidecarTree> SidecarTree::parse(const QByteArray &bytes, const QString &path, QString *error)
{
    const JsonSource source(bytes);
    auto fail = [&](qsizetype offset, const QString &message) -> std::optional<SidecarTree> {
        *error = offset >= 0 ? u"%1:%2: %3"_s.arg(path).arg(source.locate(offset).line).arg(message)
                             : u"%1: %2"_s.arg(path, message);
        return std::nullopt;
    };
    // Markers of a text merge: git (or an earlier text merge) left this side half merged. No line of
    // JSON starts with one (a string cannot hold a line end).
    if (const qsizetype at = conflictMarker(bytes); at >= 0)
        return fail(at, tr("holds conflict markers of a text merge; resolve them first"));

    // One padded copy that the parsers read and the items' views point into; checked whole first (fast),
    // so that the values kept below as they are written are valid JSON.
    const qsizetype skipped = source.offsetOf(source.json().data());
    const qsizetype length = bytes.size() - skipped;
    QByteArray buffer(length + qsizetype(simdjson::SIMDJSON_PADDING), ' ');
    std::memcpy(buffer.data(), bytes.constData() + skipped, size_t(length));
    const simdjson::padded_string_view padded(buffer.constData(), size_t(length), size_t(buffer.size()));
    simdjson::dom::parser checker;
    if (checker.parse(padded).error() != simdjson::SUCCESS) {
        const std::optional<JsonSource::SyntaxError> syntax = source.findSyntaxError();
        return fail(syntax ? skipped + syntax->offset : -1,
                    syntax ? tr("not valid JSON: %1").arg(syntax->message) : tr("not valid JSON"));
    }
    SidecarTree tree;
    tree.sources.push_back(buffer);
    try {
        od::parser parser;
        od::document document = parser.iterate(padded);
        if (document.type() != od::json_type::object)
            return fail(-1, tr("not a Hashiya sidecar: not a JSON object"));
        bool isSidecar = false;
        const QSet<QByteArray> schemaLists {"entityTypes", "relationTypes", "attributes"};
        std::unordered_set<std::string_view> entityIds, relationIds;
        for (od::field field : document.get_object()) {
            QByteArray key = keyOf(field);
            od::value value = field.value();
            const qsizetype at = offsetOf(value, buffer.constData()) + skipped;
            if (key == "entities" || key == "relations") {
                if (value.type() != od::json_type::array)
                    return fail(at, tr("“%1” must be a list").arg(QString::fromUtf8(key)));
                std::vector<Item> &items = key == "entities" ? tree.entities : tree.relations;
                // A list that appears twice (a hand-resolved text merge) counts as one: ids across both.
                std::unordered_set<std::string_view> &ids = key == "entities" ? entityIds : relationIds;
                for (od::value element : od::array(value.get_array())) {
                    const qsizetype elementAt = offsetOf(element, buffer.constData()) + skipped;
                    std::optional<Item> item = itemOf(element, key == "entities");
                    if (!item)
                        return fail(elementAt, tr("an item of “%1” without an id").arg(QString::fromUtf8(key)));
                    // Matched by id, two items of one id would merge into one: the file needs repairing first.
                    if (!ids.insert(std::string_view(item->id.constData(), size_t(item->id.size()))).second)
                        return fail(elementAt, tr("the id %1 appears twice in “%2”; run hashiya validate and repair it")
                                                   .arg(QString::fromUtf8(item->id), QString::fromUtf8(key)));
                    items.push_back(std::move(*item));
                }
                continue;
            }
            if (schemaLists.contains(key) && value.type() == od::json_type::array) {
                if (std::any_of(tree.namedLists.begin(), tree.namedLists.end(), [&key](const auto &list) { return list.first == key; }))
                    return fail(at, tr("“%1” appears twice").arg(QString::fromUtf8(key)));
                std::vector<Item> items;
                std::unordered_set<std::string_view> names;
                for (od::value element : od::array(value.get_array())) {
                    const qsizetype elementAt = offsetOf(element, buffer.constData()) + skipped;
                    std::optional<Item> item = itemOf(element, false, "name");
                    if (!item)
                        return fail(elementAt, tr("an item of “%1” without a name").arg(QString::fromUtf8(key)));
                    if (!names.insert(std::string_view(item->id.constData(), size_t(item->id.size()))).second)
                        return fail(elementAt, tr("the name %1 appears twice in “%2”")
                                                   .arg(QString::fromUtf8(item->id), QString::fromUtf8(key)));
                    items.push_back(std::move(*item));
                }
                tree.namedLists.emplace_back(std::move(key), std::move(items));
                continue;
            }
            if (key == "conflicts") {
                if (value.type() != od::json_type::array)
                    return fail(at, tr("“conflicts” must be a list"));
                for (od::value element : od::array(value.get_array()))
                    tree.conflicts.push_back(raw(element));
                continue;
            }
            // Which of two values would count is for no merge to guess ("format" twice once made a file
            // that did not read back): the file needs repairing first.
            if (std::any_of(tree.root.begin(), tree.root.end(), [&key](const auto &member) { return member.first == key; }))
                return fail(at, tr("“%1” appears twice").arg(QString::fromUtf8(key)));
            QByteArray rawValue = raw(value);
            if (key == "format") {
                isSidecar = rawValue == "\"hashiya-sidecar\"" || rawValue == "\"hashiya-schema\"";
                tree.format = rawValue.mid(1, rawValue.size() - 2);
            }
            if (key == "version") {
                const QString version = unquoted(rawValue);
                const int major = version.section(u'.', 0, 0).toInt();
                if (major < 1 || !version.contains(u'.'))
                    return fail(at, tr("version %1 is not of the form MAJOR.MINOR").arg(QString::fromUtf8(rawValue)));
                if (major > newestMajor)
                    return fail(at, tr("format version %1 was written by a newer Hashiya, which must merge it")
                                        .arg(version));
            }
            tree.root.emplace_back(std::move(key), std::move(rawValue));
        }
        if (!isSidecar)
            return fail(-1, tr("not a Hashiya sidecar or schema: “format” is neither “hashiya-sidecar” nor “hashiya-schema”"));
    } catch (const simdjson::simdjson_error &e) {
        return fail(-1, tr("not a Hashiya sidecar: %1").arg(QString::fromUtf8(e.what())));
    }
    return tree;
}

namespace {

void appendObject(QByteArray &out, const SidecarTree::Fields &fields)
{
    out += '{';
    bool first = true;
    for (const auto &[key, value] : fields) {
        if (!first)
            out += ',';
        first = false;
        JsonWriter name(key.size() + 8);
        name.string(std::string_view(key.constData(), size_t(key.size())));
        out.append(name.data(), qsizetype(name.size()));
        out += ':';
        out += value;
    }
    out += '}';
}

} // namespace

QByteArray SidecarTree::toJson() const
{
    QByteArray out;
    qsizetype estimate = 256;
    std::vector<const std::vector<Item> *> all {&entities, &relations};
    for (const auto &named : namedLists)
        all.push_back(&named.second);
    for (const auto *items : all) {
        for (const Item &item : *items) {
            estimate += item.raw.size() + 8;
            for (const auto &[key, value] : item.fields)
                estimate += key.size() + value.size() + 4;
        }
    }
    out.reserve(estimate);
    out += "{\n";
    auto member = [&out](const QByteArray &key) {
        JsonWriter name(key.size() + 8);
        name.string(std::string_view(key.constData(), size_t(key.size())));
        out += "  ";
        out.append(name.data(), qsizetype(name.size()));
        out += ": ";
    };
    bool first = true;
    auto separate = [&] {
        if (!first)
            out += ",\n";
        first = false;
    };
    for (const auto &[key, value] : root) {
        separate();
        member(key);
        out += value;
    }
    auto list = [&](const QByteArray &key, const std::vector<Item> &items) {
        separate();
        member(key);
        if (items.empty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        for (size_t i = 0; i < items.size(); ++i) {
            out += "    ";
            if (!items[i].raw.isEmpty())
                out += items[i].raw;
            else
                appendObject(out, items[i].fields);
            out += i + 1 < items.size() ? ",\n" : "\n";
        }
        out += "  ]";
    };
    for (const auto &[key, items] : namedLists)
        list(key, items);
    if (format == "hashiya-sidecar") {
        list("entities", entities);
        list("relations", relations);
    }
    if (!conflicts.empty()) {
        separate();
        member("conflicts");
        out += "[\n";
        for (size_t i = 0; i < conflicts.size(); ++i) {
            out += "    ";
            out += conflicts[i];
            out += i + 1 < conflicts.size() ? ",\n" : "\n";
        }
        out += "  ]";
    }
    out += "\n}\n";
    return out;
}

std::optional<SidecarTree::Fields> SidecarTree::membersOf(const QByteArray &object)
{
    const simdjson::padded_string padded(object.constData(), size_t(object.size()));
    try {
        // One parser per thread: made afresh for each of thousands of changed items, it was most of a merge.
        thread_local od::parser parser;
        od::document document = parser.iterate(padded);
        if (document.type() != od::json_type::object)
            return std::nullopt;
        Fields fields;
        for (od::field field : document.get_object()) {
            QByteArray key = keyOf(field);
            fields.emplace_back(std::move(key), raw(field.value()));
        }
        return fields;
    } catch (const simdjson::simdjson_error &) {
        return std::nullopt;
    }
}

SidecarTree::Fields SidecarTree::membersOf(const Item &item)
{
    if (item.raw.isEmpty())
        return item.fields;
    return membersOf(QByteArray(item.raw.constData(), item.raw.size())).value_or(Fields {});
}

void SidecarTree::setMembers(Item &item, Fields fields)
{
    auto unquotedValue = [&item](const char *key) {
        for (const auto &[name, value] : item.fields) {
            if (name == key)
                return value.size() >= 2 && value.startsWith('"') ? value.mid(1, value.size() - 2) : QByteArray();
        }
        return QByteArray();
    };
    item.raw.clear();
    item.fields = std::move(fields);
    item.id = unquotedValue("id");
    item.type = unquotedValue("type");
    item.from = unquotedValue("from");
    item.to = unquotedValue("to");
    item.spans = valueOf(item.fields, "spans");
}

QByteArray SidecarTree::objectOf(const Fields &fields)
{
    QByteArray out;
    appendObject(out, fields);
    return out;
}

QByteArray SidecarTree::field(const QByteArray &key) const
{
    return valueOf(root, key);
}

void SidecarTree::setField(const QByteArray &key, const QByteArray &value)
{
    for (auto &[name, raw] : root) {
        if (name == key) {
            raw = value;
            return;
        }
    }
    root.emplace_back(key, value);
}

QByteArray SidecarTree::valueOf(const Fields &fields, const QByteArray &key)
{
    for (const auto &[name, value] : fields) {
        if (name == key)
            return value;
    }
    return {};
}

QByteArray SidecarTree::quoted(const QString &text)
{
    JsonWriter out(size_t(text.size()) * 3 + 8);
    out.string(QStringView(text));
    return QByteArray(out.data(), qsizetype(out.size()));
}

QString SidecarTree::unquoted(const QByteArray &value)
{
    if (value.size() < 2 || !value.startsWith('"'))
        return {};
    simdjson::dom::parser parser;
    const simdjson::padded_string padded(value.constData(), size_t(value.size()));
    std::string_view text;
    if (parser.parse(padded).get_string().get(text) != simdjson::SUCCESS)
        return {};
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace Hashiya
