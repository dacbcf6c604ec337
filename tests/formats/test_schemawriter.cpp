// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/jsonsource.h"
#include "io/schemareader.h"
#include "io/schemawriter.h"
#include "model/schema.h"
#include "support/catchqt.h"
#include "support/testfiles.h"

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

Schema readBack(const QByteArray &bytes)
{
    Problems problems;
    const std::optional<Schema> schema =
        SchemaReader::read(JsonSource(bytes), u"/corpus/hashiya-schema.json"_s, &problems);
    INFO(Test::describe(problems).toStdString());
    REQUIRE(schema);
    CHECK(problems.isEmpty());
    return *schema;
}

} // namespace

TEST_CASE("A written schema reads back equal to the original", "[schema][formats]")
{
    const Schema original = SchemaReader::defaultSchema();
    CHECK(readBack(writeSchema(original)) == original);
}

TEST_CASE("A written schema escapes names and labels and omits what is empty", "[schema][formats]")
{
    Schema schema;
    schema.name = u"Çeviri \"haberler\" — أخبار"_s;
    schema.entityTypes.append({u"Merge-org"_s, u"Merge org \\ ü"_s, u"MRG"_s, QColor(u"#123456"_s), u"m"_s});
    schema.relationTypes.append({u"Alias"_s, u"Alias"_s, {u"Merge-org"_s}, {u"*"_s}, true, true});
    schema.attributes.append({u"Negation"_s, u"Negation"_s, {u"*"_s}, {}});
    schema.attributes.append({u"Confidence"_s, u"Confidence"_s, {u"Merge-org"_s}, {u"High"_s, u"Low"_s}});
    CHECK(readBack(writeSchema(schema)) == schema);
}
