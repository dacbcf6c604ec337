// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Hashiya {

/// `hashiya index info|rebuild [--in-corpus] FOLDER`: where a corpus's index is, what it holds and how big it
/// is; or a new one made from nothing, in the cache folder or inside the corpus.
class IndexCommand final
{
    Q_DECLARE_TR_FUNCTIONS(IndexCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static QString usage();
};

} // namespace Hashiya
