// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Hashiya {

/// `hashiya stats [--json] PATH...`: how many documents, and entities and relations of each type.
class StatsCommand final
{
    Q_DECLARE_TR_FUNCTIONS(StatsCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static QString usage();
};

} // namespace Hashiya
