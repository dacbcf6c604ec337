// SPDX-License-Identifier: GPL-3.0-or-later
#include "loosefold.h"

#include "text/foldedtext.h"

#include <array>
#include <memory>

namespace Hashiya {

const LooseFold::Folded *LooseFold::instance()
{
    static const std::unique_ptr<std::array<Folded, 65536>> table = [] {
        MatchOptions options;
        options.caseRules = MatchOptions::CaseRules::General;
        options.ignoreLatinDiacritics = true;
        options.tehMarbutaAsHeh = true;
        auto made = std::make_unique<std::array<Folded, 65536>>();
        for (char32_t c = 0; c < 65536; ++c) {
            const QChar unit {char16_t(c)};
            Folded &entry = (*made)[c];
            entry.unit = char16_t(c);
            if (unit.isSurrogate()) {
                entry.kind = Kind::Other; // a lone half; pairs are folded as they are met
            } else if (unit.isSpace()) {
                entry.kind = Kind::Space;
            } else if (unit.category() == QChar::Mark_NonSpacing || unit.category() == QChar::Mark_Enclosing) {
                entry.kind = Kind::Dropped;
            } else {
                const QString folded = FoldedText::fold(QStringView(&unit, 1), options);
                if (folded.isEmpty()) {
                    entry.kind = Kind::Dropped;
                } else if (folded == u"ss" && c != u's') {
                    entry.kind = Kind::SharpS;
                } else {
                    entry.unit = folded.front().unicode();
                    entry.kind = folded.front().isLetterOrNumber() ? Kind::LetterOrNumber : Kind::Other;
                }
            }
        }
        return made;
    }();
    return table->data();
}

QString LooseFold::words(QStringView text)
{
    QString words(text.size() * 2, Qt::Uninitialized); // ß is the one character that folds to two
    char16_t *out = reinterpret_cast<char16_t *>(words.data());
    char16_t *const start = out;
    bool gap = false;
    forEach(text, [&](char16_t unit, Kind kind) {
        if (kind != Kind::LetterOrNumber) {
            gap = true;
            return;
        }
        if (gap && out != start)
            *out++ = u' ';
        *out++ = unit;
        gap = false;
    });
    words.truncate(out - start);
    return words;
}

} // namespace Hashiya
