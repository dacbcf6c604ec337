// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementreport.h"

#include "agreement/presenceitems.h"
#include "agreement/spanalignment.h"

#include <QJsonArray>
#include <QStringList>
#include <QTextStream>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Hashiya {
namespace {

QString score(double value)
{
    return std::isnan(value) ? u"n/a"_s : QString::number(value, 'f', 3);
}

QString kappa(const CodingResult &result)
{
    if (std::isnan(result.value))
        return AgreementReport::tr("n/a (%1)").arg(result.undefinedReason);
    return score(result.value);
}

QJsonValue number(double value)
{
    return std::isnan(value) ? QJsonValue() : QJsonValue(value);
}

QString csvNumber(double value)
{
    return std::isnan(value) ? QString() : QString::number(value, 'g', 17);
}

QString pairName(const AgreementStudy::Pair &pair)
{
    return AgreementReport::letter(pair.a) + u'–' + AgreementReport::letter(pair.b);
}

QString counts(const MatchCounts &c)
{
    return u"%1/%2/%3"_s.arg(c.matched).arg(c.inA).arg(c.inB);
}

void prfRow(QTextStream &out, const QString &label, const MatchCounts &c, int width)
{
    out << "  " << label.leftJustified(width) << "  " << score(c.precision()).rightJustified(6) << "  "
        << score(c.recall()).rightJustified(6) << "  " << score(c.f1()).rightJustified(6) << "  " << counts(c) << '\n';
}

void prfHeading(QTextStream &out, const QString &title, int width)
{
    out << title.leftJustified(width + 2) << "  " << u"P"_s.rightJustified(6) << "  " << u"R"_s.rightJustified(6)
        << "  " << u"F1"_s.rightJustified(6) << "  " << AgreementReport::tr("matched/|A|/|B|") << '\n';
}

void attributesTable(QTextStream &out, const QString &title, const AttributeAgreement &attributes)
{
    if (attributes.keys().isEmpty())
        return;
    out << title << '\n';
    for (auto it = attributes.keys().cbegin(); it != attributes.keys().cend(); ++it) {
        out << "  " << it.key() << ": " << AgreementReport::tr("%1 of %2 agree (%3), κ %4")
                                               .arg(it->agreeing)
                                               .arg(it->n)
                                               .arg(score(it->observed()), kappa(it->kappa()))
            << '\n';
    }
}

QJsonObject prfJson(const MatchCounts &c)
{
    return {{u"precision"_s, number(c.precision())}, {u"recall"_s, number(c.recall())}, {u"f1"_s, number(c.f1())},
            {u"matched"_s, c.matched}, {u"inA"_s, c.inA}, {u"inB"_s, c.inB}};
}

QJsonObject typedJson(const TypedCounts &counts)
{
    QJsonObject perType;
    for (auto it = counts.perType().cbegin(); it != counts.perType().cend(); ++it)
        perType.insert(it.key(), prfJson(*it));
    const PrfScores macro = counts.macro();
    return {{u"micro"_s, prfJson(counts.micro())},
            {u"macro"_s, QJsonObject {{u"precision"_s, number(macro.precision)}, {u"recall"_s, number(macro.recall)},
                                      {u"f1"_s, number(macro.f1)}}},
            {u"perType"_s, perType}};
}

QJsonObject kappaJson(const CodingResult &result)
{
    QJsonObject object {{u"kappa"_s, number(result.value)}, {u"observed"_s, number(result.observed)},
                        {u"expected"_s, number(result.expected)}, {u"items"_s, result.items}};
    if (std::isnan(result.value))
        object.insert(u"undefined"_s, result.undefinedReason);
    return object;
}

QJsonObject attributesJson(const AttributeAgreement &attributes)
{
    QJsonObject keys;
    for (auto it = attributes.keys().cbegin(); it != attributes.keys().cend(); ++it) {
        QJsonObject key = kappaJson(it->kappa());
        key.insert(u"n"_s, it->n);
        key.insert(u"agreeing"_s, it->agreeing);
        keys.insert(it.key(), key);
    }
    return keys;
}

QString tsvField(QString value)
{
    // A field never holds a tab or a line end: the article's own are shown as spaces.
    value.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
    return value;
}

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

/// "in all", or "in A, C" for some of them.
QString presenceName(quint64 analysts, int count)
{
    if (analysts == PresenceItems::everyone(count))
        return AgreementReport::tr("in all (complete agreement)");
    return AgreementReport::tr("in %1 only").arg(PresenceItems::letters(analysts, count));
}

} // namespace

