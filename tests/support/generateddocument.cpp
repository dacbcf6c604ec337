// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/generateddocument.h"

#include <QStringList>

#include <array>
#include <vector>

namespace Hashiya::Test {

std::unique_ptr<ArticleDocument> generatedDocument(int entityCount)
{
    // Latin, Turkish and Arabic words, so the texts shown are not all alike; all in the BMP, so code point
    // offsets equal UTF-16 offsets and the spans below can be computed with indexOf.
    const QString line = QStringLiteral("Hakan Fidan Baykar الدوحة 2026\n");
    const std::array<QString, 4> words = {QStringLiteral("Hakan Fidan"), QStringLiteral("Baykar"),
                                          QStringLiteral("الدوحة"), QStringLiteral("2026")};
    const std::array<QString, 4> types = {QStringLiteral("PERSON"), QStringLiteral("ORG"), QStringLiteral("GPE"),
                                          QStringLiteral("DATE")};
    const int lines = (entityCount + 3) / 4;
    Article article;
    article.path = QStringLiteral("/corpus/generated.txt");
    article.text = line.repeated(lines);
    article.codePointCount = article.text.size();

    std::vector<Entity> entities;
    entities.reserve(size_t(entityCount));
    for (int i = 0; i < entityCount; ++i) {
        const int slot = i % 4;
        const qsizetype start = qsizetype(i / 4) * line.size() + line.indexOf(words[size_t(slot)]);
        Entity entity;
        entity.id = QStringLiteral("e%1").arg(i, 6, 10, QLatin1Char('0'));
        entity.type = i % 97 == 0 ? unknownGeneratedType : types[size_t(slot)];
        entity.spans.append(Span {start, start + words[size_t(slot)].size(), {}});
        if (i % 10 == 0)
            entity.attributes.insert(QStringLiteral("confidence"), QStringLiteral("high"));
        entities.push_back(std::move(entity));
    }
    auto document = std::make_unique<ArticleDocument>(article);
    document->annotations()->reset(std::move(entities), {});
    return document;
}

} // namespace Hashiya::Test
