// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementstudy.h"

#include "agreement/positionlabels.h"
#include "agreement/positiontallies.h"
#include "agreement/presenceitems.h"
#include "agreement/relationagreement.h"
#include "agreement/spanalignment.h"
#include "formats/conlltokenizer.h"
#include "io/workerpool.h"
#include "text/codepointindex.h"

#include <QHash>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Hashiya {
namespace {

constexpr int exactTyped = 0; // indexes into SpanMatchRule::all()
constexpr int overlapTyped = 2;
constexpr int overlapUntyped = 3;

/// What two analysts' annotations of one article give.
struct PairOutcome
{
    std::array<SpanScores, 4> entities;
    RelationAgreement relations;
    AttributeAgreement entityAttributes;
    AttributeAgreement relationAttributes;
    std::vector<AgreementStudy::Disagreement> disagreements;
};

/// One article, compared on the worker pool; pooled in order afterwards.
struct ArticleOutcome
{
    bool compared = false;
    Problems problems;
    qsizetype length = 0; ///< code points
    std::vector<std::vector<Entity>> entities; ///< per analyst, of the kept types
    std::vector<std::pair<qsizetype, qsizetype>> tokens; ///< code points
    std::vector<PairOutcome> pairs; ///< (0,1), (0,2) … (1,2) …
};

/// The text an entity covers, its fragments joined by " … ".
QString coveredText(const QString &text, const CodePointIndex &codePoints, const Entity &entity)
{
    QStringList parts;
    for (const Span &span : entity.spans) {
        const qsizetype start = codePoints.toUtf16(span.start);
        parts.append(text.mid(start, codePoints.toUtf16(span.end) - start));
    }
    return parts.join(u" … "_s);
}

/// The entities both analysts did not agree on, as the untyped overlap alignment pairs them.
void entityDisagreements(const QString &text, const CodePointIndex &codePoints, const std::vector<Entity> &a,
                         const std::vector<Entity> &b, const SpanAlignment &alignment,
                         std::vector<AgreementStudy::Disagreement> &out)
{
    auto row = [&](const QString &kind, const Entity *x, const Entity *y) {
        AgreementStudy::Disagreement d;
        d.kind = kind;
        if (x)
            d.idA = x->id, d.typeA = x->type, d.textA = coveredText(text, codePoints, *x);
        if (y)
            d.idB = y->id, d.typeB = y->type, d.textB = coveredText(text, codePoints, *y);
        const Entity &first = x ? *x : *y;
        d.start = first.start();
        d.end = first.end();
        out.push_back(std::move(d));
    };
    for (const EntityPair &pair : alignment.pairs()) {
        const Entity &x = a[size_t(pair.a)];
        const Entity &y = b[size_t(pair.b)];
        const bool sameSpans = x.spans == y.spans;
        const bool sameType = x.type == y.type;
        if (!sameSpans && !sameType)
            row(u"boundaries_and_type"_s, &x, &y);
        else if (!sameSpans)
            row(u"boundaries"_s, &x, &y);
        else if (!sameType)
            row(u"type"_s, &x, &y);
        else if (x.attributes != y.attributes)
            row(u"attributes"_s, &x, &y);
    }
    for (const int i : alignment.unpairedA())
        row(u"only_in_A"_s, &a[size_t(i)], nullptr);
    for (const int i : alignment.unpairedB())
        row(u"only_in_B"_s, nullptr, &b[size_t(i)]);
}

PairOutcome comparePair(const QString &text, const CodePointIndex &codePoints, const std::vector<Entity> &a,
                        const std::vector<Relation> &relationsA, const std::vector<Entity> &b,
                        const std::vector<Relation> &relationsB, const QSet<QString> &symmetric)
{
    PairOutcome outcome;
    std::array<SpanAlignment, 4> alignments;
    const std::array<SpanMatchRule, 4> rules = SpanMatchRule::all();
    for (size_t k = 0; k < rules.size(); ++k) {
        alignments[k] = SpanAlignment::align(a, b, rules[k]);
        outcome.entities[k] = SpanScores::fromAlignment(a, b, alignments[k]);
    }
    outcome.relations =
        RelationAgreement::compute(a, relationsA, b, relationsB, alignments[overlapUntyped], symmetric);
    outcome.entityAttributes = AttributeAgreement::forEntities(a, b, alignments[overlapTyped]);
    outcome.relationAttributes =
        AttributeAgreement::forRelations(relationsA, relationsB, outcome.relations.matchedPairs());
    entityDisagreements(text, codePoints, a, b, alignments[overlapUntyped], outcome.disagreements);
    for (const RelationDiagnostic &diagnostic : outcome.relations.diagnostics()) {
        if (diagnostic.kind == RelationDiagnostic::Kind::Match)
            continue;
        AgreementStudy::Disagreement d;
        d.kind = RelationDiagnostic::kindName(diagnostic.kind);
        d.idA = diagnostic.idA, d.typeA = diagnostic.typeA;
        d.idB = diagnostic.idB, d.typeB = diagnostic.typeB;
        outcome.disagreements.push_back(std::move(d));
    }
    return outcome;
}

ArticleOutcome compareArticle(const AgreementStudy::Settings &settings, const QString &name)
{
    ArticleOutcome outcome;
    std::optional<AnalystCopies::Article> article = AnalystCopies::read(settings.folders, name, &outcome.problems);
    if (!article)
        return outcome;
    outcome.compared = true;
    const CodePointIndex &codePoints = article->codePoints;
    outcome.length = codePoints.codePointCount();
    const int m = int(settings.folders.size());
    std::vector<std::vector<Relation>> relations(static_cast<size_t>(m));
    for (int i = 0; i < m; ++i) {
        std::vector<Entity> &entities = article->entities[size_t(i)];
        if (!settings.entityTypes.isEmpty()) {
            // Only the kept types, and the relations between them.
            std::erase_if(entities, [&](const Entity &e) { return !settings.entityTypes.contains(e.type); });
            QSet<QString> kept;
            for (const Entity &entity : entities)
                kept.insert(entity.id);
            std::erase_if(article->relations[size_t(i)],
                          [&](const Relation &r) { return !kept.contains(r.from) || !kept.contains(r.to); });
        }
        relations[size_t(i)] = std::move(article->relations[size_t(i)]);
    }
    for (const ConllToken &token : ConllTokenizer::tokenize(article->text))
        outcome.tokens.emplace_back(codePoints.toCodePoint(token.start), codePoints.toCodePoint(token.end));
    for (int x = 0; x < m; ++x) {
        for (int y = x + 1; y < m; ++y) {
            PairOutcome pair = comparePair(article->text, codePoints, article->entities[size_t(x)],
                                           relations[size_t(x)], article->entities[size_t(y)],
                                           relations[size_t(y)], settings.symmetricRelationTypes);
            for (AgreementStudy::Disagreement &d : pair.disagreements) {
                d.article = name;
                d.a = x;
                d.b = y;
            }
            outcome.pairs.push_back(std::move(pair));
        }
    }
    outcome.entities = std::move(article->entities);
    return outcome;
}

/// Which analysts marked each entity of an article (the same spans and type), counted by analyst set.
void addPresence(const std::vector<std::vector<Entity>> &entities, std::map<quint64, qsizetype> &presence)
{
    const std::vector<Relation> none;
    std::vector<PresenceItems::Side> sides;
    for (const std::vector<Entity> &analyst : entities)
        sides.push_back({analyst, none});
    for (const PresenceItems::Item &item : PresenceItems::of(sides, {}))
        ++presence[item.analysts];
}

} // namespace

