// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangefixture.h"

#include "io/schemareader.h"
#include "support/catchqt.h"

using namespace Qt::StringLiterals;

namespace Hashiya::Test {

QString exchangeFixtureText()
{
    return u"🇹🇷 Selçuk Bayraktar Ankara'da konuştu.\n"
           u"وزار أردوغانُ الدوحةَ وأنقرة مع وفد من قطر.\n"
           u"Baykar signed a deal worth $1.5 billion with İSTANBUL-based ASFAT 😀 on 3 May.\n"
           u"The Bayraktar Akıncı and TB2 drones were shown."_s;
}

qsizetype codePointOffsetOf(const QString &text, const QString &needle, int occurrence)
{
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i) {
        at = text.indexOf(needle, at + 1);
        INFO(needle.toStdString());
        REQUIRE(at >= 0);
    }
    return QStringView(text).left(at).toUcs4().size();
}

ExchangeDocument exchangeFixture()
{
    ExchangeDocument document;
    document.name = u"mixed/haber.txt"_s;
    document.text = exchangeFixtureText();
    document.status = u"done"_s;
    const QString &text = document.text;
    int number = 0;
    std::vector<Entity> entities;
    auto add = [&](const QString &type, QList<std::pair<QString, int>> pieces) -> Entity & {
        Entity entity;
        entity.id = u"e%1"_s.arg(++number, 2, 10, QLatin1Char('0'));
        entity.type = type;
        for (const auto &[piece, occurrence] : pieces) {
            const qsizetype start = codePointOffsetOf(text, piece, occurrence);
            entity.spans.append({start, start + piece.toUcs4().size(), {}});
        }
        entities.push_back(entity);
        return entities.back();
    };
    add(u"PERSON"_s, {{u"Selçuk Bayraktar"_s, 0}});
    add(u"GPE"_s, {{u"Ankara"_s, 0}});
    {
        Entity &erdogan = add(u"PERSON"_s, {{u"أردوغانُ"_s, 0}});
        erdogan.note = u"Arabic spelling, with damma"_s;
        erdogan.reference = u"wikidata:Q39259"_s;
    }
    add(u"GPE"_s, {{u"الدوحةَ"_s, 0}});
    add(u"GPE"_s, {{u"أنقرة"_s, 0}});
    add(u"GPE"_s, {{u"قطر"_s, 0}});
    add(u"ORG"_s, {{u"Baykar"_s, 0}}).attributes.insert(u"confidence"_s, u"high"_s);
    add(u"MONEY"_s, {{u"$1.5 billion"_s, 0}});
    add(u"GPE"_s, {{u"İSTANBUL"_s, 0}});
    add(u"ORG"_s, {{u"ASFAT"_s, 0}});
    add(u"DATE"_s, {{u"3 May"_s, 0}});
    add(u"EQUIPMENT"_s, {{u"Bayraktar"_s, 1}, {u"TB2"_s, 0}});
    document.entities.assign(std::move(entities));

    auto link = [&](const QString &type, int from, int to) {
        Relation relation;
        relation.id = u"r%1"_s.arg(document.relations.size() + 1);
        relation.type = type;
        relation.from = u"e%1"_s.arg(from, 2, 10, QLatin1Char('0'));
        relation.to = u"e%1"_s.arg(to, 2, 10, QLatin1Char('0'));
        document.relations.push_back(relation);
        return &document.relations.back();
    };
    link(u"MEETS_WITH"_s, 1, 3);
    link(u"AGREEMENT_WITH"_s, 7, 10)->attributes.insert(u"confidence"_s, u"medium"_s);
    link(u"SUPPLIES"_s, 7, 12)->note = u"Akıncı is not part of the deal"_s;
    return document;
}

Schema exchangeFixtureSchema()
{
    return SchemaReader::defaultSchema();
}

} // namespace Hashiya::Test
