// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Hashiya {

/// The loosest fold Hashiya uses, from one table made once: case (İ, ı and I as i), Latin accents and every
/// combining mark, Arabic marks and tatweel, alef forms, teh marbuta as heh, apostrophes as one. Each
/// character folds alone, whatever stands around it, so a piece of a text folds as it does inside it;
/// and no MatchOptions fold more, so whatever matches under any options still matches folded so.
/// Five times faster than FoldedText, for what needs no way back to the original positions: article titles
/// and the corpus index's signatures.
class LooseFold final
{
public:
    enum class Kind : quint8 {
        Dropped, ///< folds to nothing (marks)
        Space, ///< white space
        Other, ///< punctuation, symbols: folds to `unit`
        LetterOrNumber, ///< folds to `unit`
        SharpS, ///< ß and ẞ: "ss"
    };
    struct Folded
    {
        char16_t unit;
        Kind kind;
    };

    /// Calls `out(unit, kind)` for each folded unit of `text` in order (ß twice as 's'), and for white
    /// space with Kind::Space; nothing for dropped characters. Surrogate pairs come case-folded, unit by unit.
    template<typename Out>
    static void forEach(QStringView text, Out out)
    {
        const Folded *table = instance();
        const char16_t *data = text.utf16();
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t unit = data[i];
            if (QChar::isHighSurrogate(unit) && i + 1 < text.size() && QChar::isLowSurrogate(data[i + 1])) {
                const char32_t folded = QChar::toCaseFolded(QChar::surrogateToUcs4(unit, data[i + 1]));
                const Kind kind = QChar::isLetterOrNumber(folded) ? Kind::LetterOrNumber : Kind::Other;
                out(QChar::highSurrogate(folded), kind);
                out(QChar::lowSurrogate(folded), kind);
                ++i;
                continue;
            }
            const Folded folded = table[unit];
            switch (folded.kind) {
            case Kind::Dropped:
                break;
            case Kind::SharpS:
                out(u's', Kind::LetterOrNumber);
                out(u's', Kind::LetterOrNumber);
                break;
            default:
                out(folded.unit, folded.kind);
            }
        }
    }

    /// The text's words, folded: letters and numbers, with every run of anything else as one space
    /// ("Skip to content »" is "skip to content").
    static QString words(QStringView text);

private:
    static const Folded *instance();
};

} // namespace Hashiya