QString AgreementReport::letter(int analyst)
{
    return PresenceItems::letter(analyst);
}

void AgreementReport::writeText(const AgreementStudy::Result &result, QTextStream &out)
{
    const AgreementStudy::Settings &settings = result.settings;
    out << tr("Agreement of %n analyst(s)", nullptr, int(settings.folders.size())) << ", "
        << tr("%n article(s) compared", nullptr, int(result.articles)) << '\n';
    for (int i = 0; i < settings.folders.size(); ++i)
        out << "  " << letter(i) << " = " << settings.folders.at(i) << '\n';
    QStringList types(settings.entityTypes.begin(), settings.entityTypes.end());
    types.sort();
    QStringList symmetric(settings.symmetricRelationTypes.begin(), settings.symmetricRelationTypes.end());
    symmetric.sort();
    out << tr("Settings:") << '\n'
        << "  " << tr("entity types: %1").arg(types.isEmpty() ? tr("all") : types.join(u", "_s)) << '\n'
        << "  " << tr("relation types without direction: %1").arg(symmetric.isEmpty() ? tr("none") : symmetric.join(u", "_s))
        << '\n'
        << "  " << tr("offsets: Unicode code points; tokens: UAX #29 word boundaries, white space left out") << '\n'
        << "  " << tr("relations and entity diagnostics: entities paired one to one by overlap, any type") << '\n'
        << "  " << tr("attributes: over entities paired by overlap and type, and over matching relations") << '\n';
    if (!result.partial.empty()) {
        out << tr("Not in every copy (left out):") << '\n';
        for (const auto &[name, lacking] : result.partial) {
            QStringList letters;
            for (const int analyst : lacking)
                letters.append(letter(analyst));
            out << "  " << name << ": " << tr("missing in %1").arg(letters.join(u", "_s)) << '\n';
        }
    }
    if (!result.problems.isEmpty()) {
        out << tr("Left out (see the problems above):") << ' ' << result.problems.size() << '\n';
    }

    const int width = 20;
    for (const AgreementStudy::Pair &pair : result.pairs) {
        out << '\n' << pairName(pair) << '\n';
        prfHeading(out, tr("Entities"), width);
        for (const SpanScores &scores : pair.entities)
            prfRow(out, scores.rule().name(), scores.micro(), width);
        out << "  " << tr("macro F1, exact-typed: %1; mean F1 per article: %2")
                           .arg(score(pair.entities[0].macro().f1), score(pair.meanArticleExactTyped.f1))
            << '\n';
        prfHeading(out, tr("Entities per type (exact-typed)"), width);
        for (auto it = pair.entities[0].perType().cbegin(); it != pair.entities[0].perType().cend(); ++it)
            prfRow(out, it.key(), *it, width);
        const auto kappaCell = [](const CodingResult &result) {
            return QString(kappa(result) + u" ("_s + QString::number(result.items) + u')').leftJustified(24);
        };
        out << tr("Positions").leftJustified(width + 2) << "  " << tr("κ, all (N)").leftJustified(24) << tr("κ, marked (N)")
            << '\n';
        out << "  " << tr("code points").leftJustified(width) << "  " << kappaCell(pair.codePoints.all)
            << kappaCell(pair.codePoints.marked).trimmed() << '\n';
        out << "  " << tr("tokens").leftJustified(width) << "  " << kappaCell(pair.tokens.all)
            << kappaCell(pair.tokens.marked).trimmed() << '\n';
        prfHeading(out, tr("Relations"), width);
        prfRow(out, tr("all"), pair.relationsAll.micro(), width);
        prfRow(out, tr("comparable"), pair.relationsComparable.micro(), width);
        prfRow(out, tr("links, all"), pair.linksAll, width);
        prfRow(out, tr("links, comparable"), pair.linksComparable, width);
        for (auto it = pair.relationsAll.perType().cbegin(); it != pair.relationsAll.perType().cend(); ++it)
            prfRow(out, it.key(), *it, width);
        out << "  " << tr("relation types, κ over aligned endpoint pairs: %1 (%2)")
                           .arg(kappa(pair.relationTypes))
                           .arg(pair.relationTypes.items)
            << '\n';
        attributesTable(out, tr("Entity attributes"), pair.entityAttributes);
        attributesTable(out, tr("Relation attributes"), pair.relationAttributes);
        if (!pair.disagreements.isEmpty()) {
            out << tr("Disagreements") << '\n';
            for (auto it = pair.disagreements.cbegin(); it != pair.disagreements.cend(); ++it)
                out << "  " << it.key().leftJustified(width) << "  " << *it << '\n';
        }
    }

    if (result.pairs.size() > 1) {
        out << '\n' << tr("Every two analysts: F1 exact-typed (upper right), κ on code points (lower left)") << '\n';
        const int m = int(settings.folders.size());
        out << "     ";
        for (int j = 0; j < m; ++j)
            out << letter(j).rightJustified(7);
        out << '\n';
        for (int i = 0; i < m; ++i) {
            out << "  " << letter(i).leftJustified(3);
            for (int j = 0; j < m; ++j) {
                QString cell = u"—"_s;
                for (const AgreementStudy::Pair &pair : result.pairs) {
                    if (pair.a == std::min(i, j) && pair.b == std::max(i, j))
                        cell = i < j ? score(pair.entities[0].micro().f1()) : score(pair.codePoints.all.value);
                }
                out << cell.rightJustified(7);
            }
            out << '\n';
        }
    }
    out << '\n' << tr("All analysts") << '\n';
    out << "  " << tr("Entities marked alike (the same spans and type), by who marked them:") << '\n';
    for (auto it = result.presence.crbegin(); it != result.presence.crend(); ++it) {
        out << "    " << presenceName(it->first, int(settings.folders.size())).leftJustified(width) << "  " << it->second
            << '\n';
    }
    out << "  " << tr("Fleiss' κ, code points: %1 (%2), marked: %3 (%4)")
                       .arg(kappa(result.fleissCodePoints.all))
                       .arg(result.fleissCodePoints.all.items)
                       .arg(kappa(result.fleissCodePoints.marked))
                       .arg(result.fleissCodePoints.marked.items)
        << '\n';
    out << "  " << tr("Fleiss' κ, tokens: %1 (%2), marked: %3 (%4)")
                       .arg(kappa(result.fleissTokens.all))
                       .arg(result.fleissTokens.all.items)
                       .arg(kappa(result.fleissTokens.marked))
                       .arg(result.fleissTokens.marked.items)
        << '\n';
    const QString alpha = std::isnan(result.alphaU.alpha)
        ? tr("n/a (%1)").arg(result.alphaU.undefinedReason)
        : score(result.alphaU.alpha);
    out << "  " << tr("Krippendorff's α_U (articles end to end): %1").arg(alpha) << '\n';
    for (size_t c = 0; c < result.alphaU.categories.size() && c < size_t(result.alphaCategories.size()); ++c)
        out << "    " << result.alphaCategories.at(qsizetype(c)).leftJustified(width) << "  "
            << score(result.alphaU.categories[c].alpha) << '\n';
    if (result.alphaU.droppedOverlaps > 0)
        out << "  " << tr("%n unit(s) left out of α_U: they overlap another of the same analyst and type", nullptr,
                          int(result.alphaU.droppedOverlaps))
            << '\n';
}

