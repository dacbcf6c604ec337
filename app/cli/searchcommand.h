// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Hashiya {

/// `hashiya search [--type T] [--attribute NAME[=VALUE]] [--fold OPTIONS] PATTERN PATH...`: one line per
/// hit, `file:start-end: keyword in context`, offsets in code points, with the GUI's matching options.
class SearchCommand final
{
    Q_DECLARE_TR_FUNCTIONS(SearchCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static QString usage();
};

} // namespace Hashiya
