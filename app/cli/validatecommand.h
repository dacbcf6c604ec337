// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Hashiya {

/// `hashiya validate PATH...`: checks articles, sidecars and schemas without changing any file.
/// Prints one `file:line: severity: message` line per problem; exit 0 clean, 1 problems, 2 usage error.
class ValidateCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ValidateCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static QString usage();
};

} // namespace Hashiya
