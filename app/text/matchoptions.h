// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Hashiya {

/// How a pattern is compared with a text: what is folded away, and what counts as the same word. The
/// same options, with the same defaults, drive Find, Tag all occurrences, Corpus search, word snapping
/// and `hashiya search`.
struct MatchOptions
{
    /// Case rules: Turkish maps İ→i and I→ı (so "Istanbul" is not "istanbul"); General uses Unicode's
    /// case folding with İ and ı as i. Auto takes Turkish for a text whose profile says "tr".
    enum class CaseRules { Auto, Turkish, General };

    bool ignoreCase = true;
    CaseRules caseRules = CaseRules::Auto;
    bool ignoreLatinDiacritics = false; ///< "Gorgun" finds "Görgün" (ı and İ fold like i here too)
    bool ignoreArabicMarks = true; ///< harakat, shadda, sukun, superscript alef and tatweel left out
    bool unifyAlef = true; ///< أ إ آ ٱ → ا, ى → ي
    bool tehMarbutaAsHeh = false; ///< ة → ه
    bool unifyApostrophes = true; ///< ' ’ ʼ ‘ ´ ` as one
    bool wholeWords = true;
    /// With wholeWords: a Turkish suffix after an apostrophe may follow ("Ankara'da" matches "Ankara";
    /// the match covers "Ankara" only).
    bool turkishSuffixes = true;
    /// With wholeWords: Arabic proclitics may come before the word, inside the same written word: any of
    /// و ف ب ك ل, then optionally ال (so و, ال, وال, فب, بال, لل…). Pattern "الدوحة" finds "والدوحة", and
    /// "أنقرة" finds "وأنقرة"; the match covers the pattern's part only.
    bool arabicProclitics = true;

    /// The options as `hashiya search --fold` takes them: comma-separated names, each optionally with
    /// "no-" before it: case, turkish, general, diacritics, marks, alef, teh, apostrophes, words, suffixes,
    /// clitics ("turkish"/"general" set the case rules; "auto" for Auto). Unknown names are an error.
    static std::optional<MatchOptions> parse(const QString &spec, QString *error);
    /// The spec that parse() turns back into these options (only what differs from the defaults).
    QString spec() const;
    /// The names parse() knows, for help texts.
    static QStringList names();

    friend bool operator==(const MatchOptions &, const MatchOptions &) = default;
};

} // namespace Hashiya
