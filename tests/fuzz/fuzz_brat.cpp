// SPDX-License-Identifier: GPL-3.0-or-later
// The brat importer (input: .txt bytes, NUL, .ann bytes): every document it makes has spans inside its
// text, whatever the lines said.
#include "formats/bratimporter.h"
#include "formats/importbatch.h"
#include "fuzzinput.h"
#include "importedcheck.h"

using namespace Hashiya;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto [txt, ann] = Fuzz::splitAtNul(data, size);
    ImportBatch batch;
    const std::optional<ExchangeDocument> document =
        BratImporter::parse(ann, txt, QStringLiteral("fuzz"), QStringLiteral("fuzz.ann"), &batch);
    if (document)
        Fuzz::requireConsistent(*document);
    return 0;
}
