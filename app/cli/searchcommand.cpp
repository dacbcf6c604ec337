// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchcommand.h"

#include "cli/indexedcorpus.h"
#include "cli/optionparser.h"
#include "cli/pathexpansion.h"
#include "cli/progressreporter.h"
#include "index/gramsignature.h"
#include "search/articlesearch.h"
#include "search/corpussearch.h"

#include <QFileInfo>
#include <QTextStream>

namespace Hashiya {

QString SearchCommand::usage()
{
    return tr("Usage: hashiya search [--type TYPE] [--attribute NAME[=VALUE]] [--fold OPTIONS] [--no-index] PATTERN "
              "PATH...\n"
              "Finds PATTERN in the articles under PATH, as the window's corpus search does, and prints one\n"
              "line per hit: FILE:START-END: the hit [in brackets] in its context. START and END count code\n"
              "points of the article's text (BOM removed, line ends as LF).\n"
              "--type keeps hits inside entities of that type; with an empty PATTERN (\"\") it lists them.\n"
              "--attribute keeps hits inside entities with that attribute (and value).\n"
              "--fold changes the matching: a comma-separated list of %1, each optionally\n"
              "preceded by no- (e.g. --fold no-case,diacritics). By default case is ignored with Turkish\n"
              "rules for Turkish articles, Arabic marks and alef forms are ignored, and whole words match\n"
              "with Turkish suffixes and Arabic proclitics allowed.\n"
              "A folder is searched through its corpus index, which rules out the articles that cannot hold\n"
              "PATTERN; --no-index reads every article and writes nothing.\n"
              "Exits with 0 when something was found, 1 when nothing was, 2 on a usage error.\n")
        .arg(MatchOptions::names().join(QStringLiteral(", ")));
}

int SearchCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const ParsedOptions options =
        parseOptions(arguments, {QStringLiteral("type"), QStringLiteral("attribute"), QStringLiteral("fold")},
                     {QStringLiteral("no-index")});
    if (options.flags.contains(QStringLiteral("help"))) {
        out << usage();
        return 0;
    }
    auto usageError = [&](const QString &message) {
        err << "hashiya search: " << message << "\n\n" << usage();
        return 2;
    };
    if (!options.error.isEmpty())
        return usageError(options.error);
    if (options.paths.size() < 2)
        return usageError(tr("a PATTERN and at least one PATH are needed"));
    CorpusQuery query;
    query.pattern = options.paths.first();
    query.entityType = options.values.value(QStringLiteral("type"));
    const QString attribute = options.values.value(QStringLiteral("attribute"));
    query.attributeName = attribute.section(u'=', 0, 0);
    query.attributeValue = attribute.contains(u'=') ? attribute.section(u'=', 1) : QString();
    QString foldError;
    const std::optional<MatchOptions> matching =
        MatchOptions::parse(options.values.value(QStringLiteral("fold")), &foldError);
    if (!matching)
        return usageError(foldError);
    query.options = *matching;
    if (query.pattern.trimmed().isEmpty() && query.entityType.isEmpty() && query.attributeName.isEmpty())
        return usageError(tr("the PATTERN is empty; give --type or --attribute to list entities"));

    for (const QString &path : options.paths.mid(1)) {
        if (!QFileInfo::exists(path))
            return usageError(tr("%1 does not exist").arg(path));
    }
    const bool useIndex = !options.flags.contains(QStringLiteral("no-index"));
    // The stores serve this one search: of the articles they hold, only whether each may hold the
    // pattern is kept, not 56 MB of signatures at 10⁵ articles.
    const bool byText = ArticleSearch::byText(query);
    const bool byEntity = ArticleSearch::byEntity(query); // only then are the sidecars' counts of use
    const std::optional<std::vector<quint64>> pieces =
        byText ? std::optional(GramSignature::ofPattern(query.pattern)) : std::nullopt;
    std::vector<std::unique_ptr<CorpusStore>> stores; // the candidates' signatures live in them
    std::vector<CorpusSearch::Candidate> candidates;
    for (const QString &path : options.paths.mid(1)) {
        const QFileInfo info(path);
        if (info.isDir()) {
            stores.push_back(IndexedCorpus::open(info.absoluteFilePath(), useIndex, {false, byText, byEntity},
                                                QStringLiteral("search"), err, pieces));
            std::vector<CorpusSearch::Candidate> more = CorpusSearch::candidatesOf(*stores.back());
            std::move(more.begin(), more.end(), std::back_inserter(candidates));
        } else {
            candidates.push_back({info.absoluteFilePath(), {}, {}, false, {}});
        }
    }

    // Each article's hits are printed as soon as it is read, in the order of the result: a pipe sees
    // the first hits of a common name long before the last.
    qsizetype found = 0;
    Problems problems;
    {
        ProgressReporter progress(err, tr("searching"));
        auto report = [&progress](qsizetype done, qsizetype total) {
            progress.report(done, total);
            return true;
        };
        auto print = [&](const std::vector<CorpusHit> &hits) {
            progress.clear(); // the lines start at the left edge, not after the progress
            for (const CorpusHit &hit : hits) {
                out << PathExpansion::display(hit.articlePath) << ':' << hit.start << '-' << hit.end << ": "
                    << hit.context.toLine() << '\n';
            }
            out.flush();
            found += qsizetype(hits.size());
        };
        CorpusSearch::search(candidates, query, report, &problems, nullptr, print);
    }
    for (const Problem &problem : std::as_const(problems))
        err << problem.toString() << '\n';
    for (std::unique_ptr<CorpusStore> &store : stores)
        IndexedCorpus::leave(std::move(store));
    return found == 0 ? 1 : 0;
}

} // namespace Hashiya
