// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusroundtrip.h"

#include "io/corpus.h"
#include "support/catchqt.h"
#include "support/testfiles.h"

#include <QDir>

#include "formats/exchangefiles.h"
#include "formats/exportformats.h"
#include "formats/importwriter.h"

namespace Hashiya::Test {

MemoryOutput exportThroughCorpus(const ImportBatch &batch, const QString &targetFolder, const QString &formatId)
{
    ImportWriter::Summary summary;
    for (const ExchangeDocument &document : batch.documents)
        REQUIRE(ImportWriter::writeDocument(document, targetFolder, false, &summary));
    ImportWriter::writeSchema(batch, targetFolder, false, &summary);
    INFO(describe(summary.problems).toStdString());
    CHECK(summary.problems.isEmpty());
    const Schema schema = Corpus::schemaFor(targetFolder).schema;

    const std::optional<ExportFormat> format = ExportFormats::find(formatId);
    REQUIRE(format);
    const std::unique_ptr<Exporter> exporter = format->create(schema);
    MemoryOutput out;
    Problems problems;
    for (const QString &article : std::as_const(summary.written)) {
        const std::optional<ExchangeDocument> loaded =
            ExchangeFiles::load(QDir(targetFolder).filePath(article), targetFolder, &schema, &problems);
        REQUIRE(loaded);
        REQUIRE(exporter->add(*loaded, out, &problems));
    }
    REQUIRE(exporter->finish(out, &problems));
    INFO(describe(problems).toStdString());
    CHECK(problems.isEmpty());
    return out;
}

} // namespace Hashiya::Test