QJsonObject AgreementReport::toJson(const AgreementStudy::Result &result)
{
    QJsonArray analysts;
    for (int i = 0; i < result.settings.folders.size(); ++i)
        analysts.append(QJsonObject {{u"name"_s, letter(i)}, {u"folder"_s, result.settings.folders.at(i)}});
    QStringList types(result.settings.entityTypes.begin(), result.settings.entityTypes.end());
    types.sort();
    QStringList symmetric(result.settings.symmetricRelationTypes.begin(), result.settings.symmetricRelationTypes.end());
    symmetric.sort();
    QJsonArray partial;
    for (const auto &[name, lacking] : result.partial) {
        QJsonArray letters;
        for (const int analyst : lacking)
            letters.append(letter(analyst));
        partial.append(QJsonObject {{u"article"_s, name}, {u"missingIn"_s, letters}});
    }
    QJsonArray leftOut;
    for (const Problem &problem : result.problems)
        leftOut.append(problem.toString());
    QJsonArray pairs;
    for (const AgreementStudy::Pair &pair : result.pairs) {
        QJsonObject entities;
        for (const SpanScores &scores : pair.entities)
            entities.insert(scores.rule().name(), typedJson(scores.counts()));
        const PrfScores mean = pair.meanArticleExactTyped;
        entities.insert(u"meanPerArticle"_s, QJsonObject {{u"precision"_s, number(mean.precision)},
                                                           {u"recall"_s, number(mean.recall)}, {u"f1"_s, number(mean.f1)}});
        QJsonObject disagreements;
        for (auto it = pair.disagreements.cbegin(); it != pair.disagreements.cend(); ++it)
            disagreements.insert(it.key(), *it);
        pairs.append(QJsonObject {
            {u"a"_s, letter(pair.a)},
            {u"b"_s, letter(pair.b)},
            {u"entities"_s, entities},
            {u"positions"_s,
             QJsonObject {{u"codePoints"_s, QJsonObject {{u"all"_s, kappaJson(pair.codePoints.all)},
                                                         {u"marked"_s, kappaJson(pair.codePoints.marked)}}},
                          {u"tokens"_s, QJsonObject {{u"all"_s, kappaJson(pair.tokens.all)},
                                                     {u"marked"_s, kappaJson(pair.tokens.marked)}}}}},
            {u"relations"_s,
             QJsonObject {{u"all"_s, typedJson(pair.relationsAll)},
                          {u"comparable"_s, typedJson(pair.relationsComparable)},
                          {u"linksAll"_s, prfJson(pair.linksAll)},
                          {u"linksComparable"_s, prfJson(pair.linksComparable)},
                          {u"typeKappa"_s, kappaJson(pair.relationTypes)}}},
            {u"attributes"_s, QJsonObject {{u"entities"_s, attributesJson(pair.entityAttributes)},
                                           {u"relations"_s, attributesJson(pair.relationAttributes)}}},
            {u"disagreements"_s, disagreements},
        });
    }
    QJsonObject alphaCategories;
    for (size_t c = 0; c < result.alphaU.categories.size() && c < size_t(result.alphaCategories.size()); ++c) {
        const UnitizingAlpha::Category &category = result.alphaU.categories[c];
        alphaCategories.insert(result.alphaCategories.at(qsizetype(c)),
                               QJsonObject {{u"alpha"_s, number(category.alpha)}, {u"observed"_s, number(category.observed)},
                                            {u"expected"_s, number(category.expected)}, {u"units"_s, category.units}});
    }
    QJsonArray presence;
    for (auto it = result.presence.crbegin(); it != result.presence.crend(); ++it) {
        QJsonArray letters;
        for (int i = 0; i < result.settings.folders.size() && i < 64; ++i) {
            if (it->first & (quint64(1) << i))
                letters.append(letter(i));
        }
        presence.append(QJsonObject {{u"markedBy"_s, letters}, {u"entities"_s, it->second}});
    }
    QJsonObject alpha {{u"alpha"_s, number(result.alphaU.alpha)}, {u"perType"_s, alphaCategories},
                       {u"droppedOverlaps"_s, result.alphaU.droppedOverlaps}};
    if (std::isnan(result.alphaU.alpha))
        alpha.insert(u"undefined"_s, result.alphaU.undefinedReason);
    return {
        {u"analysts"_s, analysts},
        {u"settings"_s, QJsonObject {{u"entityTypes"_s, QJsonArray::fromStringList(types)},
                                     {u"symmetricRelationTypes"_s, QJsonArray::fromStringList(symmetric)},
                                     {u"offsets"_s, u"code points"_s},
                                     {u"tokens"_s, u"UAX #29 word boundaries"_s},
                                     {u"relationAlignment"_s, u"overlap-untyped"_s},
                                     {u"attributeAlignment"_s, u"overlap-typed"_s}}},
        {u"articles"_s, result.articles},
        {u"notInEveryCopy"_s, partial},
        {u"leftOut"_s, leftOut},
        {u"pairs"_s, pairs},
        {u"all"_s, QJsonObject {{u"fleissCodePoints"_s, QJsonObject {{u"all"_s, kappaJson(result.fleissCodePoints.all)},
                                                                     {u"marked"_s, kappaJson(result.fleissCodePoints.marked)}}},
                                {u"fleissTokens"_s, QJsonObject {{u"all"_s, kappaJson(result.fleissTokens.all)},
                                                                 {u"marked"_s, kappaJson(result.fleissTokens.marked)}}},
                                {u"entitiesByWhoMarkedThem"_s, presence},
                                {u"alphaU"_s, alpha}}},
    };
}

