// SPDX-License-Identifier: GPL-3.0-or-later
#include "article.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace Hashiya {

QString lineEndingName(LineEnding ending)
{
    switch (ending) {
    case LineEnding::None:
        return QStringLiteral("none");
    case LineEnding::Lf:
        return QStringLiteral("lf");
    case LineEnding::CrLf:
        return QStringLiteral("crlf");
    case LineEnding::Cr:
        return QStringLiteral("cr");
    case LineEnding::Mixed:
        return QStringLiteral("mixed");
    }
    return {};
}

std::optional<LineEnding> lineEndingFromName(QStringView name)
{
    for (LineEnding e : {LineEnding::None, LineEnding::Lf, LineEnding::CrLf, LineEnding::Cr, LineEnding::Mixed}) {
        if (name == lineEndingName(e))
            return e;
    }
    return std::nullopt;
}

QString Article::fileName() const { return QFileInfo(path).fileName(); }

QByteArray Article::sha256Of(const QString &canonicalText)
{
    return QCryptographicHash::hash(canonicalText.toUtf8(), QCryptographicHash::Sha256).toHex();
}

} // namespace Hashiya
