// SPDX-License-Identifier: GPL-3.0-or-later
#include "foldedtext.h"

#include <algorithm>
#include <array>
#include <memory>
#include <mutex>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace Hashiya {
namespace {

bool isArabicMark(char32_t c)
{
    return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED) || c == 0x0640;
}

bool isApostrophe(char32_t c)
{
    return c == u'\'' || c == 0x2019 || c == 0x02BC || c == 0x2018 || c == 0x00B4 || c == u'`';
}

bool isLatin(char32_t c)
{
    return c < 0x0250 || (c >= 0x1E00 && c <= 0x1EFF);
}

/// Folds one character into `out`: nothing if it is left out, one character mostly, two for ß.
class CharacterFolder
{
public:
    CharacterFolder(const MatchOptions &options, bool turkish)
        : m_options(options)
        , m_turkish(turkish)
    {
    }

    /// `previousLatin`: the character before was a Latin letter (a combining mark then belongs to it).
    void fold(char32_t c, bool previousLatin, QString &out) const
    {
        if (m_options.ignoreArabicMarks && isArabicMark(c))
            return;
        if (m_options.ignoreLatinDiacritics && previousLatin && c >= 0x0300 && c <= 0x036F)
            return; // a combining accent on a Latin letter
        if (m_options.ignoreCase && !m_turkish && c == 0x0307 && previousLatin)
            return; // the dot of a decomposed İ
        if (m_options.unifyApostrophes && isApostrophe(c)) {
            out += u'\'';
            return;
        }
        if (m_options.unifyAlef) {
            if (c == 0x0623 || c == 0x0625 || c == 0x0622 || c == 0x0671) {
                out += QChar(0x0627);
                return;
            }
            if (c == 0x0649) {
                out += QChar(0x064A);
                return;
            }
        }
        if (m_options.tehMarbutaAsHeh && c == 0x0629) {
            out += QChar(0x0647);
            return;
        }
        if (m_options.ignoreLatinDiacritics && c >= 0x00C0 && isLatin(c)) {
            c = baseLetter(c);
            if (c == 0x0131 || c == 0x0130)
                c = m_turkish && c == 0x0130 ? u'i' : (c == 0x0130 ? u'I' : u'i');
        }
        if (m_options.ignoreCase)
            c = foldCase(c, out);
        if (c == 0)
            return;
        if (QChar::requiresSurrogates(c)) {
            out += QChar(QChar::highSurrogate(c));
            out += QChar(QChar::lowSurrogate(c));
        } else {
            out += QChar(char16_t(c));
        }
    }

private:
    /// The letter without its accents: the first character of its canonical decomposition.
    static char32_t baseLetter(char32_t c)
    {
        // Latin letters, the ones met in every Turkish text, from a table made once (decomposition()
        // builds a QString each time).
        static const std::array<char16_t, 0x250> latin = [] {
            std::array<char16_t, 0x250> table {};
            for (char32_t letter = 0; letter < table.size(); ++letter)
                table[letter] = char16_t(decomposedBase(letter));
            return table;
        }();
        return c < latin.size() ? latin[c] : decomposedBase(c);
    }

    static char32_t decomposedBase(char32_t c)
    {
        if (c == 0x0131 || c == 0x0130 || c == 0x00DF || c == 0x1E9E)
            return c;
        const QString decomposed = QChar::decomposition(c);
        if (decomposed.isEmpty() || QChar::decompositionTag(c) != QChar::Canonical)
            return c;
        return decomposed.at(0).unicode();
    }

    /// The case-folded character; 0 after writing a longer folding (ß → ss) to `out` itself.
    char32_t foldCase(char32_t c, QString &out) const
    {
        if (c == 0x00DF || c == 0x1E9E) {
            out += QStringLiteral("ss");
            return 0;
        }
        if (m_turkish) {
            if (c == u'I')
                return 0x0131; // dotless ı
            if (c == 0x0130)
                return u'i';
            return QChar::toLower(c);
        }
        if (c == 0x0130 || c == 0x0131 || c == u'I')
            return u'i';
        return QChar::toCaseFolded(c);
    }

