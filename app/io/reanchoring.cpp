// SPDX-License-Identifier: GPL-3.0-or-later
#include "reanchoring.h"

#include "model/article.h"
#include "model/orphan.h"
#include "text/quoteanchor.h"
#include "text/textdiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cstdlib>
#include <string>

namespace Hashiya {

using namespace Qt::StringLiterals;

namespace {

struct Placed
{
    qsizetype start = 0;
    qsizetype end = 0;
};

/// Finds one stored fragment [start, end, text, prefix, suffix] in the current text.
std::optional<Placed> place(const QJsonArray &fragment, const std::u32string &text, const TextMap *map)
{
    const qsizetype start = fragment[0].toInteger(-1), end = fragment[1].toInteger(-1);
    if (start < 0 || end <= start || !fragment[2].isString())
        return std::nullopt;
    const std::u32string exact = fragment[2].toString().toStdU32String();
    if (map) {
        // Both ends in unchanged words: the fragment follows them, including a fix inside it.
        const std::optional<qsizetype> first = map->map(start), last = map->map(end - 1);
        if (first && last && *last >= *first) {
            const qsizetype length = *last + 1 - *first;
            if (std::abs(length - qsizetype(exact.size())) <= qsizetype(exact.size()) / 5 + 1)
                return Placed {*first, *last + 1};
        }
    }
    const std::u32string prefix = fragment[3].toString().toStdU32String();
    const std::u32string suffix = fragment[4].toString().toStdU32String();
    const Quote quote {exact, prefix, suffix};
    std::optional<QuoteAnchor::Placement> found;
    if (map) {
        // Only where the comparison says its words went, with a little slack for words cut in two.
        constexpr qsizetype slack = 64;
        const auto [from, to] = map->changedStretch(start);
        found = QuoteAnchor::findWithin(text, quote, map->estimate(start), from - slack, to + slack);
    } else {
        found = QuoteAnchor::find(text, quote, start);
    }
    if (!found)
        return std::nullopt;
    return Placed {found->start, found->end};
}

QString quoted(const QString &text)
{
    return u'“' + text + u'”';
}

} // namespace

std::optional<Reanchoring::Result> Reanchoring::apply(const QByteArray &sidecar, const QString &path,
                                                      const Article &article, const std::optional<QString> &earlierText)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(sidecar, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    QJsonObject root = document.object();
    if (!root[u"entities"].isArray())
        return std::nullopt;

    QJsonObject facts = root[u"article"].toObject();
    // A merge of two analysts' sidecars saved against different versions of the text (the merge driver's
    // article.mergedFrom): each annotation came from one of them, so no single earlier text maps them all,
    // and mapping one side's offsets through the other's comparison would put them on the wrong words.
    // Each is found by its own quote and context instead.
    const bool mergedFromTwoTexts = facts.contains(u"mergedFrom"_s);
    const std::u32string text = article.text.toStdU32String();
    std::optional<TextMap> map;
    if (earlierText && !mergedFromTwoTexts)
        map = TextMap::between(earlierText->toStdU32String(), text);

    Result result;
    QJsonArray kept;
    QList<Orphan> orphans;
    QSet<QString> orphanIds;
    for (const QJsonValue &value : root[u"entities"].toArray()) {
        QJsonObject entity = value.toObject();
        const QString id = entity[u"id"].toString();
        QJsonArray spans;
        bool placedAll = true, moved = false;
        QStringList texts, nowTexts;
        for (const QJsonValue &fragmentValue : entity[u"spans"].toArray()) {
            const QJsonArray fragment = fragmentValue.toArray();
            texts.append(fragment[2].toString());
            const std::optional<Placed> placed = place(fragment, text, map ? &*map : nullptr);
            if (!placed) {
                placedAll = false;
                break;
            }
            const QString now =
                QString::fromStdU32String(text.substr(size_t(placed->start), size_t(placed->end - placed->start)));
            moved = moved || placed->start != fragment[0].toInteger() || placed->end != fragment[1].toInteger()
                || now != fragment[2].toString();
            nowTexts.append(now);
            spans.append(QJsonArray {placed->start, placed->end, now});
        }
        if (placedAll && !spans.isEmpty()) {
            entity[u"spans"_s] = spans;
            kept.append(entity);
            moved ? ++result.moved : ++result.kept;
            // Moving with unchanged text is counted in the summary; a changed text is worth a look.
            if (moved && nowTexts != texts)
                result.report.append({Problem::Severity::Warning, path, 0, 0,
                                      tr("entity %1 %2 now covers %3, where its text was edited")
                                          .arg(id, quoted(texts.join(u' ')), quoted(nowTexts.join(u' ')))});
            continue;
        }
        const Orphan orphan = Orphan::fromEntityJson(entity);
        orphans.append(orphan);
        orphanIds.insert(id);
        ++result.orphaned;
        result.report.append({Problem::Severity::Warning, path, 0, 0,
                              tr("entity %1 %2 was not found in the edited article; it is kept as an orphan "
                                 "until you attach it to a passage")
                                  .arg(id, quoted(orphan.text()))});
    }

    // A relation with an orphaned end waits with the first of its orphaned ends.
    QJsonArray relations;
    for (const QJsonValue &value : root[u"relations"].toArray()) {
        const QJsonObject object = value.toObject();
        const QString from = object[u"from"].toString(), to = object[u"to"].toString();
        const QString waitsWith = orphanIds.contains(from) ? from : orphanIds.contains(to) ? to : QString();
        if (waitsWith.isEmpty()) {
            relations.append(object);
            continue;
        }
        const Relation relation = Orphan::relationFromJson(object);
        for (Orphan &orphan : orphans) {
            if (orphan.entity.id == waitsWith)
                orphan.relations.append(relation);
        }
    }

    // Orphans from earlier edits stay, after the new ones.
    if (root.contains(u"orphans"_s)) {
        if (std::optional<QList<Orphan>> earlier =
                Orphan::fromJson(QJsonDocument(root[u"orphans"].toArray()).toJson(QJsonDocument::Compact)))
            orphans += *earlier;
    }
    root[u"entities"_s] = kept;
    root[u"relations"_s] = relations;
    if (orphans.isEmpty())
        root.remove(u"orphans"_s);
    else
        root[u"orphans"_s] = QJsonDocument::fromJson(Orphan::toJson(orphans)).array();
    facts[u"sha256"_s] = QString::fromLatin1(article.sha256);
    facts.remove(u"mergedFrom"_s); // placed on this text now: the next save records only it
    facts[u"length"_s] = article.codePointCount;
    root[u"article"_s] = facts;
    result.sidecar = QJsonDocument(root).toJson();

    result.report.append(
        {Problem::Severity::Warning, path, 0, 0,
         tr("the article changed since this sidecar was saved (%1): %2 entities stayed, %3 moved with their text, "
            "%4 became orphans; the next save records the new positions")
             .arg(map ? tr("compared with its earlier text") : tr("found again by their quotes"))
             .arg(result.kept)
             .arg(result.moved)
             .arg(result.orphaned)});
    return result;
}

} // namespace Hashiya
