// SPDX-License-Identifier: GPL-3.0-or-later
// The sidecar reader, with the article it annotates (input: article bytes, NUL, sidecar bytes). Whatever
// it accepts without errors goes into the model, is written back, and must read again without errors.
#include "io/articlereader.h"
#include "io/documentfile.h"
#include "io/jsonsource.h"
#include "io/schemareader.h"
#include "io/sidecarreader.h"
#include "model/annotationset.h"
#include "model/articledocument.h"

#include <algorithm>

#include "fuzzinput.h"

using namespace Hashiya;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Schema schema = SchemaReader::defaultSchema();
    const auto [articleBytes, sidecarBytes] = Fuzz::splitAtNul(data, size);
    ArticleReader::Result decoded = ArticleReader::decode(articleBytes, QStringLiteral("/fuzz/article.txt"));
    if (!decoded.article)
        return 0;
    ArticleDocument document(std::move(*decoded.article));
    Problems problems;
    SidecarContent content = SidecarReader::read(JsonSource(sidecarBytes), QStringLiteral("article.txt.ann.json"),
                                                 document.article(), document.codePoints(), &schema, &problems);
    if (hasErrors(problems))
        return 0;
    document.setSidecarInfo(content.info);
    document.annotations()->reset(std::move(content.entities), std::move(content.relations));

    SidecarInfo info;
    const QByteArray written = DocumentFile::encode(document, &info, QStringLiteral("fuzz"));
    Problems again;
    const SidecarContent reread = SidecarReader::read(JsonSource(written), QStringLiteral("again.ann.json"),
                                                      document.article(), document.codePoints(), &schema, &again);
    Fuzz::require(!hasErrors(again));
    Fuzz::require(qsizetype(reread.entities.size()) == document.annotations()->entityCount());
    Fuzz::require(reread.relations.size() == size_t(document.annotations()->relationCount()));
    return 0;
}