    const MatchOptions &m_options;
    bool m_turkish;
};

/// What folding does to each character below U+0800 (Latin, Greek, Cyrillic, Hebrew, Arabic: nearly every
/// character of a Turkish, English or Arabic article) under one set of options, worked out once by
/// CharacterFolder: the per-character calls into Qt's Unicode tables were most of a corpus search.
class FoldTable
{
public:
    static constexpr char32_t size = 0x0800;
    enum Kind : quint8 {
        Replace, ///< becomes `folded`
        Drop, ///< left out
        Slow, ///< depends on the character before, or folds into two: CharacterFolder decides
    };
    struct Entry
    {
        char16_t folded = 0;
        Kind kind = Replace;
        /// What the "character before is a Latin letter" flag becomes after this one: `latinAfter`, or,
        /// for a non-spacing mark (where the character before stays what counts), as it was.
        bool keepsLatin = false;
        bool latinAfter = false;
        bool previousLatinAfter(bool previousLatin) const { return (previousLatin && keepsLatin) || latinAfter; }
    };

    FoldTable(const MatchOptions &options, bool turkish)
    {
        const CharacterFolder folder(options, turkish);
        QString out;
        for (char32_t c = 0; c < size; ++c) {
            Entry &entry = m_entries[c];
            entry.keepsLatin = c >= 0x0300 && QChar::category(c) == QChar::Mark_NonSpacing;
            entry.latinAfter = !entry.keepsLatin && isLatin(c) && QChar::isLetter(c);
            if (c >= 0x0300 && c <= 0x036F) {
                entry.kind = Slow; // combining accents fold by what they sit on
                continue;
            }
            out.clear();
            folder.fold(c, false, out);
            if (c == 0) // kept as it is (the folder's 0 means "written already")
                entry.folded = 0;
            else if (out.isEmpty())
                entry.kind = Drop;
            else if (out.size() == 1)
                entry.folded = out.at(0).unicode();
            else
                entry.kind = Slow;
        }
        findAsciiRule();
    }

    const Entry &operator[](char32_t c) const { return m_entries[c]; }

    /// How ASCII folds, when simply enough to fold eight characters at a time: every character stays or,
    /// with `lowerCase`, an upper-case letter becomes lower case; `special` ones (at most two, such as
    /// Turkish I or a backtick taken for an apostrophe) take the table.
    struct AsciiRule
    {
        bool usable = false;
        bool lowerCase = false;
        char16_t special[2] = {0x80, 0x80}; // 0x80: none (not ASCII, so never met on this path)
    };
    const AsciiRule &asciiRule() const { return m_ascii; }

    /// The table for `options` (only the folds matter, not the word rules), made on first use.
    static const FoldTable &of(const MatchOptions &options, bool turkish)
    {
        const unsigned key = unsigned(options.ignoreCase) | unsigned(options.ignoreLatinDiacritics) << 1
            | unsigned(options.ignoreArabicMarks) << 2 | unsigned(options.unifyAlef) << 3
            | unsigned(options.tehMarbutaAsHeh) << 4 | unsigned(options.unifyApostrophes) << 5
            | unsigned(turkish) << 6;
        static std::array<std::once_flag, 128> made;
        static std::array<std::unique_ptr<const FoldTable>, 128> tables;
        std::call_once(made[key], [&] { tables[key] = std::make_unique<const FoldTable>(options, turkish); });
        return *tables[key];
    }

private:
    void findAsciiRule()
    {
        m_ascii.lowerCase = m_entries[u'A'].kind == Replace && m_entries[u'A'].folded == u'a';
        int specials = 0;
        for (char16_t c = 0; c < 0x80; ++c) {
            const bool upper = c >= u'A' && c <= u'Z';
            const char16_t expected = m_ascii.lowerCase && upper ? char16_t(c + 32) : c;
            if (m_entries[c].kind == Replace && m_entries[c].folded == expected)
                continue;
            if (specials == 2)
                return; // not usable
            m_ascii.special[specials++] = c;
        }
        m_ascii.usable = true;
    }

