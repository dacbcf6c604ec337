// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemawriter.h"

#include "io/jsonwriter.h"
#include "model/schema.h"

namespace Hashiya {
namespace {

void stringList(JsonWriter &out, std::string_view key, const QStringList &values)
{
    out.raw(", ");
    out.key(key);
    out.raw('[');
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out.raw(", ");
        out.string(QStringView(values[i]));
    }
    out.raw(']');
}

// A plain string when the label is one text for every language (as every schema before 1.1 has it), else
// an object of texts by language code, in the order they were read.
void label(JsonWriter &out, const SchemaLabel &text)
{
    out.raw(", ");
    out.key("label");
    if (text.isPlain()) {
        out.string(QStringView(text.plain()));
        return;
    }
    out.raw('{');
    bool first = true;
    for (const auto &[language, translation] : text.byLanguage()) {
        if (!first)
            out.raw(", ");
        first = false;
        out.string(QStringView(language));
        out.raw(':');
        out.string(QStringView(translation));
    }
    out.raw('}');
}

// Fields this version does not know, as they were read.
void extra(JsonWriter &out, const ExtraFields &fields, std::string_view separator)
{
    for (const auto &[name, rawJson] : fields) {
        out.raw(separator);
        out.string(QStringView(name));
        out.raw(':');
        out.raw(std::string_view(rawJson.constData(), size_t(rawJson.size())));
    }
}

template<typename Item, typename WriteItem>
void list(JsonWriter &out, std::string_view key, const QList<Item> &items, WriteItem writeItem)
{
    out.raw(",\n  ");
    out.key(key);
    out.raw(items.isEmpty() ? "[" : "[\n");
    for (qsizetype i = 0; i < items.size(); ++i) {
        out.raw("    {");
        writeItem(items[i]);
        out.raw(i + 1 < items.size() ? "},\n" : "}\n");
    }
    out.raw(items.isEmpty() ? "]" : "  ]");
}

} // namespace

QByteArray writeSchema(const Schema &schema)
{
    JsonWriter out;
    out.raw("{\n  ");
    out.key("format");
    out.string(std::string_view("hashiya-schema"));
    out.raw(",\n  ");
    out.key("version");
    out.string(std::string_view("1.1"));
    out.raw(",\n  ");
    out.key("name");
    out.string(QStringView(schema.name));
    list(out, "entityTypes", schema.entityTypes, [&out](const EntityType &type) {
        out.key("name");
        out.string(QStringView(type.name));
        out.raw(", ");
        out.key("short");
        out.string(QStringView(type.shortLabel));
        label(out, type.labels);
        out.raw(", ");
        out.key("color");
        out.string(QStringView(type.color.name()));
        if (!type.key.isEmpty()) {
            out.raw(", ");
            out.key("key");
            out.string(QStringView(type.key));
        }
        extra(out, type.extra, ", ");
    });
    list(out, "relationTypes", schema.relationTypes, [&out](const RelationType &type) {
        out.key("name");
        out.string(QStringView(type.name));
        label(out, type.labels);
        stringList(out, "from", type.from);
        stringList(out, "to", type.to);
        if (type.symmetric) {
            out.raw(", ");
            out.key("symmetric");
            out.boolean(true);
        }
        if (type.sameType) {
            out.raw(", ");
            out.key("sameType");
            out.boolean(true);
        }
        extra(out, type.extra, ", ");
    });
    list(out, "attributes", schema.attributes, [&out](const AttributeDefinition &attribute) {
        out.key("name");
        out.string(QStringView(attribute.name));
        label(out, attribute.labels);
        stringList(out, "appliesTo", attribute.appliesTo);
        if (!attribute.values.isEmpty())
            stringList(out, "values", attribute.values);
        extra(out, attribute.extra, ", ");
    });
    extra(out, schema.extra, ",\n  ");
    out.raw("\n}\n");
    return out.toByteArray();
}

} // namespace Hashiya
