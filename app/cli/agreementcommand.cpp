// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementcommand.h"

#include "agreement/agreementstudy.h"
#include "cli/agreementreport.h"
#include "cli/optionparser.h"
#include "cli/progressreporter.h"
#include "io/corpus.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Hashiya {
namespace {

/// The lowest exact-typed micro F1 of any two analysts; NaN if none is defined.
double lowestExactTypedF1(const AgreementStudy::Result &result)
{
    double lowest = std::nan("");
    for (const AgreementStudy::Pair &pair : result.pairs) {
        const double f1 = pair.entities[0].micro().f1();
        if (!std::isnan(f1) && (std::isnan(lowest) || f1 < lowest))
            lowest = f1;
    }
    return lowest;
}

} // namespace

QString AgreementCommand::usage()
{
    return tr("Usage: hashiya agreement [--json | --csv] [--types T1,T2] [--fail-under F1] [--diagnostics FILE]\n"
              "                         DIR_A DIR_B [DIR_C...]\n"
              "Compares the copies of one corpus that several analysts annotated, one folder each, article by\n"
              "article (paired by their path in the folder), and prints how far they agree: entities (precision,\n"
              "recall and F1, exact and overlapping, with and without types), Cohen's κ on code points and\n"
              "tokens, relations through the entity alignment, attributes, Fleiss' κ and Krippendorff's α_U\n"
              "over all analysts. docs/agreement.md defines each figure.\n"
              "--types keeps only entities of these types (and the relations between them).\n"
              "--diagnostics writes one line per disagreement, with its text, as TSV.\n"
              "--fail-under exits with 1 when the entities' exact-typed F1 over all articles (of any two\n"
              "analysts) is below F1, e.g. in a team's CI.\n"
              "Articles missing from some copies, whose text differs or whose sidecar has errors are named\n"
              "and left out. Nothing is written into the folders.\n"
              "Exits with 0, 1 (--fail-under not met), or 2 on a usage error or when FILE cannot be written.\n");
}

int AgreementCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const ParsedOptions options = parseOptions(arguments, {u"types"_s, u"fail-under"_s, u"diagnostics"_s},
                                               {u"json"_s, u"csv"_s});
    if (options.flags.contains(u"help"_s)) {
        out << usage();
        return 0;
    }
    auto usageError = [&](const QString &message) {
        err << "hashiya agreement: " << message << '\n' << usage();
        return 2;
    };
    if (!options.error.isEmpty())
        return usageError(options.error);
    if (options.paths.size() < 2)
        return usageError(tr("at least two folders are needed, one per analyst"));
    if (options.flags.contains(u"json"_s) && options.flags.contains(u"csv"_s))
        return usageError(tr("--json and --csv cannot be used together"));
    double failUnder = -1;
    if (options.values.contains(u"fail-under"_s)) {
        bool ok = false;
        failUnder = options.values.value(u"fail-under"_s).toDouble(&ok);
        if (!ok || failUnder < 0 || failUnder > 1)
            return usageError(tr("--fail-under needs a number from 0 to 1, not “%1”").arg(options.values.value(u"fail-under"_s)));
    }

    AgreementStudy::Settings settings;
    for (const QString &path : options.paths) {
        const QFileInfo info(path);
        if (!info.isDir())
            return usageError(tr("%1 is not a folder").arg(path));
        settings.folders.append(info.absoluteFilePath());
    }
    for (const QString &type : options.values.value(u"types"_s).split(u',', Qt::SkipEmptyParts))
        settings.entityTypes.insert(type.trimmed());
    const Corpus::SchemaChoice schema = Corpus::schemaFor(settings.folders.front());
    for (const RelationType &type : schema.schema.relationTypes) {
        if (type.symmetric)
            settings.symmetricRelationTypes.insert(type.name);
    }

    AgreementStudy::Result result;
    {
        ProgressReporter progress(err, tr("comparing"));
        result = AgreementStudy::run(settings, [&progress](qsizetype done, qsizetype total) {
            progress.report(done, total);
            return true;
        });
    }
    for (const Problem &problem : std::as_const(result.problems))
        err << problem.toString() << '\n';

    if (options.values.contains(u"diagnostics"_s)) {
        const QString path = options.values.value(u"diagnostics"_s);
        QSaveFile file(path);
        const QByteArray tsv = AgreementReport::diagnosticsTsv(result);
        if (!file.open(QIODevice::WriteOnly) || file.write(tsv) != tsv.size() || !file.commit()) {
            err << "hashiya agreement: " << tr("cannot write %1: %2").arg(path, file.errorString()) << '\n';
            return 2;
        }
    }
    if (options.flags.contains(u"json"_s))
        out << QString::fromUtf8(QJsonDocument(AgreementReport::toJson(result)).toJson(QJsonDocument::Indented));
    else if (options.flags.contains(u"csv"_s))
        AgreementReport::writeCsv(result, out);
    else
        AgreementReport::writeText(result, out);

    if (failUnder >= 0) {
        const double lowest = lowestExactTypedF1(result);
        if (std::isnan(lowest) || lowest < failUnder) {
            err << "hashiya agreement: "
                << tr("the entities' exact-typed F1 is %1, below %2").arg(std::isnan(lowest) ? u"n/a"_s : QString::number(lowest, 'f', 3)).arg(failUnder)
                << '\n';
            return 1;
        }
    }
    return 0;
}

} // namespace Hashiya
