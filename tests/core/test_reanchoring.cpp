// SPDX-License-Identifier: GPL-3.0-or-later
// An article edited after its sidecar was saved: every span follows its words, or is kept as an orphan.
#include "io/articlereader.h"
#include "io/documentfile.h"
#include "io/reanchoring.h"
#include "support/catchqt.h"
#include "support/testfiles.h"
#include "text/quoteanchor.h"
#include "text/textdiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

const QString samples = QStringLiteral(HASHIYA_SAMPLES);

QByteArray sampleBytes(const QString &name)
{
    return Test::readBytes(samples + u'/' + name);
}

Article articleOf(const QString &text)
{
    const ArticleReader::Result read = ArticleReader::decode(text.toUtf8(), QStringLiteral("/corpus/edited.txt"));
    REQUIRE(read.article);
    return *read.article;
}

/// entity id → its text in the re-anchored sidecar (fragments joined by a space).
QHash<QString, QString> placedTexts(const QByteArray &sidecar)
{
    QHash<QString, QString> texts;
    for (const QJsonValue &entity : QJsonDocument::fromJson(sidecar)[u"entities"].toArray()) {
        QStringList parts;
        for (const QJsonValue &span : entity[u"spans"].toArray())
            parts.append(span[2].toString());
        texts.insert(entity[u"id"].toString(), parts.join(u' '));
    }
    return texts;
}

QStringList orphanTexts(const QByteArray &sidecar)
{
    QStringList texts;
    for (const QJsonValue &orphan : QJsonDocument::fromJson(sidecar)[u"orphans"].toArray())
        texts.append(orphan[u"entity"][u"spans"][0][2].toString());
    return texts;
}

QString simplified(const QString &text)
{
    return text.simplified();
}

struct Edit
{
    QString name;
    QString text;
};

} // namespace

TEST_CASE("TextMap follows unchanged words through inserted, removed and re-wrapped text", "[reanchor]")
{
    const std::u32string before = U"Ankara and Doha sign a deal.\n\nBaykar will deliver drones.";
    const std::u32string after = U"Note.\n\nAnkara and\nDoha sign a deal.\n\nBaykar will deliver drones.";
    const TextMap map = TextMap::between(before, after);
    CHECK(map.map(0) == 7); // "Ankara"
    CHECK(map.map(11) == 18); // "Doha" after a line break where there was a space
    CHECK(map.map(30) == 37); // "Baykar"
    CHECK(map.matchedLength() >= qsizetype(before.size()) - 2);

    const TextMap removed = TextMap::between(before, U"Baykar will deliver drones.");
    CHECK_FALSE(removed.map(0).has_value());
    CHECK(removed.map(30) == 0);
    const auto [from, to] = removed.changedStretch(5);
    CHECK(from == 0);
    CHECK(to == 0); // deleted: nothing in the current text
}

TEST_CASE("QuoteAnchor prefers the occurrence in its remembered context and finds one with a typo fixed", "[reanchor]")
{
    const std::u32string text = U"Selim met Ali. Later Salim Aksoy met Ali again, and Selim left.";
    // Two exact "Ali": the context decides.
    const auto ali = QuoteAnchor::find(text, {U"Ali", U"Aksoy met ", U" again"}, 0);
    REQUIRE(ali);
    CHECK(ali->start == 37);
    // "Selim Aksoy" became "Salim Aksoy": approximate, one character different.
    const auto renamed = QuoteAnchor::find(text, {U"Selim Aksoy", U"Later ", U" met"}, 21);
    REQUIRE(renamed);
    CHECK(renamed->start == 21);
    CHECK(renamed->end == 32);
    CHECK(renamed->errors == 1);
    CHECK_FALSE(QuoteAnchor::find(text, {U"Mehmet Arslan", {}, {}}, 0));
}

