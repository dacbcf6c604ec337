// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationid.h"

#include <QRandomGenerator>

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
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_'
            || u == u'.' || u == u':' || u == u'-';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace Hashiya
