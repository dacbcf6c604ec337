// SPDX-License-Identifier: GPL-3.0-or-later
#include "statscommand.h"

#include "cli/indexedcorpus.h"
#include "cli/pathexpansion.h"
#include "io/articlesummary.h"
#include "io/workerpool.h"

#include <QFileInfo>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTextStream>

namespace Hashiya {
namespace {

struct TypeCount
{
    qsizetype annotations = 0;
    qsizetype documents = 0;
};

struct Totals
{
    qsizetype documents = 0;
    qsizetype unreadable = 0; ///< articles that could not be read, or whose sidecar has errors
    qsizetype entities = 0;
    qsizetype relations = 0;
    QMap<QString, TypeCount> entityTypes;
    QMap<QString, TypeCount> relationTypes;
};

void addTypes(const QMap<QString, qsizetype> &counts, QMap<QString, TypeCount> &types)
{
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        TypeCount &type = types[it.key()];
        type.annotations += it.value();
        ++type.documents;
    }
}

void count(const ArticleSummary &summary, Totals &totals, QTextStream &err)
{
    ++totals.documents;
    if (!summary.readable || summary.sidecarHasErrors) {
        ++totals.unreadable;
        err << StatsCommand::tr("%1: has errors; run “hashiya validate” for details")
                   .arg(PathExpansion::display(summary.path))
            << '\n';
        return;
    }
    totals.entities += std::max<qsizetype>(summary.entities, 0);
    totals.relations += std::max<qsizetype>(summary.relations, 0);
    addTypes(summary.entityTypes, totals.entityTypes);
    addTypes(summary.relationTypes, totals.relationTypes);
}

QJsonObject typesToJson(const QMap<QString, TypeCount> &types)
{
    QJsonObject object;
    for (auto it = types.cbegin(); it != types.cend(); ++it)
        object.insert(
            it.key(),
            QJsonObject {{QStringLiteral("count"), it->annotations}, {QStringLiteral("documents"), it->documents}});
    return object;
}

void printTable(QTextStream &out, const QString &heading, const QMap<QString, TypeCount> &types)
{
    qsizetype width = heading.size();
    for (auto it = types.cbegin(); it != types.cend(); ++it)
        width = std::max(width, it.key().size());
    const QString count = StatsCommand::tr("Count"), documents = StatsCommand::tr("Documents");
    out << heading.leftJustified(width) << "  " << count.rightJustified(8) << "  " << documents.rightJustified(9)
        << '\n';
    for (auto it = types.cbegin(); it != types.cend(); ++it)
        out << it.key().leftJustified(width) << "  " << QString::number(it->annotations).rightJustified(8) << "  "
            << QString::number(it->documents).rightJustified(9) << '\n';
}

} // namespace

QString StatsCommand::usage()
{
    return tr("Usage: hashiya stats [--json] [--no-index] PATH...\n"
              "Counts documents, and entities and relations per type, in the articles under PATH.\n"
              "A folder is read through its corpus index, which is made on first use and afterwards reads\n"
              "only the articles that changed; --no-index reads every article and writes nothing.\n");
}

int StatsCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    bool json = false;
    bool useIndex = true;
    QStringList paths;
    for (const QString &argument : arguments) {
        if (argument == u"--json") {
            json = true;
        } else if (argument == u"--no-index") {
            useIndex = false;
        } else if (argument == u"--help" || argument == u"-h") {
            out << usage();
            return 0;
        } else if (argument.startsWith(u'-')) {
            err << tr("hashiya stats: unknown option %1").arg(argument) << '\n' << usage();
            return 2;
        } else {
            paths.append(argument);
        }
    }
    if (paths.isEmpty()) {
        err << usage();
        return 2;
    }
    for (const QString &path : std::as_const(paths)) {
        if (!QFileInfo::exists(path)) {
            err << "hashiya stats: " << PathExpansion::tr("%1: no such file or folder").arg(path) << '\n';
            return 2;
        }
    }

    Totals totals;
    for (const QString &path : std::as_const(paths)) {
        if (QFileInfo(path).isDir()) {
            std::unique_ptr<CorpusStore> store = IndexedCorpus::open(path, useIndex, {false, false}, QStringLiteral("stats"), err);
            for (const IndexedArticle &article : store->articles())
                count(article.summary, totals, err);
            IndexedCorpus::leave(std::move(store));
            continue;
        }
        const ExpandedPaths expanded = PathExpansion::expand({path});
        if (!expanded.errors.isEmpty()) {
            for (const QString &error : expanded.errors)
                err << "hashiya stats: " << error << '\n';
            return 2;
        }
        walkInOrder(
            expanded.articles.size(), [&](qsizetype i) { return ArticleSummary::read(expanded.articles[i]); },
            [&](qsizetype, const ArticleSummary &summary) {
                count(summary, totals, err);
                return true;
            });
    }

    if (json) {
        const QJsonObject root {
            {QStringLiteral("documents"), totals.documents},
            {QStringLiteral("documentsWithErrors"), totals.unreadable},
            {QStringLiteral("entities"), totals.entities},
            {QStringLiteral("relations"), totals.relations},
            {QStringLiteral("entityTypes"), typesToJson(totals.entityTypes)},
            {QStringLiteral("relationTypes"), typesToJson(totals.relationTypes)},
        };
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return 0;
    }
    out << tr("%n document(s)", nullptr, int(totals.documents)) << ", "
        << tr("%n entity(ies)", nullptr, int(totals.entities)) << ", "
        << tr("%n relation(s)", nullptr, int(totals.relations)) << '\n';
    if (totals.unreadable > 0)
        out << tr("%n document(s) with errors", nullptr, int(totals.unreadable)) << '\n';
    if (!totals.entityTypes.isEmpty()) {
        out << '\n';
        printTable(out, tr("Entity type"), totals.entityTypes);
    }
    if (!totals.relationTypes.isEmpty()) {
        out << '\n';
        printTable(out, tr("Relation type"), totals.relationTypes);
    }
    return 0;
}

} // namespace Hashiya