TEST_CASE("Reanchoring moves every span of the English sample through typical edits", "[reanchor]")
{
    const QString original = QString::fromUtf8(sampleBytes(u"baku-meeting-en.txt"_s));
    const QByteArray sidecar = sampleBytes(u"baku-meeting-en.txt.ann.json"_s);
    const QHash<QString, QString> before = placedTexts(sidecar);
    const QString lastParagraph = u"\n\nHuseynov said that cooperation with Ankara \"has never been stronger\".\n"_s;
    REQUIRE(original.contains(lastParagraph));

    QString rewrapped = original;
    for (qsizetype at = 40; at < rewrapped.size(); at += 40) {
        const qsizetype space = rewrapped.indexOf(u' ', at);
        if (space < 0)
            break;
        rewrapped[space] = u'\n';
        at = space;
    }
    rewrapped.replace(u"\n"_s, u"\r\n"_s);

    const QList<Edit> edits = {
        {u"typo fixed"_s, QString(original).replace(u"Ilgar Huseynov"_s, u"İlgar Hüseynov"_s)},
        {u"paragraph inserted"_s, u"Editor's note: updated on 3 April with the ministry's figures.\n\n"_s + original},
        {u"paragraph removed"_s, QString(original).replace(lastParagraph, u"\n"_s)},
        {u"re-wrapped with CRLF"_s, rewrapped},
    };
    for (const bool withEarlierText : {true, false}) {
        for (const Edit &edit : edits) {
            DYNAMIC_SECTION(edit.name.toStdString() << (withEarlierText ? " (compared)" : " (by quotes)"))
            {
                const Article article = articleOf(edit.text);
                const auto result =
                    Reanchoring::apply(sidecar, u"edited.txt.ann.json"_s, article,
                                       withEarlierText ? std::optional<QString>(original) : std::nullopt);
                REQUIRE(result);
                const QHash<QString, QString> after = placedTexts(result->sidecar);
                const QStringList orphans = orphanTexts(result->sidecar);
                const bool removed = edit.name == u"paragraph removed"_s;
                for (auto it = before.cbegin(); it != before.cend(); ++it) {
                    INFO(edit.name.toStdString() << ": " << it.value().toStdString() << " removed " << removed);
                    if (removed && (it.value() == u"Ankara"_s || (it.value() == u"Huseynov"_s))) {
                        CHECK_FALSE(after.contains(it.key()));
                        CHECK(orphans.contains(it.value()));
                        continue;
                    }
                    REQUIRE(after.contains(it.key()));
                    QString expected = it.value();
                    if (edit.name == u"typo fixed"_s && expected == u"Ilgar Huseynov"_s)
                        expected = u"İlgar Hüseynov"_s;
                    CHECK(simplified(after.value(it.key())) == simplified(expected));
                }
                CHECK(QJsonDocument::fromJson(result->sidecar)[u"article"][u"sha256"].toString().toLatin1()
                      == article.sha256);
                if (removed) {
                    CHECK(result->orphaned == 2);
                    // The relations of the orphans wait with them instead of pointing at nothing.
                    for (const QJsonValue &relation :
                         QJsonDocument::fromJson(result->sidecar)[u"relations"].toArray()) {
                        CHECK(after.contains(relation[u"from"].toString()));
                        CHECK(after.contains(relation[u"to"].toString()));
                    }
                } else {
                    CHECK(result->orphaned == 0);
                }
            }
        }
    }
}

TEST_CASE("Opening a sidecar whose article was edited re-anchors it instead of refusing it", "[reanchor]")
{
    const QString article = QStringLiteral(HASHIYA_TEST_DATA) + u"/edited/article-edited.txt"_s;
    const DocumentFile::Opened opened = DocumentFile::open(article, nullptr);
    REQUIRE(opened.document);
    CHECK(opened.reanchored);
    CHECK_FALSE(opened.document->isReadOnly());
    REQUIRE(opened.problems.size() == 2);
    CHECK(opened.problems[0].severity == Problem::Severity::Warning);
    CHECK(opened.problems[0].message.contains(u"now covers “Salim Aksoy”"_s));
    CHECK(opened.problems[1].message.contains(u"the article changed since this sidecar was saved"_s));
    const Entity *person = opened.document->annotations()->entity(u"e2"_s);
    REQUIRE(person);
    CHECK(opened.document->textOf(*person) == u"Salim Aksoy"_s);
    CHECK(opened.document->annotations()->entityCount() == 3);
    CHECK(opened.document->annotations()->relationCount() == 1);
    CHECK(opened.document->orphans().isEmpty());
}
