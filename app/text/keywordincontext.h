// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/wordboundaries.h"

#include <QString>
#include <QStringView>

namespace Hashiya {

/// A hit in its context, for result lists and `hashiya search`: up to `width` characters of the same
/// line either side, cut at a word boundary where possible, line breaks and tabs shown as spaces.
struct KeywordInContext
{
    QString before;
    QString keyword;
    QString after;

    static KeywordInContext of(QStringView text, TextRange hit, qsizetype width = 40);
    /// "… before [keyword] after …" on one line (… where the line was cut).
    QString toLine() const;
};

} // namespace Hashiya