void AgreementReport::writeCsv(const AgreementStudy::Result &result, QTextStream &out)
{
    out << "pair,measure,mode,type,precision,recall,f1,matched,in_a,in_b,value,items\n";
    auto prf = [&out](const QString &pair, const QString &measure, const QString &mode, const QString &type,
                      const MatchCounts &c) {
        out << pair << ',' << measure << ',' << mode << ',' << csvField(type) << ',' << csvNumber(c.precision()) << ','
            << csvNumber(c.recall()) << ',' << csvNumber(c.f1()) << ',' << c.matched << ',' << c.inA << ',' << c.inB
            << ",,\n";
    };
    auto value = [&out](const QString &pair, const QString &measure, const QString &mode, const QString &type,
                        double number, qint64 items) {
        out << pair << ',' << measure << ',' << mode << ',' << csvField(type) << ",,,,,,," << csvNumber(number) << ','
            << items << '\n';
    };
    for (const AgreementStudy::Pair &pair : result.pairs) {
        const QString name = letter(pair.a) + u'-' + letter(pair.b);
        for (const SpanScores &scores : pair.entities) {
            prf(name, u"entities"_s, scores.rule().name(), QString(), scores.micro());
            for (auto it = scores.perType().cbegin(); it != scores.perType().cend(); ++it)
                prf(name, u"entities"_s, scores.rule().name(), it.key(), *it);
            value(name, u"entities_macro_f1"_s, scores.rule().name(), QString(), scores.macro().f1, 0);
        }
        value(name, u"entities_mean_article_f1"_s, u"exact-typed"_s, QString(), pair.meanArticleExactTyped.f1, result.articles);
        value(name, u"cohen_kappa"_s, u"code-points-all"_s, QString(), pair.codePoints.all.value, pair.codePoints.all.items);
        value(name, u"cohen_kappa"_s, u"code-points-marked"_s, QString(), pair.codePoints.marked.value, pair.codePoints.marked.items);
        value(name, u"cohen_kappa"_s, u"tokens-all"_s, QString(), pair.tokens.all.value, pair.tokens.all.items);
        value(name, u"cohen_kappa"_s, u"tokens-marked"_s, QString(), pair.tokens.marked.value, pair.tokens.marked.items);
        prf(name, u"relations"_s, u"all"_s, QString(), pair.relationsAll.micro());
        for (auto it = pair.relationsAll.perType().cbegin(); it != pair.relationsAll.perType().cend(); ++it)
            prf(name, u"relations"_s, u"all"_s, it.key(), *it);
        prf(name, u"relations"_s, u"comparable"_s, QString(), pair.relationsComparable.micro());
        prf(name, u"links"_s, u"all"_s, QString(), pair.linksAll);
        prf(name, u"links"_s, u"comparable"_s, QString(), pair.linksComparable);
        value(name, u"relation_type_kappa"_s, QString(), QString(), pair.relationTypes.value, pair.relationTypes.items);
        for (auto it = pair.entityAttributes.keys().cbegin(); it != pair.entityAttributes.keys().cend(); ++it)
            value(name, u"entity_attribute_kappa"_s, QString(), it.key(), it->kappa().value, it->n);
    }
    value(u"all"_s, u"fleiss_kappa"_s, u"code-points-all"_s, QString(), result.fleissCodePoints.all.value, result.fleissCodePoints.all.items);
    value(u"all"_s, u"fleiss_kappa"_s, u"code-points-marked"_s, QString(), result.fleissCodePoints.marked.value, result.fleissCodePoints.marked.items);
    value(u"all"_s, u"fleiss_kappa"_s, u"tokens-all"_s, QString(), result.fleissTokens.all.value, result.fleissTokens.all.items);
    value(u"all"_s, u"fleiss_kappa"_s, u"tokens-marked"_s, QString(), result.fleissTokens.marked.value, result.fleissTokens.marked.items);
    value(u"all"_s, u"alpha_u"_s, QString(), QString(), result.alphaU.alpha, 0);
    for (size_t c = 0; c < result.alphaU.categories.size() && c < size_t(result.alphaCategories.size()); ++c)
        value(u"all"_s, u"alpha_u"_s, QString(), result.alphaCategories.at(qsizetype(c)), result.alphaU.categories[c].alpha,
              result.alphaU.categories[c].units);
}

QByteArray AgreementReport::diagnosticsTsv(const AgreementStudy::Result &result)
{
    QString tsv = u"article\tanalyst_a\tanalyst_b\tkind\tid_a\ttype_a\ttext_a\tid_b\ttype_b\ttext_b\tstart\tend\n"_s;
    for (const AgreementStudy::Disagreement &d : result.disagreements) {
        const QStringList fields {d.article, letter(d.a), letter(d.b), d.kind, d.idA, d.typeA, d.textA, d.idB, d.typeB,
                                  d.textB, d.start < 0 ? QString() : QString::number(d.start),
                                  d.end < 0 ? QString() : QString::number(d.end)};
        QStringList clean;
        for (const QString &field : fields)
            clean.append(tsvField(field));
        tsv += clean.join(u'\t') + u'\n';
    }
    return tsv.toUtf8();
}

} // namespace Hashiya
