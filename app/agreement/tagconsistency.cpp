// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagconsistency.h"

#include "agreement/analystcopies.h"
#include "io/corpusfiles.h"
#include "io/workerpool.h"
#include "model/entity.h"
#include "text/codepointindex.h"
#include "text/foldedtext.h"
#include "text/keywordincontext.h"
#include "text/languageguess.h"
#include "text/matchboundaries.h"
#include "text/matchoptions.h"
#include "text/textmatcher.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Hashiya {
namespace {

// The indexed scan must accept exactly the matches TextMatcher accepts (the tests compare the two on
// every text), so it uses TextMatcher's own whole-word rules.
using namespace MatchBoundaries;

bool startsWithAl(QStringView text, qsizetype at, qsizetype end)
{
    return at + 2 <= end && text[at] == u'\u0627' && text[at + 1] == u'\u0644';
}

qsizetype letterCount(QStringView text)
{
    return std::count_if(text.begin(), text.end(), [](QChar c) { return c.isLetter(); });
}

/// The project's defaults with the case rules of one of the two foldings (0 general, 1 Turkish).
MatchOptions optionsFor(int turkish)
{
    MatchOptions options;
    options.caseRules = turkish ? MatchOptions::CaseRules::Turkish : MatchOptions::CaseRules::General;
    return options;
}

/// The words of a pattern as TextMatcher folds and splits it.
QStringList tokensOf(const QString &name, int turkish)
{
    QStringList tokens = FoldedText::fold(name, optionsFor(turkish)).split(u' ', Qt::SkipEmptyParts);
    for (QString &token : tokens)
        token = token.trimmed();
    tokens.removeAll(QString());
    return tokens;
}

/// An article and its entities (of the wanted types), read strictly: one whose sidecar cannot be read or
/// has errors is left out, with the reason.
using ReadArticle = AnalystCopies::Copy;

std::optional<ReadArticle> readArticle(const QString &path, const QSet<QString> &types, Problems *problems)
{
    std::optional<ReadArticle> article =
        AnalystCopies::readCopy(path, problems, TagConsistency::tr("not reviewed: the sidecar has errors; fix them first"));
    if (article && !types.isEmpty())
        std::erase_if(article->entities, [&types](const Entity &e) { return !types.contains(e.type); });
    return article;
}

/// The name of a one-span entity as the review groups it; empty for an entity of several fragments.
QString nameOfEntity(const ReadArticle &article, const Entity &entity)
{
    if (entity.spans.size() != 1)
        return {};
    const qsizetype from = article.codePoints.toUtf16(entity.spans.front().start);
    const qsizetype to = article.codePoints.toUtf16(entity.spans.front().end);
    return TagConsistency::nameOf(QStringView(article.text).mid(from, to - from));
}

/// One way a text is written, as one of the two foldings folds it.
struct Pattern
{
    QStringList tokens;
    int text = 0; ///< index of its Text
};

/// Every text's patterns, for articles of either folding, indexed by their first word.
struct PatternIndex
{
    std::vector<Pattern> patterns[2];
    std::vector<TextMatcher> matchers[2]; ///< one per pattern, for PerText and for the unindexed ones
    QHash<QString, std::vector<int>> byFirstWord[2]; ///< the first token's first word → patterns
    std::vector<int> unindexed[2]; ///< patterns that start with no word character: found by their matcher
    QHash<QString, int> textOfName; ///< an entity's name → its Text
    std::set<std::pair<int, QString>> known[2]; ///< (text, tokens) of the patterns
    /// A bit per hash of every first word: most words of an article are no name's first word, and
    /// this rules them out without hashing them for the QHash.
    std::vector<bool> mayBeFirstWord[2] = {std::vector<bool>(filterSize), std::vector<bool>(filterSize)};

    static constexpr size_t filterSize = size_t(1) << 18;
    static size_t filterSlot(QStringView word)
    {
        quint32 hash = 2166136261u; // FNV-1a
        for (const QChar c : word)
            hash = (hash ^ c.unicode()) * 16777619u;
        return hash & (filterSize - 1);
    }

