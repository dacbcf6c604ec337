// SPDX-License-Identifier: GPL-3.0-or-later
#include "statscommand.h"

#include "cli/pathexpansion.h"
#include "io/corpus.h"
#include "io/documentfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
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

void count(const AnnotationSet &set, Totals &totals)
{
    QSet<QString> entityTypesHere, relationTypesHere;
    for (const Entity &entity : set.entities()) {
        ++totals.entityTypes[entity.type].annotations;
        entityTypesHere.insert(entity.type);
    }
    for (const Relation &relation : set.relations()) {
        ++totals.relationTypes[relation.type].annotations;
        relationTypesHere.insert(relation.type);
    }
    for (const QString &type : std::as_const(entityTypesHere))
        ++totals.entityTypes[type].documents;
    for (const QString &type : std::as_const(relationTypesHere))
        ++totals.relationTypes[type].documents;
    totals.entities += set.entityCount();
    totals.relations += set.relationCount();
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
    return tr("Usage: hashiya stats [--json] PATH...\n"
              "Counts documents, and entities and relations per type, in the articles under PATH.\n");
}

int StatsCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    bool json = false;
    QStringList paths;
    for (const QString &argument : arguments) {
        if (argument == u"--json") {
            json = true;
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
    const ExpandedPaths expanded = PathExpansion::expand(paths);
    if (!expanded.errors.isEmpty()) {
        for (const QString &error : expanded.errors)
            err << "hashiya stats: " << error << '\n';
        return 2;
    }

    Totals totals;
    QHash<QString, Schema> schemas;
    for (const QString &article : expanded.articles) {
        const QString schemaFile = Corpus::findSchemaFile(article);
        if (!schemas.contains(schemaFile))
            schemas.insert(schemaFile, Corpus::schemaFor(article).schema);
        const DocumentFile::Opened opened =
            DocumentFile::open(article, &schemas[schemaFile], {}, std::nullopt, DocumentFile::Intent::Read);
        ++totals.documents;
        if (!opened.document || opened.document->isReadOnly()) {
            ++totals.unreadable;
            err << tr("%1: has errors; run “hashiya validate” for details").arg(PathExpansion::display(article))
                << '\n';
        }
        if (opened.document)
            count(*opened.document->annotations(), totals);
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