AgreementStudy::Result AgreementStudy::run(const Settings &settings, const Progress &progress)
{
    Result result;
    result.settings = settings;
    const int m = int(settings.folders.size());
    const AnalystCopies::Listing listing = AnalystCopies::list(settings.folders);
    result.partial = listing.partial;

    for (int x = 0; x < m; ++x) {
        for (int y = x + 1; y < m; ++y) {
            Pair pair;
            pair.a = x;
            pair.b = y;
            const std::array<SpanMatchRule, 4> rules = SpanMatchRule::all();
            for (size_t k = 0; k < rules.size(); ++k)
                pair.entities[k] = SpanScores(rules[k]);
            result.pairs.push_back(std::move(pair));
        }
    }
    std::vector<std::vector<PrfScores>> articleScores(result.pairs.size());
    std::vector<std::vector<LabelPair>> relationTypeItems(result.pairs.size());
    PositionLabels::Categories categories;
    PositionTallies codePoints(m);
    PositionTallies tokens(m);
    QHash<QString, int> typeNumbers; // α_U's categories
    std::vector<UnitizingAlpha::Unit> units;
    qint64 continuum = 0;

    const QStringList &names = listing.common;
    walkInOrder(
        names.size(), [&](qsizetype i) { return compareArticle(settings, names.at(i)); },
        [&](qsizetype i, ArticleOutcome outcome) {
            result.problems.append(outcome.problems);
            if (outcome.compared) {
                ++result.articles;
                for (size_t p = 0; p < outcome.pairs.size(); ++p) {
                    Pair &pair = result.pairs[p];
                    PairOutcome &found = outcome.pairs[p];
                    for (size_t k = 0; k < pair.entities.size(); ++k)
                        pair.entities[k] += found.entities[k];
                    articleScores[p].push_back(found.entities[exactTyped].micro().scores());
                    pair.relationsAll += found.relations.all();
                    pair.relationsComparable += found.relations.comparable();
                    pair.linksAll += found.relations.linksAll();
                    pair.linksComparable += found.relations.linksComparable();
                    const std::vector<LabelPair> &items = found.relations.typeLabelPairs();
                    relationTypeItems[p].insert(relationTypeItems[p].end(), items.begin(), items.end());
                    pair.entityAttributes += found.entityAttributes;
                    pair.relationAttributes += found.relationAttributes;
                    for (Disagreement &d : found.disagreements) {
                        ++pair.disagreements[d.kind];
                        result.disagreements.push_back(std::move(d));
                    }
                }
                std::vector<std::vector<PositionLabels::Run>> labels, tokenLabels;
                for (int analyst = 0; analyst < m; ++analyst) {
                    const std::vector<Entity> &entities = outcome.entities[size_t(analyst)];
                    labels.push_back(PositionLabels::ofCodePoints(outcome.length, entities, {}, categories));
                    tokenLabels.push_back(PositionLabels::ofTokens(outcome.tokens, labels.back(), categories));
                    for (const Entity &entity : entities) {
                        const auto known = typeNumbers.constFind(entity.type);
                        const int number = known != typeNumbers.constEnd()
                            ? *known
                            : *typeNumbers.insert(entity.type, int(typeNumbers.size()));
                        for (const Span &span : entity.spans)
                            units.push_back({analyst, number, continuum + span.start, span.end - span.start});
                    }
                }
                codePoints.add(labels);
                tokens.add(tokenLabels);
                addPresence(outcome.entities, result.presence);
                continuum += outcome.length;
            }
            return !progress || progress(i + 1, names.size());
        },
        16);

    for (size_t p = 0; p < result.pairs.size(); ++p) {
        Pair &pair = result.pairs[p];
        pair.meanArticleExactTyped = meanSkippingNaN(articleScores[p]);
        pair.relationTypes = CodingAgreement::cohen(tallyOf(relationTypeItems[p]));
        for (const PositionTallies::Positions positions : {PositionTallies::Positions::All, PositionTallies::Positions::Marked}) {
            CodingResult &codePointKappa = positions == PositionTallies::Positions::All ? pair.codePoints.all : pair.codePoints.marked;
            CodingResult &tokenKappa = positions == PositionTallies::Positions::All ? pair.tokens.all : pair.tokens.marked;
            codePointKappa = CodingAgreement::cohen(codePoints.pair(pair.a, pair.b, positions));
            tokenKappa = CodingAgreement::cohen(tokens.pair(pair.a, pair.b, positions));
        }
    }
    result.fleissCodePoints = {CodingAgreement::fleiss(codePoints.everyone(PositionTallies::Positions::All)),
                               CodingAgreement::fleiss(codePoints.everyone(PositionTallies::Positions::Marked))};
    result.fleissTokens = {CodingAgreement::fleiss(tokens.everyone(PositionTallies::Positions::All)),
                           CodingAgreement::fleiss(tokens.everyone(PositionTallies::Positions::Marked))};
    result.alphaCategories.resize(typeNumbers.size());
    for (auto it = typeNumbers.cbegin(); it != typeNumbers.cend(); ++it)
        result.alphaCategories[*it] = it.key();
    result.alphaU = UnitizingAlpha::compute(0, continuum, m, int(typeNumbers.size()), std::move(units));
    return result;
}

} // namespace Hashiya
