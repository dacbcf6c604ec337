// SPDX-License-Identifier: GPL-3.0-or-later
// The article decoder: any bytes, in each encoding an analyst can choose, either become an article whose
// facts agree with its text or are refused with a problem.
#include "io/articlereader.h"
#include "text/codepointindex.h"

#include <QStringList>

#include "fuzzinput.h"

using namespace Hashiya;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the encoding, so one corpus covers them all.
    static const QStringList encodings = QStringList {QString()} + ArticleReader::legacyEncodings();
    const QString encoding = encodings.at(data[0] % encodings.size());
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const ArticleReader::Result result = ArticleReader::decode(bytes, QStringLiteral("fuzz.txt"), encoding);
    if (!result.article) {
        Fuzz::require(!result.problem.message.isEmpty());
        return 0;
    }
    const Article &article = *result.article;
    Fuzz::require(!article.text.contains(QLatin1Char('\r')));
    Fuzz::require(article.codePointCount == CodePointIndex(article.text).codePointCount());
    Fuzz::require(article.sha256 == Article::sha256Of(article.text));
    return 0;
}
