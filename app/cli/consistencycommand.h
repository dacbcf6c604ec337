// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Hashiya {

/// `hashiya consistency [--json] [--types T,…] [--all] CORPUS…`: the texts a corpus tags one way in one
/// place and another way (or not at all) elsewhere, each with every place it occurs.
class ConsistencyCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ConsistencyCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static QString usage();
};

} // namespace Hashiya
