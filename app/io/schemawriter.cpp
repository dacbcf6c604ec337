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
    out.string(std::string_view("1.0"));
    out.raw(",\n  ");
    out.key("name");
    out.string(QStringView(schema.name));
    list(out, "entityTypes", schema.entityTypes, [&out](const EntityType &type) {
        out.key("name");
        out.string(QStringView(type.name));
        out.raw(", ");
        out.key("short");
        out.string(QStringView(type.shortLabel));
        out.raw(", ");
        out.key("label");
        out.string(QStringView(type.label));
        out.raw(", ");
        out.key("color");
        out.string(QStringView(type.color.name()));
        if (!type.key.isEmpty()) {
            out.raw(", ");
            out.key("key");
            out.string(QStringView(type.key));
        }
    });
    list(out, "relationTypes", schema.relationTypes, [&out](const RelationType &type) {
        out.key("name");
        out.string(QStringView(type.name));
        out.raw(", ");
        out.key("label");
        out.string(QStringView(type.label));
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
    });
    list(out, "attributes", schema.attributes, [&out](const AttributeDefinition &attribute) {
        out.key("name");
        out.string(QStringView(attribute.name));
        out.raw(", ");
        out.key("label");
        out.string(QStringView(attribute.label));
        stringList(out, "appliesTo", attribute.appliesTo);
        if (!attribute.values.isEmpty())
            stringList(out, "values", attribute.values);
    });
    out.raw("\n}\n");
    return out.toByteArray();
}

} // namespace Hashiya
