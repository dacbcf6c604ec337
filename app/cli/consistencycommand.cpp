// SPDX-License-Identifier: GPL-3.0-or-later
#include "consistencycommand.h"

#include "cli/optionparser.h"
#include "cli/progressreporter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "agreement/tagconsistency.h"

using namespace Qt::StringLiterals;

namespace Hashiya {
namespace {

QString taggingName(TagConsistency::Tagging tagging)
{
    switch (tagging) {
    case TagConsistency::Tagging::Exact:
        return u"exact"_s;
    case TagConsistency::Tagging::Partly:
        return u"partly"_s;
    case TagConsistency::Tagging::Untagged:
        break;
    }
    return u"untagged"_s;
}

/// "PERSON", "ORG|PERSON", "untagged", or "partly PERSON 0-12" (the overlapping entity's span).
QString howTagged(const TagConsistency::Occurrence &occurrence)
{
    switch (occurrence.tagging) {
    case TagConsistency::Tagging::Exact:
        return occurrence.types.join(u'|');
    case TagConsistency::Tagging::Partly:
        return ConsistencyCommand::tr("partly %1 %2-%3")
            .arg(occurrence.types.join(u'|'))
            .arg(occurrence.entityStart)
            .arg(occurrence.entityEnd);
    case TagConsistency::Tagging::Untagged:
        break;
    }
    return ConsistencyCommand::tr("untagged");
}

/// "PERSON 3, ORG 1"
QString typeCounts(const TagConsistency::Text &text)
{
    QStringList counts;
    for (auto it = text.types.cbegin(); it != text.types.cend(); ++it)
        counts.append(it.key() + u' ' + QString::number(it.value()));
    return counts.join(u", "_s);
}

} // namespace

QString ConsistencyCommand::usage()
{
    return tr("Usage: hashiya consistency [--json] [--types T1,T2] [--all] CORPUS...\n"
              "Finds every text an entity has, folded as the search folds it (case, Turkish suffixes, Arabic\n"
              "marks, alef forms and proclitics), wherever it occurs in the corpus as a whole word, and says\n"
              "how each occurrence is tagged: with the same span and a type, partly (an entity overlaps it),\n"
              "or not at all. A text is inconsistent when it is tagged with more than one type, or tagged in\n"
              "some places and not, or partly, in others. Texts of fewer than two letters are left out.\n"
              "Lists the inconsistent texts (every text with --all): the text, its types with their counts,\n"
              "how many occurrences are untagged or partly tagged, then each occurrence as\n"
              "PATH:START-END: HOW: CONTEXT, offsets in code points.\n"
              "--types keeps only entities of these types.\n"
              "Articles whose sidecar cannot be read or has errors are named and left out. Nothing is written.\n"
              "Exits with 0 when every text is consistent, 1 when some is not, or 2 on a usage error.\n");
}

int ConsistencyCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const ParsedOptions options = parseOptions(arguments, {u"types"_s}, {u"json"_s, u"all"_s});
    if (options.flags.contains(u"help"_s)) {
        out << usage();
        return 0;
    }
    auto usageError = [&](const QString &message) {
        err << "hashiya consistency: " << message << '\n' << usage();
        return 2;
    };
    if (!options.error.isEmpty())
        return usageError(options.error);
    if (options.paths.isEmpty())
        return usageError(tr("a corpus folder is needed"));

    TagConsistency::Settings settings;
    for (const QString &path : options.paths) {
        const QFileInfo info(path);
        if (!info.isDir())
            return usageError(tr("%1 is not a folder").arg(path));
        settings.folders.append(info.absoluteFilePath());
    }
    for (const QString &type : options.values.value(u"types"_s).split(u',', Qt::SkipEmptyParts))
        settings.entityTypes.insert(type.trimmed());
    const bool all = options.flags.contains(u"all"_s);
    settings.keepConsistent = all;

    TagConsistency::Result result;
    {
        ProgressReporter progress(err, tr("reviewing"));
        // Both passes read every article: shown as one walk through them.
        result = TagConsistency::run(settings, [&progress](qsizetype done, qsizetype total) {
            progress.report(done / 2, total / 2);
            return true;
        });
    }
    for (const Problem &problem : std::as_const(result.problems))
        err << problem.toString() << '\n';

    // Paths as the folders were given, so that an editor opens them from here.
    auto pathOf = [&](qsizetype article) {
        const TagConsistency::ArticleName &name = result.articles[size_t(article)];
        return QDir::cleanPath(options.paths.at(name.folder) + u'/' + name.path);
    };
    const qsizetype inconsistent = result.inconsistentCount();
    if (options.flags.contains(u"json"_s)) {
        QJsonArray texts;
        for (const TagConsistency::Text &text : result.texts) {
            if (!all && !text.isInconsistent())
                continue;
            QJsonObject types;
            for (auto it = text.types.cbegin(); it != text.types.cend(); ++it)
                types.insert(it.key(), double(it.value()));
            QJsonArray places;
            for (const TagConsistency::Occurrence &occurrence : text.places) {
                QJsonObject place {{u"path"_s, pathOf(occurrence.article)},
                                   {u"start"_s, double(occurrence.start)},
                                   {u"end"_s, double(occurrence.end)},
                                   {u"tagging"_s, taggingName(occurrence.tagging)},
                                   {u"types"_s, QJsonArray::fromStringList(occurrence.types)},
                                   {u"context"_s, occurrence.context}};
                if (occurrence.tagging == TagConsistency::Tagging::Partly) {
                    place.insert(u"entityStart"_s, double(occurrence.entityStart));
                    place.insert(u"entityEnd"_s, double(occurrence.entityEnd));
                }
                places.append(place);
            }
            texts.append(QJsonObject {{u"text"_s, text.text},
                                      {u"folded"_s, text.folded},
                                      {u"inconsistent"_s, text.isInconsistent()},
                                      {u"occurrences"_s, double(text.occurrences)},
                                      {u"types"_s, types},
                                      {u"untagged"_s, double(text.untagged)},
                                      {u"partly"_s, double(text.partly)},
                                      {u"places"_s, places}});
        }
        const QJsonObject report {{u"articles"_s, double(result.articles.size())},
                                  {u"reviewed"_s, double(result.articlesReviewed)},
                                  {u"texts"_s, double(result.texts.size())},
                                  {u"inconsistent"_s, double(inconsistent)},
                                  {u"results"_s, texts}};
        out << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
    } else {
        for (const TagConsistency::Text &text : result.texts) {
            if (!all && !text.isInconsistent())
                continue;
            out << tr("“%1”: %2; untagged %3, partly tagged %4")
                       .arg(text.text, text.types.isEmpty() ? tr("no type") : typeCounts(text))
                       .arg(text.untagged)
                       .arg(text.partly)
                << '\n';
            for (const TagConsistency::Occurrence &occurrence : text.places) {
                out << "  " << pathOf(occurrence.article) << ':' << occurrence.start << '-' << occurrence.end << ": "
                    << howTagged(occurrence) << ": " << occurrence.context << '\n';
            }
        }
        // One sentence per number, so that a translation can put each where its language wants it.
        out << tr("%1 of %n text(s) inconsistent", nullptr, int(result.texts.size())).arg(inconsistent) << "; "
            << tr("%n article(s) reviewed", nullptr, int(result.articlesReviewed)) << '\n';
    }
    return inconsistent > 0 ? 1 : 0;
}

} // namespace Hashiya
