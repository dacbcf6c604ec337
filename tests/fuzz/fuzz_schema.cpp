// SPDX-License-Identifier: GPL-3.0-or-later
// The schema reader: any bytes give a schema or errors, never a crash; a schema it accepts is written
// back and reads again as the same schema.
#include "io/jsonsource.h"
#include "io/schemareader.h"
#include "io/schemawriter.h"

#include <cstdio>

#include "fuzzinput.h"

using namespace Hashiya;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Problems problems;
    const std::optional<Schema> schema = SchemaReader::read(JsonSource(bytes), QStringLiteral("fuzz.json"), &problems);
    if (!schema) {
        Fuzz::require(!problems.isEmpty());
        return 0;
    }
    Problems again;
    const QByteArray written = writeSchema(*schema);
    const std::optional<Schema> reread = SchemaReader::read(JsonSource(written), QStringLiteral("again.json"), &again);
    if (!reread || *reread != *schema) {
        std::fprintf(stderr, "written back as:\n%s\nread again as:\n%s\n", written.constData(),
                     reread ? writeSchema(*reread).constData() : "nothing");
        Fuzz::require(false);
    }
    return 0;
}
