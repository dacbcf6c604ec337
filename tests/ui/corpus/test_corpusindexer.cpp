// SPDX-License-Identifier: GPL-3.0-or-later
// A search in the window works from the indexer's candidates without copying them: each listed article
// points into the index's list where it holds the article as it is, and is read whole where it is not
// indexed yet or was saved since.
#include "support/catchqt.h"
#include "ui/corpus/corpusindexer.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

CorpusSearch::Candidate indexed(const QString &path)
{
    CorpusSearch::Candidate candidate;
    candidate.path = path;
    candidate.language = u"tr"_s;
    candidate.grams = QByteArray(32, '\x5A');
    candidate.typesKnown = true;
    candidate.entityTypes = {{u"PERSON"_s, 2}};
    return candidate;
}

} // namespace

TEST_CASE("A search list points into the index and reads what it lacks or what changed", "[ui][corpus][search]")
{
    QRandomGenerator random(11);
    for (int round = 0; round < 200; ++round) {
        // The index holds some of the listed articles and some that are no longer listed.
        std::vector<CorpusSearch::Candidate> all;
        QStringList listed;
        QSet<QString> inIndex, changedInIndexer, changedInPanel;
        for (int i = 0; i < 40; ++i) {
            // Paths of the same order in both lists, some as separate strings with the same text.
            const QString path = u"/corpus/%1/ğ%2.txt"_s.arg(i / 10).arg(i, 3, 10, QChar(u'0'));
            const int fate = random.bounded(6);
            if (fate != 0) {
                all.push_back(indexed(path));
                inIndex.insert(path);
            }
            if (fate != 1)
                listed.append(fate == 2 ? QString(path.constData(), path.size()) : path);
            if (fate == 3)
                changedInIndexer.insert(path);
            if (fate == 4 && random.bounded(2))
                changedInPanel.insert(path);
        }
        if (round % 2)
            std::shuffle(listed.begin(), listed.end(), std::mt19937(round)); // the panel's order may differ
        CorpusIndexer::Snapshot snapshot;
        snapshot.indexed = std::make_shared<const std::vector<CorpusSearch::Candidate>>(std::move(all));
        snapshot.changed = changedInIndexer;

        const CorpusIndexer::SearchList list = CorpusIndexer::searchList(snapshot, listed, changedInPanel);
        QStringList sorted = listed;
        std::sort(sorted.begin(), sorted.end());
        REQUIRE(qsizetype(list.refs.size()) == sorted.size());
        const auto begin = snapshot.indexed->data(), end = begin + snapshot.indexed->size();
        for (qsizetype i = 0; i < sorted.size(); ++i) {
            const CorpusSearch::Candidate *candidate = list.refs[size_t(i)];
            const QString &path = sorted[i];
            INFO("round " << round << ", " << path.toStdString());
            REQUIRE(candidate->path == path);
            const bool pointsIntoIndex = candidate >= begin && candidate < end;
            const bool changed = changedInIndexer.contains(path) || changedInPanel.contains(path);
            if (!inIndex.contains(path)) {
                CHECK(!pointsIntoIndex);
                CHECK(candidate->grams.isEmpty()); // read to be searched
                CHECK(!candidate->typesKnown);
            } else if (changed) {
                CHECK(!pointsIntoIndex);
                CHECK(candidate->grams.isEmpty());
                CHECK(!candidate->typesKnown);
                CHECK(candidate->language == u"tr"_s); // what else the index knows stays
            } else {
                CHECK(pointsIntoIndex);
            }
        }
        // The copying form (which knows only the indexer's changes) gives the same candidates.
        const CorpusIndexer::SearchList pointed = CorpusIndexer::searchList(snapshot, listed);
        const std::vector<CorpusSearch::Candidate> copies = CorpusIndexer::candidates(snapshot, listed);
        REQUIRE(copies.size() == pointed.refs.size());
        for (size_t i = 0; i < copies.size(); ++i)
            CHECK((copies[i].path == pointed.refs[i]->path && copies[i].grams == pointed.refs[i]->grams));
    }
}

TEST_CASE("A search list serves again only the very snapshot and listing, with nothing changed", "[ui][corpus][search]")
{
    std::vector<CorpusSearch::Candidate> all {indexed(u"/c/a.txt"_s), indexed(u"/c/b.txt"_s)};
    CorpusIndexer::Snapshot snapshot;
    snapshot.indexed = std::make_shared<const std::vector<CorpusSearch::Candidate>>(all);
    const QStringList listed {u"/c/a.txt"_s, u"/c/b.txt"_s};
    const CorpusIndexer::SearchList list = CorpusIndexer::searchList(snapshot, listed);
    CHECK(list.servesAgain(snapshot, listed, {}));
    CHECK(list.servesAgain(snapshot, QStringList(listed), {})); // a copy shares the list
    // An equal list made apart is not recognised (comparing it would cost what reuse saves): made again.
    CHECK_FALSE(list.servesAgain(snapshot, QStringList {u"/c/a.txt"_s, u"/c/b.txt"_s}, {}));
    CHECK_FALSE(list.servesAgain(snapshot, listed, {u"/c/a.txt"_s}));
    CorpusIndexer::Snapshot changed = snapshot;
    changed.changed.insert(u"/c/b.txt"_s);
    CHECK_FALSE(list.servesAgain(changed, listed, {}));
    CorpusIndexer::Snapshot renewed;
    renewed.indexed = std::make_shared<const std::vector<CorpusSearch::Candidate>>(all);
    CHECK_FALSE(list.servesAgain(renewed, listed, {}));
    // Made with a change, it never serves again: the change is still to be read.
    CHECK_FALSE(CorpusIndexer::searchList(changed, listed).servesAgain(snapshot, listed, {}));
}
