// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Hashiya {

/// How the lines of an article file ended before they were turned into LF.
enum class LineEnding { None, Lf, CrLf, Cr, Mixed };

QString lineEndingName(LineEnding ending); ///< "none", "lf", "crlf", "cr", "mixed"
std::optional<LineEnding> lineEndingFromName(QStringView name);

/// An article as read from disk: its canonical text (BOM removed, every line end turned into LF; the
/// text all offsets index, in code points) and the facts needed to write the file back as it was.
struct Article
{
    QString path; ///< absolute path of the article file
    QString text; ///< canonical text
    QString encoding = QStringLiteral("utf-8"); ///< "utf-8", "utf-16le", "utf-16be", "windows-1254", "windows-1256"
    bool hasBom = false;
    LineEnding lineEnding = LineEnding::None;
    QByteArray sha256; ///< lowercase hex SHA-256 of the canonical text's UTF-8 bytes (empty if not asked for)
    qsizetype codePointCount = 0;

    QString fileName() const;
    QString sidecarPath() const { return sidecarPathFor(path); }

    static QString sidecarPathFor(const QString &articlePath) { return articlePath + QStringLiteral(".ann.json"); }
    static QByteArray sha256Of(const QString &canonicalText);
    /// The same hash from the canonical text already in UTF-8.
    static QByteArray sha256OfUtf8(QByteArrayView canonicalUtf8);
};

} // namespace Hashiya
