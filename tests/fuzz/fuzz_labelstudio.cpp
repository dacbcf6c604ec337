// SPDX-License-Identifier: GPL-3.0-or-later
// The Label Studio JSON importer: any bytes give documents whose spans lie inside their texts, or problems.
#include "formats/importbatch.h"
#include "formats/labelstudioimporter.h"
#include "fuzzinput.h"
#include "importedcheck.h"

using namespace Hashiya;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ImportBatch batch;
    LabelStudioImporter::readBytes(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                                   QStringLiteral("/fuzz/input.json"), QStringLiteral("/fuzz"), &batch);
    for (const ExchangeDocument &document : batch.documents)
        Fuzz::requireConsistent(document);
    return 0;
}
