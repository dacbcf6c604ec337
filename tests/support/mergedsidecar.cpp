// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/mergedsidecar.h"

#include "model/annotationset.h"
#include "support/catchqt.h"
#include "support/testfiles.h"

#include <QDir>

#include "merge/sidecarmerge.h"

using namespace Qt::StringLiterals;

namespace Hashiya::Test {

MergedArticle writeMergedArticle(const QString &folder, const QString &name)
{
    MergedArticle merged;
    merged.text = u"Erdoğan met Al Thani in Doha on Monday. The talks in Ankara were about defence.\n"_s;
    merged.article = QDir(folder).absoluteFilePath(name);
    merged.sidecar = Article::sidecarPathFor(merged.article);
    const Article article = articleFromText(merged.text, merged.article);
    auto over = [&](const QString &words, const QString &id, const QString &type) {
        const qsizetype at = merged.text.indexOf(words); // before any character outside the BMP
        REQUIRE(at >= 0);
        return entity(id, type, at, at + words.size());
    };
    const Entity erdogan = over(u"Erdoğan"_s, u"e1"_s, u"PERSON"_s), thani = over(u"Al Thani"_s, u"e2"_s, u"PERSON"_s),
                 doha = over(u"Doha"_s, u"e3"_s, u"GPE"_s), monday = over(u"Monday"_s, u"e4"_s, u"DATE"_s),
                 ankara = over(u"Ankara"_s, u"e5"_s, u"GPE"_s);
    const Relation meets = relation(u"r1"_s, u"MEETS_WITH"_s, u"e1"_s, u"e2"_s);
    auto sidecar = [&](const std::vector<Entity> &entities, const std::vector<Relation> &relations,
                       const QString &annotator, const QString &modified) {
        QString error;
        std::optional<SidecarTree> tree = SidecarTree::parse(
            sidecarSavedBy(article, entities, relations, annotator, modified), merged.sidecar, &error);
        INFO(error.toStdString());
        REQUIRE(tree);
        return *tree;
    };
    const SidecarTree base =
        sidecar({erdogan, thani, doha, monday, ankara}, {meets}, u"ayse"_s, u"2026-12-01T09:00:00Z"_s);
    Entity thaniOrg = thani, thaniGpe = thani, mondayEvent = monday;
    thaniOrg.type = u"ORG"_s;
    thaniGpe.type = u"GPE"_s;
    mondayEvent.type = u"EVENT"_s;
    const SidecarTree ours = sidecar({erdogan, thaniOrg, doha}, {meets}, u"ayse"_s, u"2026-12-02T09:00:00Z"_s);
    const SidecarTree theirs =
        sidecar({erdogan, thaniGpe, doha, mondayEvent, ankara},
                {meets, relation(u"r2"_s, u"LOCATED_IN"_s, u"e3"_s, u"e5"_s)}, u"mehmet"_s, u"2026-12-03T09:00:00Z"_s);
    const SidecarMerge::Result result = SidecarMerge::merge(base, ours, theirs, {u"main"_s, u"feature"_s});
    REQUIRE(result.conflicts.size() == 3);
    merged.merged = result.merged.toJson();
    writeBytes(merged.article, merged.text.toUtf8());
    writeBytes(merged.sidecar, merged.merged);
    return merged;
}

} // namespace Hashiya::Test
