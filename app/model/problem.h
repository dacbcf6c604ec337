// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Hashiya {

/// One thing wrong with an input file, located as precisely as the reader can: `file:line:column`.
struct Problem
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString file;
    qsizetype line = 0; ///< 1-based; 0 when the problem concerns the whole file
    qsizetype column = 0; ///< 1-based, in code points; 0 when unknown
    QString message;

    bool isError() const { return severity == Severity::Error; }
    /// "file:line:column: error: message", the form compilers use, so editors can jump to it.
    QString toString() const;
    friend bool operator==(const Problem &a, const Problem &b) = default;
};

using Problems = QList<Problem>;

bool hasErrors(const Problems &problems);

} // namespace Hashiya