    std::array<Entry, size> m_entries;
    AsciiRule m_ascii;
};

/// Appends UTF-16 units to a QString through a pointer: QString::append per character was the other
/// half of the cost.
class FoldedWriter
{
public:
    explicit FoldedWriter(QString &out, qsizetype expected)
        : m_out(out)
    {
        m_out.resize(expected + 8);
        m_begin = reinterpret_cast<char16_t *>(m_out.data());
        m_at = m_begin;
        m_end = m_begin + m_out.size();
    }

    qsizetype size() const { return m_at - m_begin; }

    void put(char16_t unit)
    {
        if (m_at == m_end)
            grow();
        *m_at++ = unit;
    }

    /// How many units can be put before the next check.
    qsizetype room() const { return m_end - m_at; }
    /// Puts a unit where room() said there is room.
    void putInRoom(char16_t unit) { *m_at++ = unit; }
#ifdef __SSE2__
    /// Puts eight units where room() said there is room.
    void putEightInRoom(__m128i units)
    {
        _mm_storeu_si128(reinterpret_cast<__m128i *>(m_at), units);
        m_at += 8;
    }
#endif

    /// The slow path writes into a QString of its own; its units are copied over.
    void put(const QString &units)
    {
        for (QChar unit : units)
            put(unit.unicode());
    }

    void finish() { m_out.resize(size()); }

private:
    void grow()
    {
        const qsizetype used = size();
        m_out.resize(m_out.size() * 2);
        m_begin = reinterpret_cast<char16_t *>(m_out.data());
        m_at = m_begin + used;
        m_end = m_begin + m_out.size();
    }

    QString &m_out;
    char16_t *m_begin = nullptr;
    char16_t *m_at = nullptr;
    char16_t *m_end = nullptr;
};

} // namespace

bool FoldedText::usesTurkishCase(const MatchOptions &options, const QString &language)
{
    return options.caseRules == MatchOptions::CaseRules::Turkish
        || (options.caseRules == MatchOptions::CaseRules::Auto && language == u"tr");
}

FoldedText::FoldedText(QStringView text, const MatchOptions &options, const QString &language)
    : FoldedText(text, options, usesTurkishCase(options, language), true)
{
}

