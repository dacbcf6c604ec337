// SPDX-License-Identifier: GPL-3.0-or-later
#include "direction.h"

#include <QChar>

namespace Hashiya {

bool isRightToLeftParagraph(QStringView paragraph)
{
    const qsizetype size = paragraph.size();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t c = paragraph[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < size && paragraph[i + 1].isLowSurrogate())
            c = QChar::surrogateToUcs4(char16_t(c), paragraph[++i].unicode());
        if (!QChar::isLetter(c))
            continue;
        switch (QChar::direction(c)) {
        case QChar::DirR:
        case QChar::DirAL:
            return true;
        case QChar::DirL:
            return false;
        default:
            break;
        }
    }
    return false;
}

} // namespace Hashiya
