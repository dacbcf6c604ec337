// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchboundaries.h"

#include "text/wordboundaries.h"

#include <QString>

namespace Hashiya::MatchBoundaries {
namespace {

bool isArabicMark(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x064B && u <= 0x065F) || u == 0x0670 || u == 0x0640;
}

} // namespace

bool isApostrophe(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'\'' || u == 0x2019 || u == 0x02BC || u == 0x2018 || u == 0x00B4 || u == u'`';
}

bool isProcliticLetter(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x0648 || u == 0x0641 || u == 0x0628 || u == 0x0643 || u == 0x0644; // و ف ب ك ل
}

bool isWordAt(QStringView text, qsizetype i)
{
    if (i < 0 || i >= text.size())
        return false;
    if (text[i].isLowSurrogate() && i > 0) // the low half belongs to the character before it
        return isWordCharacter(text[i - 1]);
    return isWordCharacter(text[i]);
}

bool isProcliticPrefix(QStringView text, qsizetype from, qsizetype to)
{
    QString letters;
    for (qsizetype i = from; i < to; ++i) {
        if (!isArabicMark(text[i]))
            letters += text[i];
    }
    qsizetype i = 0;
    while (i < letters.size() && isProcliticLetter(letters[i]))
        ++i;
    const QStringView rest = QStringView(letters).mid(i);
    return !letters.isEmpty() && (rest.isEmpty() || rest == u"\u0627\u0644");
}

bool isSuffixAt(QStringView text, qsizetype at)
{
    return at + 1 < text.size() && isApostrophe(text[at]) && text[at + 1].isLetter();
}

} // namespace Hashiya::MatchBoundaries
