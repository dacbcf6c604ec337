// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Hashiya::Benchmark {

/// A corpus like a year of defence-industry news: articles of about 3 KB in Turkish, Arabic or English
/// (in turn), each naming people and organisations from a few thousand generated names, with 8 entities and
/// 2 relations in a sidecar as Hashiya writes it, in folders of 1,000 articles. Deterministic: the same
/// count gives the same corpus.
class GeneratedCorpus final
{
public:
    /// Generates `count` articles into `dir` unless it already holds exactly that corpus; returns
    /// whether it generated. Stops the benchmark if it cannot write.
    static bool ensure(const QString &dir, qsizetype count);
    /// A name that occurs in a few dozen articles of a corpus of 10⁵.
    static QString rareName();
    /// `count` family names with the number that makes them rare: each in a few articles of 10⁵, or none.
    static QStringList rareNames(qsizetype count);
    /// `count` full names of the most common people: each in about 3 % of the articles.
    static QStringList someNames(qsizetype count);
};

} // namespace Hashiya::Benchmark
