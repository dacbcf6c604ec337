// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement/agreementstudy.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

class QTextStream;

namespace Hashiya {

/// An agreement study as `hashiya agreement` prints it: tables for people, JSON or CSV for programs, and
/// the diagnostics as TSV. Scores have three decimals in tables and full precision in JSON and CSV; an
/// undefined score reads "n/a" with its reason (null in JSON, empty in CSV), never 0 or 1.
class AgreementReport final
{
    Q_DECLARE_TR_FUNCTIONS(AgreementReport)

public:
    static void writeText(const AgreementStudy::Result &result, QTextStream &out);
    static QJsonObject toJson(const AgreementStudy::Result &result);
    static void writeCsv(const AgreementStudy::Result &result, QTextStream &out);
    /// One row per disagreement, with a header row.
    static QByteArray diagnosticsTsv(const AgreementStudy::Result &result);
    /// The analyst's letter in reports: A, B, C …
    static QString letter(int analyst);
};

} // namespace Hashiya
