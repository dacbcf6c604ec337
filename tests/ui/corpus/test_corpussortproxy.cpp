// SPDX-License-Identifier: GPL-3.0-or-later
// The corpus list sorts its rows by comparing them directly; the order must be the one
// QSortFilterProxyModel gives the model's SortRole values, for every column and both directions.
#include "support/catchqt.h"
#include "ui/corpus/corpusmodel.h"
#include "ui/corpus/corpussortproxy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSortFilterProxyModel>

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

QStringList order(const QSortFilterProxyModel &proxy)
{
    QStringList paths;
    for (int row = 0; row < proxy.rowCount(); ++row)
        paths.append(proxy.index(row, 0).data(CorpusModel::PathRole).toString());
    return paths;
}

} // namespace

TEST_CASE("The corpus list sorts every column as the SortRole values would sort", "[ui][corpus]")
{
    // Titles and file names in three scripts, with Turkish dotted and dotless i, case and accents that
    // locale-aware comparison orders differently from code points; counts, statuses and languages
    // repeating; some rows still without a summary.
    const QStringList words {u"İstanbul"_s, u"istanbul"_s, u"Izmir"_s, u"ılık"_s, u"Çanakkale"_s, u"cami"_s,
                             u"Ankara"_s, u"ankara"_s, u"Zafer"_s, u"éclair"_s, u"أنقرة"_s, u"الدوحة"_s,
                             u"باكو"_s, u"2024 report"_s, u"10 items"_s, u"Ölçüm"_s, u"oda"_s, u""_s};
    const QStringList statuses {u"new"_s, u"in-progress"_s, u"done"_s};
    // A Turkish analyst's collation: ı before i, Ç after C, case and accents secondary.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Turkish, QLocale::Turkey));
    const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
    REQUIRE(QString::localeAwareCompare(u"ılık"_s, u"Izmir"_s) != QString::compare(u"ılık"_s, u"Izmir"_s));
    QRandomGenerator random(19);
    CorpusModel model;
    QStringList paths;
    for (int i = 0; i < 120; ++i)
        paths.append(u"/corpus/%1/%2-%3.txt"_s.arg(i % 3).arg(words[random.bounded(words.size())]).arg(i));
    model.setArticles(u"/corpus"_s, paths);
    QList<ArticleSummary> summaries;
    for (int i = 0; i < paths.size(); ++i) {
        if (i % 7 == 0)
            continue; // not read yet
        ArticleSummary summary;
        summary.path = paths[i];
        summary.title = words[random.bounded(words.size())];
        summary.entities = qsizetype(random.bounded(-1, 12));
        summary.relations = qsizetype(random.bounded(-1, 5));
        summary.status = statuses[random.bounded(statuses.size())];
        summary.profile = i % 3 == 0 ? TextProfile {u"Arabic"_s, u"ar"_s}
            : i % 3 == 1             ? TextProfile {u"Latin"_s, u"tr"_s}
                                     : TextProfile {u"Mixed"_s, QString()};
        summaries.append(summary);
    }
    model.setSummaries(summaries);

    CorpusSortProxy fast;
    fast.setSourceModel(&model);
    QSortFilterProxyModel reference;
    reference.setSourceModel(&model);
    reference.setSortRole(CorpusModel::SortRole);
    reference.setSortCaseSensitivity(Qt::CaseInsensitive);
    reference.setSortLocaleAware(true);
    for (int column = 0; column < CorpusModel::ColumnCount; ++column) {
        for (const Qt::SortOrder direction : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            INFO("column " << column << (direction == Qt::AscendingOrder ? " ascending" : " descending"));
            fast.sort(column, direction);
            reference.sort(column, direction);
            CHECK(order(fast) == order(reference));
        }
    }
}
