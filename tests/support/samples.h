// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The repository's sample corpus, for tests that read it in memory. Tests that let the window save
// work on a copy instead (samplecopy.h).

#include "io/corpus.h"
#include "io/documentfile.h"
#include "support/catchqt.h"

#include <memory>

namespace Hashiya::Test {

inline QString samplesFolder()
{
    return QStringLiteral(HASHIYA_SAMPLES);
}

inline Schema sampleSchema()
{
    return Corpus::schemaFor(samplesFolder()).schema;
}

/// A sample article and its sidecar, opened editable; nothing here saves it.
inline std::unique_ptr<ArticleDocument> openSample(const QString &fileName, const Schema &schema)
{
    DocumentFile::Opened opened = DocumentFile::open(samplesFolder() + u'/' + fileName, &schema);
    REQUIRE(opened.document);
    REQUIRE_FALSE(opened.document->isReadOnly());
    return std::move(opened.document);
}

} // namespace Hashiya::Test