FoldedText::FoldedText(QStringView text, const MatchOptions &options, bool turkishCase, bool trackShifts)
    : m_originalSize(text.size())
    , m_turkishCase(turkishCase)
{
    const CharacterFolder folder(options, m_turkishCase);
    const FoldTable &table = FoldTable::of(options, m_turkishCase);
    FoldedWriter out(m_folded, text.size());
    QString slow;
    qsizetype shift = 0;
    bool previousLatin = false;
    // Folded position `folded` stands for original position `original`: noted where their distance changes.
    auto standsFor = [&](qsizetype folded, qsizetype original) {
        if (trackShifts && original - folded != shift) {
            shift = original - folded;
            m_shifts.emplace_back(folded, shift);
        }
    };
    const char16_t *data = text.utf16();
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size;) {
        // Most characters of an article fold into one unit by the table: a run of them is folded here
        // without the general path's checks (a third of the time of a corpus search went to folding).
        const qsizetype end = std::min(size, i + out.room());
#ifdef __SSE2__
        // Eight ASCII characters at a time, as long as they fold by the simple rule.
        const FoldTable::AsciiRule &ascii = table.asciiRule();
        while (ascii.usable && end - i >= 8) {
            const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
            const __m128i isAscii = _mm_cmpeq_epi16(_mm_and_si128(units, _mm_set1_epi16(short(0xFF80))), _mm_setzero_si128());
            const __m128i isSpecial = _mm_or_si128(_mm_cmpeq_epi16(units, _mm_set1_epi16(short(ascii.special[0]))),
                                                   _mm_cmpeq_epi16(units, _mm_set1_epi16(short(ascii.special[1]))));
            if (_mm_movemask_epi8(_mm_andnot_si128(isSpecial, isAscii)) != 0xFFFF)
                break;
            __m128i folded = units;
            if (ascii.lowerCase) {
                const __m128i upper = _mm_and_si128(_mm_cmpgt_epi16(units, _mm_set1_epi16(u'A' - 1)),
                                                    _mm_cmplt_epi16(units, _mm_set1_epi16(u'Z' + 1)));
                folded = _mm_add_epi16(units, _mm_and_si128(upper, _mm_set1_epi16(32)));
            }
            standsFor(out.size(), i);
            out.putEightInRoom(folded);
            const char16_t last = char16_t(data[i + 7] | 0x20);
            previousLatin = last >= u'a' && last <= u'z';
            i += 8;
        }
#endif
        for (; i < end; ++i) {
            const char16_t unit = data[i];
            if (unit >= FoldTable::size)
                break;
            const FoldTable::Entry &entry = table[unit];
            if (entry.kind != FoldTable::Replace)
                break;
            standsFor(out.size(), i);
            out.putInRoom(entry.folded);
            previousLatin = entry.previousLatinAfter(previousLatin);
        }
        if (i >= size)
            break;
        char32_t c = data[i];
        qsizetype length = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(data[i + 1])) {
            c = QChar::surrogateToUcs4(char16_t(c), data[i + 1]);
            length = 2;
        }
        const qsizetype before = out.size();
        if (c < FoldTable::size) {
            const FoldTable::Entry &entry = table[c];
            if (entry.kind == FoldTable::Replace) {
                out.put(entry.folded);
            } else if (entry.kind == FoldTable::Slow) {
                slow.clear();
                folder.fold(c, previousLatin, slow);
                out.put(slow);
            }
            previousLatin = entry.previousLatinAfter(previousLatin);
        } else {
            slow.clear();
            folder.fold(c, previousLatin, slow);
            out.put(slow);
            const bool mark = QChar::category(c) == QChar::Mark_NonSpacing;
            previousLatin = mark ? previousLatin : (isLatin(c) && QChar::isLetter(c));
        }
        for (qsizetype k = before; k < out.size(); ++k)
            standsFor(k, i);
        i += length;
    }
    out.finish();
    if (trackShifts && m_originalSize - m_folded.size() != shift)
        m_shifts.emplace_back(m_folded.size(), m_originalSize - m_folded.size());
}

QString FoldedText::fold(QStringView text, const MatchOptions &options, const QString &language)
{
    return FoldedText(text, options, usesTurkishCase(options, language), false).m_folded;
}

qsizetype FoldedText::originalOf(qsizetype folded) const
{
    const auto after = std::upper_bound(m_shifts.begin(), m_shifts.end(), folded,
                                        [](qsizetype position, const auto &shift) { return position < shift.first; });
    return folded + (after == m_shifts.begin() ? 0 : std::prev(after)->second);
}

TextRange FoldedText::originalRange(qsizetype from, qsizetype to) const
{
    // The end is where the next folded character came from, so marks left out after the last one belong
    // to the range; but not the white space or punctuation after them.
    return {originalOf(from), to >= m_folded.size() ? m_originalSize : originalOf(to)};
}

qsizetype FoldedText::foldedPosition(qsizetype position) const
{
    qsizetype low = 0, high = m_folded.size();
    while (low < high) {
        const qsizetype middle = (low + high) / 2;
        if (originalOf(middle) < position)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

} // namespace Hashiya
