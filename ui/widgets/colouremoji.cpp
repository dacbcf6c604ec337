// SPDX-License-Identifier: GPL-3.0-or-later
#include "colouremoji.h"

#include "text/emoji.h"

#include <QFontDatabase>

using namespace Qt::StringLiterals;

namespace Hashiya {

QString colourEmojiFamily()
{
    static const QString family = QFontDatabase::hasFamily(u"Noto Color Emoji"_s) ? u"Noto Color Emoji"_s : QString();
    return family;
}

QList<QTextLayout::FormatRange> colourEmojiFormats(QStringView text)
{
    QList<QTextLayout::FormatRange> formats;
    const QString family = colourEmojiFamily();
    if (family.isEmpty())
        return formats;
    for (const auto &[from, to] : emojiRanges(text)) {
        QTextLayout::FormatRange range;
        range.start = int(from);
        range.length = int(to - from);
        range.format.setFontFamilies(QStringList {family});
        formats.append(range);
    }
    return formats;
}

} // namespace Hashiya