    void add(const QString &name, int text)
    {
        for (int turkish = 0; turkish < 2; ++turkish) {
            const QStringList tokens = tokensOf(name, turkish);
            if (tokens.isEmpty())
                continue;
            std::vector<Pattern> &patterns = this->patterns[turkish];
            // The same pattern for the same text once: names differing in case fold alike.
            if (!known[turkish].insert({text, tokens.join(u' ')}).second)
                continue;
            const int number = int(patterns.size());
            patterns.push_back({tokens, text});
            TextMatcher &matcher = matchers[turkish].emplace_back(name, MatchOptions());
            // TextMatcher folds its pattern on first use; do it here, before the workers share it.
            matcher.findAll(QStringView(), FoldedText(QStringView(), optionsFor(turkish)));
            const QString &first = tokens.front();
            qsizetype wordEnd = 0;
            while (wordEnd < first.size() && isWordCharacter(first[wordEnd]))
                ++wordEnd;
            if (wordEnd == 0)
                unindexed[turkish].push_back(number);
            else {
                byFirstWord[turkish][first.left(wordEnd)].push_back(number);
                mayBeFirstWord[turkish][filterSlot(QStringView(first).left(wordEnd))] = true;
            }
        }
    }
};

/// A match: the pattern's text and the UTF-16 range.
struct Match
{
    int text = 0;
    TextRange range;
    friend bool operator<(const Match &a, const Match &b)
    {
        return std::tie(a.range, a.text) < std::tie(b.range, b.text);
    }
    friend bool operator==(const Match &a, const Match &b) = default;
};

/// Every match of every pattern, as TextMatcher::findAll finds each: each written word of the folded text
/// is looked up once, at its start and after each Arabic proclitic, among the patterns' first words.
std::vector<Match> findIndexed(const PatternIndex &index, QStringView text, const FoldedText &folded)
{
    const int turkish = folded.turkishCase() ? 1 : 0;
    const std::vector<Pattern> &patterns = index.patterns[turkish];
    const QHash<QString, std::vector<int>> &byFirstWord = index.byFirstWord[turkish];
    const std::vector<bool> &mayBeFirstWord = index.mayBeFirstWord[turkish];
    const QString &haystack = folded.folded();
    const qsizetype size = haystack.size();
    std::vector<Match> matches;
    std::map<int, qsizetype> nextFrom; // a pattern's matches never overlap, as TextMatcher's do not
    QString word;

    auto tryAt = [&](qsizetype start, qsizetype wordEnd) {
        if (start >= wordEnd
            || !mayBeFirstWord[PatternIndex::filterSlot(QStringView(haystack).mid(start, wordEnd - start))])
            return;
        word.setRawData(haystack.constData() + start, wordEnd - start); // no copy for the look-up
        const auto found = byFirstWord.constFind(word);
        if (found == byFirstWord.constEnd())
            return;
        for (const int number : *found) {
            const auto next = nextFrom.find(number);
            if (next != nextFrom.end() && start < next->second)
                continue;
            const QStringList &tokens = patterns[size_t(number)].tokens;
            if (!QStringView(haystack).mid(start).startsWith(tokens.front()))
                continue;
            qsizetype end = start + tokens.front().size();
            bool whole = true;
            for (qsizetype t = 1; t < tokens.size() && whole; ++t) {
                qsizetype gap = end;
                while (gap < size && haystack[gap].isSpace())
                    ++gap;
                whole = gap > end && QStringView(haystack).mid(gap).startsWith(tokens[t]);
                end = gap + tokens[t].size();
            }
            if (!whole)
                continue;
            const TextRange range = folded.originalRange(start, end);
            bool leftOk = !isWordAt(text, range.first - 1);
            if (!leftOk) {
                qsizetype wordStart = range.first;
                while (wordStart > 0 && isWordAt(text, wordStart - 1))
                    --wordStart;
                leftOk = isProcliticPrefix(text, wordStart, range.first);
            }
            if (!leftOk || isWordAt(text, range.second))
                continue;
            matches.push_back({patterns[size_t(number)].text, range});
            nextFrom[number] = end;
        }
    };

    for (qsizetype i = 0; i < size;) {
        if (!isWordCharacter(haystack[i])) {
            ++i;
            continue;
        }
        const qsizetype wordStart = i;
        qsizetype wordEnd = i;
        while (wordEnd < size && isWordCharacter(haystack[wordEnd]))
            ++wordEnd;
        // Where a name may start in this word: at its start, or after proclitics (و ف ب ك ل…, then ال).
        tryAt(wordStart, wordEnd);
        qsizetype at = wordStart;
        if (startsWithAl(haystack, at, wordEnd))
            tryAt(at + 2, wordEnd);
        while (at < wordEnd && isProcliticLetter(haystack[at])) {
            ++at;
            tryAt(at, wordEnd);
            if (startsWithAl(haystack, at, wordEnd))
                tryAt(at + 2, wordEnd);
        }
        i = wordEnd;
    }
    word.clear(); // let go of the raw data before the folded text can
    for (const int number : index.unindexed[turkish]) {
        for (const TextRange &range : index.matchers[turkish][size_t(number)].findAll(text, folded))
            matches.push_back({patterns[size_t(number)].text, range});
    }
    return matches;
}

/// The same, one TextMatcher per pattern: the reference findIndexed() must equal.
std::vector<Match> findPerText(const PatternIndex &index, QStringView text, const FoldedText &folded)
{
    const int turkish = folded.turkishCase() ? 1 : 0;
    std::vector<Match> matches;
    for (size_t number = 0; number < index.patterns[turkish].size(); ++number) {
        for (const TextRange &range : index.matchers[turkish][number].findAll(text, folded))
            matches.push_back({index.patterns[turkish][number].text, range});
    }
    return matches;
}

/// What one article adds: its occurrences, with the Text each belongs to.
struct ArticleFindings
{
    bool read = false;
    std::vector<std::pair<int, TagConsistency::Occurrence>> occurrences;
    Problems problems;
};

ArticleFindings review(const QString &path, const TagConsistency::Settings &settings, const PatternIndex &index)
{
    using Occurrence = TagConsistency::Occurrence;
    ArticleFindings findings;
    const std::optional<ReadArticle> article = readArticle(path, settings.entityTypes, &findings.problems);
    if (!article)
        return findings;
    findings.read = true;
    const QString &text = article->text;
    const CodePointIndex &codePoints = article->codePoints;
    const FoldedText folded(text, MatchOptions(), profileOf(text).language);
    std::vector<Match> matches = settings.matching == TagConsistency::Matching::Indexed
        ? findIndexed(index, text, folded)
        : findPerText(index, text, folded);
    std::sort(matches.begin(), matches.end());
    matches.erase(std::unique(matches.begin(), matches.end()), matches.end());

    const std::vector<Entity> &entities = article->entities;
    // The furthest end of the entities up to each one: where to start looking for entities overlapping a range.
    std::vector<qsizetype> furthestEnd(entities.size());
    for (size_t e = 0; e < entities.size(); ++e)
        furthestEnd[e] = std::max(e ? furthestEnd[e - 1] : 0, entities[e].end());
    std::vector<int> textOfEntity(entities.size(), -1);
    for (size_t e = 0; e < entities.size(); ++e)
        textOfEntity[e] = index.textOfName.value(nameOfEntity(*article, entities[e]), -1);
    std::vector<bool> counted(entities.size(), false); // the entity tags an occurrence of its own text

    auto context = [&](qsizetype start, qsizetype end) {
        return KeywordInContext::of(text, {codePoints.toUtf16(start), codePoints.toUtf16(end)}).toLine();
    };
    for (const Match &match : matches) {
        Occurrence occurrence;
        occurrence.start = codePoints.toCodePoint(match.range.first);
        occurrence.end = codePoints.toCodePoint(match.range.second);
        // The written word around the name: the proclitics before it and a Turkish suffix after it
        // belong to an entity that covers them too.
        qsizetype wordStart = match.range.first;
        while (wordStart > 0 && isWordAt(text, wordStart - 1))
            --wordStart;
        qsizetype wordEnd = match.range.second;
        if (isSuffixAt(text, wordEnd)) {
            ++wordEnd;
            while (isWordAt(text, wordEnd))
                ++wordEnd;
        }
        const qsizetype withProclitics = codePoints.toCodePoint(wordStart);
        const qsizetype withSuffix = codePoints.toCodePoint(wordEnd);

        QStringList exact, overlapping;
        const auto first = std::partition_point(furthestEnd.begin(), furthestEnd.end(),
                                                [&](qsizetype end) { return end <= occurrence.start; });
        for (size_t e = size_t(first - furthestEnd.begin()); e < entities.size(); ++e) {
            const Entity &entity = entities[e];
            if (entity.start() >= occurrence.end)
                break;
            const bool overlaps = std::any_of(entity.spans.begin(), entity.spans.end(), [&](const Span &span) {
                return span.start < occurrence.end && occurrence.start < span.end;
            });
            if (!overlaps)
                continue;
            const Span &span = entity.spans.front();
            if (entity.spans.size() == 1 && (span.start == occurrence.start || span.start == withProclitics)
                && (span.end == occurrence.end || span.end == withSuffix)) {
                exact.append(entity.type);
                if (textOfEntity[e] == match.text)
                    counted[e] = true;
            } else {
                if (overlapping.isEmpty()) {
                    occurrence.entityStart = entity.start();
                    occurrence.entityEnd = entity.end();
                }
                overlapping.append(entity.type);
            }
        }
        if (!exact.isEmpty()) {
            occurrence.tagging = TagConsistency::Tagging::Exact;
            occurrence.types = exact;
            occurrence.entityStart = occurrence.entityEnd = -1;
        } else if (!overlapping.isEmpty()) {
            occurrence.tagging = TagConsistency::Tagging::Partly;
            occurrence.types = overlapping;
        }
        occurrence.types.sort();
        occurrence.types.removeDuplicates();
        occurrence.context = context(occurrence.start, occurrence.end);
        findings.occurrences.emplace_back(match.text, std::move(occurrence));
    }
    // An entity whose text is not found as a whole word where it stands (it was tagged inside a longer
    // word) still tags its text there.
    std::map<std::tuple<int, qsizetype, qsizetype>, QStringList> uncounted;
    for (size_t e = 0; e < entities.size(); ++e) {
        if (textOfEntity[e] >= 0 && !counted[e])
            uncounted[{textOfEntity[e], entities[e].start(), entities[e].end()}].append(entities[e].type);
    }
    for (auto &[where, types] : uncounted) {
        Occurrence occurrence;
        occurrence.start = std::get<1>(where);
        occurrence.end = std::get<2>(where);
        occurrence.tagging = TagConsistency::Tagging::Exact;
        types.sort();
        types.removeDuplicates();
        occurrence.types = types;
        occurrence.context = context(occurrence.start, occurrence.end);
        findings.occurrences.emplace_back(std::get<0>(where), std::move(occurrence));
    }
    std::stable_sort(findings.occurrences.begin(), findings.occurrences.end(), [](const auto &a, const auto &b) {
        return std::tie(a.second.start, a.second.end) < std::tie(b.second.start, b.second.end);
    });
    return findings;
}

/// What the first pass collects from one article: the names of its entities, with how often each is tagged.
struct ArticleNames
{
    bool read = false;
    QHash<QString, qsizetype> names;
    Problems problems;
};

ArticleNames namesIn(const QString &path, const QSet<QString> &types)
{
    ArticleNames found;
    const std::optional<ReadArticle> article = readArticle(path, types, &found.problems);
    if (!article)
        return found;
    found.read = true;
    for (const Entity &entity : article->entities) {
        const QString name = nameOfEntity(*article, entity);
        if (!name.isEmpty())
            ++found.names[name];
    }
    return found;
}

/// The key a name is grouped by: folded with the general case rules, so that "Istanbul" and "İstanbul"
/// are one text whatever the article's language (each is still found with its article's own rules).
QString keyOf(const QString &name)
{
    return tokensOf(name, 0).join(u' ');
}

/// For a key whose first word starts with Arabic proclitics, the keys it would be without them, longest first.
QStringList withoutProclitics(const QString &key)
{
    QStringList shorter;
    qsizetype wordEnd = key.indexOf(u' ');
    if (wordEnd < 0)
        wordEnd = key.size();
    qsizetype at = 0;
    auto add = [&](qsizetype from) {
        if (from > 0 && from < wordEnd)
            shorter.append(key.mid(from));
    };
    if (startsWithAl(key, 0, wordEnd))
        add(2);
    while (at < wordEnd && isProcliticLetter(key[at])) {
        ++at;
        add(at);
        if (startsWithAl(key, at, wordEnd))
            add(at + 2);
    }
    std::stable_sort(shorter.begin(), shorter.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return shorter;
}

} // namespace

QString TagConsistency::nameOf(QStringView tagged)
{
    QString name = tagged.toString().simplified();
    // Only the last apostrophe can start a suffix; lower-case letters after it make one ("O'Brien" is a name).
    for (qsizetype a = name.size() - 2; a > 0; --a) {
        if (!isApostrophe(name[a]))
            continue;
        const QStringView suffix = QStringView(name).mid(a + 1);
        if (name[a - 1].isLetter()
            && std::all_of(suffix.begin(), suffix.end(), [](QChar c) { return c.isLetter() && c.isLower(); }))
            name.truncate(a);
        break;
    }
    return name;
}

qsizetype TagConsistency::Result::inconsistentCount() const
{
    return std::count_if(texts.begin(), texts.end(), [](const Text &text) { return text.isInconsistent(); });
}

TagConsistency::Result TagConsistency::run(const Settings &settings, const Progress &progress)
{
    Result result;
    QStringList paths;
    for (int folder = 0; folder < settings.folders.size(); ++folder) {
        for (const ArticleFiles &files : CorpusFiles::list(settings.folders.at(folder), CorpusFiles::Facts::Skip)) {
            result.articles.push_back({folder, files.path});
            paths.append(settings.folders.at(folder) + u'/' + files.path);
        }
    }
    const qsizetype count = paths.size();

    // First pass: every name an entity has, and how often.
    QHash<QString, qsizetype> names;
    std::vector<bool> unread(size_t(count), false);
    const bool listed = walkInOrder(
        count, [&](qsizetype i) { return namesIn(paths.at(i), settings.entityTypes); },
        [&](qsizetype i, ArticleNames found) {
            unread[size_t(i)] = !found.read;
            result.problems.append(found.problems);
            for (auto it = found.names.cbegin(); it != found.names.cend(); ++it)
                names[it.key()] += it.value();
            return !progress || progress(i + 1, 2 * count);
        });
    if (!listed)
        return result;

    // The texts: names grouped by their folded key; a key that is another key with Arabic proclitics
    // before it ("والقاهرة", "القاهرة") joins that one, whose patterns find it too.
    QStringList sortedNames = names.keys();
    sortedNames.sort();
    std::map<QString, QStringList> namesOfKey;
    for (const QString &name : std::as_const(sortedNames)) {
        QString key = keyOf(name);
        if (letterCount(key) >= 2)
            namesOfKey[key].append(name);
    }
    std::map<QString, QString> rootOf; // key → the key it joins
    for (const auto &[key, keyNames] : namesOfKey) {
        for (const QString &shorter : withoutProclitics(key)) {
            if (namesOfKey.count(shorter)) {
                rootOf[key] = shorter;
                break;
            }
        }
    }
    auto root = [&](QString key) {
        for (auto it = rootOf.find(key); it != rootOf.end(); it = rootOf.find(key))
            key = it->second;
        return key;
    };
    std::map<QString, int> textOfKey;
    for (const auto &[key, keyNames] : namesOfKey) {
        if (!rootOf.count(key))
            textOfKey.emplace(key, 0);
    }
    for (auto &[key, number] : textOfKey) {
        number = int(result.texts.size());
        Text text;
        text.folded = key;
        result.texts.push_back(std::move(text));
    }
    PatternIndex index;
    std::vector<qsizetype> shownCount(result.texts.size(), 0);
    for (const auto &[key, keyNames] : namesOfKey) {
        const int number = textOfKey.at(root(key));
        Text &text = result.texts[size_t(number)];
        for (const QString &name : keyNames) {
            index.textOfName.insert(name, number);
            if (!rootOf.count(key))
                index.add(name, number);
            // Shown as tagged most often; of those, the first in order.
            const qsizetype tagged = names.value(name);
            if (tagged > shownCount[size_t(number)] || (tagged == shownCount[size_t(number)] && name < text.text)) {
                shownCount[size_t(number)] = tagged;
                text.text = name;
            }
        }
    }

    // Second pass: every occurrence of every text, and how it is tagged.
    walkInOrder(
        count,
        [&](qsizetype i) { return unread[size_t(i)] ? ArticleFindings() : review(paths.at(i), settings, index); },
        [&](qsizetype i, ArticleFindings found) {
            if (unread[size_t(i)])
                return !progress || progress(count + i + 1, 2 * count);
            result.problems.append(found.problems); // the files changed since the first pass
            if (found.read)
                ++result.articlesReviewed;
            for (auto &[number, occurrence] : found.occurrences) {
                Text &text = result.texts[size_t(number)];
                occurrence.article = i;
                ++text.occurrences;
                if (occurrence.tagging == Tagging::Exact) {
                    for (const QString &type : std::as_const(occurrence.types))
                        ++text.types[type];
                } else if (occurrence.tagging == Tagging::Partly) {
                    ++text.partly;
                } else {
                    ++text.untagged;
                }
                text.places.push_back(std::move(occurrence));
            }
            return !progress || progress(count + i + 1, 2 * count);
        });

    if (!settings.keepConsistent) {
        for (Text &text : result.texts) {
            if (!text.isInconsistent())
                std::vector<Occurrence>().swap(text.places);
        }
    }
    return result;
}

} // namespace Hashiya
