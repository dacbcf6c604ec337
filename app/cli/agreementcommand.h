// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Hashiya {

/// `hashiya agreement [--json|--csv] [--types T,…] [--fail-under F1] [--diagnostics FILE] DIR_A DIR_B
/// [DIR_C…]`: how far the analysts whose copies of a corpus the folders hold agree (docs/agreement.md).
class AgreementCommand final
{
    Q_DECLARE_TR_FUNCTIONS(AgreementCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static QString usage();
};

} // namespace Hashiya
