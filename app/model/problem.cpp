// SPDX-License-Identifier: GPL-3.0-or-later
#include "problem.h"

#include <algorithm>

namespace Hashiya {

QString Problem::toString() const
{
    QString location = file;
    if (line > 0) {
        location += u':' + QString::number(line);
        if (column > 0)
            location += u':' + QString::number(column);
    }
    const QString kind = isError() ? QStringLiteral("error") : QStringLiteral("warning");
    return location + u": " + kind + u": " + message;
}

bool hasErrors(const Problems &problems)
{
    return std::any_of(problems.begin(), problems.end(), [](const Problem &p) { return p.isError(); });
}

} // namespace Hashiya
