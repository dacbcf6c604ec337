// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Hashiya {

/// Chooses an article's title from its text as a reader would. Pages saved from news sites start with
/// their navigation ("Skip to content", "İçeriğe atla", "تخطي إلى المحتوى", menus, dates, the site's
/// name), so the first line is often not the title. Skips such lines by known phrases (Turkish, English,
/// Arabic) and by shape (very short lines, menus, cookie and copyright notices, dates alone, short lines
/// repeated as page headers are), and prefers a headline repeated in the text, then the first
/// headline-like line; an article that opens with its lede is titled by the lede's first sentence, without
/// its dateline.
class ArticleTitle final
{
public:
    static constexpr qsizetype maxLength = 200; ///< a longer title is cut at a word, with an ellipsis
    static constexpr qsizetype maxSentenceLength = 150; ///< a lede's first sentence is cut shorter

    /// The title of `text`: one line, trimmed, at most maxLength characters; empty if it has no words.
    static QString choose(QStringView text);
    /// `line` as one trimmed line of at most `length` characters, cut at a word with an ellipsis.
    static QString shortened(QStringView line, qsizetype length = maxLength);
};

} // namespace Hashiya
