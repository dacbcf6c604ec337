// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/annotationid.h"
#include "support/catchqt.h"

#include <QSet>

#include <algorithm>

using namespace Hashiya;
using namespace Qt::StringLiterals;

TEST_CASE("Annotation ids made in bulk have the form and spread of single ones", "[formats][ids]")
{
    CHECK(newAnnotationIds(0).isEmpty());
    const qsizetype count = 70000; // more than one block of random words
    const QStringList ids = newAnnotationIds(count);
    REQUIRE(ids.size() == count);
    QSet<QString> distinct;
    QSet<QChar> lastCharacters, firstCharacters;
    for (const QString &id : ids) {
        REQUIRE(id.size() == 12);
        REQUIRE(isValidAnnotationId(id));
        for (QChar c : id)
            REQUIRE(u"0123456789abcdefghjkmnpqrstvwxyz"_s.contains(c));
        distinct.insert(id);
        firstCharacters.insert(id.front());
        lastCharacters.insert(id.back());
    }
    CHECK(distinct.size() == count);
    // All 60 bits are random: both the low and the high five bits take every value.
    CHECK(firstCharacters.size() == 32);
    CHECK(lastCharacters.size() == 32);
    CHECK(newAnnotationId().size() == 12);
}

TEST_CASE("Sorted annotation ids come out ascending, random in every character", "[formats][ids]")
{
    CHECK(newSortedAnnotationIds(0).isEmpty());
    const qsizetype count = 70000;
    const QStringList ids = newSortedAnnotationIds(count);
    REQUIRE(ids.size() == count);
    CHECK(std::is_sorted(ids.begin(), ids.end()));
    CHECK(QSet<QString>(ids.begin(), ids.end()).size() == count);
    QSet<QChar> firstCharacters, lastCharacters;
    for (const QString &id : ids) {
        REQUIRE(id.size() == 12);
        REQUIRE(isValidAnnotationId(id));
        firstCharacters.insert(id.front());
        lastCharacters.insert(id.back());
    }
    CHECK(firstCharacters.size() == 32);
    CHECK(lastCharacters.size() == 32);
    // Two batches are independent draws, not a shared sequence.
    CHECK(newSortedAnnotationIds(3) != newSortedAnnotationIds(3));
}
