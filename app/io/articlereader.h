// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"
#include "model/problem.h"
#include "text/codepointindex.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Hashiya {

class InputFile;

/// Reads article files into canonical text: UTF-8 with or without BOM, UTF-16 with BOM, or an explicitly
/// chosen legacy encoding; every CRLF or CR turned into LF. Refuses, with the byte offset, anything it
/// cannot decode completely — there is never a partial article.
class ArticleReader final
{
    Q_DECLARE_TR_FUNCTIONS(ArticleReader)

public:
    static constexpr qint64 maxFileSize = 128LL * 1024 * 1024;

    /// Legacy encodings the user may choose for BOM-less files, e.g. "windows-1254" (Turkish) and
    /// "windows-1256" (Arabic), where this platform's Qt can decode them.
    static QStringList legacyEncodings();

    struct Result
    {
        std::optional<Article> article;
        CodePointIndex codePoints; ///< of the article's text, found while it was read
        Problem problem; ///< why there is no article
    };

    /// Whether the article's SHA-256 is worked out: a search that only reads the text skips it.
    enum class Checksum { Compute, Skip };

    /// `encoding`: empty for UTF-8 (or UTF-16 when a BOM says so), or one of legacyEncodings().
    static Result read(const QString &path, const QString &encoding = {}, Checksum checksum = Checksum::Compute);
    /// Reads the article from `file`, opened at `path`, from its start.
    static Result read(InputFile &file, const QString &path, const QString &encoding = {},
                       Checksum checksum = Checksum::Compute);
    static Result decode(const QByteArray &bytes, const QString &path, const QString &encoding = {},
                         Checksum checksum = Checksum::Compute);

    /// Turns CRLF and CR into LF in place and reports which line ends the text had.
    static LineEnding normalizeLineEnds(QString &text);
};

} // namespace Hashiya
