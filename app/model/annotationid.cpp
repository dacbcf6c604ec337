// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationid.h"

#include <QRandomGenerator>

#include <array>

namespace Hashiya {

QString newAnnotationId()
{
    // Crockford's alphabet, lower case: no i, l, o or u, so ids survive being read aloud or retyped.
    static constexpr char16_t alphabet[] = u"0123456789abcdefghjkmnpqrstvwxyz";
    quint64 bits = QRandomGenerator::system()->generate64();
    QString id(12, Qt::Uninitialized);
    for (QChar &c : id) {
        c = QChar(alphabet[bits & 31]);
        bits >>= 5;
    }
    return id;
}

bool isValidAnnotationId(QStringView id)
{
    // A table, not a chain of comparisons: every id of a sidecar passes through here on loading.
    static constexpr auto allowed = [] {
        std::array<bool, 128> table {};
        for (char16_t c = u'a'; c <= u'z'; ++c)
            table[c] = true;
        for (char16_t c = u'A'; c <= u'Z'; ++c)
            table[c] = true;
        for (char16_t c = u'0'; c <= u'9'; ++c)
            table[c] = true;
        for (char16_t c : {u'_', u'.', u':', u'-'})
            table[c] = true;
        return table;
    }();
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (QChar c : id) {
        if (c.unicode() >= 128 || !allowed[c.unicode()])
            return false;
    }
    return true;
}

} // namespace Hashiya
