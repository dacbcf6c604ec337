// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/annotationid.h"
#include "support/catchqt.h"

#include <QSet>

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
